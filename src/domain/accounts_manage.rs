//! Account self-management: attributes, push tokens, registration lock, discoverability,
//! data report, deletion, and the PNI changes (change number, PNI key distribution).

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};

use crate::crypto::token_hash::SaltedTokenHash;
use crate::db::{
    accounts, devices, messages, one_time_prekeys, profiles, recovery_passwords,
    username_reservations,
};
use crate::domain::prekeys::{self, SignedKey};
use crate::error::{Error, Result};
use crate::types::DeviceId;

/// Registration ids are 1..=0x3FFF.
pub const MAX_REGISTRATION_ID: i32 = 0x3FFF;
/// A device message's content is at most 256 KiB.
pub const MAX_MESSAGE_SIZE: usize = 256 * 1024;
use crate::domain::devices::CAPABILITIES;

pub fn valid_registration_id(id: i32) -> bool {
    (1..=MAX_REGISTRATION_ID).contains(&id)
}

/// Capability names stored for a device.
pub fn capability_names(device: &devices::Model) -> Vec<String> {
    serde_json::from_str(&device.capabilities).unwrap_or_default()
}

/// The known capabilities a client's `{name: bool}` map turns on, as stored (JSON array).
pub fn capabilities_json(map: Option<&std::collections::HashMap<String, bool>>) -> String {
    let names: Vec<&str> = CAPABILITIES
        .iter()
        .copied()
        .filter(|c| map.is_some_and(|m| m.get(*c) == Some(&true)))
        .collect();
    serde_json::to_string(&names).unwrap_or_else(|_| "[]".into())
}

/// A badge as stored in `accounts.badges`: id, expiration (epoch seconds), visibility.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct StoredBadge {
    pub id: String,
    #[serde(default, alias = "expirationSeconds", alias = "e")]
    pub expiration: i64,
    #[serde(default)]
    pub visible: bool,
}

/// Unexpired badges of an account.
pub fn active_badges(account: &accounts::Model) -> Vec<StoredBadge> {
    let now_secs = crate::db::now_millis() / 1000;
    serde_json::from_str::<Vec<StoredBadge>>(&account.badges)
        .unwrap_or_default()
        .into_iter()
        .filter(|b| b.expiration > now_secs)
        .collect()
}

/// The unexpired backup voucher `(level, expiration seconds)` in `accounts.data.bv`.
pub fn active_backup_voucher(account: &accounts::Model) -> Option<(i64, i64)> {
    let data: serde_json::Value = serde_json::from_str(&account.data).ok()?;
    let bv = data.get("bv")?;
    let level = bv.get("rl")?.as_i64()?;
    let expiration = bv.get("e")?.as_i64()?;
    (expiration > crate::db::now_millis() / 1000).then_some((level, expiration))
}

/// What `PUT /v1/accounts/attributes` replaces.
pub struct Attributes {
    pub fetches_messages: bool,
    pub name: Option<Vec<u8>>,
    pub capabilities: String,
    pub user_agent: Option<String>,
    pub registration_lock: Option<String>,
    pub unidentified_access_key: Option<Vec<u8>>,
    pub unrestricted_unidentified_access: bool,
    pub discoverable_by_phone_number: bool,
    pub recovery_password: Option<Vec<u8>>,
}

/// Full replace of the account-wide and device attributes.
pub async fn set_attributes(
    db: &sea_orm::DatabaseConnection,
    account: &accounts::Model,
    device: &devices::Model,
    attrs: Attributes,
) -> Result<()> {
    crate::domain::auth::changed(account.aci);
    let txn = crate::db::begin_write(db).await?;
    let mut d = device.clone().into_active_model();
    d.fetches_messages = Set(attrs.fetches_messages);
    d.name = Set(attrs.name);
    d.capabilities = Set(attrs.capabilities);
    d.last_seen = Set(crate::db::today_millis());
    if attrs.user_agent.is_some() {
        d.user_agent = Set(attrs.user_agent);
    }
    d.update(&txn).await?;

    let mut a = account.clone().into_active_model();
    let (hash, salt) = match attrs.registration_lock.as_deref() {
        Some(token) => {
            let h = SaltedTokenHash::generate(token);
            (Some(h.hash), Some(h.salt))
        }
        None => (None, None),
    };
    a.registration_lock_hash = Set(hash);
    a.registration_lock_salt = Set(salt);
    a.unidentified_access_key = Set(attrs.unidentified_access_key);
    a.unrestricted_unidentified_access = Set(attrs.unrestricted_unidentified_access);
    a.discoverable_by_phone_number = Set(attrs.discoverable_by_phone_number);
    a.version = Set(account.version + 1);
    a.update(&txn).await?;

    if let Some(password) = attrs.recovery_password {
        crate::domain::accounts::store_recovery_password(&txn, account.pni, &password).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Updates one device's columns.
pub async fn update_device(
    db: &impl ConnectionTrait,
    device: &devices::Model,
    change: impl FnOnce(&mut devices::ActiveModel),
) -> Result<()> {
    crate::domain::auth::changed(device.aci);
    let mut d = device.clone().into_active_model();
    change(&mut d);
    crate::db::update(db, d).await?;
    Ok(())
}

/// Updates one account's columns (bumping its version).
pub async fn update_account(
    db: &impl ConnectionTrait,
    account: &accounts::Model,
    change: impl FnOnce(&mut accounts::ActiveModel),
) -> Result<accounts::Model> {
    crate::domain::auth::changed(account.aci);
    let mut a = account.clone().into_active_model();
    change(&mut a);
    a.version = Set(account.version + 1);
    Ok(crate::db::update(db, a).await?)
}

/// Deletes an account and everything stored for it: devices, keys of both identities,
/// queued messages, profiles, username reservations, the recovery password. Its ACI is kept
/// for its PNI for 30 days ([`crate::domain::accounts::remember_deleted`]).
pub async fn delete_account(db: &impl ConnectionTrait, account: &accounts::Model) -> Result<()> {
    let aci = account.aci;
    crate::domain::auth::changed(aci);
    crate::domain::accounts::remember_deleted(db, account.pni, aci).await?;
    prekeys::delete_identity(db, aci).await?;
    prekeys::delete_identity(db, account.pni).await?;
    messages::Entity::delete_many()
        .filter(messages::Column::DestinationAci.eq(aci))
        .exec(db)
        .await?;
    profiles::Entity::delete_many()
        .filter(profiles::Column::Aci.eq(aci))
        .exec(db)
        .await?;
    username_reservations::Entity::delete_many()
        .filter(username_reservations::Column::Aci.eq(aci))
        .exec(db)
        .await?;
    recovery_passwords::Entity::delete_by_id(account.pni)
        .exec(db)
        .await?;
    devices::Entity::delete_many()
        .filter(devices::Column::Aci.eq(aci))
        .exec(db)
        .await?;
    accounts::Entity::delete_by_id(aci).exec(db).await?;
    Ok(())
}

/// A device message of a PNI change, validated.
#[derive(Clone, Debug)]
pub struct DeviceMessage {
    pub r#type: i32,
    pub destination_device_id: i16,
    pub destination_registration_id: i32,
    pub content: Vec<u8>,
}

/// The new PNI material of a change number / key distribution request, validated.
pub struct PniChange {
    pub pni_identity_key: Vec<u8>,
    pub signed_prekeys: BTreeMap<i16, SignedKey>,
    pub last_resort_prekeys: BTreeMap<i16, SignedKey>,
    pub registration_ids: BTreeMap<i16, i32>,
    pub messages: Vec<DeviceMessage>,
}

fn parse_device_key(id: &str) -> Result<i16> {
    id.parse::<i16>()
        .ok()
        .filter(|d| (1..=127).contains(d))
        .ok_or_else(|| Error::Unprocessable(format!("invalid device id {id:?}")))
}

/// Converts the API's key maps to signed keys, keyed by device id (422 on bad input).
pub fn signed_keys<'a>(
    items: impl Iterator<
        Item = (
            &'a String,
            Option<i64>,
            Option<&'a String>,
            Option<&'a String>,
        ),
    >,
) -> Result<BTreeMap<i16, SignedKey>> {
    let mut out = BTreeMap::new();
    for (device, key_id, public_key, signature) in items {
        let device = parse_device_key(device)?;
        out.insert(
            device,
            SignedKey::from_parts(
                "key",
                key_id,
                public_key.map(String::as_str),
                signature.map(String::as_str),
            )?,
        );
    }
    Ok(out)
}

pub fn registration_ids(
    map: &std::collections::HashMap<String, i32>,
) -> Result<BTreeMap<i16, i32>> {
    let mut out = BTreeMap::new();
    for (device, id) in map {
        if !valid_registration_id(*id) {
            return Err(Error::Unprocessable(format!(
                "invalid registration id {id} for device {device}"
            )));
        }
        out.insert(parse_device_key(device)?, *id);
    }
    Ok(out)
}

/// Checks the incoming device messages' format (422) and size (413).
pub fn device_messages(list: &[signal_api::models::IncomingMessage]) -> Result<Vec<DeviceMessage>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(list.len());
    for m in list {
        let r#type = m.r#type.unwrap_or(0);
        if !matches!(r#type, 0 | 1 | 3 | 6 | 8) {
            return Err(Error::Unprocessable(
                format!("invalid envelope type {type}", type = r#type),
            ));
        }
        let device = m
            .destination_device_id
            .and_then(|d| i16::try_from(d).ok())
            .filter(|d| (1..=127).contains(d))
            .ok_or_else(|| Error::Unprocessable("invalid destinationDeviceId".into()))?;
        if !seen.insert(device) {
            return Err(Error::Unprocessable(format!(
                "duplicate message for device {device}"
            )));
        }
        if m.content.0.is_empty() {
            return Err(Error::Unprocessable("empty message content".into()));
        }
        out.push(DeviceMessage {
            r#type,
            destination_device_id: device,
            destination_registration_id: m.destination_registration_id.unwrap_or(0),
            content: m.content.0.clone(),
        });
    }
    Ok(out)
}

impl PniChange {
    /// Signatures under the new identity key (422).
    pub fn verify_signatures(&self) -> Result<()> {
        for key in self.signed_prekeys.values() {
            key.verify(prekeys::EC, &self.pni_identity_key)?;
        }
        for key in self.last_resort_prekeys.values() {
            key.verify(prekeys::KEM, &self.pni_identity_key)?;
        }
        Ok(())
    }

    /// Checks the request against the account's devices: 410 `{staleDevices}` if a message's
    /// registration id is stale, else 409 `{missingDevices, extraDevices}` if the device sets
    /// differ (the messages cover every device but the primary; the key maps every device);
    /// then 413 for an oversized message.
    pub fn check_devices(&self, devices: &[devices::Model]) -> Result<()> {
        let all: BTreeSet<i16> = devices.iter().map(|d| i16::from(d.device_id)).collect();
        let linked: BTreeSet<i16> = all.iter().copied().filter(|d| *d != 1).collect();
        let by_id: BTreeMap<i16, &devices::Model> = devices
            .iter()
            .map(|d| (i16::from(d.device_id), d))
            .collect();
        let stale: Vec<i16> = self
            .messages
            .iter()
            .filter(|m| {
                by_id.get(&m.destination_device_id).is_some_and(|d| {
                    m.destination_device_id != 1
                        && d.registration_id != m.destination_registration_id
                })
            })
            .map(|m| m.destination_device_id)
            .collect();
        if !stale.is_empty() {
            return Err(Error::json(
                410,
                serde_json::json!({ "staleDevices": stale }),
            ));
        }
        let sent: BTreeSet<i16> = self
            .messages
            .iter()
            .map(|m| m.destination_device_id)
            .collect();
        let mut missing: BTreeSet<i16> = linked.difference(&sent).copied().collect();
        let mut extra: BTreeSet<i16> = sent.difference(&linked).copied().collect();
        for keys in [
            self.signed_prekeys.keys().copied().collect::<BTreeSet<_>>(),
            self.last_resort_prekeys.keys().copied().collect(),
            self.registration_ids.keys().copied().collect(),
        ] {
            missing.extend(all.difference(&keys));
            extra.extend(keys.difference(&all));
        }
        if !missing.is_empty() || !extra.is_empty() {
            return Err(Error::json(
                409,
                serde_json::json!({ "missingDevices": missing, "extraDevices": extra }),
            ));
        }
        if self
            .messages
            .iter()
            .any(|m| m.content.len() > MAX_MESSAGE_SIZE)
        {
            return Err(Error::PayloadTooLarge);
        }
        Ok(())
    }
}

/// Applies a PNI change in one transaction: moves the account to `number` (when it differs,
/// deleting the account holding it, read again under the numbers' locks: `displaced` is the
/// caller's earlier view), writes the new PNI identity key, the per-device PNI keys and
/// registration ids, and drops the PNI one-time keys.
pub async fn apply_pni_change(
    db: &sea_orm::DatabaseConnection,
    account: &accounts::Model,
    number: Option<&str>,
    displaced: Option<&accounts::Model>,
    change: &PniChange,
) -> Result<accounts::Model> {
    use crate::db::LockKey;
    let txn = crate::db::begin_write(db).await?;
    let mut keys = vec![
        LockKey::Number(&account.number),
        LockKey::Account(account.aci),
    ];
    keys.extend(number.map(LockKey::Number));
    crate::db::lock(&txn, &keys).await?;
    let holder = match number {
        Some(n) if n != account.number => crate::domain::accounts::find_by_number(&txn, n)
            .await?
            .filter(|other| other.aci != account.aci),
        _ => None,
    };
    if holder.as_ref().map(|h| h.aci) != displaced.map(|d| d.aci) {
        // Registered (or moved) meanwhile: its registration lock was not checked.
        return Err(Error::Conflict(
            "the number changed hands during the request; try again".into(),
        ));
    }
    if let Some(other) = &holder {
        delete_account(&txn, other).await?;
    }
    let old_pni = account.pni;
    let (new_number, new_pni) = match number {
        Some(n) if n != account.number => (
            n.to_owned(),
            crate::domain::accounts::pni_for_number(&txn, n).await?,
        ),
        _ => (account.number.clone(), old_pni),
    };
    for pni in [old_pni, new_pni] {
        one_time_prekeys::Entity::delete_many()
            .filter(one_time_prekeys::Column::Identity.eq(pni))
            .exec(&txn)
            .await?;
    }
    if new_pni != old_pni {
        prekeys::delete_identity(&txn, old_pni).await?;
    }
    let identity_key = change.pni_identity_key.clone();
    let updated = update_account(&txn, account, |a| {
        a.number = Set(new_number);
        a.pni = Set(new_pni);
        a.pni_identity_key = Set(identity_key);
    })
    .await?;
    for device in crate::domain::devices::list(&txn, account.aci).await? {
        let id = i16::from(device.device_id);
        if let Some(reg) = change.registration_ids.get(&id).copied() {
            update_device(&txn, &device, |d| d.pni_registration_id = Set(reg)).await?;
        }
        if let Some(key) = change.signed_prekeys.get(&id) {
            prekeys::put_repeated_use(&txn, new_pni, device.device_id, prekeys::EC, key).await?;
        }
        if let Some(key) = change.last_resort_prekeys.get(&id) {
            prekeys::put_repeated_use(&txn, new_pni, device.device_id, prekeys::KEM, key).await?;
        }
    }
    txn.commit().await?;
    Ok(updated)
}

/// Queues the device messages of a change number / key distribution as sync messages
/// from the primary to the account's other devices, carrying the new PNI.
pub async fn queue_pni_sync_messages(
    queue: crate::domain::messages::Queue<'_>,
    account: &accounts::Model,
    messages: &[DeviceMessage],
) -> Result<()> {
    let now = crate::db::now_millis() as u64;
    for m in messages {
        let envelope = crate::proto::Envelope {
            r#type: Some(m.r#type),
            source_service_id: Some(account.aci.to_string()),
            source_device: Some(1),
            destination_service_id: Some(account.aci.to_string()),
            updated_pni: Some(account.pni.0.to_string()),
            content: Some(m.content.clone()),
            client_timestamp: Some(now),
            server_timestamp: Some(now),
            urgent: Some(true),
            ..Default::default()
        };
        let device = DeviceId::new(m.destination_device_id.into())
            .ok_or_else(|| Error::Unprocessable("destinationDeviceId is not a device id".into()))?;
        queue.enqueue(account.aci, device, envelope).await?;
    }
    Ok(())
}
