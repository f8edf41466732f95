//! Payments operations.

use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/payments/auth`
pub async fn get_auth(_state: &AppState, _ctx: &RequestContext) -> Result<GetAuthResponse> {
    Err(Error::NotImplemented("GET /v1/payments/auth"))
}

/// `GET /v1/payments/conversions`
pub async fn get_conversions(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetConversionsResponse> {
    Err(Error::NotImplemented("GET /v1/payments/conversions"))
}
