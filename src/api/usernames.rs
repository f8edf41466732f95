//! Username hashes and username links.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `PUT /v1/accounts/username_hash/confirm`
pub async fn confirm_username_hash(
    _state: &AppState,
    _confirm_username_hash_request: models::ConfirmUsernameHashRequest,
    _ctx: &RequestContext,
) -> Result<ConfirmUsernameHashResponse> {
    Err(Error::NotImplemented(
        "PUT /v1/accounts/username_hash/confirm",
    ))
}

/// `DELETE /v1/accounts/username_hash`
pub async fn delete_username_hash(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<DeleteUsernameHashResponse> {
    Err(Error::NotImplemented("DELETE /v1/accounts/username_hash"))
}

/// `DELETE /v1/accounts/username_link`
pub async fn delete_username_link(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<DeleteUsernameLinkResponse> {
    Err(Error::NotImplemented("DELETE /v1/accounts/username_link"))
}

/// `PUT /v1/accounts/username_hash/reserve`
pub async fn reserve_username_hash(
    _state: &AppState,
    _reserve_username_hash_request: models::ReserveUsernameHashRequest,
    _ctx: &RequestContext,
) -> Result<ReserveUsernameHashResponse> {
    Err(Error::NotImplemented(
        "PUT /v1/accounts/username_hash/reserve",
    ))
}

/// `PUT /v1/accounts/username_link`
pub async fn update_username_link(
    _state: &AppState,
    _encrypted_username: models::EncryptedUsername,
    _ctx: &RequestContext,
) -> Result<UpdateUsernameLinkResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/username_link"))
}

/// `GET /v1/accounts/username_hash/{usernameHash}`
pub async fn lookup_username_hash(
    _state: &AppState,
    _username_hash: String,
    _ctx: &RequestContext,
) -> Result<LookupUsernameHashResponse> {
    Err(Error::NotImplemented(
        "GET /v1/accounts/username_hash/{usernameHash}",
    ))
}

/// `GET /v1/accounts/username_link/{uuid}`
pub async fn lookup_username_link(
    _state: &AppState,
    _uuid: uuid::Uuid,
    _ctx: &RequestContext,
) -> Result<LookupUsernameLinkResponse> {
    Err(Error::NotImplemented(
        "GET /v1/accounts/username_link/{uuid}",
    ))
}
