//! The built-in CDN's HTTP endpoints, outside the API spec, under `/cdn` (see `cdn.rs` for
//! the protocols and signatures):
//!
//! * `POST /cdn/` — S3-style POST-policy upload (`multipart/form-data`) of avatars and
//!   sticker packs;
//! * `POST|PUT /cdn/upload/{objectKey}?expires&signature`, also served as
//!   `/upload/{objectKey}` — signed (resumable) attachment and backup upload: locations are
//!   `<origin>/upload/...`, which Desktop uses as given and Android appends to its CDN 2 URL
//!   (`<origin>/cdn`); a `PUT` to an expired or unknown session is a 404;
//! * `GET|HEAD /cdn/{objectKey}` — download, with single byte ranges; objects under
//!   `backups/<dir>/` need the `Authorization` of `GET /v1/archives/auth/read` (401/403).
//!
//! Anything else under `/cdn` or `/upload` is a 404 (or 405 for a known path and a wrong
//! method).

use bytes::{Buf, Bytes};
use futures::TryStreamExt;
use http_body_util::{BodyExt, Full, Limited};
use hyper::header::{HeaderValue, CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, LOCATION, RANGE};
use hyper::{Method, Request, Response, StatusCode};

use crate::domain::cdn::{self, PolicySigner, Store};
use crate::error::{Body, Error, Result};
use crate::state::AppState;

/// Path prefix of the built-in CDN.
pub const PREFIX: &str = "/cdn";

/// Path prefix of upload locations at the root (see `cdn.rs`).
pub const UPLOAD_PREFIX: &str = "/upload/";

/// Whether `path` belongs to the built-in CDN.
pub fn is_cdn_path(path: &str) -> bool {
    path == PREFIX || path.starts_with("/cdn/") || path.starts_with(UPLOAD_PREFIX)
}

/// Handles one CDN request; every failure is a JSON error response.
pub async fn handle<B>(state: &AppState, req: Request<B>) -> Response<Body>
where
    B: hyper::body::Body + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B::Data: Send,
{
    route(state, req)
        .await
        .unwrap_or_else(|e| e.into_response())
}

async fn route<B>(state: &AppState, req: Request<B>) -> Result<Response<Body>>
where
    B: hyper::body::Body + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B::Data: Send,
{
    let path = req.uri().path().to_owned();
    let rest = match path.strip_prefix(PREFIX) {
        Some(rest) => rest.trim_start_matches('/'),
        // `/upload/...`: the path of an upload location as Desktop uses it.
        None => &path[1..],
    };
    if rest.is_empty() {
        return match *req.method() {
            Method::POST => post_policy_upload(state, req).await,
            _ => Err(method_not_allowed()),
        };
    }
    if let Some(object_key) = rest.strip_prefix("upload/") {
        if !cdn::valid_object_key(object_key)
            || !(object_key.starts_with("attachments/") || object_key.starts_with("backups/"))
        {
            return Err(Error::NotFound);
        }
        let object_key = object_key.to_owned();
        return match *req.method() {
            Method::POST => start_upload(state, req, &object_key).await,
            Method::PUT => put_upload(state, req, &object_key).await,
            _ => Err(method_not_allowed()),
        };
    }
    if !cdn::valid_object_key(rest) {
        return Err(Error::NotFound);
    }
    match *req.method() {
        Method::GET | Method::HEAD => download(state, req, rest).await,
        _ => Err(method_not_allowed()),
    }
}

fn method_not_allowed() -> Error {
    Error::json(
        405,
        serde_json::json!({"code": 405, "message": "method not allowed"}),
    )
}

fn response(status: StatusCode, body: Bytes) -> Response<Body> {
    let mut r = Response::new(Full::new(body).boxed());
    *r.status_mut() = status;
    r
}

fn now_secs() -> u64 {
    (crate::db::now_millis() / 1000).max(0) as u64
}

async fn read_body<B>(body: B, limit: u64) -> Result<Bytes>
where
    B: hyper::body::Body + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    // A declared length over the limit is refused before anything is read.
    if hyper::body::Body::size_hint(&body).lower() > limit {
        return Err(Error::PayloadTooLarge);
    }
    match Limited::new(body, limit as usize).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(Error::PayloadTooLarge),
        Err(e) => Err(Error::BadRequest(format!("cannot read body: {e}"))),
    }
}

/// `POST /cdn/`
async fn post_policy_upload<B>(state: &AppState, req: Request<B>) -> Result<Response<Body>>
where
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multer::parse_boundary(content_type)
        .map_err(|_| Error::BadRequest("expected multipart/form-data".into()))?;
    // The largest policy allows 10 MiB; leave room for the form fields.
    let limit = cdn::MAX_AVATAR_BYTES + 64 * 1024;
    if hyper::body::Body::size_hint(req.body()).lower() > limit {
        return Err(Error::PayloadTooLarge);
    }
    let stream = http_body_util::BodyDataStream::new(req.into_body())
        .map_ok(|mut data| data.copy_to_bytes(data.remaining()));
    let constraints =
        multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(limit));
    let mut form = multer::Multipart::with_constraints(stream, boundary, constraints);
    let mut fields = std::collections::HashMap::new();
    let mut file = None;
    while let Some(part) = form.next_field().await.map_err(form_error)? {
        let name = part
            .name()
            .ok_or_else(|| Error::BadRequest("a form part has no name".into()))?
            .to_ascii_lowercase();
        let data = part.bytes().await.map_err(form_error)?;
        if name == "file" {
            file = Some(data);
        } else {
            let value = String::from_utf8(data.to_vec())
                .map_err(|_| Error::BadRequest(format!("form field {name} is not text")))?;
            fields.insert(name, value);
        }
    }
    let file = file.ok_or_else(|| Error::BadRequest("the form has no file".into()))?;
    let signer = PolicySigner::local(&cdn::signing_key(&state.db).await?);
    let key = signer.verify_post(&fields, file.len() as u64, chrono::Utc::now())?;
    Store::for_config(&state.config).write(&key, &file).await?;
    Ok(response(StatusCode::NO_CONTENT, Bytes::new()))
}

/// A form that is too large (413) or not `multipart/form-data` as sent (400).
fn form_error(e: multer::Error) -> Error {
    match e {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            Error::PayloadTooLarge
        }
        e => Error::BadRequest(format!("malformed multipart body: {e}")),
    }
}

/// `POST /cdn/upload/{objectKey}`: starts a resumable upload; the session is the signed
/// location itself.
async fn start_upload<B>(
    state: &AppState,
    req: Request<B>,
    object_key: &str,
) -> Result<Response<Body>> {
    let key = cdn::signing_key(&state.db).await?;
    let query = req.uri().query();
    cdn::verify_upload_location(&key, object_key, query, now_secs())?;
    let location = format!(
        "{}{}?{}",
        cdn::origin(&cdn::public_url(&state.config, req.headers())),
        cdn::upload_path(object_key),
        query.unwrap_or_default()
    );
    let mut r = response(StatusCode::CREATED, Bytes::new());
    r.headers_mut().insert(
        LOCATION,
        HeaderValue::from_str(&location).map_err(|e| Error::Internal(e.to_string()))?,
    );
    Ok(r)
}

/// A session location that is expired or was never signed by this server answers 404, as
/// GCS's expired sessions do: Android then starts over with a new upload form.
fn no_such_session(e: Error) -> Error {
    match e {
        Error::Forbidden(why) => Error::json(
            404,
            serde_json::json!({"code": 404, "message": format!("no such upload session ({why})")}),
        ),
        other => other,
    }
}

/// A `Content-Range` of an upload: `bytes */<total>` (status query) or
/// `bytes <first>-<last>/<total or *>`.
enum UploadRange {
    Query {
        total: u64,
    },
    Chunk {
        first: u64,
        last: u64,
        total: Option<u64>,
    },
}

fn parse_upload_range(value: &str) -> Option<UploadRange> {
    let spec = value.trim().strip_prefix("bytes ")?;
    let (range, total) = spec.split_once('/')?;
    let total = match total {
        "*" => None,
        t => Some(t.parse().ok()?),
    };
    if range == "*" {
        return total.map(|total| UploadRange::Query { total });
    }
    let (first, last) = range.split_once('-')?;
    let (first, last): (u64, u64) = (first.parse().ok()?, last.parse().ok()?);
    (first <= last).then_some(UploadRange::Chunk { first, last, total })
}

/// `PUT /cdn/upload/{objectKey}`: the bytes of an attachment, whole or in chunks.
async fn put_upload<B>(
    state: &AppState,
    req: Request<B>,
    object_key: &str,
) -> Result<Response<Body>>
where
    B: hyper::body::Body + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let key = cdn::signing_key(&state.db).await?;
    cdn::verify_upload_location(&key, object_key, req.uri().query(), now_secs())
        .map_err(no_such_session)?;
    let max = state.config.cdn.max_attachment_bytes;
    let store = Store::for_config(&state.config);
    let range = match req.headers().get(CONTENT_RANGE) {
        Some(v) => Some(
            v.to_str()
                .ok()
                .and_then(parse_upload_range)
                .ok_or_else(|| Error::BadRequest("malformed Content-Range".into()))?,
        ),
        None => None,
    };
    match range {
        None => {
            let body = read_body(req.into_body(), max).await?;
            if body.is_empty() {
                return Err(Error::BadRequest("empty upload".into()));
            }
            store.delete(object_key).await?;
            store.write(object_key, &body).await?;
            Ok(response(StatusCode::OK, Bytes::new()))
        }
        Some(UploadRange::Query { total }) => {
            if store.exists(object_key).await {
                return Ok(response(StatusCode::OK, Bytes::new()));
            }
            let have = store.partial_len(object_key).await.min(total);
            Ok(incomplete(have))
        }
        Some(UploadRange::Chunk { first, last, total }) => {
            if total.is_some_and(|t| t > max || last >= t) || last >= max {
                return Err(Error::PayloadTooLarge);
            }
            let body = read_body(req.into_body(), max).await?;
            if body.len() as u64 != last - first + 1 {
                return Err(Error::BadRequest(
                    "the body length does not match Content-Range".into(),
                ));
            }
            let complete = total == Some(last + 1);
            store.append(object_key, first, &body, complete).await?;
            if complete {
                Ok(response(StatusCode::OK, Bytes::new()))
            } else {
                Ok(incomplete(last + 1))
            }
        }
    }
}

/// 308 "Resume Incomplete" with the range received so far.
fn incomplete(have: u64) -> Response<Body> {
    let mut r = response(StatusCode::PERMANENT_REDIRECT, Bytes::new());
    if have > 0 {
        r.headers_mut().insert(
            RANGE,
            HeaderValue::from_str(&format!("bytes=0-{}", have - 1)).expect("ascii"),
        );
    }
    r
}

/// `GET /cdn/{objectKey}`
async fn download<B>(
    state: &AppState,
    req: Request<B>,
    object_key: &str,
) -> Result<Response<Body>> {
    if object_key.starts_with("backups/") {
        check_backup_read(state, req.headers(), object_key).await?;
    }
    let store = Store::for_config(&state.config);
    let bytes = store.read(object_key).await?.ok_or(Error::NotFound)?;
    let total = bytes.len() as u64;
    let range = req
        .headers()
        .get(RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| parse_download_range(v, total));
    let (status, body, content_range) = match range {
        None => (StatusCode::OK, Bytes::from(bytes), None),
        Some(Some((first, last))) => (
            StatusCode::PARTIAL_CONTENT,
            Bytes::copy_from_slice(&bytes[first as usize..=last as usize]),
            Some(format!("bytes {first}-{last}/{total}")),
        ),
        Some(None) => {
            let mut r = Error::json(
                416,
                serde_json::json!({"code": 416, "message": "range not satisfiable"}),
            )
            .into_response();
            r.headers_mut().insert(
                CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes */{total}")).expect("ascii"),
            );
            return Ok(r);
        }
    };
    let len = body.len();
    let head = req.method() == Method::HEAD;
    let mut r = response(status, if head { Bytes::new() } else { body });
    let h = r.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(CONTENT_LENGTH, HeaderValue::from(len));
    h.insert("accept-ranges", HeaderValue::from_static("bytes"));
    if let Some(cr) = content_range {
        h.insert(CONTENT_RANGE, HeaderValue::from_str(&cr).expect("ascii"));
    }
    Ok(r)
}

/// A single `bytes=first-last`, `bytes=first-` or `bytes=-suffix` range within `total`
/// bytes; `None` when it cannot be satisfied.
fn parse_download_range(value: &str, total: u64) -> Option<(u64, u64)> {
    let spec = value.trim().strip_prefix("bytes=")?;
    let (first, last) = spec.split_once('-')?;
    if total == 0 {
        return None;
    }
    let (first, last) = match (first.trim(), last.trim()) {
        ("", suffix) => {
            let n: u64 = suffix.parse().ok()?;
            (total.saturating_sub(n), total - 1)
        }
        (f, "") => (f.parse().ok()?, total - 1),
        (f, l) => (f.parse().ok()?, l.parse::<u64>().ok()?.min(total - 1)),
    };
    (first <= last && first < total).then_some((first, last))
}

/// Backup objects are readable with the credentials of `GET /v1/archives/auth/read`:
/// `Authorization: Basic base64(read$backups/<dir>:<ts>:<sig>)`, at most a day old.
async fn check_backup_read(
    state: &AppState,
    headers: &hyper::HeaderMap,
    object_key: &str,
) -> Result<()> {
    let dir = object_key.split('/').nth(1).unwrap_or_default();
    let (user, password) = headers
        .get(hyper::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::domain::auth::parse_basic)
        .ok_or(Error::Unauthorized)?;
    let generator = crate::domain::archives::read_credentials_generator(&state.db).await?;
    if user != format!("read$backups/{dir}")
        || generator
            .validate_and_get_timestamp(&user, &password, Some(24 * 3600), now_secs())
            .is_none()
    {
        return Err(Error::Forbidden("invalid read credentials".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_download_range("bytes=0-9", 100), Some((0, 9)));
        assert_eq!(parse_download_range("bytes=90-", 100), Some((90, 99)));
        assert_eq!(parse_download_range("bytes=-10", 100), Some((90, 99)));
        assert_eq!(parse_download_range("bytes=100-", 100), None);
        assert!(matches!(
            parse_upload_range("bytes */10"),
            Some(UploadRange::Query { total: 10 })
        ));
        assert!(matches!(
            parse_upload_range("bytes 0-4/10"),
            Some(UploadRange::Chunk {
                first: 0,
                last: 4,
                total: Some(10)
            })
        ));
        assert!(parse_upload_range("bytes 5-4/10").is_none());
    }
}
