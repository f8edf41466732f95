//! Keys operations: upload and count a device's prekeys, compare repeated-use keys, and
//! fetch (consume) another account's prekeys to start sessions.

use std::collections::HashSet;

use base64::Engine;
use signal_api::models;
use signal_api::*;
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::api::context::RequestContext;
use crate::crypto::keys::EcPublicKey;
use crate::db::devices;
use crate::domain::access;
use crate::domain::auth::AuthenticatedDevice;
use crate::domain::prekeys::{self, KeyUpload, OneTimeKey, SignedKey};
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::types::{Aci, IdentityType, ServiceId};

/// `POST /v2/keys/check`
pub async fn check_keys(
    state: &AppState,
    check_keys_request: models::CheckKeysRequest,
    ctx: &RequestContext,
) -> Result<CheckKeysResponse> {
    let auth = ctx.require_auth()?;
    let identity_type =
        match check_keys_request.identity_type {
            models::CheckKeysRequestIdentityType::Aci
            | models::CheckKeysRequestIdentityType::Aci2 => IdentityType::Aci,
            models::CheckKeysRequestIdentityType::Pni
            | models::CheckKeysRequestIdentityType::Pni2 => IdentityType::Pni,
        };
    let client_digest = crate::b64::field_std(&check_keys_request.digest, "digest")?;
    if client_digest.len() != 32 {
        return Err(Error::Unprocessable("digest must be 32 bytes".into()));
    }
    let (identity, identity_key) = identity_of(auth, identity_type);
    let identity_key = EcPublicKey::deserialize(identity_key)
        .map_err(|e| Error::Internal(format!("stored identity key: {e}")))?
        .serialize();
    let stored =
        prekeys::repeated_use_digest(&state.db, &identity_key, identity, auth.device.device_id)
            .await?;
    match stored {
        Some(digest) if bool::from(digest.ct_eq(&client_digest[..])) => {
            Ok(CheckKeysResponse::IndicatesThatClientAndServerHaveConsistentViewsOfRepeated)
        }
        Some(_) => Err(Error::Conflict("repeated-use keys differ".into())),
        None => Err(Error::Conflict("a repeated-use key is missing".into())),
    }
}

/// `GET /v2/keys`
pub async fn get_status(
    state: &AppState,
    identity: Option<models::GetStatusIdentityParameter>,
    ctx: &RequestContext,
) -> Result<GetStatusResponse> {
    let auth = ctx.require_auth()?;
    let identity_type = match identity {
        None
        | Some(models::GetStatusIdentityParameter::Aci)
        | Some(models::GetStatusIdentityParameter::Aci2) => IdentityType::Aci,
        Some(models::GetStatusIdentityParameter::Pni)
        | Some(models::GetStatusIdentityParameter::Pni2) => IdentityType::Pni,
    };
    let (identity, _) = identity_of(auth, identity_type);
    let device_id = auth.device.device_id;
    let count = prekeys::count_one_time(&state.db, identity, device_id, prekeys::EC).await?;
    let pq_count = prekeys::count_one_time(&state.db, identity, device_id, prekeys::KEM).await?;
    Ok(GetStatusResponse::BodyContainsTheNumberOfAvailableOne(
        models::PreKeyCount {
            count: Some(count.min(i32::MAX as u64) as i32),
            pq_count: Some(pq_count.min(i32::MAX as u64) as i32),
        },
    ))
}

/// `PUT /v2/keys`
pub async fn set_keys(
    state: &AppState,
    set_keys_request: models::SetKeysRequest,
    identity: Option<models::SetKeysIdentityParameter>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<SetKeysResponse> {
    let auth = ctx.require_auth()?;
    let identity_type = match identity {
        None
        | Some(models::SetKeysIdentityParameter::Aci)
        | Some(models::SetKeysIdentityParameter::Aci2) => IdentityType::Aci,
        Some(models::SetKeysIdentityParameter::Pni)
        | Some(models::SetKeysIdentityParameter::Pni2) => IdentityType::Pni,
    };
    let (identity, identity_key) = identity_of(auth, identity_type);
    let upload = validate_upload(set_keys_request, identity_key)?;
    prekeys::store_upload(&state.db, identity, auth.device.device_id, &upload).await?;
    Ok(SetKeysResponse::IndicatesThatNewKeysWereSuccessfullyStored)
}

/// `GET /v2/keys/{identifier}/{device_id}`
pub async fn get_device_keys(
    state: &AppState,
    identifier: String,
    device_id: String,
    unidentified_access_key: Option<String>,
    group_send_token: Option<String>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetDeviceKeysResponse> {
    let target_id: ServiceId = identifier.parse()?;
    let access_key = access::parse_access_key_header(unidentified_access_key.as_deref())?;
    let group_send_token = access::parse_group_send_token_header(group_send_token.as_deref())?;
    // Without any credential (account, access key or group-send token) nothing else is looked at.
    if ctx.auth.is_none() && access_key.is_none() && group_send_token.is_none() {
        return Err(Error::Unauthorized);
    }
    if let Some(token) = &group_send_token {
        if ctx.auth.is_some() || access_key.is_some() {
            return Err(Error::BadRequest(
                "a group send endorsement cannot be combined with other authorization".into(),
            ));
        }
        access::verify_group_send_token(
            &state.zk.server,
            token,
            [target_id],
            crate::domain::zkgroup::now_secs(),
        )?;
    }
    // A valid group-send token vouches for the caller like an authenticated account does.
    let vouched = ctx.auth.is_some() || group_send_token.is_some();
    let target = access::find_account(&state.db, target_id).await?;
    // The access check comes first (404 for an unknown target when vouched for, 401 when
    // not), then the device selector (422 when not a number), as the reference's
    // OptionalAccess does.
    let target = access::verify_access(vouched, target_id, target, access_key.as_deref())?;
    let selected = match device_id.as_str() {
        "*" => None,
        number => {
            let id: i8 = number.parse().map_err(|_| {
                Error::Unprocessable(format!("invalid device selector: {number:?}"))
            })?;
            Some(i16::from(id))
        }
    };
    let devices = account_devices(state, target.aci, selected).await?;
    if selected.is_some() && devices.is_empty() {
        return Err(if vouched {
            Error::NotFound
        } else {
            Error::Unauthorized
        });
    }
    if let Some(caller) = &ctx.auth {
        let key = format!(
            "{}.{}__{}.{}",
            caller.aci(),
            caller.device_id(),
            target_id.uuid(),
            device_id
        );
        state.limits.check(ratelimit::PREKEYS, &key).await?;
    }

    let identity = target_id.uuid();
    let mut items = Vec::new();
    for device in &devices {
        let keys = prekeys::take_device_keys(&state.db, identity, device.device_id).await?;
        if keys.is_empty() {
            continue;
        }
        let registration_id = match target_id {
            ServiceId::Aci(_) => device.registration_id,
            ServiceId::Pni(_) => device.pni_registration_id,
        };
        items.push(models::PreKeyResponseItem {
            device_id: Some(i32::from(device.device_id)),
            registration_id: Some(registration_id),
            signed_pre_key: keys.signed_ec.map(|k| models::EcSignedPreKey {
                key_id: Some(k.key_id),
                public_key: Some(b64(&k.public_key)),
                signature: Some(b64_unpadded(&k.signature)),
            }),
            pre_key: keys.ec_one_time.map(|k| models::EcPreKey {
                key_id: Some(k.key_id),
                public_key: Some(b64(&k.public_key)),
            }),
            pq_pre_key: keys.kem.map(|k| models::KemSignedPreKey {
                key_id: Some(k.key_id),
                public_key: Some(b64(&k.public_key)),
                signature: k.signature.as_deref().map(b64_unpadded),
            }),
        });
    }
    if items.is_empty() {
        return Err(Error::NotFound);
    }
    let identity_key = match target_id {
        ServiceId::Aci(_) => &target.identity_key,
        ServiceId::Pni(_) => &target.pni_identity_key,
    };
    let identity_key = EcPublicKey::deserialize(identity_key)
        .map_err(|e| Error::Internal(format!("stored identity key: {e}")))?
        .serialize();
    Ok(
        GetDeviceKeysResponse::IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice(
            models::PreKeyResponse {
                identity_key: Some(swagger::ByteArray(identity_key.to_vec())),
                devices: Some(items),
            },
        ),
    )
}

/// The identity uuid (ACI or PNI) under which keys are stored, and its identity key.
fn identity_of(auth: &AuthenticatedDevice, identity_type: IdentityType) -> (Uuid, &[u8]) {
    match identity_type {
        IdentityType::Aci => (auth.account.aci.0, &auth.account.identity_key),
        IdentityType::Pni => (auth.account.pni.0, &auth.account.pni_identity_key),
    }
}

/// The devices of an account: all of them, or the one selected (none if it does not exist).
async fn account_devices(
    state: &AppState,
    aci: Aci,
    selected: Option<i16>,
) -> Result<Vec<devices::Model>> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let mut query = devices::Entity::find().filter(devices::Column::Aci.eq(aci));
    if let Some(id) = selected {
        query = query.filter(devices::Column::DeviceId.eq(id));
    }
    Ok(query
        .order_by_asc(devices::Column::DeviceId)
        .all(&state.db)
        .await?)
}

/// Checks every key of an upload (formats, signatures under `identity_key`, list sizes,
/// distinct ids) and turns it into what storage takes. Any failure is a 422.
fn validate_upload(request: models::SetKeysRequest, identity_key: &[u8]) -> Result<KeyUpload> {
    // At most 100 one-time keys of each kind: checked against the schema before the handler.
    let ec_keys = request.pre_keys.unwrap_or_default();
    let kem_keys = request.pq_pre_keys.unwrap_or_default();
    let mut upload = KeyUpload::default();
    for key in ec_keys {
        let key_id = key.key_id.ok_or_else(|| missing("preKeys[].keyId"))?;
        let public_key = decode_key_field(key.public_key.as_deref(), "preKeys[].publicKey")?;
        let public_key = EcPublicKey::deserialize(&public_key)
            .map_err(|e| Error::Unprocessable(format!("invalid EC key: {e}")))?
            .serialize()
            .to_vec();
        upload.ec_one_time.push(OneTimeKey {
            key_id,
            public_key,
            signature: None,
        });
    }
    for key in kem_keys {
        let key = signed_key(key.key_id, key.public_key, key.signature, "pqPreKeys[]")?;
        key.verify(prekeys::KEM, identity_key)?;
        upload.kem_one_time.push(key.into());
    }
    if let Some(key) = request.signed_pre_key {
        let mut key = signed_key(key.key_id, key.public_key, key.signature, "signedPreKey")?;
        key.verify(prekeys::EC, identity_key)?;
        key.public_key = canonical_ec(&key.public_key)?;
        upload.signed_ec = Some(key);
    }
    if let Some(key) = request.pq_last_resort_pre_key {
        let key = signed_key(
            key.key_id,
            key.public_key,
            key.signature,
            "pqLastResortPreKey",
        )?;
        key.verify(prekeys::KEM, identity_key)?;
        upload.kem_last_resort = Some(key);
    }
    for (list, what) in [
        (&upload.ec_one_time, "preKeys"),
        (&upload.kem_one_time, "pqPreKeys"),
    ] {
        let mut seen = HashSet::new();
        if !list.iter().all(|k| seen.insert(k.key_id)) {
            return Err(Error::Unprocessable(format!("duplicate key id in {what}")));
        }
    }
    Ok(upload)
}

fn signed_key(
    key_id: Option<i64>,
    public_key: Option<String>,
    signature: Option<String>,
    what: &str,
) -> Result<SignedKey> {
    SignedKey::from_parts(what, key_id, public_key.as_deref(), signature.as_deref())
}

fn decode_key_field(value: Option<&str>, what: &str) -> Result<Vec<u8>> {
    let value = value.ok_or_else(|| missing(what))?;
    access::lenient_base64(value)
        .ok_or_else(|| Error::Unprocessable(format!("{what} is not valid base64")))
}

fn canonical_ec(key: &[u8]) -> Result<Vec<u8>> {
    Ok(EcPublicKey::deserialize(key)
        .map_err(|e| Error::Unprocessable(format!("invalid EC key: {e}")))?
        .serialize()
        .to_vec())
}

fn missing(what: &str) -> Error {
    Error::Unprocessable(format!("{what} is required"))
}

/// Public keys: standard base64 with padding.
fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Signatures: standard base64 without padding (as the reference server writes them).
fn b64_unpadded(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes)
}
