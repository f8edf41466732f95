//! Provisioning operations.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::state::AppState;

/// Largest accepted provisioning message, measured on its base64 form as the real server does.
const MAX_BODY_CHARS: usize = 256 * 1024;

/// `PUT /v1/provisioning/{destination}`
pub async fn send_provisioning_message(
    state: &AppState,
    destination: String,
    provisioning_message: models::ProvisioningMessage,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<SendProvisioningMessageResponse> {
    let caller = ctx.require_auth()?;
    // The size check comes before the limiter, as on the real server.
    if provisioning_message.body.len() > MAX_BODY_CHARS {
        return Err(Error::BadRequest("provisioning message too large".into()));
    }
    state
        .limits
        .check(ratelimit::MESSAGES, &caller.aci().to_string())
        .await?;
    let body = crate::domain::provisioning::decode_mime_base64(&provisioning_message.body)
        .ok_or_else(|| Error::BadRequest("body is not base64".into()))?;
    if crate::domain::provisioning::send(&state.db, &state.bus, &destination, body).await? {
        Ok(SendProvisioningMessageResponse::TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress)
    } else {
        Err(Error::NotFound)
    }
}
