//! Registration operations.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::accounts::{self, NewAccount};
use crate::domain::prekeys::{self, SignedKey};
use crate::domain::ratelimit;
use crate::domain::verification;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/registration`
pub async fn register(
    state: &AppState,
    authorization: String,
    request: models::RegistrationRequest,
    x_signal_agent: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<RegisterResponse> {
    // "Basic base64(E164:password)", parsed by hand: it names the number, not an account.
    let (number, password) =
        crate::domain::auth::parse_basic(&authorization).ok_or(Error::Unauthorized)?;
    if password.is_empty() {
        return Err(Error::Unauthorized);
    }
    if !verification::valid_e164(&number) {
        return Err(Error::BadRequest("invalid phone number".into()));
    }

    // Request validation (422).
    let verification_path = match (&request.session_id, &request.recovery_password) {
        (Some(session), None) => Path::Session(session.clone()),
        (None, Some(password)) => {
            Path::RecoveryPassword(crate::b64::field_std(password, "recoveryPassword")?)
        }
        _ => {
            return Err(Error::Unprocessable(
                "exactly one of sessionId and recoveryPassword is required".into(),
            ))
        }
    };
    let attributes = &request.account_attributes;
    let registration_id = accounts::registration_id("registrationId", attributes.registration_id)?;
    let pni_registration_id =
        accounts::registration_id("pniRegistrationId", attributes.pni_registration_id)?;
    let fetches_messages = attributes.fetches_messages.unwrap_or(false);
    let apn_id = request
        .apn_token
        .as_ref()
        .map(|t| t.apn_registration_id.clone());
    let gcm_id = request
        .gcm_token
        .as_ref()
        .map(|t| t.gcm_registration_id.clone());
    let channels = usize::from(fetches_messages)
        + usize::from(apn_id.is_some())
        + usize::from(gcm_id.is_some());
    if channels != 1 {
        return Err(Error::Unprocessable(
            "exactly one of fetchesMessages, apnToken and gcmToken is required".into(),
        ));
    }
    if apn_id.as_deref().is_some_and(str::is_empty) || gcm_id.as_deref().is_some_and(str::is_empty)
    {
        return Err(Error::Unprocessable("empty push token".into()));
    }
    let name = attributes
        .name
        .as_deref()
        .map(|n| crate::b64::field_std(n, "name"))
        .transpose()?;
    if name.as_ref().is_some_and(|n| n.len() > 225) {
        return Err(Error::Unprocessable("name is too long".into()));
    }
    let unidentified_access_key = match attributes
        .unidentified_access_key
        .as_ref()
        .map(|k| k.0.clone())
    {
        None => None,
        Some(k) if k.is_empty() => None,
        Some(k) if k.len() == 16 => Some(k),
        Some(_) => {
            return Err(Error::Unprocessable(
                "unidentifiedAccessKey must be 16 bytes".into(),
            ))
        }
    };
    let registration_lock = attributes
        .registration_lock
        .clone()
        .filter(|l| !l.is_empty());
    // Clients send a {name: true} map; the known names are stored.
    let capabilities =
        crate::domain::accounts_manage::capabilities_json(attributes.capabilities.as_ref());

    // 1. Signatures.
    let aci_identity_key =
        crate::domain::prekeys::identity_key_bytes("aciIdentityKey", &request.aci_identity_key)?;
    let pni_identity_key =
        crate::domain::prekeys::identity_key_bytes("pniIdentityKey", &request.pni_identity_key)?;
    let aci_signed_pre_key = SignedKey::from_ec("aciSignedPreKey", &request.aci_signed_pre_key)?;
    let pni_signed_pre_key = SignedKey::from_ec("pniSignedPreKey", &request.pni_signed_pre_key)?;
    let aci_pq = SignedKey::from_kem("aciPqLastResortPreKey", &request.aci_pq_last_resort_pre_key)?;
    let pni_pq = SignedKey::from_kem("pniPqLastResortPreKey", &request.pni_pq_last_resort_pre_key)?;
    aci_signed_pre_key.verify(prekeys::EC, &aci_identity_key)?;
    pni_signed_pre_key.verify(prekeys::EC, &pni_identity_key)?;
    aci_pq.verify(prekeys::KEM, &aci_identity_key)?;
    pni_pq.verify(prekeys::KEM, &pni_identity_key)?;

    // 2. Rate limit per number.
    state.limits.check(ratelimit::REGISTRATION, &number).await?;

    // 3. Phone number verification.
    match &verification_path {
        Path::Session(id) => {
            verification::check_verified_session(&state.db, id, &number).await?;
        }
        Path::RecoveryPassword(password) => {
            let pni = accounts::existing_pni(&state.db, &number).await?;
            let ok = match pni {
                Some(pni) => accounts::verify_recovery_password(&state.db, pni, password).await?,
                None => false,
            };
            if !ok {
                return Err(Error::Forbidden(
                    "verification failed for the registration recovery password".into(),
                ));
            }
        }
    }

    // 4. Device transfer, 5. registration lock.
    let mut replaced_devices = Vec::new();
    if let Some(existing) = accounts::find_by_number(&state.db, &number).await? {
        let devices = crate::domain::devices::list(&state.db, existing.aci).await?;
        let primary_can_transfer = devices.iter().any(|d| {
            d.device_id.is_primary()
                && accounts::has_capability(&d.capabilities, accounts::TRANSFER_CAPABILITY)
        });
        if primary_can_transfer && !request.skip_device_transfer {
            return Err(Error::Conflict("a device transfer is possible".into()));
        }
        if let accounts::ReglockCheck::Failed(error) = accounts::check_registration_lock(
            &state.db,
            &state.limits,
            &state.bus,
            &state.config.services,
            &existing,
            registration_lock.as_deref(),
            matches!(verification_path, Path::RecoveryPassword(_)),
        )
        .await?
        {
            return Err(error);
        }
        replaced_devices = devices;
    }

    // 6. Create (or re-register) the account. Re-registration drops the profiles; their
    // avatar objects are deleted once it is done.
    let old_avatars = crate::domain::profiles::avatar_keys_for_number(&state.db, &number).await?;
    let created = accounts::create(
        &state.db,
        NewAccount {
            number: number.clone(),
            password,
            aci_identity_key,
            pni_identity_key,
            aci_signed_pre_key,
            pni_signed_pre_key,
            aci_pq_last_resort_pre_key: aci_pq,
            pni_pq_last_resort_pre_key: pni_pq,
            registration_id,
            pni_registration_id,
            fetches_messages,
            apn_id,
            gcm_id,
            capabilities,
            name,
            unidentified_access_key,
            unrestricted_unidentified_access: attributes
                .unrestricted_unidentified_access
                .unwrap_or(false),
            discoverable_by_phone_number: attributes.discoverable_by_phone_number.unwrap_or(true),
            registration_lock,
            recovery_password: attributes
                .recovery_password
                .as_deref()
                .map(|p| crate::b64::field_std(p, "accountAttributes.recoveryPassword"))
                .transpose()?,
            user_agent: x_signal_agent,
        },
    )
    .await?;
    crate::domain::profiles::delete_avatar_objects(&state.config, &old_avatars).await;
    // The replaced account's sockets belong to devices that are gone.
    crate::events::disconnect::disconnect_devices(&state.bus, &replaced_devices).await;
    // The same summary as whoami (badges and backup entitlements included), except that
    // `storageCapable` is the old account's.
    let identity = super::accounts::identity_response(state, &created.account).await?;
    Ok(
        RegisterResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully(
            models::AccountCreationResponse {
                uuid: identity.uuid,
                number: identity.number,
                pni: identity.pni,
                username_hash: identity.username_hash,
                username_link_handle: identity.username_link_handle,
                storage_capable: Some(created.storage_capable),
                entitlements: identity.entitlements,
                reregistration: Some(created.reregistration),
            },
        ),
    )
}

/// How the caller proved control of the number.
enum Path {
    Session(String),
    RecoveryPassword(Vec<u8>),
}
