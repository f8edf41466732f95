//! Devices of an account: listing, removal, capabilities and client public keys, device
//! linking (link tokens, the new device's row and keys, waiters), and the short-lived
//! records of account restore requests and transfer archives.
//!
//! Everything a waiter polls for lives in `ephemeral_records`, so long-polls work across
//! server processes sharing one database.

use std::time::Duration;

use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::crypto::token_hash::SaltedTokenHash;
use crate::db::{accounts, client_public_keys, devices, ephemeral_records, messages, now_millis};
use crate::domain::prekeys::{self, SignedKey};
use crate::error::{Error, Result};
use crate::events::bus::Bus;
use crate::types::{Aci, DeviceId};

/// How long a link token is valid.
pub const LINK_TOKEN_TTL_MS: i64 = 10 * 60 * 1000;
/// How long the record of a linked device (answered by `waitForLinkedDevice`, and marking
/// its token used) is kept: an hour, as the reference does.
pub const LINKED_DEVICE_RECORD_TTL_MS: i64 = 60 * 60 * 1000;
/// How long restore requests and transfer archives are kept.
pub const TRANSFER_RECORD_TTL_MS: i64 = 60 * 60 * 1000;
/// How often a long poll looks again without an announcement: for one missed while the Redis
/// bus reconnects, and for a linking primary's queue to drain (its acknowledgements announce
/// nothing). Writers announce their records on the bus ([`announce_record`]), which wakes
/// waiters in every process at once.
const FALLBACK_POLL: Duration = Duration::from_secs(1);
/// Name of the device-link token key in `server_secrets`.
const LINK_SECRET_NAME: &str = "link_device_secret";

/// Capabilities whose loss on a newly linked device is refused (409) when every existing
/// device has them (REF: `preventDowngrade`).
const PREVENT_DOWNGRADE: [&str; 3] = ["deleteSync", "ssre2", "spqr"];

/// Every device of an account, by id.
pub async fn list(db: &impl ConnectionTrait, aci: Aci) -> Result<Vec<devices::Model>> {
    Ok(devices::Entity::find()
        .filter(devices::Column::Aci.eq(aci))
        .order_by_asc(devices::Column::DeviceId)
        .all(db)
        .await?)
}

/// Deletes a linked device with its keys (ACI and PNI), client public key and message
/// queue. An unknown device is not an error.
pub async fn remove(
    db: &DatabaseConnection,
    account: &accounts::Model,
    device_id: DeviceId,
) -> Result<()> {
    crate::domain::auth::changed(account.aci);
    let txn = crate::db::begin_write(db).await?;
    devices::Entity::delete_by_id((account.aci, device_id))
        .exec(&txn)
        .await?;
    prekeys::delete_device(&txn, account.aci, device_id).await?;
    prekeys::delete_device(&txn, account.pni, device_id).await?;
    client_public_keys::Entity::delete_by_id((account.aci, device_id))
        .exec(&txn)
        .await?;
    messages::Entity::delete_many()
        .filter(messages::Column::DestinationAci.eq(account.aci))
        .filter(messages::Column::DestinationDevice.eq(device_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Capability names the server knows (clients send `{name: true}`).
pub const CAPABILITIES: [&str; 6] = [
    "storage",
    "transfer",
    "deleteSync",
    "ssre2",
    "attachmentBackfill",
    "spqr",
];

/// The stored capability name for a name a client sends (`{name: true}` maps); `None` for
/// unknown names. Stored names are the wire names ([`CAPABILITIES`]).
pub fn capability_name(wire: &str) -> Option<&'static str> {
    CAPABILITIES.iter().copied().find(|c| *c == wire)
}

fn capability_set(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// Replaces a device's capability set.
pub async fn set_capabilities(
    db: &impl ConnectionTrait,
    device: &devices::Model,
    capabilities: Vec<String>,
) -> Result<()> {
    let json = serde_json::to_string(&capabilities).map_err(|e| Error::Internal(e.to_string()))?;
    crate::domain::auth::changed(device.aci);
    devices::Entity::update_many()
        .col_expr(
            devices::Column::Capabilities,
            sea_orm::sea_query::Expr::value(json),
        )
        .filter(devices::Column::Aci.eq(device.aci))
        .filter(devices::Column::DeviceId.eq(device.device_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores (replacing) a device's client public key.
pub async fn set_public_key(
    db: &impl ConnectionTrait,
    aci: Aci,
    device_id: DeviceId,
    key: Vec<u8>,
) -> Result<()> {
    client_public_keys::Entity::insert(client_public_keys::ActiveModel {
        aci: Set(aci),
        device_id: Set(device_id),
        public_key: Set(key),
    })
    .on_conflict(
        OnConflict::columns([
            client_public_keys::Column::Aci,
            client_public_keys::Column::DeviceId,
        ])
        .update_column(client_public_keys::Column::PublicKey)
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A device's client public key, if it set one.
pub async fn public_key(
    db: &impl ConnectionTrait,
    aci: Aci,
    device_id: DeviceId,
) -> Result<Option<Vec<u8>>> {
    Ok(client_public_keys::Entity::find_by_id((aci, device_id))
        .one(db)
        .await?
        .map(|m| m.public_key))
}

// ---------------------------------------------------------------------------------------
// Link tokens

/// The key that signs link tokens.
async fn link_secret(db: &impl ConnectionTrait) -> Result<Vec<u8>> {
    crate::domain::secrets::random_key(db, LINK_SECRET_NAME).await
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// `base64url_nopad(SHA-256(token))`: how waiters name a link token.
pub fn token_identifier(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// Mints a link token for an account: `"<aci>.<epochMillis>:" + base64url(HMAC-SHA256(secret, claims))`.
pub async fn create_link_token(db: &impl ConnectionTrait, aci: Aci) -> Result<String> {
    let secret = link_secret(db).await?;
    let claims = format!("{}.{}", aci, now_millis());
    let signature = URL_SAFE.encode(hmac(&secret, claims.as_bytes()));
    Ok(format!("{claims}:{signature}"))
}

/// Checks a link token's signature and age; the account it was minted for.
pub async fn verify_link_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<(Aci, i64)>> {
    let Some((claims, signature)) = token.rsplit_once(':') else {
        return Ok(None);
    };
    let Ok(signature) = URL_SAFE.decode(signature) else {
        return Ok(None);
    };
    let secret = link_secret(db).await?;
    let expected = hmac(&secret, claims.as_bytes());
    if !bool::from(expected.as_slice().ct_eq(&signature)) {
        return Ok(None);
    }
    let Some((aci, millis)) = claims.split_once('.') else {
        return Ok(None);
    };
    let (Ok(aci), Ok(millis)) = (Uuid::parse_str(aci), millis.parse::<i64>()) else {
        return Ok(None);
    };
    let now = now_millis();
    if millis > now || now - millis > LINK_TOKEN_TTL_MS {
        return Ok(None);
    }
    Ok(Some((Aci(aci), millis)))
}

/// What waiters on a link token learn: the new device, and the account it joined.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkedDeviceRecord {
    pub aci: Uuid,
    pub id: i16,
    pub name: Option<String>,
    pub last_seen: i64,
    pub created: i64,
}

fn linked_device_key(token_identifier: &str) -> String {
    format!("linked_device::{token_identifier}")
}

/// A device to link, validated by the handler.
pub struct NewDevice {
    pub password: String,
    pub name: Option<Vec<u8>>,
    pub registration_id: i32,
    pub pni_registration_id: i32,
    pub apn_id: Option<String>,
    pub gcm_id: Option<String>,
    pub fetches_messages: bool,
    pub capabilities: Vec<String>,
    pub user_agent: String,
    pub aci_signed_pre_key: SignedKey,
    pub pni_signed_pre_key: SignedKey,
    pub aci_pq_last_resort_pre_key: SignedKey,
    pub pni_pq_last_resort_pre_key: SignedKey,
}

/// Why linking failed after the token was found valid.
pub enum LinkError {
    TokenUsed,
    TooManyDevices,
    Downgrade(&'static str),
    Other(Error),
}

impl From<sea_orm::DbErr> for LinkError {
    fn from(e: sea_orm::DbErr) -> Self {
        LinkError::Other(e.into())
    }
}

impl From<Error> for LinkError {
    fn from(e: Error) -> Self {
        LinkError::Other(e)
    }
}

/// Links a device in one transaction: marks the token used (single use), checks the device
/// limit and capability downgrades, picks the lowest unused id ≥ 2, writes the device and
/// its four repeated-use keys, and leaves the record waiters poll for. Returns the new id.
pub async fn link(
    db: &DatabaseConnection,
    bus: &Bus,
    account: &accounts::Model,
    token: &str,
    max_devices: u8,
    new: &NewDevice,
) -> std::result::Result<DeviceId, LinkError> {
    let hash = SaltedTokenHash::generate(&new.password);
    let identifier = token_identifier(token);
    let mut attempt = 0;
    loop {
        attempt += 1;
        match link_once(db, account, &identifier, max_devices, new, &hash).await {
            // Two links racing for the same id: the loser's insert fails; try again.
            Err(LinkError::Other(Error::Db(e))) if attempt < 3 => {
                tracing::debug!(error = %e, "device link transaction failed; retrying");
            }
            Ok(id) => {
                announce_record(bus, &linked_device_key(&identifier)).await;
                return Ok(id);
            }
            other => return other,
        }
    }
}

async fn link_once(
    db: &DatabaseConnection,
    account: &accounts::Model,
    identifier: &str,
    max_devices: u8,
    new: &NewDevice,
    hash: &SaltedTokenHash,
) -> std::result::Result<DeviceId, LinkError> {
    let txn = crate::db::begin_write(db).await?;
    // Links to one account run one after the other, so the device limit holds.
    crate::db::lock(&txn, &[crate::db::LockKey::Account(account.aci)]).await?;
    let now = now_millis();
    let marker_key = linked_device_key(identifier);
    if ephemeral_records::Entity::find_by_id(marker_key.clone())
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(LinkError::TokenUsed);
    }
    let existing = list(&txn, account.aci).await?;
    if existing.len() >= usize::from(max_devices) {
        return Err(LinkError::TooManyDevices);
    }
    for capability in PREVENT_DOWNGRADE {
        let all_have = existing.iter().all(|d| {
            capability_set(&d.capabilities)
                .iter()
                .any(|c| c == capability)
        });
        if all_have && !new.capabilities.iter().any(|c| c == capability) {
            return Err(LinkError::Downgrade(capability));
        }
    }
    let device_id = (2..=i64::from(DeviceId::MAX))
        .filter_map(DeviceId::new)
        .find(|id| existing.iter().all(|d| d.device_id != *id))
        .ok_or(LinkError::TooManyDevices)?;
    // lastSeen is day-truncated (reference §3.2); created keeps the millisecond.
    let last_seen = crate::db::start_of_day(now);
    let record = LinkedDeviceRecord {
        aci: account.aci.0,
        id: device_id.into(),
        name: new.name.as_ref().map(|n| STANDARD.encode(n)),
        last_seen,
        created: now,
    };
    let marker = ephemeral_records::ActiveModel {
        key: Set(marker_key),
        value: Set(serde_json::to_string(&record).map_err(|e| Error::Internal(e.to_string()))?),
        expires_at: Set(now + LINKED_DEVICE_RECORD_TTL_MS),
    };
    let inserted = ephemeral_records::Entity::insert(marker)
        .on_conflict(
            OnConflict::column(ephemeral_records::Column::Key)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    if inserted == 0 {
        return Err(LinkError::TokenUsed);
    }
    let capabilities =
        serde_json::to_string(&new.capabilities).map_err(|e| Error::Internal(e.to_string()))?;
    crate::domain::auth::changed(account.aci);
    devices::Entity::insert(devices::ActiveModel {
        aci: Set(account.aci),
        device_id: Set(device_id),
        name: Set(new.name.clone()),
        auth_token_hash: Set(hash.hash.clone()),
        auth_token_salt: Set(hash.salt.clone()),
        registration_id: Set(new.registration_id),
        pni_registration_id: Set(new.pni_registration_id),
        apn_id: Set(new.apn_id.clone()),
        gcm_id: Set(new.gcm_id.clone()),
        fetches_messages: Set(new.fetches_messages),
        capabilities: Set(capabilities),
        created_at: Set(now),
        last_seen: Set(last_seen),
        user_agent: Set(Some(new.user_agent.clone())),
    })
    .exec_without_returning(&txn)
    .await?;
    // Leftovers of an earlier device with this id (e.g. removed mid-way) must not survive.
    prekeys::delete_device(&txn, account.aci, device_id).await?;
    prekeys::delete_device(&txn, account.pni, device_id).await?;
    prekeys::put_repeated_use(
        &txn,
        account.aci,
        device_id,
        prekeys::EC,
        &new.aci_signed_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        account.pni,
        device_id,
        prekeys::EC,
        &new.pni_signed_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        account.aci,
        device_id,
        prekeys::KEM,
        &new.aci_pq_last_resort_pre_key,
    )
    .await?;
    prekeys::put_repeated_use(
        &txn,
        account.pni,
        device_id,
        prekeys::KEM,
        &new.pni_pq_last_resort_pre_key,
    )
    .await?;
    txn.commit().await?;
    Ok(device_id)
}

/// Waits until the token named `token_identifier` linked a device to `aci` and the primary's
/// queue holds no message older than the link, or until `deadline`.
pub async fn wait_for_linked_device(
    db: &DatabaseConnection,
    bus: &Bus,
    aci: Aci,
    token_identifier: &str,
    deadline: tokio::time::Instant,
) -> Result<Option<LinkedDeviceRecord>> {
    let key = linked_device_key(token_identifier);
    wait_for(bus, &key, deadline, || linked_device(db, aci, &key)).await
}

/// The link recorded under `key` for `aci`, once the primary's queue holds no message older
/// than it.
async fn linked_device(
    db: &DatabaseConnection,
    aci: Aci,
    key: &str,
) -> Result<Option<LinkedDeviceRecord>> {
    let Some(value) = read_record(db, key).await? else {
        return Ok(None);
    };
    let Ok(record) = serde_json::from_str::<LinkedDeviceRecord>(&value) else {
        return Ok(None);
    };
    if record.aci != aci.0 {
        return Ok(None);
    }
    let pending = messages::Entity::find()
        .filter(messages::Column::DestinationAci.eq(aci))
        .filter(messages::Column::DestinationDevice.eq(DeviceId::PRIMARY))
        .filter(messages::Column::ServerTimestamp.lte(record.created))
        .count(db)
        .await?;
    Ok((pending == 0).then_some(record))
}

// ---------------------------------------------------------------------------------------
// Ephemeral records: restore requests and transfer archives

/// An unexpired record's value.
pub async fn read_record(db: &impl ConnectionTrait, key: &str) -> Result<Option<String>> {
    Ok(ephemeral_records::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .filter(|r| r.expires_at > now_millis())
        .map(|r| r.value))
}

/// Deletes this module's expired records (link markers, restore requests, transfer
/// archives); called now and then by writers so the table does not grow without bound.
pub async fn purge_expired(db: &impl ConnectionTrait) -> Result<()> {
    let now = now_millis();
    for prefix in ["linked_device::", "restore_account::", "transfer_archive::"] {
        ephemeral_records::Entity::delete_many()
            .filter(ephemeral_records::Column::Key.starts_with(prefix))
            .filter(ephemeral_records::Column::ExpiresAt.lte(now))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Stores (replacing) a record for `ttl_ms`.
pub async fn write_record(
    db: &impl ConnectionTrait,
    key: &str,
    value: String,
    ttl_ms: i64,
) -> Result<()> {
    ephemeral_records::Entity::insert(ephemeral_records::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value),
        expires_at: Set(now_millis() + ttl_ms),
    })
    .on_conflict(
        OnConflict::column(ephemeral_records::Column::Key)
            .update_columns([
                ephemeral_records::Column::Value,
                ephemeral_records::Column::ExpiresAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if rand::random::<u8>() < 8 {
        purge_expired(db).await?;
    }
    Ok(())
}

/// Waits for an unexpired record under `key` until `deadline`.
pub async fn wait_for_record(
    db: &DatabaseConnection,
    bus: &Bus,
    key: &str,
    deadline: tokio::time::Instant,
) -> Result<Option<String>> {
    wait_for(bus, key, deadline, || read_record(db, key)).await
}

fn record_topic(key: &str) -> String {
    format!("record:{key}")
}

/// Stores a record a long poll waits for (a restore request, a transfer archive) for
/// [`TRANSFER_RECORD_TTL_MS`], and wakes its waiters in every process.
pub async fn record_for_waiters(
    db: &DatabaseConnection,
    bus: &Bus,
    key: &str,
    value: String,
) -> Result<()> {
    write_record(db, key, value, TRANSFER_RECORD_TTL_MS).await?;
    announce_record(bus, key).await;
    Ok(())
}

/// Tells the waiters on `key` (in every process) to look again: call it once the record is
/// committed.
async fn announce_record(bus: &Bus, key: &str) {
    bus.publish(&record_topic(key), bytes::Bytes::new()).await;
}

/// Runs `look` until it finds something or `deadline` passes: again at once when `key` is
/// announced, and every [`FALLBACK_POLL`] otherwise.
async fn wait_for<T, F, Fut>(
    bus: &Bus,
    key: &str,
    deadline: tokio::time::Instant,
    mut look: F,
) -> Result<Option<T>>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Option<T>>>,
{
    // Subscribed before the first look, so a record written in between is announced to it.
    let mut announced = bus.subscribe(&record_topic(key));
    loop {
        if let Some(found) = look().await? {
            return Ok(Some(found));
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        let next = (now + FALLBACK_POLL).min(deadline);
        tokio::select! {
            event = announced.recv() => {
                if event.is_none() {
                    tokio::time::sleep_until(next).await;
                }
            }
            _ = tokio::time::sleep_until(next) => {}
        }
    }
}

pub fn restore_account_key(token: &str) -> String {
    format!("restore_account::{token}")
}

pub fn transfer_archive_key(aci: Aci, device_id: i64, created: i64) -> String {
    format!("transfer_archive::{aci}:{device_id}:{created}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_identifiers_are_unpadded_base64url_sha256() {
        let id = token_identifier("abc");
        assert_eq!(id.len(), 43);
        assert_eq!(
            URL_SAFE_NO_PAD.decode(&id).unwrap(),
            Sha256::digest(b"abc").to_vec()
        );
    }

    #[test]
    fn capability_names() {
        assert_eq!(capability_name("deleteSync"), Some("deleteSync"));
        assert_eq!(capability_name("STORAGE"), None);
        assert_eq!(capability_name("nope"), None);
    }
}
