//! Username hashes and username links.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::crypto::username::verify_username_proof;
use crate::domain::ratelimit;
use crate::domain::usernames::{self, UsernameHash};
use crate::error::{Error, Result};
use crate::state::AppState;

/// `PUT /v1/accounts/username_hash/confirm`
pub async fn confirm_username_hash(
    state: &AppState,
    request: models::ConfirmUsernameHashRequest,
    ctx: &RequestContext,
) -> Result<ConfirmUsernameHashResponse> {
    let auth = ctx.require_auth()?;
    let hash = match &request.username_hash {
        Some(text) => usernames::parse_hash_text(text)?,
        None => return Err(Error::Unprocessable("usernameHash is required".into())),
    };
    let encrypted_username = request
        .encrypted_username
        .as_deref()
        .map(usernames::parse_encrypted_username)
        .transpose()?;
    // The proof is checked before the rate limit, as on the real server.
    verify_username_proof(&crate::b64::field_url(&request.zk_proof, "zkProof")?, &hash)
        .map_err(|e| Error::Unprocessable(format!("invalid username proof: {e}")))?;
    state
        .limits
        .check(ratelimit::USERNAME_SET, &auth.aci().to_string())
        .await?;
    let confirmed =
        usernames::confirm(&state.db, auth.account.aci, &hash, encrypted_username).await?;
    Ok(
        ConfirmUsernameHashResponse::UsernameHashConfirmedSuccessfully(
            models::UsernameHashResponse {
                username_hash: Some(usernames::encode_url(&confirmed.username_hash)),
                username_link_handle: confirmed.link_handle.map(|h| h.to_string()),
            },
        ),
    )
}

/// `DELETE /v1/accounts/username_hash`
pub async fn delete_username_hash(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<DeleteUsernameHashResponse> {
    let auth = ctx.require_auth()?;
    usernames::delete_username(&state.db, auth.account.aci).await?;
    Ok(DeleteUsernameHashResponse::UsernameSuccessfullyDeleted)
}

/// `DELETE /v1/accounts/username_link`
pub async fn delete_username_link(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<DeleteUsernameLinkResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(ratelimit::USERNAME_LINK_OPERATION, &auth.aci().to_string())
        .await?;
    usernames::delete_link(&state.db, auth.account.aci).await?;
    Ok(DeleteUsernameLinkResponse::UsernameLinkSuccessfullyDeleted)
}

/// `PUT /v1/accounts/username_hash/reserve`
pub async fn reserve_username_hash(
    state: &AppState,
    request: models::ReserveUsernameHashRequest,
    ctx: &RequestContext,
) -> Result<ReserveUsernameHashResponse> {
    let auth = ctx.require_auth()?;
    let count = request.username_hashes.len();
    if count == 0 || count > usernames::MAX_RESERVE_HASHES {
        return Err(Error::Unprocessable(format!(
            "usernameHashes must have 1..={} entries",
            usernames::MAX_RESERVE_HASHES
        )));
    }
    let hashes = request
        .username_hashes
        .iter()
        .map(|h| usernames::parse_hash_text(h))
        .collect::<Result<Vec<UsernameHash>>>()?;
    // Only a valid request takes a permit.
    state
        .limits
        .check(ratelimit::USERNAME_RESERVE, &auth.aci().to_string())
        .await?;
    let reserved = usernames::reserve(&state.db, auth.account.aci, &hashes).await?;
    Ok(
        ReserveUsernameHashResponse::UsernameHashReservedSuccessfully(
            models::ReserveUsernameHashResponse {
                username_hash: Some(usernames::encode_url(&reserved)),
            },
        ),
    )
}

/// `PUT /v1/accounts/username_link`
pub async fn update_username_link(
    state: &AppState,
    request: models::EncryptedUsername,
    ctx: &RequestContext,
) -> Result<UpdateUsernameLinkResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(ratelimit::USERNAME_LINK_OPERATION, &auth.aci().to_string())
        .await?;
    let encrypted = usernames::parse_encrypted_username(&request.username_link_encrypted_value)?;
    let handle = usernames::update_link(
        &state.db,
        auth.account.aci,
        encrypted,
        request.keep_link_handle.unwrap_or(false),
    )
    .await?;
    Ok(UpdateUsernameLinkResponse::UsernameLinkUpdatedSuccessfully(
        models::UsernameLinkHandle {
            username_link_handle: handle,
        },
    ))
}

/// `GET /v1/accounts/username_hash/{usernameHash}`
pub async fn lookup_username_hash(
    state: &AppState,
    username_hash: String,
    ctx: &RequestContext,
) -> Result<LookupUsernameHashResponse> {
    ctx.forbid_auth()?;
    state
        .limits
        .check(ratelimit::USERNAME_LOOKUP, &ctx.remote.ip().to_string())
        .await?;
    let hash = usernames::parse_hash_text(&username_hash)?;
    match usernames::lookup_hash(&state.db, &hash).await? {
        Some(aci) => Ok(LookupUsernameHashResponse::AccountFoundForTheGivenUsername(
            models::AccountIdentifierResponse {
                uuid: aci.to_string(),
            },
        )),
        None => Err(Error::NotFound),
    }
}

/// `GET /v1/accounts/username_link/{uuid}`
pub async fn lookup_username_link(
    state: &AppState,
    uuid: uuid::Uuid,
    ctx: &RequestContext,
) -> Result<LookupUsernameLinkResponse> {
    ctx.forbid_auth()?;
    state
        .limits
        .check(
            ratelimit::USERNAME_LINK_LOOKUP_PER_IP,
            &ctx.remote.ip().to_string(),
        )
        .await?;
    match usernames::lookup_link(&state.db, uuid).await? {
        Some(encrypted) => Ok(
            LookupUsernameLinkResponse::UsernameLinkWithTheGivenHandleWasFound(
                models::EncryptedUsername {
                    username_link_encrypted_value: usernames::encode_url(&encrypted),
                    keep_link_handle: Some(false),
                },
            ),
        ),
        None => Err(Error::NotFound),
    }
}
