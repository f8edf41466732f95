//! Profiles operations: set a profile version, read base and versioned profiles (with
//! Basic auth or an unidentified access key), and the batch identity-key check.

use std::collections::HashMap;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Response;
use signal_api::models;
use signal_api::*;
use swagger::ByteArray;

use crate::api::context::RequestContext;
use crate::crypto::keys::EcPublicKey;
use crate::db::accounts;
use crate::domain::access;
use crate::domain::cdn;
use crate::domain::profiles::{self, AvatarChange, NewVersion};
use crate::domain::ratelimit;
use crate::error::{Body, Error, Result};
use crate::state::AppState;
use crate::types::{Aci, ServiceId};

/// A versioned profile response (`$ty`): the [`models::BaseProfileResponse`] fields of `$base`,
/// the [`VersionFields`] of `$fields` (moved out field by field), plus the extra `field: value`s given.
macro_rules! versioned_response {
    ($ty:path, $base:ident, $fields:ident $(, $field:ident: $value:expr)* $(,)?) => {{
        let base: models::BaseProfileResponse = $base;
        $ty {
            identity_key: base.identity_key,
            unidentified_access: base.unidentified_access,
            unrestricted_unidentified_access: base.unrestricted_unidentified_access,
            capabilities: base.capabilities,
            badges: base.badges,
            uuid: base.uuid,
            name: $fields.name,
            about: $fields.about,
            about_emoji: $fields.about_emoji,
            avatar: $fields.avatar,
            payment_address: $fields.payment_address,
            phone_number_sharing: $fields.phone_number_sharing,
            $($field: $value,)*
        }
    }};
}

/// `POST /v1/profile/identity_check/batch`
pub async fn run_batch_identity_check(
    state: &AppState,
    batch_identity_check_request: models::BatchIdentityCheckRequest,
    _ctx: &RequestContext,
) -> Result<RunBatchIdentityCheckResponse> {
    // At most 1000 elements: checked against the schema before the handler runs.
    let elements = batch_identity_check_request.elements;
    let mut checked = Vec::with_capacity(elements.len());
    for element in &elements {
        let id: ServiceId = element
            .uuid
            .parse()
            .map_err(|_| Error::Unprocessable(format!("invalid uuid {:?}", element.uuid)))?;
        if element.fingerprint.0.len() != 4 {
            return Err(Error::Unprocessable("fingerprint must be 4 bytes".into()));
        }
        checked.push((id, &element.fingerprint.0));
    }
    let mut mismatches = Vec::new();
    for (id, fingerprint) in checked {
        let Some(account) = access::find_account(&state.db, id).await? else {
            continue;
        };
        let identity_key = serialized_identity_key(identity_key_of(&account, id));
        if profiles::identity_fingerprint(&identity_key)[..] != fingerprint[..] {
            mismatches.push(models::BatchIdentityCheckResponseElement {
                uuid: id.to_string(),
                identity_key: crate::b64::encode_std(&identity_key),
            });
        }
    }
    Ok(RunBatchIdentityCheckResponse::Success(
        models::BatchIdentityCheckResponse {
            elements: Some(mismatches),
        },
    ))
}

/// `PUT /v1/profile`
pub async fn set_profile(
    state: &AppState,
    create_profile_request: models::CreateProfileRequest,
    ctx: &RequestContext,
) -> Result<SetProfileResponse> {
    let auth = ctx.require_auth()?;
    let request = create_profile_request;
    profiles::validate_version(&request.version)?;
    let commitment = crate::b64::field_std(&request.commitment, "commitment")?;
    crate::domain::zkgroup::validate_profile_key_commitment(&commitment)?;
    let field = |v: &Option<String>, what: &str| {
        v.as_deref()
            .map(|text| crate::b64::field_std(text, what))
            .transpose()
    };
    let (name, about, about_emoji, payment_address, phone_number_sharing) = (
        field(&request.name, "name")?,
        field(&request.about, "about")?,
        field(&request.about_emoji, "aboutEmoji")?,
        field(&request.payment_address, "paymentAddress")?,
        field(&request.phone_number_sharing, "phoneNumberSharing")?,
    );
    // The name is required: a missing one counts as 0 bytes (422, reference §2.6).
    profiles::validate_size(
        "name",
        Some(name.as_deref().unwrap_or_default()),
        profiles::NAME_SIZES,
    )?;
    profiles::validate_size("about", about.as_deref(), profiles::ABOUT_SIZES)?;
    profiles::validate_size(
        "aboutEmoji",
        about_emoji.as_deref(),
        profiles::ABOUT_EMOJI_SIZES,
    )?;
    profiles::validate_size(
        "paymentAddress",
        payment_address.as_deref(),
        profiles::PAYMENT_ADDRESS_SIZES,
    )?;
    profiles::validate_size(
        "phoneNumberSharing",
        phone_number_sharing.as_deref(),
        profiles::PHONE_NUMBER_SHARING_SIZES,
    )?;

    let aci = auth.account.aci;
    let change = AvatarChange::from_flags(
        request.avatar.unwrap_or(false),
        request.same_avatar.unwrap_or(false),
    );
    // The avatar of the version being set (not of the current one), as the real server.
    let current = profiles::get_version(&state.db, aci, &request.version).await?;
    let current_avatar = current
        .and_then(|p| p.avatar)
        .filter(|a| a.starts_with("profiles/"));
    let avatar = match change {
        AvatarChange::Unchanged => current_avatar.clone(),
        AvatarChange::Clear => None,
        AvatarChange::Update => Some(profiles::new_avatar_object_name()),
    };
    let txn = crate::db::begin_write(&state.db).await?;
    profiles::put_version(
        &txn,
        aci,
        NewVersion {
            version: request.version.clone(),
            commitment,
            name,
            about,
            about_emoji,
            payment_address,
            phone_number_sharing,
            avatar: avatar.clone(),
        },
    )
    .await?;
    let badges = request
        .badge_ids
        .as_deref()
        .map(|ids| profiles::merge_badges(&auth.account.badges, ids));
    let version = request.version.clone();
    crate::domain::accounts_manage::update_account(&txn, &auth.account, move |a| {
        a.current_profile_version = sea_orm::ActiveValue::Set(Some(version));
        if let Some(badges) = badges {
            a.badges = sea_orm::ActiveValue::Set(badges);
        }
    })
    .await?;
    txn.commit().await?;
    // The old avatar object goes only once the new version is stored; a failed deletion
    // leaves an orphaned object, not a profile pointing at a missing one.
    if change != AvatarChange::Unchanged {
        if let Some(old) = &current_avatar {
            if let Err(e) = cdn::Store::for_config(&state.config).delete(old).await {
                tracing::warn!(object = %old, error = %e, "cannot delete the replaced avatar");
            }
        }
    }

    let form = match (change, avatar) {
        (AvatarChange::Update, Some(object_key)) => {
            let form = cdn::form_signer(&state.config, &state.db).await?.form(
                &object_key,
                cdn::MAX_AVATAR_BYTES,
                chrono::Utc::now(),
                state.config.cdn.policy_ttl_secs,
            );
            super::policy_form_model!(models::ProfileAvatarUploadAttributes, form)
        }
        _ => models::ProfileAvatarUploadAttributes::new(),
    };
    Ok(SetProfileResponse::ProfileStored(form))
}

/// `PUT /v1/profile` answers 200 with an empty body unless it carries the avatar upload
/// form, as the real server does; the generated code always writes JSON, so its `{}` is
/// dropped here (called by `http/server.rs` for this operation).
pub async fn empty_unless_form(response: Response<Body>) -> Response<Body> {
    if response.status() != hyper::StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(never) => match never {},
    };
    if bytes.as_ref() == b"{}" {
        parts.headers.remove(hyper::header::CONTENT_TYPE);
        return Response::from_parts(parts, Full::new(Bytes::new()).boxed());
    }
    Response::from_parts(parts, Full::new(bytes).boxed())
}

/// `GET /v1/profile/{identifier}`
pub async fn get_unversioned_profile(
    state: &AppState,
    identifier: String,
    unidentified_access_key: Option<String>,
    group_send_token: Option<String>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetUnversionedProfileResponse> {
    let target_id: ServiceId = identifier.parse()?;
    let access_key = access::parse_access_key_header(unidentified_access_key.as_deref())?;
    let group_send_token = access::parse_group_send_token_header(group_send_token.as_deref())?;
    let target = match group_send_token {
        Some(token) => {
            if ctx.auth.is_some() || access_key.is_some() {
                return Err(Error::BadRequest(
                    "a group send endorsement cannot be combined with other authorization".into(),
                ));
            }
            // A valid token vouches for the caller as an authenticated account does.
            access::verify_group_send_token(
                &state.zk.server,
                &token,
                [target_id],
                crate::domain::zkgroup::now_secs(),
            )?;
            access::find_account(&state.db, target_id)
                .await?
                .ok_or(Error::NotFound)?
        }
        None => verify_profile_access(state, ctx, target_id, access_key.as_deref()).await?,
    };
    let base = base_profile(state, &target, target_id, ctx).await?;
    Ok(GetUnversionedProfileResponse::Success(base))
}

/// `GET /v1/profile/{identifier}/{version}`
pub async fn get_profile(
    state: &AppState,
    identifier: uuid::Uuid,
    version: String,
    unidentified_access_key: Option<String>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetProfileResponse> {
    let target_id = ServiceId::Aci(Aci(identifier));
    let access_key = access::parse_access_key_header(unidentified_access_key.as_deref())?;
    let target = verify_profile_access(state, ctx, target_id, access_key.as_deref()).await?;
    let (base, fields) = versioned_profile(state, &target, &version, ctx).await?;
    Ok(GetProfileResponse::Success(versioned_response!(
        models::VersionedProfileResponse,
        base,
        fields
    )))
}

/// `GET /v1/profile/{identifier}/{version}/{credentialRequest}`
#[allow(clippy::too_many_arguments)]
pub async fn get_profile1(
    state: &AppState,
    identifier: uuid::Uuid,
    version: String,
    credential_request: String,
    unidentified_access_key: Option<String>,
    credential_type: Option<String>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetProfile1Response> {
    if credential_type.as_deref() != Some("expiringProfileKey") {
        return Err(Error::BadRequest(
            "credentialType must be expiringProfileKey".into(),
        ));
    }
    let target_id = ServiceId::Aci(Aci(identifier));
    let access_key = access::parse_access_key_header(unidentified_access_key.as_deref())?;
    let target = verify_profile_access(state, ctx, target_id, access_key.as_deref()).await?;
    let (base, fields) = versioned_profile(state, &target, &version, ctx).await?;
    // No credential when the version does not exist; the request is only read otherwise.
    let credential = match fields.commitment {
        Some(commitment) => {
            let request = hex::decode(&credential_request)
                .map_err(|_| Error::BadRequest("credentialRequest must be hexadecimal".into()))?;
            let expiration = crate::domain::zkgroup::profile_key_credential_expiration(
                crate::domain::zkgroup::now_secs(),
            );
            Some(ByteArray(
                crate::domain::zkgroup::issue_expiring_profile_key_credential(
                    &state.zk,
                    &request,
                    target.aci,
                    &commitment,
                    expiration,
                )?,
            ))
        }
        None => None,
    };
    Ok(GetProfile1Response::Success(versioned_response!(
        models::CredentialProfileResponse,
        base,
        fields,
        credential: credential
    )))
}

/// The sealed-sender access check of profile reads (404 for an authenticated caller and a
/// missing account, 401 for anonymous callers without the right key), then the PROFILE
/// rate limit for authenticated callers.
async fn verify_profile_access(
    state: &AppState,
    ctx: &RequestContext,
    target_id: ServiceId,
    access_key: Option<&[u8]>,
) -> Result<accounts::Model> {
    let target = access::find_account(&state.db, target_id).await?;
    let target = access::verify_access(ctx.auth.is_some(), target_id, target, access_key)?;
    if let Some(caller) = &ctx.auth {
        state
            .limits
            .check(ratelimit::PROFILE, &caller.aci().to_string())
            .await?;
    }
    Ok(target)
}

/// The base profile of `target` as seen through `target_id` (ACI or PNI).
async fn base_profile(
    state: &AppState,
    target: &accounts::Model,
    target_id: ServiceId,
    ctx: &RequestContext,
) -> Result<models::BaseProfileResponse> {
    let devices = crate::domain::devices::list(&state.db, target.aci).await?;
    let capabilities: HashMap<String, bool> = profiles::profile_capabilities(&devices);
    let is_self = ctx
        .auth
        .as_ref()
        .is_some_and(|caller| caller.account.aci == target.aci);
    let badges = profiles::profile_badges(&state.config, target, is_self);
    Ok(match target_id {
        ServiceId::Aci(_) => models::BaseProfileResponse {
            identity_key: Some(crate::b64::encode_std(serialized_identity_key(
                &target.identity_key,
            ))),
            unidentified_access: profiles::unidentified_access_checksum(target).map(ByteArray),
            unrestricted_unidentified_access: Some(target.unrestricted_unidentified_access),
            capabilities: Some(capabilities),
            badges: Some(badges),
            uuid: Some(target_id.to_string()),
        },
        ServiceId::Pni(_) => models::BaseProfileResponse {
            identity_key: Some(crate::b64::encode_std(serialized_identity_key(
                &target.pni_identity_key,
            ))),
            unidentified_access: None,
            unrestricted_unidentified_access: Some(false),
            capabilities: Some(capabilities),
            badges: Some(Vec::new()),
            uuid: Some(target_id.to_string()),
        },
    })
}

/// The versioned fields of a profile response (all absent when the version is missing).
#[derive(Default)]
struct VersionFields {
    name: Option<ByteArray>,
    about: Option<ByteArray>,
    about_emoji: Option<ByteArray>,
    avatar: Option<String>,
    payment_address: Option<ByteArray>,
    phone_number_sharing: Option<ByteArray>,
    commitment: Option<Vec<u8>>,
}

async fn versioned_profile(
    state: &AppState,
    target: &accounts::Model,
    version: &str,
    ctx: &RequestContext,
) -> Result<(models::BaseProfileResponse, VersionFields)> {
    let base = base_profile(state, target, ServiceId::Aci(target.aci), ctx).await?;
    let fields = match profiles::get_version(&state.db, target.aci, version).await? {
        Some(p) => {
            // The payment address only shows for the current version (or when none is set).
            let current = target
                .current_profile_version
                .as_deref()
                .is_none_or(|cpv| cpv == version);
            VersionFields {
                name: p.name.map(ByteArray),
                about: p.about.map(ByteArray),
                about_emoji: p.about_emoji.map(ByteArray),
                avatar: p.avatar,
                payment_address: p.payment_address.filter(|_| current).map(ByteArray),
                phone_number_sharing: p.phone_number_sharing.map(ByteArray),
                commitment: Some(p.commitment),
            }
        }
        None => VersionFields::default(),
    };
    Ok((base, fields))
}

fn identity_key_of(account: &accounts::Model, id: ServiceId) -> &[u8] {
    match id {
        ServiceId::Aci(_) => &account.identity_key,
        ServiceId::Pni(_) => &account.pni_identity_key,
    }
}

/// An identity key in its 33-byte serialized form (stored keys are already; this only
/// normalizes).
fn serialized_identity_key(stored: &[u8]) -> Vec<u8> {
    EcPublicKey::deserialize(stored)
        .map(|k| k.serialize().to_vec())
        .unwrap_or_else(|_| stored.to_vec())
}
