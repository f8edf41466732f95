//! Key transparency: on the real server, forced-unauthenticated proxies to the key
//! transparency gRPC service. This server has no key transparency service client, so every
//! operation answers 503 after the checks the real server makes first (valid account
//! credentials: 400; per-IP rate limit; request validation: 422).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::types::ServiceId;

fn unavailable() -> Error {
    Error::Unavailable("no key transparency service is configured on this server".into())
}

fn require_aci(value: &str) -> Result<()> {
    match value.parse::<ServiceId>() {
        Ok(ServiceId::Aci(_)) => Ok(()),
        _ => Err(Error::Unprocessable(format!("invalid ACI: {value:?}"))),
    }
}

async fn precheck(
    state: &AppState,
    ctx: &RequestContext,
    limiter: ratelimit::Limiter,
) -> Result<()> {
    ctx.forbid_auth()?;
    state
        .limits
        .check(limiter, &ctx.remote.ip().to_string())
        .await
}

/// `GET /v1/key-transparency/distinguished`
pub async fn get_distinguished_key(
    state: &AppState,
    last_tree_head_size: Option<i64>,
    ctx: &RequestContext,
) -> Result<GetDistinguishedKeyResponse> {
    precheck(state, ctx, ratelimit::KEY_TRANSPARENCY_DISTINGUISHED).await?;
    if last_tree_head_size.is_some_and(|size| size <= 0) {
        return Err(Error::BadRequest(
            "lastTreeHeadSize must be positive".into(),
        ));
    }
    Err(unavailable())
}

/// `POST /v1/key-transparency/monitor`
pub async fn monitor(
    state: &AppState,
    request: models::KeyTransparencyMonitorRequest,
    ctx: &RequestContext,
) -> Result<MonitorResponse> {
    precheck(state, ctx, ratelimit::KEY_TRANSPARENCY_MONITOR).await?;
    require_aci(&request.aci.value)?;
    crate::b64::field_std(&request.aci.commitment_index, "aci.commitmentIndex")?;
    crate::b64::field_std(&request.e164.commitment_index, "e164.commitmentIndex")?;
    let username_hash = &request.username_hash;
    crate::b64::field_url(&username_hash.value, "usernameHash.value")?;
    crate::b64::field_std(
        &username_hash.commitment_index,
        "usernameHash.commitmentIndex",
    )?;
    Err(unavailable())
}

/// `POST /v1/key-transparency/search`
pub async fn search(
    state: &AppState,
    request: models::KeyTransparencySearchRequest,
    ctx: &RequestContext,
) -> Result<SearchResponse> {
    precheck(state, ctx, ratelimit::KEY_TRANSPARENCY_SEARCH).await?;
    require_aci(&request.aci)?;
    let identity_key = crate::b64::field_std(&request.aci_identity_key, "aciIdentityKey")?;
    if let Some(hash) = &request.username_hash {
        crate::b64::field_url(hash, "usernameHash")?;
    }
    if let Some(key) = &request.unidentified_access_key {
        crate::b64::field_std(key, "unidentifiedAccessKey")?;
    }
    if identity_key.len() != 33 || identity_key[0] != 0x05 {
        return Err(Error::Unprocessable(
            "aciIdentityKey must be a 33-byte EC public key".into(),
        ));
    }
    if request.e164.is_some() != request.unidentified_access_key.is_some() {
        return Err(Error::Unprocessable(
            "e164 and unidentifiedAccessKey must be given together".into(),
        ));
    }
    if request
        .distinguished_tree_head_size
        .is_some_and(|size| size <= 0)
    {
        return Err(Error::Unprocessable(
            "distinguishedTreeHeadSize must be positive".into(),
        ));
    }
    Err(unavailable())
}
