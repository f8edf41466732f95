//! Keep-alive operations (clients call them over the websocket; plain HTTP answers too).

use signal_api::*;

use crate::api::context::RequestContext;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v1/keepalive`
pub async fn get_keep_alive(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetKeepAliveResponse> {
    Ok(GetKeepAliveResponse::Success)
}

/// `GET /v1/keepalive/provisioning`
pub async fn get_provisioning_keep_alive(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetProvisioningKeepAliveResponse> {
    Ok(GetProvisioningKeepAliveResponse::Success)
}
