//! Accounts: creation and re-registration, phone-number identifiers (PNIs), registration
//! recovery passwords and the registration lock.

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

use crate::config::services::ServicesConfig;
use crate::crypto::hmac_creds::{CredentialsGenerator, ExternalServiceCredentials};
use crate::crypto::token_hash::SaltedTokenHash;
use crate::db::{
    accounts, devices, messages, now_millis, phone_number_identifiers, profiles, recovery_passwords,
};
use crate::domain::prekeys::{self, SignedKey};
use crate::domain::ratelimit::RateLimiters;
use crate::error::{Error, Result};
use crate::events::bus::Bus;
use crate::types::{Aci, DeviceId, Pni};

/// A registration lock is enforced while the account was seen within this long.
pub const REGLOCK_WINDOW_MS: i64 = 7 * 24 * 3600 * 1000;
/// Recovery passwords are kept this long.
pub const RECOVERY_PASSWORD_TTL_MS: i64 = 300 * 24 * 3600 * 1000;
/// Capability that makes a device transfer possible (stored capability names are the wire
/// names, `crate::domain::devices::CAPABILITIES`).
pub const TRANSFER_CAPABILITY: &str = "transfer";
pub const STORAGE_CAPABILITY: &str = "storage";

/// The PNI of `number`: permanent, random on first use.
pub async fn pni_for_number(db: &impl ConnectionTrait, number: &str) -> Result<Pni> {
    if let Some(row) = phone_number_identifiers::Entity::find_by_id(number.to_owned())
        .one(db)
        .await?
    {
        return Ok(row.pni);
    }
    phone_number_identifiers::Entity::insert(phone_number_identifiers::ActiveModel {
        number: Set(number.to_owned()),
        pni: Set(Pni(Uuid::new_v4())),
    })
    .on_conflict(
        OnConflict::column(phone_number_identifiers::Column::Number)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    phone_number_identifiers::Entity::find_by_id(number.to_owned())
        .one(db)
        .await?
        .map(|row| row.pni)
        .ok_or_else(|| Error::Internal("PNI vanished".into()))
}

/// The PNI of `number` if one was ever assigned.
pub async fn existing_pni(db: &impl ConnectionTrait, number: &str) -> Result<Option<Pni>> {
    Ok(
        phone_number_identifiers::Entity::find_by_id(number.to_owned())
            .one(db)
            .await?
            .map(|row| row.pni),
    )
}

pub async fn find_by_number(
    db: &impl ConnectionTrait,
    number: &str,
) -> Result<Option<accounts::Model>> {
    Ok(accounts::Entity::find()
        .filter(accounts::Column::Number.eq(number))
        .one(db)
        .await?)
}

/// Whether a stored capability list (JSON array of names) contains `name`.
pub fn has_capability(capabilities_json: &str, name: &str) -> bool {
    serde_json::from_str::<Vec<String>>(capabilities_json)
        .is_ok_and(|caps| caps.iter().any(|c| c == name))
}

/// A registration id as the API requires it: present and in 1..=16383; 422 otherwise.
pub fn registration_id(field: &str, id: Option<i32>) -> Result<i32> {
    match id {
        Some(id) if (1..=0x3FFF).contains(&id) => Ok(id),
        _ => Err(Error::Unprocessable(format!("{field} must be in 1..16383"))),
    }
}

// ---- recovery passwords ------------------------------------------------------------

/// Stores the registration recovery password (`hex(bytes)` hashed) for a PNI.
pub async fn store_recovery_password(
    db: &impl ConnectionTrait,
    pni: Pni,
    password: &[u8],
) -> Result<()> {
    let hash = SaltedTokenHash::generate(&hex::encode(password));
    recovery_passwords::Entity::insert(recovery_passwords::ActiveModel {
        pni: Set(pni),
        hash: Set(hash.hash),
        salt: Set(hash.salt),
        expires_at: Set(now_millis() + RECOVERY_PASSWORD_TTL_MS),
    })
    .on_conflict(
        OnConflict::column(recovery_passwords::Column::Pni)
            .update_columns([
                recovery_passwords::Column::Hash,
                recovery_passwords::Column::Salt,
                recovery_passwords::Column::ExpiresAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether `password` is the unexpired recovery password stored for `pni`.
pub async fn verify_recovery_password(
    db: &impl ConnectionTrait,
    pni: Pni,
    password: &[u8],
) -> Result<bool> {
    let Some(row) = recovery_passwords::Entity::find_by_id(pni).one(db).await? else {
        return Ok(false);
    };
    if row.expires_at <= now_millis() {
        return Ok(false);
    }
    let hash = SaltedTokenHash {
        hash: row.hash,
        salt: row.salt,
    };
    Ok(hash.verify(&hex::encode(password)))
}

pub async fn delete_recovery_password(db: &impl ConnectionTrait, pni: Pni) -> Result<()> {
    recovery_passwords::Entity::delete_by_id(pni)
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the recovery password of `number`'s PNI, if the number has one.
pub async fn delete_recovery_password_for_number(
    db: &impl ConnectionTrait,
    number: &str,
) -> Result<()> {
    if let Some(pni) = existing_pni(db, number).await? {
        delete_recovery_password(db, pni).await?;
    }
    Ok(())
}

// ---- recently deleted accounts --------------------------------------------------------

/// How long a deleted account's ACI is kept for its PNI.
pub const RECENTLY_DELETED_TTL_MS: i64 = 30 * 24 * 3600 * 1000;

fn recently_deleted_key(pni: Pni) -> String {
    format!("recently-deleted:{}", pni.0)
}

/// Records that the account `aci` with PNI `pni` was deleted (or displaced by a change of
/// number): registering that PNI's number within 30 days gets the ACI back (reference
/// §2.14a.6). An `ephemeral_records` entry `recently-deleted:<pni>`.
pub async fn remember_deleted(db: &impl ConnectionTrait, pni: Pni, aci: Aci) -> Result<()> {
    crate::domain::devices::write_record(
        db,
        &recently_deleted_key(pni),
        aci.to_string(),
        RECENTLY_DELETED_TTL_MS,
    )
    .await
}

/// The ACI to give a new account for `pni`: the recently deleted one (the record is used up)
/// unless some account has it again, otherwise a random one.
async fn aci_for_new_account(db: &impl ConnectionTrait, pni: Pni) -> Result<Aci> {
    let key = recently_deleted_key(pni);
    let deleted = crate::domain::devices::read_record(db, &key)
        .await?
        .and_then(|value| Uuid::parse_str(&value).ok())
        .map(Aci);
    if deleted.is_some() {
        crate::db::ephemeral_records::Entity::delete_by_id(key)
            .exec(db)
            .await?;
    }
    if let Some(aci) = deleted {
        if accounts::Entity::find_by_id(aci).one(db).await?.is_none() {
            return Ok(aci);
        }
    }
    Ok(Aci(Uuid::new_v4()))
}

// ---- registration lock -------------------------------------------------------------

/// Milliseconds the account's registration lock is still enforced, or `None` when there
/// is no lock or it expired (account not seen for more than 7 days).
pub fn reglock_time_remaining(
    account: &accounts::Model,
    devices: &[devices::Model],
    now: i64,
) -> Option<i64> {
    account.registration_lock_hash.as_ref()?;
    let last_seen = devices.iter().map(|d| d.last_seen).max().unwrap_or(0);
    let remaining = REGLOCK_WINDOW_MS - (now - last_seen);
    (remaining > 0).then_some(remaining)
}

/// Whether `lock` matches the account's stored registration lock.
pub fn verify_reglock(account: &accounts::Model, lock: &str) -> bool {
    match (
        &account.registration_lock_hash,
        &account.registration_lock_salt,
    ) {
        (Some(hash), Some(salt)) => SaltedTokenHash {
            hash: hash.clone(),
            salt: salt.clone(),
        }
        .verify(lock),
        _ => false,
    }
}

/// Outcome of [`check_registration_lock`].
pub enum ReglockCheck {
    /// No lock in force, or the right one supplied.
    Passed,
    /// 423 `{timeRemaining, svr2Credentials}`, to be returned; the holder's credentials are
    /// locked already.
    Failed(Error),
}

/// The registration-lock check of registration and change number on `existing`, the account
/// that holds the number (reference §2.14a step 5):
/// - no lock, or one not enforced any more (account not seen for 7 days): passes;
/// - a supplied lock takes a PIN permit (keyed by the number; 429 when none is left);
/// - the right lock resets the PIN limiter and passes;
/// - otherwise every device credential of `existing` is locked, its recovery password is
///   deleted (kept only when the caller used the recovery password and sent no lock), and the
///   check fails with the 423 to return.
pub async fn check_registration_lock(
    db: &DatabaseConnection,
    limits: &RateLimiters,
    bus: &Bus,
    services: &ServicesConfig,
    existing: &accounts::Model,
    lock: Option<&str>,
    used_recovery_password: bool,
) -> Result<ReglockCheck> {
    let devices = crate::domain::devices::list(db, existing.aci).await?;
    let Some(time_remaining) = reglock_time_remaining(existing, &devices, now_millis()) else {
        return Ok(ReglockCheck::Passed);
    };
    if lock.is_some() {
        limits
            .check(crate::domain::ratelimit::PIN, &existing.number)
            .await?;
    }
    if lock.is_some_and(|lock| verify_reglock(existing, lock)) {
        limits
            .reset(crate::domain::ratelimit::PIN, &existing.number)
            .await;
        return Ok(ReglockCheck::Passed);
    }
    lock_credentials(db, existing.aci).await?;
    // The locked devices' open sockets must authenticate again.
    crate::events::disconnect::disconnect_devices(bus, &devices).await;
    if !(used_recovery_password && lock.is_none()) {
        delete_recovery_password(db, existing.pni).await?;
    }
    let credentials = svr2_credentials(db, services, existing.aci).await?;
    Ok(ReglockCheck::Failed(Error::json(
        423,
        signal_api::models::RegistrationLockFailure {
            time_remaining: Some(time_remaining),
            svr2_credentials: Some(signal_api::models::ExternalServiceCredentials {
                username: Some(credentials.username),
                password: Some(credentials.password),
            }),
        },
    )))
}

/// Locks every device's credentials (prefixes `!` to the password hash), so that none can
/// authenticate until the account is registered again.
pub async fn lock_credentials(db: &impl ConnectionTrait, aci: Aci) -> Result<()> {
    crate::domain::auth::changed(aci);
    for device in crate::domain::devices::list(db, aci).await? {
        if device.auth_token_hash.starts_with('!') {
            continue;
        }
        devices::Entity::update_many()
            .col_expr(
                devices::Column::AuthTokenHash,
                Expr::value(format!("!{}", device.auth_token_hash)),
            )
            .filter(devices::Column::Aci.eq(aci))
            .filter(devices::Column::DeviceId.eq(device.device_id))
            .exec(db)
            .await?;
    }
    Ok(())
}

// ---- server secrets and SVR2 credentials -------------------------------------------

/// A random server secret shared by every process on the database, created on first use
/// (stored in `ephemeral_records` under `secret:<name>`, never expiring).
pub async fn server_secret(db: &impl ConnectionTrait, name: &str) -> Result<Vec<u8>> {
    crate::domain::secrets::random_key(db, name).await
}

/// SVR2 credentials for an account (as in the 423 registration-lock response): from the
/// configured SVR2 secrets (`[services.svr2]`), or, when SVR2 is not configured, from
/// random server secrets (the shape clients expect; no SVR2 would accept them anyway).
pub async fn svr2_credentials(
    db: &impl ConnectionTrait,
    services: &crate::domain::services::ServicesConfig,
    aci: Aci,
) -> Result<ExternalServiceCredentials> {
    let generator = match services.svr2() {
        Ok(generator) => generator,
        Err(_) => {
            let key = server_secret(db, "svr2").await?;
            let user_key = server_secret(db, "svr2-user-derivation").await?;
            CredentialsGenerator::svr2(key, user_key)
        }
    };
    let now = (now_millis() / 1000) as u64;
    Ok(generator.generate(&aci.to_string(), now))
}

// ---- account creation --------------------------------------------------------------

/// Everything a registration stores.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub number: String,
    pub password: String,
    pub aci_identity_key: Vec<u8>,
    pub pni_identity_key: Vec<u8>,
    pub aci_signed_pre_key: SignedKey,
    pub pni_signed_pre_key: SignedKey,
    pub aci_pq_last_resort_pre_key: SignedKey,
    pub pni_pq_last_resort_pre_key: SignedKey,
    pub registration_id: i32,
    pub pni_registration_id: i32,
    pub fetches_messages: bool,
    pub apn_id: Option<String>,
    pub gcm_id: Option<String>,
    /// JSON array of capability names.
    pub capabilities: String,
    pub name: Option<Vec<u8>>,
    pub unidentified_access_key: Option<Vec<u8>>,
    pub unrestricted_unidentified_access: bool,
    pub discoverable_by_phone_number: bool,
    pub registration_lock: Option<String>,
    pub recovery_password: Option<Vec<u8>>,
    pub user_agent: Option<String>,
}

/// The outcome of a registration.
#[derive(Clone, Debug)]
pub struct Created {
    pub account: accounts::Model,
    pub storage_capable: bool,
    pub reregistration: bool,
}

/// Creates the account for `new.number` (with the ACI of an account deleted from the number's
/// PNI within 30 days, see [`remember_deleted`]), or re-registers the existing one: same ACI (and
/// badges), but every device, one-time key (ACI and PNI), queued message, profile and the
/// username (its hash held for the ACI, see [`crate::domain::usernames`]) is dropped and a fresh
/// primary device is stored. All in one transaction.
pub async fn create(db: &sea_orm::DatabaseConnection, new: NewAccount) -> Result<Created> {
    let txn = crate::db::begin_write(db).await?;
    // Concurrent registrations of one number run one after the other: each later one
    // re-registers the account the earlier one made.
    crate::db::lock(&txn, &[crate::db::LockKey::Number(&new.number)]).await?;
    let now = now_millis();
    let pni = pni_for_number(&txn, &new.number).await?;
    let existing = find_by_number(&txn, &new.number).await?;
    if let Some(old) = &existing {
        crate::db::lock(&txn, &[crate::db::LockKey::Account(old.aci)]).await?;
    }
    let reregistration = existing.is_some();
    let lock = new
        .registration_lock
        .as_deref()
        .map(SaltedTokenHash::generate);

    let (account, storage_capable) = match existing {
        Some(old) => {
            let old_devices = crate::domain::devices::list(&txn, old.aci).await?;
            let storage_capable = old_devices
                .iter()
                .any(|d| has_capability(&d.capabilities, STORAGE_CAPABILITY));
            for identity in [old.aci.0, old.pni.0, pni.0] {
                prekeys::delete_identity(&txn, identity).await?;
            }
            messages::Entity::delete_many()
                .filter(messages::Column::DestinationAci.eq(old.aci))
                .exec(&txn)
                .await?;
            profiles::Entity::delete_many()
                .filter(profiles::Column::Aci.eq(old.aci))
                .exec(&txn)
                .await?;
            devices::Entity::delete_many()
                .filter(devices::Column::Aci.eq(old.aci))
                .exec(&txn)
                .await?;
            // Re-registration overwrites the record: the username goes, but its hash is held
            // for this ACI (as after a deletion), so the account can reserve and confirm it
            // again while no other account can take it.
            if let Some(old_hash) = &old.username_hash {
                crate::domain::usernames::hold(&txn, old.aci, old_hash, now).await?;
            }
            let version = old.version + 1;
            let mut active: accounts::ActiveModel = old.into();
            active.username_hash = Set(None);
            active.username_link_handle = Set(None);
            active.encrypted_username = Set(None);
            active.pni = Set(pni);
            active.identity_key = Set(new.aci_identity_key.clone());
            active.pni_identity_key = Set(new.pni_identity_key.clone());
            active.registration_lock_hash = Set(lock.as_ref().map(|l| l.hash.clone()));
            active.registration_lock_salt = Set(lock.as_ref().map(|l| l.salt.clone()));
            active.unidentified_access_key = Set(new.unidentified_access_key.clone());
            active.unrestricted_unidentified_access = Set(new.unrestricted_unidentified_access);
            active.discoverable_by_phone_number = Set(new.discoverable_by_phone_number);
            active.current_profile_version = Set(None);
            active.version = Set(version);
            (active.update(&txn).await?, storage_capable)
        }
        None => {
            let account = accounts::ActiveModel {
                aci: Set(aci_for_new_account(&txn, pni).await?),
                pni: Set(pni),
                number: Set(new.number.clone()),
                identity_key: Set(new.aci_identity_key.clone()),
                pni_identity_key: Set(new.pni_identity_key.clone()),
                username_hash: Set(None),
                username_link_handle: Set(None),
                encrypted_username: Set(None),
                registration_lock_hash: Set(lock.as_ref().map(|l| l.hash.clone())),
                registration_lock_salt: Set(lock.as_ref().map(|l| l.salt.clone())),
                unidentified_access_key: Set(new.unidentified_access_key.clone()),
                unrestricted_unidentified_access: Set(new.unrestricted_unidentified_access),
                discoverable_by_phone_number: Set(new.discoverable_by_phone_number),
                current_profile_version: Set(None),
                badges: Set("[]".into()),
                data: Set("{}".into()),
                created_at: Set(now),
                version: Set(0),
            };
            (account.insert(&txn).await?, false)
        }
    };

    crate::domain::auth::changed(account.aci);
    let password = SaltedTokenHash::generate(&new.password);
    devices::ActiveModel {
        aci: Set(account.aci),
        device_id: Set(DeviceId::PRIMARY),
        name: Set(new.name.clone()),
        auth_token_hash: Set(password.hash),
        auth_token_salt: Set(password.salt),
        registration_id: Set(new.registration_id),
        pni_registration_id: Set(new.pni_registration_id),
        apn_id: Set(new.apn_id.clone()),
        gcm_id: Set(new.gcm_id.clone()),
        fetches_messages: Set(new.fetches_messages),
        capabilities: Set(new.capabilities.clone()),
        created_at: Set(now),
        last_seen: Set(now),
        user_agent: Set(new.user_agent.clone()),
    }
    .insert(&txn)
    .await?;

    prekeys::put_repeated_use(
        &txn,
        account.aci,
        DeviceId::PRIMARY,
        prekeys::EC,
        &new.aci_signed_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        account.aci,
        DeviceId::PRIMARY,
        prekeys::KEM,
        &new.aci_pq_last_resort_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        pni,
        DeviceId::PRIMARY,
        prekeys::EC,
        &new.pni_signed_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        pni,
        DeviceId::PRIMARY,
        prekeys::KEM,
        &new.pni_pq_last_resort_pre_key,
    )
    .await?;

    if let Some(password) = &new.recovery_password {
        store_recovery_password(&txn, pni, password).await?;
    }
    txn.commit().await?;
    Ok(Created {
        account,
        storage_capable,
        reregistration,
    })
}
