//! Challenges operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `PUT /v1/challenge`
pub async fn handle_challenge_response(
    _state: &AppState,
    _user_agent: Option<String>,
    _handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
    _ctx: &RequestContext,
) -> Result<HandleChallengeResponseResponse> {
    Err(Error::NotImplemented("PUT /v1/challenge"))
}

/// `POST /v1/challenge/push`
pub async fn request_push_challenge(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<RequestPushChallengeResponse> {
    Err(Error::NotImplemented("POST /v1/challenge/push"))
}
