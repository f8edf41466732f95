//! Provisioning operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `PUT /v1/provisioning/{destination}`
pub async fn send_provisioning_message(
    _state: &AppState,
    _destination: String,
    _provisioning_message: models::ProvisioningMessage,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<SendProvisioningMessageResponse> {
    Err(Error::NotImplemented("PUT /v1/provisioning/{destination}"))
}
