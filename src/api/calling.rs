//! Calling operations.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::error::Result;
use crate::state::AppState;

/// `POST /v1/call-link/create-auth`
pub async fn get_create_auth(
    state: &AppState,
    request: models::GetCreateCallLinkCredentialsRequest,
    ctx: &RequestContext,
) -> Result<GetCreateAuthResponse> {
    let caller = ctx.require_auth()?;
    state
        .limits
        .check(
            crate::domain::ratelimit::CREATE_CALL_LINK,
            &caller.aci().to_string(),
        )
        .await?;
    let credential = crate::domain::zkgroup::create_call_link_credential(
        &state.zk,
        caller.aci(),
        &request.create_call_link_credential_request.0,
        crate::domain::zkgroup::now_secs(),
    )?;
    Ok(GetCreateAuthResponse::Status200(
        models::CreateCallLinkCredential {
            credential: Some(swagger::ByteArray(credential.credential)),
            redemption_time: Some(credential.redemption_time as i64),
        },
    ))
}

/// `GET /v2/calling/relays`
pub async fn get_calling_relays(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetCallingRelaysResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(
            crate::domain::ratelimit::GET_CALLING_RELAYS,
            &auth.aci().to_string(),
        )
        .await?;
    let relays = crate::domain::services::calling_relays(
        &state.config.services.turn,
        crate::domain::services::now_secs(),
    )?;
    Ok(GetCallingRelaysResponse::Status200(relays))
}
