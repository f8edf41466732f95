//! DeviceCheck (Apple App Attest), which grants backup vouchers. Verifying attestations
//! and assertions needs Apple's App Attest verification (the App Attest root certificate
//! chain and the app's team and bundle ids), which this server does not have: every
//! operation answers 503 after authentication and input checks. Challenges are not issued
//! either, since nothing could consume them (and the API defines no body for them).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

fn unavailable() -> Error {
    Error::Unavailable("Apple App Attest verification is not configured on this server".into())
}

/// keyId and request are url-safe base64, padding optional (`Base64.getUrlDecoder()`, as the
/// reference reads them; 422 otherwise).
fn decode_url_b64(name: &str, value: &str) -> Result<Vec<u8>> {
    crate::b64::url(value)
        .filter(|bytes| !bytes.is_empty())
        .ok_or_else(|| Error::Unprocessable(format!("{name} must be url-safe base64")))
}

/// `GET /v1/devicecheck/assert`
pub async fn assert_challenge(
    _state: &AppState,
    action: Option<models::AssertChallengeActionParameter>,
    ctx: &RequestContext,
) -> Result<AssertChallengeResponse> {
    ctx.require_auth()?;
    if action.is_none() {
        return Err(Error::BadRequest("action is required".into()));
    }
    Err(unavailable())
}

/// `POST /v1/devicecheck/assert`
pub async fn assertion(
    _state: &AppState,
    key_id: String,
    request: String,
    _body: Option<swagger::ByteArray>,
    ctx: &RequestContext,
) -> Result<AssertionResponse> {
    ctx.require_auth()?;
    decode_url_b64("keyId", &key_id)?;
    let request = decode_url_b64("request", &request)?;
    serde_json::from_slice::<models::AssertionRequest>(&request)
        .map_err(|e| Error::Unprocessable(format!("request is not an assertion request: {e}")))?;
    Err(unavailable())
}

/// `PUT /v1/devicecheck/attest`
pub async fn attest(
    _state: &AppState,
    key_id: String,
    _body: Option<swagger::ByteArray>,
    ctx: &RequestContext,
) -> Result<AttestResponse> {
    ctx.require_auth()?;
    decode_url_b64("keyId", &key_id)?;
    Err(unavailable())
}

/// `GET /v1/devicecheck/attest`
pub async fn attest_challenge(
    _state: &AppState,
    ctx: &RequestContext,
) -> Result<AttestChallengeResponse> {
    ctx.require_auth()?;
    Err(unavailable())
}
