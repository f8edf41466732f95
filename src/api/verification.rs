//! Verification operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/verification/session`
pub async fn create_session(
    _state: &AppState,
    _create_verification_session_request: models::CreateVerificationSessionRequest,
    _ctx: &RequestContext,
) -> Result<CreateSessionResponse> {
    Err(Error::NotImplemented("POST /v1/verification/session"))
}

/// `GET /v1/verification/session/{sessionId}`
pub async fn get_session(
    _state: &AppState,
    _session_id: String,
    _ctx: &RequestContext,
) -> Result<GetSessionResponse> {
    Err(Error::NotImplemented(
        "GET /v1/verification/session/{sessionId}",
    ))
}

/// `POST /v1/verification/session/{sessionId}/code`
pub async fn request_verification_code(
    _state: &AppState,
    _session_id: String,
    _verification_code_request: models::VerificationCodeRequest,
    _user_agent: Option<String>,
    _accept_language: Option<String>,
    _ctx: &RequestContext,
) -> Result<RequestVerificationCodeResponse> {
    Err(Error::NotImplemented(
        "POST /v1/verification/session/{sessionId}/code",
    ))
}

/// `PATCH /v1/verification/session/{sessionId}`
pub async fn update_session(
    _state: &AppState,
    _session_id: String,
    _update_verification_session_request: models::UpdateVerificationSessionRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<UpdateSessionResponse> {
    Err(Error::NotImplemented(
        "PATCH /v1/verification/session/{sessionId}",
    ))
}

/// `PUT /v1/verification/session/{sessionId}/code`
pub async fn verify_code(
    _state: &AppState,
    _session_id: String,
    _submit_verification_code_request: models::SubmitVerificationCodeRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<VerifyCodeResponse> {
    Err(Error::NotImplemented(
        "PUT /v1/verification/session/{sessionId}/code",
    ))
}
