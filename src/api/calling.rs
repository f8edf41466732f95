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
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetCallingRelaysResponse> {
    let auth = ctx.require_auth()?;
    state
        .rate_limit(
            crate::ratelimit::GET_CALLING_RELAYS,
            &auth.aci().to_string(),
        )
        .await?;
    let relays =
        crate::services::calling_relays(&state.config.services.turn, crate::services::now_secs())?;
    Ok(GetCallingRelaysResponse::Status200(relays))
}
