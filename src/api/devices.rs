//! Devices operations.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use sea_orm::EntityTrait;
use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::crypto::keys::EcPublicKey;
use crate::domain::devices::{self as domain, LinkError, NewDevice};
use crate::domain::prekeys::{self, SignedKey};
use crate::domain::ratelimit;
use crate::error::{message_body, Error, Result};
use crate::state::AppState;
use crate::types::DeviceId;

/// Long-poll timeouts: 1..=3600 seconds, 30 by default.
fn poll_deadline(timeout: Option<u32>) -> Result<tokio::time::Instant> {
    let seconds = timeout.unwrap_or(30);
    if !(1..=3600).contains(&seconds) {
        return Err(Error::BadRequest(
            "timeout must be between 1 and 3600 seconds".into(),
        ));
    }
    Ok(tokio::time::Instant::now() + std::time::Duration::from_secs(u64::from(seconds)))
}

fn too_many_devices() -> Error {
    Error::json(
        411,
        message_body(
            hyper::StatusCode::LENGTH_REQUIRED,
            "the account already has the maximum number of devices",
        ),
    )
}

/// `GET /v1/devices/provisioning/code`
pub async fn create_device_token(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<CreateDeviceTokenResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(ratelimit::ALLOCATE_DEVICE, &auth.aci().to_string())
        .await?;
    let devices = domain::list(&state.db, auth.account.aci).await?;
    if devices.len() >= usize::from(state.config.max_devices) {
        return Err(too_many_devices());
    }
    if !auth.is_primary() {
        return Err(Error::Unauthorized);
    }
    if rand::random::<u8>() < 8 {
        domain::purge_expired(&state.db).await?;
    }
    let token = domain::create_link_token(&state.db, auth.aci()).await?;
    let mut body = models::LinkDeviceToken::new();
    body.token_identifier = Some(domain::token_identifier(&token));
    body.verification_code = Some(token);
    Ok(CreateDeviceTokenResponse::TokenWasGeneratedSuccessfully(
        body,
    ))
}

/// `GET /v1/devices`
pub async fn get_devices(state: &AppState, ctx: &RequestContext) -> Result<GetDevicesResponse> {
    let auth = ctx.require_auth()?;
    let devices = domain::list(&state.db, auth.account.aci)
        .await?
        .into_iter()
        .map(|d| {
            let mut info = models::DeviceInfo::new();
            info.id = Some(i64::from(d.device_id));
            info.name = d.name.map(swagger::ByteArray);
            info.last_seen = Some(d.last_seen);
            info.created = Some(d.created_at);
            info
        })
        .collect();
    let mut list = models::DeviceInfoList::new();
    list.devices = Some(devices);
    Ok(GetDevicesResponse::Success(list))
}

/// `PUT /v1/devices/link`
pub async fn link_device(
    state: &AppState,
    link_device_request: models::LinkDeviceRequest,
    authorization: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<LinkDeviceResponse> {
    // Only the password of the Basic header is used: it becomes the new device's password.
    let password = authorization
        .as_deref()
        .and_then(crate::domain::auth::parse_basic)
        .map(|(_, password)| password)
        .filter(|p| !p.is_empty())
        .ok_or(Error::Unauthorized)?;
    let request = link_device_request;
    let token = request.verification_code.as_str();

    // The request body is validated first (422), then the token (403), then the
    // VERIFY_DEVICE limiter, then signatures, capabilities and the device count, in the
    // reference's order.
    let attributes = request
        .account_attributes
        .as_ref()
        .ok_or_else(|| Error::Unprocessable("accountAttributes is required".into()))?;
    let registration_id =
        crate::domain::accounts::registration_id("registrationId", attributes.registration_id)?;
    let pni_registration_id = crate::domain::accounts::registration_id(
        "pniRegistrationId",
        attributes.pni_registration_id,
    )?;
    let name = attributes
        .name
        .as_deref()
        .map(|n| crate::b64::field_std(n, "name"))
        .transpose()?;
    if name.as_ref().is_some_and(|n| n.len() > 225) {
        return Err(Error::Unprocessable("name is longer than 225 bytes".into()));
    }
    // Read (and refused when not base64) as the reference reads it, though a linked device
    // has no use for it.
    if let Some(password) = attributes.recovery_password.as_deref() {
        crate::b64::field_std(password, "recoveryPassword")?;
    }
    let fetches_messages = attributes.fetches_messages.unwrap_or(false);
    let apn_id = request
        .apn_token
        .as_ref()
        .map(|t| t.apn_registration_id.clone());
    let gcm_id = request
        .gcm_token
        .as_ref()
        .map(|t| t.gcm_registration_id.clone());
    let push_ok = matches!(
        (fetches_messages, &apn_id, &gcm_id),
        (true, None, None) | (false, Some(_), None) | (false, None, Some(_))
    );
    if !push_ok {
        return Err(Error::Unprocessable(
            "exactly one of fetchesMessages, apnToken and gcmToken must be given".into(),
        ));
    }
    if apn_id.as_ref().is_some_and(|t| t.is_empty())
        || gcm_id.as_ref().is_some_and(|t| t.is_empty())
    {
        return Err(Error::Unprocessable("push tokens must not be empty".into()));
    }
    let user_agent = match (&apn_id, &gcm_id) {
        (Some(_), _) => "OWP",
        (_, Some(_)) => "OWA",
        _ => "OWD",
    };

    let aci_signed_pre_key = SignedKey::from_ec("aciSignedPreKey", &request.aci_signed_pre_key)?;
    let pni_signed_pre_key = SignedKey::from_ec("pniSignedPreKey", &request.pni_signed_pre_key)?;
    let aci_pq_last_resort_pre_key =
        SignedKey::from_kem("aciPqLastResortPreKey", &request.aci_pq_last_resort_pre_key)?;
    let pni_pq_last_resort_pre_key =
        SignedKey::from_kem("pniPqLastResortPreKey", &request.pni_pq_last_resort_pre_key)?;

    let Some((aci, _)) = domain::verify_link_token(&state.db, token).await? else {
        return Err(Error::Forbidden("invalid verification code".into()));
    };
    let Some(account) = crate::db::accounts::Entity::find_by_id(aci)
        .one(&state.db)
        .await?
    else {
        return Err(Error::Forbidden("invalid verification code".into()));
    };
    // Every attempt with a valid token counts, whether or not its signatures verify.
    state
        .limits
        .check(ratelimit::VERIFY_DEVICE, &aci.to_string())
        .await?;

    aci_signed_pre_key.verify(prekeys::EC, &account.identity_key)?;
    aci_pq_last_resort_pre_key.verify(prekeys::KEM, &account.identity_key)?;
    pni_signed_pre_key.verify(prekeys::EC, &account.pni_identity_key)?;
    pni_pq_last_resort_pre_key.verify(prekeys::KEM, &account.pni_identity_key)?;
    let capabilities = attributes
        .capabilities
        .as_ref()
        .ok_or_else(|| Error::Unprocessable("capabilities are required".into()))?;
    let mut capabilities: Vec<String> = capabilities
        .iter()
        .filter(|(_, on)| **on)
        .filter_map(|(name, _)| domain::capability_name(name).map(str::to_owned))
        .collect();
    capabilities.sort();
    capabilities.dedup();

    let new = NewDevice {
        password,
        name,
        registration_id,
        pni_registration_id,
        apn_id,
        gcm_id,
        fetches_messages,
        capabilities,
        user_agent: user_agent.to_owned(),
        aci_signed_pre_key,
        pni_signed_pre_key,
        aci_pq_last_resort_pre_key,
        pni_pq_last_resort_pre_key,
    };
    let device_id = match domain::link(
        &state.db,
        &state.bus,
        &account,
        token,
        state.config.max_devices,
        &new,
    )
    .await
    {
        Ok(id) => id,
        Err(LinkError::TokenUsed) => {
            return Err(Error::Forbidden("verification code already used".into()))
        }
        Err(LinkError::TooManyDevices) => return Err(too_many_devices()),
        Err(LinkError::Downgrade(capability)) => {
            return Err(Error::Conflict(format!(
                "the new device lacks the {capability} capability every other device has"
            )))
        }
        Err(LinkError::Other(e)) => return Err(e),
    };
    let mut body = models::LinkDeviceResponse::new();
    body.uuid = Some(account.aci.0);
    body.pni = Some(account.pni.0);
    body.device_id = Some(i32::from(device_id));
    Ok(LinkDeviceResponse::TheNewDeviceWasLinkedToTheCallingAccount(body))
}

/// `PUT /v1/devices/transfer_archive`
pub async fn record_transfer_archive_uploaded(
    state: &AppState,
    transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
    ctx: &RequestContext,
) -> Result<RecordTransferArchiveUploadedResponse> {
    let auth = ctx.require_auth()?;
    let request = transfer_archive_uploaded_request;
    let device_id = request
        .destination_device_id
        .and_then(|id| DeviceId::new(i64::from(id)))
        .ok_or_else(|| {
            Error::Unprocessable("destinationDeviceId must be between 1 and 127".into())
        })?;
    let created = request
        .destination_device_created
        .filter(|c| *c > 0)
        .ok_or_else(|| Error::Unprocessable("destinationDeviceCreated must be positive".into()))?;
    if let swagger::OneOf2::A(attachment) = &*request.transfer_archive {
        let base64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if attachment.key.is_empty()
            || attachment.key.len() > 64
            || !attachment.key.chars().all(base64url)
        {
            return Err(Error::Unprocessable(
                "transferArchive.key must be 1..64 base64url characters".into(),
            ));
        }
    }
    // The body is validated before the limiter counts the attempt, as on the real server.
    state
        .limits
        .check(ratelimit::UPLOAD_TRANSFER_ARCHIVE, &auth.aci().to_string())
        .await?;
    let value = serde_json::to_string(&request.transfer_archive)
        .map_err(|e| Error::Internal(e.to_string()))?;
    let key = domain::transfer_archive_key(auth.aci(), i64::from(device_id), created);
    domain::record_for_waiters(&state.db, &state.bus, &key, value).await?;
    Ok(RecordTransferArchiveUploadedResponse::Success)
}

/// `PUT /v1/devices/capabilities`
pub async fn set_capabilities(
    state: &AppState,
    request_body: std::collections::HashMap<String, bool>,
    ctx: &RequestContext,
) -> Result<SetCapabilitiesResponse> {
    let auth = ctx.require_auth()?;
    let mut capabilities: Vec<String> = request_body
        .iter()
        .filter(|(_, enabled)| **enabled)
        .filter_map(|(name, _)| domain::capability_name(name))
        .map(str::to_owned)
        .collect();
    capabilities.sort();
    capabilities.dedup();
    domain::set_capabilities(&state.db, &auth.device, capabilities).await?;
    Ok(SetCapabilitiesResponse::Success)
}

/// `PUT /v1/devices/public_key`
pub async fn set_public_key1(
    state: &AppState,
    set_public_key_request: Option<models::SetPublicKeyRequest>,
    ctx: &RequestContext,
) -> Result<SetPublicKey1Response> {
    let auth = ctx.require_auth()?;
    let encoded = set_public_key_request
        .and_then(|r| r.public_key)
        .ok_or_else(|| Error::Unprocessable("publicKey is required".into()))?;
    let bytes = crate::domain::access::lenient_base64(&encoded)
        .ok_or_else(|| Error::Unprocessable("publicKey: invalid base64".into()))?;
    let key = EcPublicKey::deserialize(&bytes)
        .map_err(|e| Error::Unprocessable(format!("invalid public key: {e}")))?;
    domain::set_public_key(
        &state.db,
        auth.account.aci,
        auth.device.device_id,
        key.serialize().to_vec(),
    )
    .await?;
    Ok(SetPublicKey1Response::PublicKeyStoredSuccessfully)
}

/// `GET /v1/devices/transfer_archive`
pub async fn wait_for_transfer_archive(
    state: &AppState,
    timeout: Option<u32>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<WaitForTransferArchiveResponse> {
    let auth = ctx.require_auth()?;
    let deadline = poll_deadline(timeout)?;
    state
        .limits
        .check(
            ratelimit::WAIT_FOR_TRANSFER_ARCHIVE,
            &format!("{}:{}", auth.aci(), auth.device_id()),
        )
        .await?;
    let key = domain::transfer_archive_key(
        auth.aci(),
        i64::from(auth.device.device_id),
        auth.device.created_at,
    );
    match state
        .shutdown
        .or_none(domain::wait_for_record(
            &state.db, &state.bus, &key, deadline,
        ))
        .await?
    {
        Some(value) => {
            let result: models::WaitForTransferArchive200Response =
                serde_json::from_str(&value).map_err(|e| Error::Internal(e.to_string()))?;
            Ok(WaitForTransferArchiveResponse::EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice(result))
        }
        None => {
            Ok(WaitForTransferArchiveResponse::NoTransferArchiveWasUploadedBeforeTheCallCompleted)
        }
    }
}

fn valid_restore_token(token: &str) -> bool {
    !token.trim().is_empty() && token.len() <= 64
}

/// `PUT /v1/devices/restore_account/{token}`
pub async fn record_restore_account_request(
    state: &AppState,
    token: String,
    restore_account_request: Option<models::RestoreAccountRequest>,
    ctx: &RequestContext,
) -> Result<RecordRestoreAccountRequestResponse> {
    state
        .limits
        .check(
            ratelimit::RECORD_DEVICE_TRANSFER_REQUEST,
            &ctx.remote.ip().to_string(),
        )
        .await?;
    if !valid_restore_token(&token) {
        return Err(Error::Unprocessable(
            "token must be 1..64 characters".into(),
        ));
    }
    let request = restore_account_request
        .ok_or_else(|| Error::Unprocessable("a restore request body is required".into()))?;
    // The limit applies to the decoded bytes (the real server reads a byte[] of at most 4096).
    if let Some(bootstrap) = &request.device_transfer_bootstrap {
        let bytes = crate::domain::access::lenient_base64(bootstrap)
            .ok_or_else(|| Error::Unprocessable("deviceTransferBootstrap must be base64".into()))?;
        if bytes.len() > 4096 {
            return Err(Error::Unprocessable(
                "deviceTransferBootstrap is longer than 4096 bytes".into(),
            ));
        }
    }
    let value = serde_json::to_string(&request).map_err(|e| Error::Internal(e.to_string()))?;
    let key = domain::restore_account_key(&token);
    domain::record_for_waiters(&state.db, &state.bus, &key, value).await?;
    Ok(RecordRestoreAccountRequestResponse::Success)
}

/// `DELETE /v1/devices/{device_id}`
pub async fn remove_device(
    state: &AppState,
    device_id: i32,
    ctx: &RequestContext,
) -> Result<RemoveDeviceResponse> {
    let auth = ctx.require_auth()?;
    // The id is a Java byte on the real server: anything outside -128..=127 is no route.
    let device_id = i8::try_from(device_id).map_err(|_| Error::NotFound)?;
    let wanted = DeviceId::new(device_id.into());
    if !auth.is_primary() && Some(auth.device.device_id) != wanted {
        return Err(Error::Unauthorized);
    }
    // Ids 0 and below name no device.
    let device_id = wanted.ok_or(Error::NotFound)?;
    if device_id.is_primary() {
        return Err(Error::Forbidden(
            "the primary device cannot be removed".into(),
        ));
    }
    domain::remove(&state.db, &auth.account, device_id).await?;
    crate::events::disconnect::disconnect(&state.bus, auth.account.aci, [device_id]).await;
    Ok(RemoveDeviceResponse::Success)
}

/// `GET /v1/devices/restore_account/{token}`
pub async fn wait_for_device_transfer_request(
    state: &AppState,
    token: String,
    timeout: Option<u32>,
    ctx: &RequestContext,
) -> Result<WaitForDeviceTransferRequestResponse> {
    state
        .limits
        .check(
            ratelimit::WAIT_FOR_DEVICE_TRANSFER_REQUEST,
            &ctx.remote.ip().to_string(),
        )
        .await?;
    if !valid_restore_token(&token) {
        return Err(Error::BadRequest("token must be 1..64 characters".into()));
    }
    let deadline = poll_deadline(timeout)?;
    match state.shutdown.or_none(domain::wait_for_record(&state.db, &state.bus, &domain::restore_account_key(&token), deadline)).await? {
        Some(value) => {
            let request: models::RestoreAccountRequest =
                serde_json::from_str(&value).map_err(|e| Error::Internal(e.to_string()))?;
            Ok(WaitForDeviceTransferRequestResponse::ARestoreAccountRequestWasReceivedForTheGivenToken(request))
        }
        None => Ok(WaitForDeviceTransferRequestResponse::NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted),
    }
}

/// `GET /v1/devices/wait_for_linked_device/{tokenIdentifier}`
pub async fn wait_for_linked_device(
    state: &AppState,
    token_identifier: String,
    timeout: Option<u32>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<WaitForLinkedDeviceResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(ratelimit::WAIT_FOR_LINKED_DEVICE, &auth.aci().to_string())
        .await?;
    if !auth.is_primary() {
        return Err(Error::BadRequest(
            "only the primary device may wait for linked devices".into(),
        ));
    }
    let well_formed = (32..=64).contains(&token_identifier.len())
        && URL_SAFE_NO_PAD
            .decode(&token_identifier)
            .is_ok_and(|bytes| bytes.len() == 32);
    if !well_formed {
        return Err(Error::BadRequest("invalid token identifier".into()));
    }
    let deadline = poll_deadline(timeout)?;
    let poll = domain::wait_for_linked_device(
        &state.db,
        &state.bus,
        auth.account.aci,
        &token_identifier,
        deadline,
    );
    match state.shutdown.or_none(poll).await? {
        Some(record) => {
            let mut info = models::DeviceInfo::new();
            info.id = Some(i64::from(record.id));
            info.name = record
                .name
                .and_then(|n| STANDARD.decode(n).ok())
                .map(swagger::ByteArray);
            info.last_seen = Some(record.last_seen);
            info.created = Some(record.created);
            Ok(WaitForLinkedDeviceResponse::ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier(info))
        }
        None => {
            Ok(WaitForLinkedDeviceResponse::NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted)
        }
    }
}
