//! Payments operations.

use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::services;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v1/payments/auth`
pub async fn get_auth(state: &AppState, ctx: &RequestContext) -> Result<GetAuthResponse> {
    let auth = ctx.require_auth()?;
    let generator = state.config.services.payments()?;
    let c = generator.generate(&services::identity(&auth.account.aci), services::now_secs());
    Ok(GetAuthResponse::Success(
        signal_api::models::ExternalServiceCredentials {
            username: Some(c.username),
            password: Some(c.password),
        },
    ))
}

/// `GET /v1/payments/conversions`
pub async fn get_conversions(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetConversionsResponse> {
    ctx.require_auth()?;
    let table = services::conversions(
        &state.config.services.payments,
        services::conversions_loaded_at(),
    )?;
    Ok(GetConversionsResponse::Success(table))
}
