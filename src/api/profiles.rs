//! Profiles operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/profile/identity_check/batch`
pub async fn run_batch_identity_check(
    _state: &AppState,
    _batch_identity_check_request: models::BatchIdentityCheckRequest,
    _ctx: &RequestContext,
) -> Result<RunBatchIdentityCheckResponse> {
    Err(Error::NotImplemented(
        "POST /v1/profile/identity_check/batch",
    ))
}

/// `PUT /v1/profile`
pub async fn set_profile(
    _state: &AppState,
    _create_profile_request: models::CreateProfileRequest,
    _ctx: &RequestContext,
) -> Result<SetProfileResponse> {
    Err(Error::NotImplemented("PUT /v1/profile"))
}

/// `GET /v1/profile/{identifier}`
pub async fn get_unversioned_profile(
    _state: &AppState,
    _identifier: String,
    _unidentified_access_key: Option<String>,
    _group_send_token: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetUnversionedProfileResponse> {
    Err(Error::NotImplemented("GET /v1/profile/{identifier}"))
}

/// `GET /v1/profile/{identifier}/{version}`
pub async fn get_profile(
    _state: &AppState,
    _identifier: uuid::Uuid,
    _version: String,
    _unidentified_access_key: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetProfileResponse> {
    Err(Error::NotImplemented(
        "GET /v1/profile/{identifier}/{version}",
    ))
}

/// `GET /v1/profile/{identifier}/{version}/{credentialRequest}`
pub async fn get_profile1(
    _state: &AppState,
    _identifier: uuid::Uuid,
    _version: String,
    _credential_request: String,
    _unidentified_access_key: Option<String>,
    _credential_type: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetProfile1Response> {
    Err(Error::NotImplemented(
        "GET /v1/profile/{identifier}/{version}/{credentialRequest}",
    ))
}
