//! Keys operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v2/keys/check`
pub async fn check_keys(
    _state: &AppState,
    _check_keys_request: models::CheckKeysRequest,
    _ctx: &RequestContext,
) -> Result<CheckKeysResponse> {
    Err(Error::NotImplemented("POST /v2/keys/check"))
}

/// `GET /v2/keys`
pub async fn get_status(
    _state: &AppState,
    _identity: Option<models::GetStatusIdentityParameter>,
    _ctx: &RequestContext,
) -> Result<GetStatusResponse> {
    Err(Error::NotImplemented("GET /v2/keys"))
}

/// `PUT /v2/keys`
pub async fn set_keys(
    _state: &AppState,
    _set_keys_request: models::SetKeysRequest,
    _identity: Option<models::SetKeysIdentityParameter>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<SetKeysResponse> {
    Err(Error::NotImplemented("PUT /v2/keys"))
}

/// `GET /v2/keys/{identifier}/{device_id}`
pub async fn get_device_keys(
    _state: &AppState,
    _identifier: String,
    _device_id: String,
    _unidentified_access_key: Option<String>,
    _group_send_token: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetDeviceKeysResponse> {
    Err(Error::NotImplemented(
        "GET /v2/keys/{identifier}/{device_id}",
    ))
}
