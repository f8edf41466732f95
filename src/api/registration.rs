//! Registration operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/registration`
pub async fn register(
    _state: &AppState,
    _authorization: String,
    _registration_request: models::RegistrationRequest,
    _x_signal_agent: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<RegisterResponse> {
    Err(Error::NotImplemented("POST /v1/registration"))
}
