//! Certificates operations.

use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/certificate/delivery`
pub async fn get_delivery_certificate(
    _state: &AppState,
    _include_e164: Option<bool>,
    _ctx: &RequestContext,
) -> Result<GetDeliveryCertificateResponse> {
    Err(Error::NotImplemented("GET /v1/certificate/delivery"))
}

/// `GET /v1/certificate/auth/group`
pub async fn get_group_authentication_credentials(
    _state: &AppState,
    _user_agent: Option<String>,
    _redemption_start_seconds: Option<i64>,
    _redemption_end_seconds: Option<i64>,
    _ctx: &RequestContext,
) -> Result<GetGroupAuthenticationCredentialsResponse> {
    Err(Error::NotImplemented("GET /v1/certificate/auth/group"))
}
