//! Accounts operations.

use base64::Engine;
use sea_orm::ActiveValue::Set;
use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::db::accounts;
use crate::domain::accounts_manage::{self as manage, Attributes, PniChange};
use crate::domain::auth::AuthenticatedDevice;
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::types::ServiceId;

/// The identity summary of an account (whoami, change number, key distribution,
/// registration).
pub(crate) async fn identity_response(
    state: &AppState,
    account: &accounts::Model,
) -> Result<models::AccountIdentityResponse> {
    let devices = crate::domain::devices::list(&state.db, account.aci).await?;
    let storage_capable = devices
        .iter()
        .any(|d| manage::capability_names(d).iter().any(|c| c == "storage"));
    let badges = manage::active_badges(account)
        .into_iter()
        .map(|b| models::BadgeEntitlement {
            id: Some(b.id),
            visible: Some(b.visible),
            expiration_seconds: Some(b.expiration),
        })
        .collect();
    let backup = manage::active_backup_voucher(account).map(|(level, expiration)| {
        models::BackupEntitlement {
            backup_level: Some(level),
            expiration_seconds: Some(expiration),
        }
    });
    Ok(models::AccountIdentityResponse {
        uuid: Some(account.aci.0),
        number: Some(account.number.clone()),
        pni: Some(account.pni.0),
        username_hash: account
            .username_hash
            .as_ref()
            .map(|h| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(h)),
        username_link_handle: account.username_link_handle,
        storage_capable: Some(storage_capable),
        entitlements: Some(models::Entitlements {
            badges: Some(badges),
            backup,
        }),
    })
}

fn primary_only(auth: &AuthenticatedDevice) -> Result<()> {
    if auth.is_primary() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the primary device may do this".into(),
        ))
    }
}

/// Validates the PNI material shared by change number and key distribution.
fn pni_change(
    pni_identity_key: &[u8],
    device_messages: &[models::IncomingMessage],
    signed: &std::collections::HashMap<String, models::EcSignedPreKey>,
    last_resort: &std::collections::HashMap<String, models::KemSignedPreKey>,
    registration_ids: &std::collections::HashMap<String, i32>,
) -> Result<PniChange> {
    crate::crypto::keys::EcPublicKey::deserialize(pni_identity_key)
        .map_err(|e| Error::Unprocessable(format!("invalid pniIdentityKey: {e}")))?;
    let change = PniChange {
        pni_identity_key: pni_identity_key.to_vec(),
        signed_prekeys: manage::signed_keys(
            signed
                .iter()
                .map(|(d, k)| (d, k.key_id, k.public_key.as_ref(), k.signature.as_ref())),
        )?,
        last_resort_prekeys: manage::signed_keys(
            last_resort
                .iter()
                .map(|(d, k)| (d, k.key_id, k.public_key.as_ref(), k.signature.as_ref())),
        )?,
        registration_ids: manage::registration_ids(registration_ids)?,
        messages: manage::device_messages(device_messages)?,
    };
    change.verify_signatures()?;
    Ok(change)
}

/// `PUT /v2/accounts/number`
pub async fn change_number(
    state: &AppState,
    request: models::ChangeNumberRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<ChangeNumberResponse> {
    let auth = ctx.require_auth()?;
    primary_only(auth)?;
    if request.session_id.is_some() == request.recovery_password.is_some() {
        return Err(Error::Unprocessable(
            "exactly one of sessionId and recoveryPassword is required".into(),
        ));
    }
    if !crate::domain::verification::valid_e164(&request.number) {
        return Err(Error::BadRequest("invalid phone number".into()));
    }
    let change = pni_change(
        &crate::domain::prekeys::identity_key_bytes("pniIdentityKey", &request.pni_identity_key)?,
        &request.device_messages,
        &request.device_pni_signed_prekeys,
        &request.device_pni_pq_last_resort_prekeys,
        &request.pni_registration_ids,
    )?;
    let account = &auth.account;
    let devices = crate::domain::devices::list(&state.db, account.aci).await?;
    change.check_devices(&devices)?;

    let mut displaced = None;
    let mut displaced_devices = Vec::new();
    if request.number != account.number {
        state
            .limits
            .check(ratelimit::REGISTRATION, &request.number)
            .await?;
        verify_number(state, &request).await?;
        if let Some(existing) =
            crate::domain::accounts::find_by_number(&state.db, &request.number).await?
        {
            if let crate::domain::accounts::ReglockCheck::Failed(error) =
                crate::domain::accounts::check_registration_lock(
                    &state.db,
                    &state.limits,
                    &state.bus,
                    &state.config.services,
                    &existing,
                    request.reglock.as_deref().filter(|lock| !lock.is_empty()),
                    request.recovery_password.is_some(),
                )
                .await?
            {
                return Err(error);
            }
            displaced_devices = crate::domain::devices::list(&state.db, existing.aci).await?;
            displaced = Some(existing);
        }
    }
    let updated = manage::apply_pni_change(
        &state.db,
        account,
        Some(&request.number),
        displaced.as_ref(),
        &change,
    )
    .await?;
    manage::queue_pni_sync_messages(state.queue(), &updated, &change.messages).await?;
    // Every device of both accounts reconnects: this one's number and PNI changed, the
    // displaced one is gone.
    if updated.number != account.number {
        crate::events::disconnect::disconnect_devices(&state.bus, &devices).await;
        crate::events::disconnect::disconnect_devices(&state.bus, &displaced_devices).await;
    }
    Ok(
        ChangeNumberResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully(
            identity_response(state, &updated).await?,
        ),
    )
}

/// Proves control of the new number: a verified session for it (see
/// `verification::check_verified_session`: 400 if the id is invalid or the session is for
/// another number, 401 if it is unknown or unverified) or its recovery password (403).
async fn verify_number(state: &AppState, request: &models::ChangeNumberRequest) -> Result<()> {
    if let Some(password) = &request.recovery_password {
        let password = crate::b64::field_std(password, "recoveryPassword")?;
        let ok = match crate::domain::accounts::existing_pni(&state.db, &request.number).await? {
            Some(pni) => {
                crate::domain::accounts::verify_recovery_password(&state.db, pni, &password).await?
            }
            None => false,
        };
        return if ok {
            Ok(())
        } else {
            Err(Error::Forbidden(
                "recovery password verification failed".into(),
            ))
        };
    }
    let session_id = request.session_id.as_deref().unwrap_or_default();
    crate::domain::verification::check_verified_session(&state.db, session_id, &request.number)
        .await
}

/// `DELETE /v1/accounts/me`
pub async fn delete_account(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<DeleteAccountResponse> {
    let auth = ctx.require_auth()?;
    let avatars = crate::domain::profiles::avatar_keys(&state.db, auth.account.aci).await?;
    let devices = crate::domain::devices::list(&state.db, auth.account.aci).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    manage::delete_account(&txn, &auth.account).await?;
    txn.commit().await?;
    crate::domain::profiles::delete_avatar_objects(&state.config, &avatars).await;
    crate::events::disconnect::disconnect_devices(&state.bus, &devices).await;
    Ok(DeleteAccountResponse::Success)
}

/// `DELETE /v1/accounts/apn`
pub async fn delete_apn_registration_id(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<DeleteApnRegistrationIdResponse> {
    let auth = ctx.require_auth()?;
    let agent = if auth.is_primary() { "OWI" } else { "OWP" };
    manage::update_device(&state.db, &auth.device, |d| {
        d.apn_id = Set(None);
        d.fetches_messages = Set(false);
        d.user_agent = Set(Some(agent.into()));
    })
    .await?;
    Ok(DeleteApnRegistrationIdResponse::Success)
}

/// `DELETE /v1/accounts/gcm`
pub async fn delete_gcm_registration_id(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<DeleteGcmRegistrationIdResponse> {
    let auth = ctx.require_auth()?;
    manage::update_device(&state.db, &auth.device, |d| {
        d.gcm_id = Set(None);
        d.fetches_messages = Set(false);
        d.user_agent = Set(Some("OWA".into()));
    })
    .await?;
    Ok(DeleteGcmRegistrationIdResponse::Success)
}

/// `PUT /v2/accounts/phone_number_identity_key_distribution`
pub async fn distribute_phone_number_identity_keys(
    state: &AppState,
    request: models::PhoneNumberIdentityKeyDistributionRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<DistributePhoneNumberIdentityKeysResponse> {
    let auth = ctx.require_auth()?;
    primary_only(auth)?;
    let change = pni_change(
        &crate::domain::prekeys::identity_key_bytes("pniIdentityKey", &request.pni_identity_key)?,
        &request.device_messages,
        &request.device_pni_signed_prekeys,
        &request.device_pni_pq_last_resort_prekeys,
        &request.pni_registration_ids,
    )?;
    let devices = crate::domain::devices::list(&state.db, auth.account.aci).await?;
    change.check_devices(&devices)?;
    let updated = manage::apply_pni_change(&state.db, &auth.account, None, None, &change).await?;
    manage::queue_pni_sync_messages(state.queue(), &updated, &change.messages).await?;
    Ok(DistributePhoneNumberIdentityKeysResponse::IndicatesTheTransactionWasSuccessfulAndReturnsBasicInformationAboutThisAccount(
        identity_response(state, &updated).await?,
    ))
}

fn utc(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// `GET /v2/accounts/data_report`
pub async fn get_account_data_report(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetAccountDataReportResponse> {
    let auth = ctx.require_auth()?;
    let account = &auth.account;
    let devices = crate::domain::devices::list(&state.db, account.aci).await?;
    let badges = manage::active_badges(account);
    let now = crate::db::now_millis();
    let mut text = format!(
        "# Account\nPhone number: {}\nAllow sealed sender from anyone: {}\nFind account by phone number: {}\nBadges:",
        account.number, account.unrestricted_unidentified_access, account.discoverable_by_phone_number
    );
    if badges.is_empty() {
        text.push_str(" None\n");
    } else {
        text.push('\n');
        for b in &badges {
            text.push_str(&format!(
                "- ID: {}\n  Expiration: {}\n  Visible: {}\n",
                b.id,
                utc(b.expiration * 1000).to_rfc3339(),
                b.visible
            ));
        }
    }
    text.push_str("\n# Devices\n");
    for d in &devices {
        text.push_str(&format!(
            "- ID: {}\n  Created: {}\n  Last seen: {}\n  User-agent: {}\n",
            d.device_id,
            utc(d.created_at).to_rfc3339(),
            utc(d.last_seen).to_rfc3339(),
            d.user_agent.as_deref().unwrap_or("")
        ));
    }
    Ok(GetAccountDataReportResponse::ResponseWithDataReport(
        models::AccountDataReportResponse {
            report_id: Some(uuid::Uuid::new_v4()),
            report_timestamp: Some(utc(now)),
            data: Some(models::AccountAndDevicesDataReport {
                account: Some(models::AccountDataReport {
                    phone_number: Some(account.number.clone()),
                    badges: Some(
                        badges
                            .iter()
                            .map(|b| models::BadgeDataReport {
                                id: Some(b.id.clone()),
                                expiration: Some(utc(b.expiration * 1000)),
                                visible: Some(b.visible),
                            })
                            .collect(),
                    ),
                    allow_sealed_sender_from_anyone: Some(account.unrestricted_unidentified_access),
                    find_account_by_phone_number: Some(account.discoverable_by_phone_number),
                }),
                devices: Some(
                    devices
                        .iter()
                        .map(|d| models::DeviceDataReport {
                            id: Some(i32::from(d.device_id)),
                            last_seen: Some(utc(d.last_seen)),
                            created: Some(utc(d.created_at)),
                            user_agent: d.user_agent.clone(),
                        })
                        .collect(),
                ),
            }),
            text: Some(text),
        },
    ))
}

/// `DELETE /v1/accounts/registration_lock`
pub async fn remove_registration_lock(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<RemoveRegistrationLockResponse> {
    let auth = ctx.require_auth()?;
    manage::update_account(&state.db, &auth.account, |a| {
        a.registration_lock_hash = Set(None);
        a.registration_lock_salt = Set(None);
    })
    .await?;
    Ok(RemoveRegistrationLockResponse::Success)
}

/// `PUT /v1/accounts/attributes`
pub async fn set_account_attributes(
    state: &AppState,
    attributes: models::AccountAttributes,
    x_signal_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<SetAccountAttributesResponse> {
    let auth = ctx.require_auth()?;
    let ids_valid = [attributes.registration_id, attributes.pni_registration_id]
        .iter()
        .all(|id| id.is_some_and(manage::valid_registration_id));
    if !ids_valid {
        return Err(Error::Unprocessable(
            "registrationId and pniRegistrationId must be in 1..16383".into(),
        ));
    }
    let uak = attributes.unidentified_access_key.map(|k| k.0);
    if uak.as_ref().is_some_and(|k| !k.is_empty() && k.len() != 16) {
        return Err(Error::Unprocessable(
            "unidentifiedAccessKey must be 16 bytes".into(),
        ));
    }
    let name = attributes
        .name
        .as_deref()
        .map(|n| crate::b64::field_std(n, "name"))
        .transpose()?;
    if name.as_ref().is_some_and(|n| n.len() > 225) {
        return Err(Error::Unprocessable("name is longer than 225 bytes".into()));
    }
    manage::set_attributes(
        &state.db,
        &auth.account,
        &auth.device,
        Attributes {
            fetches_messages: attributes.fetches_messages.unwrap_or(false),
            name,
            capabilities: manage::capabilities_json(attributes.capabilities.as_ref()),
            user_agent: x_signal_agent,
            // Absent or empty clears the lock.
            registration_lock: attributes.registration_lock.filter(|l| !l.is_empty()),
            unidentified_access_key: uak.filter(|k| !k.is_empty()),
            unrestricted_unidentified_access: attributes
                .unrestricted_unidentified_access
                .unwrap_or(false),
            discoverable_by_phone_number: attributes.discoverable_by_phone_number.unwrap_or(true),
            recovery_password: attributes
                .recovery_password
                .as_deref()
                .map(|p| crate::b64::field_std(p, "recoveryPassword"))
                .transpose()?,
        },
    )
    .await?;
    Ok(SetAccountAttributesResponse::Success)
}

/// `PUT /v1/accounts/apn`
pub async fn set_apn_registration_id(
    state: &AppState,
    body: models::ApnRegistrationId,
    ctx: &RequestContext,
) -> Result<SetApnRegistrationIdResponse> {
    let auth = ctx.require_auth()?;
    if body.apn_registration_id.is_empty() {
        return Err(Error::Unprocessable(
            "apnRegistrationId must not be empty".into(),
        ));
    }
    manage::update_device(&state.db, &auth.device, |d| {
        d.apn_id = Set(Some(body.apn_registration_id));
        d.gcm_id = Set(None);
        d.fetches_messages = Set(false);
    })
    .await?;
    Ok(SetApnRegistrationIdResponse::Success)
}

/// `PUT /v1/accounts/gcm`
pub async fn set_gcm_registration_id(
    state: &AppState,
    body: models::GcmRegistrationId,
    ctx: &RequestContext,
) -> Result<SetGcmRegistrationIdResponse> {
    let auth = ctx.require_auth()?;
    if body.gcm_registration_id.is_empty() {
        return Err(Error::Unprocessable(
            "gcmRegistrationId must not be empty".into(),
        ));
    }
    if auth.device.gcm_id.as_deref() == Some(body.gcm_registration_id.as_str()) {
        return Ok(SetGcmRegistrationIdResponse::Success);
    }
    manage::update_device(&state.db, &auth.device, |d| {
        d.gcm_id = Set(Some(body.gcm_registration_id));
        d.apn_id = Set(None);
        d.fetches_messages = Set(false);
    })
    .await?;
    Ok(SetGcmRegistrationIdResponse::Success)
}

/// `PUT /v1/accounts/name`
pub async fn set_name(
    state: &AppState,
    device_name: models::DeviceName,
    device_id: Option<i32>,
    ctx: &RequestContext,
) -> Result<SetNameResponse> {
    let auth = ctx.require_auth()?;
    let name = crate::b64::field_std(&device_name.device_name, "deviceName")?;
    if name.len() > 225 {
        return Err(Error::Unprocessable(
            "deviceName is longer than 225 bytes".into(),
        ));
    }
    let target = match device_id {
        None => i32::from(auth.device.device_id),
        Some(id) => id,
    };
    let devices = crate::domain::devices::list(&state.db, auth.account.aci).await?;
    let Some(device) = devices.iter().find(|d| i32::from(d.device_id) == target) else {
        return Err(Error::NotFound);
    };
    if !auth.is_primary() && device.device_id != auth.device.device_id {
        return Err(Error::Forbidden(
            "a linked device may only name itself".into(),
        ));
    }
    manage::update_device(&state.db, device, |d| d.name = Set(Some(name))).await?;
    Ok(SetNameResponse::DeviceNameChangedSuccessfully)
}

/// `PUT /v2/accounts/phone_number_discoverability`
pub async fn set_phone_number_discoverability(
    state: &AppState,
    body: models::PhoneNumberDiscoverabilityRequest,
    ctx: &RequestContext,
) -> Result<SetPhoneNumberDiscoverabilityResponse> {
    let auth = ctx.require_auth()?;
    manage::update_account(&state.db, &auth.account, |a| {
        a.discoverable_by_phone_number = Set(body.discoverable_by_phone_number)
    })
    .await?;
    Ok(SetPhoneNumberDiscoverabilityResponse::TheSettingWasSuccessfullyUpdated)
}

/// `PUT /v1/accounts/registration_lock`
pub async fn set_registration_lock(
    state: &AppState,
    body: models::RegistrationLock,
    ctx: &RequestContext,
) -> Result<SetRegistrationLockResponse> {
    let auth = ctx.require_auth()?;
    // 64 characters: checked against the schema before the handler runs.
    let hash = crate::crypto::token_hash::SaltedTokenHash::generate(&body.registration_lock);
    manage::update_account(&state.db, &auth.account, |a| {
        a.registration_lock_hash = Set(Some(hash.hash));
        a.registration_lock_salt = Set(Some(hash.salt));
    })
    .await?;
    Ok(SetRegistrationLockResponse::Success)
}

/// `GET /v1/accounts/whoami`
pub async fn who_am_i(state: &AppState, ctx: &RequestContext) -> Result<WhoAmIResponse> {
    let auth = ctx.require_auth()?;
    Ok(WhoAmIResponse::Success(
        identity_response(state, &auth.account).await?,
    ))
}

/// `HEAD /v1/accounts/account/{identifier}`
pub async fn account_exists(
    state: &AppState,
    identifier: String,
    ctx: &RequestContext,
) -> Result<AccountExistsResponse> {
    ctx.forbid_auth()?;
    state
        .limits
        .check(
            ratelimit::CHECK_ACCOUNT_EXISTENCE,
            &ctx.remote.ip().to_string(),
        )
        .await?;
    let id: ServiceId = identifier.parse()?;
    Ok(
        match crate::domain::access::find_account(&state.db, id).await? {
            Some(_) => AccountExistsResponse::AnAccountWithTheGivenIdentifierWasFound,
            None => AccountExistsResponse::AnAccountWasNotFoundForTheGivenIdentifier,
        },
    )
}
