//! Certificates operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/certificate/delivery`
pub async fn get_delivery_certificate(
    state: &AppState,
    include_e164: Option<bool>,
    ctx: &RequestContext,
) -> Result<GetDeliveryCertificateResponse> {
    let caller = ctx.require_auth()?;
    let e164 = include_e164
        .unwrap_or(true)
        .then_some(caller.account.number.as_str());
    let certificate = crate::certificates::sender_certificate(
        &state.db,
        &caller.aci().to_string(),
        e164,
        caller.device_id().0,
        &caller.account.identity_key,
        crate::db::now_millis() as u64,
    )
    .await?;
    Ok(GetDeliveryCertificateResponse::Success(
        models::DeliveryCertificate {
            certificate: Some(swagger::ByteArray(certificate)),
        },
    ))
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
