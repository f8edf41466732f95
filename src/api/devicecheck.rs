//! Devicecheck operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/devicecheck/assert`
pub async fn assert_challenge(
    _state: &AppState,
    _action: Option<models::AssertChallengeActionParameter>,
    _ctx: &RequestContext,
) -> Result<AssertChallengeResponse> {
    Err(Error::NotImplemented("GET /v1/devicecheck/assert"))
}

/// `POST /v1/devicecheck/assert`
pub async fn assertion(
    _state: &AppState,
    _key_id: String,
    _request: String,
    _body: Option<swagger::ByteArray>,
    _ctx: &RequestContext,
) -> Result<AssertionResponse> {
    Err(Error::NotImplemented("POST /v1/devicecheck/assert"))
}

/// `PUT /v1/devicecheck/attest`
pub async fn attest(
    _state: &AppState,
    _key_id: String,
    _body: Option<swagger::ByteArray>,
    _ctx: &RequestContext,
) -> Result<AttestResponse> {
    Err(Error::NotImplemented("PUT /v1/devicecheck/attest"))
}

/// `GET /v1/devicecheck/attest`
pub async fn attest_challenge(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<AttestChallengeResponse> {
    Err(Error::NotImplemented("GET /v1/devicecheck/attest"))
}
