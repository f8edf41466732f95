//! Calling operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/call-link/create-auth`
pub async fn get_create_auth(
    _state: &AppState,
    _get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
    _ctx: &RequestContext,
) -> Result<GetCreateAuthResponse> {
    Err(Error::NotImplemented("POST /v1/call-link/create-auth"))
}

/// `GET /v2/calling/relays`
pub async fn get_calling_relays(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetCallingRelaysResponse> {
    Err(Error::NotImplemented("GET /v2/calling/relays"))
}
