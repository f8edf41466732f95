//! Bounds on request bodies, enforced while they stream in, before the generated router
//! buffers or parses them.
//!
//! Every operation of the contract gets a byte limit ([`body_limit`]): the reference
//! server's sizes where it has them, and [`DEFAULT_BODY_LIMIT`] for every other body. A
//! declared `Content-Length` over the limit is refused before a byte is read; a body that
//! grows past it while streaming (chunked) is refused as soon as it does. Both answer 413.
//! JSON bodies are also scanned for nesting deeper than [`MAX_JSON_DEPTH`] (Jackson's default
//! limit), refused with 400, so no parser ever walks them.
//!
//! [`BodyAccounting`] counts what refused bodies cost the server (bytes read before the
//! refusal), so the bound can be observed.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Buf;
use hyper::body::{Body, Frame, SizeHint};

use crate::config::Config;
use crate::error::Error;
use crate::metrics::BodyAccounting;

/// Limit of a JSON body the reference gives no size for: requests of the API are small.
pub const DEFAULT_BODY_LIMIT: u64 = 64 * 1024;
/// Deepest JSON nesting accepted (Jackson's `StreamReadConstraints` default).
pub const MAX_JSON_DEPTH: usize = 1000;
/// `PUT /v1/messages/multi_recipient`: the reference reads at most
/// `MAX_MESSAGE_SIZE (32 + 256 KiB) + MAX_RECIPIENT_COUNT (5000) × 100` bytes.
pub const MULTI_RECIPIENT_BODY_LIMIT: u64 = 32 + 256 * 1024 + 5000 * 100;
/// Largest message content per device (the reference's `MessageSender.MAX_MESSAGE_SIZE`).
pub const MAX_CONTENT_BYTES: u64 = 256 * 1024;
/// `PUT /v2/keys`: at most 100 EC and 100 Kyber one-time keys (the reference's `@Size`), a
/// Kyber1024 key with its signature is about 2.2 KB in base64.
pub const KEYS_BODY_LIMIT: u64 = 512 * 1024;
/// `PUT /v1/provisioning/{destination}`: the reference's 256 KiB message, plus the envelope.
pub const PROVISIONING_BODY_LIMIT: u64 = 256 * 1024 + 4 * 1024;
/// Batches of up to 1000 items (backup media copy and delete, batch identity checks).
pub const BATCH_BODY_LIMIT: u64 = 512 * 1024;

/// The body limit of the operation `operation_id`.
pub fn body_limit(operation_id: &str, config: &Config) -> u64 {
    match operation_id {
        "sendMultiRecipientMessage" => MULTI_RECIPIENT_BODY_LIMIT,
        // One base64 content of up to 256 KiB per destination device, plus the envelope.
        "sendMessage" | "changeNumber" | "distributePhoneNumberIdentityKeys" => {
            let per_device = MAX_CONTENT_BYTES.div_ceil(3) * 4 + 1024;
            per_device * u64::from(config.max_devices.max(1)) + DEFAULT_BODY_LIMIT
        }
        "setKeys" => KEYS_BODY_LIMIT,
        "sendProvisioningMessage" => PROVISIONING_BODY_LIMIT,
        "copyMedia" | "deleteMedia" | "runBatchIdentityCheck" => BATCH_BODY_LIMIT,
        _ => DEFAULT_BODY_LIMIT,
    }
}

/// Why a body was refused while streaming; parked for the server to answer with.
pub type Refusal = Arc<Mutex<Option<Error>>>;

/// A request body that stops at `limit` bytes and, for JSON, at [`MAX_JSON_DEPTH`] levels:
/// the refusal is parked in `refusal` and the body ends with an error, which ends the
/// generated router's read.
pub struct BoundedBody<B> {
    inner: B,
    limit: u64,
    read: u64,
    json: Option<JsonDepth>,
    refusal: Refusal,
    accounting: Arc<BodyAccounting>,
}

impl<B> BoundedBody<B> {
    pub fn new(
        inner: B,
        limit: u64,
        json: bool,
        refusal: Refusal,
        accounting: Arc<BodyAccounting>,
    ) -> BoundedBody<B> {
        BoundedBody {
            inner,
            limit,
            read: 0,
            json: json.then(JsonDepth::default),
            refusal,
            accounting,
        }
    }

    fn refuse(&mut self, error: Error) -> BodyRefused {
        self.accounting.record(self.read);
        *self.refusal.lock().unwrap_or_else(|p| p.into_inner()) = Some(error);
        BodyRefused
    }
}

/// The error a refused body ends with (the answer itself is in the [`Refusal`] slot).
#[derive(Debug)]
pub struct BodyRefused;

impl std::fmt::Display for BodyRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("request body refused")
    }
}

impl std::error::Error for BodyRefused {}

impl<B> Body for BoundedBody<B>
where
    B: Body + Unpin,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Data = B::Data;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        let frame = match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => frame,
            Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(None) => return Poll::Ready(None),
            Poll::Pending => return Poll::Pending,
        };
        if let Some(data) = frame.data_ref() {
            this.read += data.remaining() as u64;
            if this.read > this.limit {
                return Poll::Ready(Some(Err(this.refuse(Error::PayloadTooLarge).into())));
            }
            if let Some(depth) = this.json.as_mut() {
                if !depth.scan(data.chunk()) {
                    let error = Error::BadRequest(format!(
                        "JSON nesting deeper than {MAX_JSON_DEPTH} levels"
                    ));
                    return Poll::Ready(Some(Err(this.refuse(error).into())));
                }
            }
        }
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Tracks JSON nesting across chunks without parsing: brackets outside strings.
#[derive(Debug, Default)]
pub struct JsonDepth {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl JsonDepth {
    /// Feeds the next bytes; false once the nesting went deeper than [`MAX_JSON_DEPTH`].
    pub fn scan(&mut self, bytes: &[u8]) -> bool {
        for &b in bytes {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                }
                continue;
            }
            match b {
                b'"' => self.in_string = true,
                b'[' | b'{' => {
                    self.depth += 1;
                    if self.depth > MAX_JSON_DEPTH {
                        return false;
                    }
                }
                b']' | b'}' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
        }
        true
    }
}

/// The declared `Content-Length`, when there is one that parses.
pub fn content_length(headers: &hyper::HeaderMap) -> Option<u64> {
    headers
        .get(hyper::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_across_chunks() {
        let deep = "[".repeat(MAX_JSON_DEPTH);
        let mut d = JsonDepth::default();
        assert!(d.scan(deep.as_bytes()));
        assert!(!d.scan(b"{"));
        let mut d = JsonDepth::default();
        let quoted = format!("{{\"a\":\"{}\\\"{}\"}}", "[".repeat(5000), "{".repeat(5000));
        let (a, b) = quoted.as_bytes().split_at(3000);
        assert!(d.scan(a) && d.scan(b));
        assert_eq!(d.depth, 0);
        let mut d = JsonDepth::default();
        let nested = format!(
            "{}{}",
            "[1,".repeat(MAX_JSON_DEPTH),
            "]".repeat(MAX_JSON_DEPTH)
        );
        assert!(d.scan(nested.as_bytes()) && d.scan(nested.as_bytes()));
    }

    #[test]
    fn limits_follow_the_reference() {
        let config = Config::default();
        assert_eq!(body_limit("sendMultiRecipientMessage", &config), 762_176);
        assert_eq!(body_limit("createSession", &config), DEFAULT_BODY_LIMIT);
        // Six devices' worth of 256 KiB contents fit a single message request.
        assert!(body_limit("sendMessage", &config) > 6 * 349_526);
    }
}
