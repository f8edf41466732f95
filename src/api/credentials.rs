//! Credentials operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v2/directory/auth`
pub async fn get_auth_token(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetAuthTokenResponse> {
    Err(Error::NotImplemented("GET /v2/directory/auth"))
}

/// `GET /v1/storage/auth`
pub async fn get_auth1(_state: &AppState, _ctx: &RequestContext) -> Result<GetAuth1Response> {
    Err(Error::NotImplemented("GET /v1/storage/auth"))
}

/// `POST /v2/backup/auth/check`
pub async fn auth_check(
    _state: &AppState,
    _auth_check_request: models::AuthCheckRequest,
    _ctx: &RequestContext,
) -> Result<AuthCheckResponse> {
    Err(Error::NotImplemented("POST /v2/backup/auth/check"))
}

/// `GET /v2/backup/auth`
pub async fn get_auth2(_state: &AppState, _ctx: &RequestContext) -> Result<GetAuth2Response> {
    Err(Error::NotImplemented("GET /v2/backup/auth"))
}
