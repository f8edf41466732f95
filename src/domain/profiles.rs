//! Versioned profiles: storing a version (`PUT /v1/profile`), reading the base profile and
//! a version back, the unidentified-access checksum, and the identity-key batch check.
//!
//! A profile version is stored per `(ACI, version)`; its ciphertexts are opaque to the
//! server, which only checks their sizes. The account's `current_profile_version` names
//! the latest version set. A version that already exists keeps its ProfileKeyCommitment
//! (as the reference server's conditional write does); every other field is replaced.

use hmac::{Hmac, KeyInit, Mac};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use sha2::{Digest, Sha256};

use crate::db::{accounts, devices, profiles};
use crate::error::{Error, Result};
use crate::types::Aci;

/// Serialized size of a zkgroup ProfileKeyCommitment: version byte 0, then J1, J2, J3.
pub const COMMITMENT_LEN: usize = 97;

/// Allowed decoded sizes of each ciphertext field (an absent field is always allowed).
pub const NAME_SIZES: &[usize] = &[81, 285];
pub const ABOUT_EMOJI_SIZES: &[usize] = &[0, 60];
pub const ABOUT_SIZES: &[usize] = &[0, 156, 282, 540];
pub const PAYMENT_ADDRESS_SIZES: &[usize] = &[0, 582];
pub const PHONE_NUMBER_SHARING_SIZES: &[usize] = &[0, 29];

/// Capabilities shown in profiles, with how the account-level value is computed.
const PROFILE_CAPABILITIES: [(&str, CapabilityMode); 4] = [
    ("deleteSync", CapabilityMode::AllDevices),
    ("ssre2", CapabilityMode::AllDevices),
    ("attachmentBackfill", CapabilityMode::PrimaryDevice),
    ("spqr", CapabilityMode::AllDevices),
];

#[derive(Clone, Copy)]
enum CapabilityMode {
    AllDevices,
    PrimaryDevice,
}

/// A profile version is the hex of 32 bytes (the client's ProfileKeyVersion).
pub fn validate_version(version: &str) -> Result<()> {
    if version.len() == 64 && version.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(Error::Unprocessable(
            "version must be 64 hexadecimal characters".into(),
        ))
    }
}

/// A ciphertext field must decode to one of the allowed sizes.
pub fn validate_size(field: &str, value: Option<&[u8]>, allowed: &[usize]) -> Result<()> {
    match value {
        Some(v) if !allowed.contains(&v.len()) => Err(Error::Unprocessable(format!(
            "{field} must be one of {allowed:?} bytes, not {}",
            v.len()
        ))),
        _ => Ok(()),
    }
}

/// What happens to the avatar of the version being set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AvatarChange {
    Unchanged,
    Clear,
    Update,
}

impl AvatarChange {
    /// `avatar: false` clears it; `avatar: true` replaces it unless `sameAvatar: true`.
    pub fn from_flags(avatar: bool, same_avatar: bool) -> AvatarChange {
        match (avatar, same_avatar) {
            (false, _) => AvatarChange::Clear,
            (true, false) => AvatarChange::Update,
            (true, true) => AvatarChange::Unchanged,
        }
    }
}

/// A new avatar object name: `profiles/<base64url(16 random bytes)>`.
pub fn new_avatar_object_name() -> String {
    use base64::Engine;
    let bytes: [u8; 16] = rand::random();
    format!(
        "profiles/{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The fields of a profile version as a client sets them.
pub struct NewVersion {
    pub version: String,
    pub commitment: Vec<u8>,
    pub name: Option<Vec<u8>>,
    pub about: Option<Vec<u8>>,
    pub about_emoji: Option<Vec<u8>>,
    pub payment_address: Option<Vec<u8>>,
    pub phone_number_sharing: Option<Vec<u8>>,
    pub avatar: Option<String>,
}

/// One stored version of an account's profile.
pub async fn get_version(
    db: &impl ConnectionTrait,
    aci: Aci,
    version: &str,
) -> Result<Option<profiles::Model>> {
    Ok(profiles::Entity::find_by_id((aci, version.to_owned()))
        .one(db)
        .await?)
}

/// Stores a version; an existing version keeps its commitment.
pub async fn put_version(db: &impl ConnectionTrait, aci: Aci, new: NewVersion) -> Result<()> {
    profiles::Entity::insert(profiles::ActiveModel {
        aci: Set(aci),
        version: Set(new.version),
        name: Set(new.name),
        about: Set(new.about),
        about_emoji: Set(new.about_emoji),
        avatar: Set(new.avatar),
        payment_address: Set(new.payment_address),
        phone_number_sharing: Set(new.phone_number_sharing),
        commitment: Set(new.commitment),
    })
    .on_conflict(
        OnConflict::columns([profiles::Column::Aci, profiles::Column::Version])
            .update_columns([
                profiles::Column::Name,
                profiles::Column::About,
                profiles::Column::AboutEmoji,
                profiles::Column::Avatar,
                profiles::Column::PaymentAddress,
                profiles::Column::PhoneNumberSharing,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The avatar objects of every profile version of an account (to delete them from the
/// CDN when the profiles go: account deletion and re-registration).
pub async fn avatar_keys(db: &impl ConnectionTrait, aci: Aci) -> Result<Vec<String>> {
    use sea_orm::{ColumnTrait, QueryFilter};
    Ok(profiles::Entity::find()
        .filter(profiles::Column::Aci.eq(aci))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| p.avatar)
        .filter(|a| a.starts_with("profiles/"))
        .collect())
}

/// [`avatar_keys`] of the account registered with `number`, if any.
pub async fn avatar_keys_for_number(
    db: &impl ConnectionTrait,
    number: &str,
) -> Result<Vec<String>> {
    match crate::domain::accounts::find_by_number(db, number).await? {
        Some(account) => avatar_keys(db, account.aci).await,
        None => Ok(Vec::new()),
    }
}

/// Deletes avatar objects from the built-in CDN. Failures are logged, not returned: the
/// profiles referring to them are already gone.
pub async fn delete_avatar_objects(config: &crate::config::Config, keys: &[String]) {
    let store = crate::domain::cdn::Store::for_config(config);
    for key in keys {
        if let Err(e) = store.delete(key).await {
            tracing::warn!(error = %e, key, "could not delete an avatar object");
        }
    }
}

/// The badges a profile shows: the account's unexpired badges (to others only the visible
/// ones), described by the badge catalog, which is the badges of the configured donation
/// levels (`[services.subscriptions.configuration] levels`); a badge the catalog does not
/// know is left out, as on the real server.
pub fn profile_badges(
    config: &crate::config::Config,
    account: &accounts::Model,
    is_self: bool,
) -> Vec<signal_api::models::Badge> {
    let catalog = config.services.subscriptions.configuration.levels.as_ref();
    crate::domain::accounts_manage::active_badges(account)
        .into_iter()
        .filter(|badge| is_self || badge.visible)
        .filter_map(|badge| {
            catalog?
                .values()
                .filter_map(|level| level.badge.as_ref())
                .find(|known| known.id.as_deref() == Some(badge.id.as_str()))
                .cloned()
        })
        .collect()
}

/// Applies the client's badge choice to the stored badges: the listed ones become visible,
/// in the listed order, the others invisible (kept after them). Unknown ids are ignored.
pub fn merge_badges(stored_json: &str, badge_ids: &[String]) -> String {
    let stored: Vec<serde_json::Value> = serde_json::from_str(stored_json).unwrap_or_default();
    let id_of = |b: &serde_json::Value| b.get("id").and_then(|v| v.as_str()).map(str::to_owned);
    let mut merged = Vec::with_capacity(stored.len());
    for id in badge_ids {
        if let Some(b) = stored.iter().find(|b| id_of(b).as_deref() == Some(id)) {
            if !merged
                .iter()
                .any(|m: &serde_json::Value| id_of(m) == id_of(b))
            {
                let mut b = b.clone();
                b["visible"] = serde_json::Value::Bool(true);
                merged.push(b);
            }
        }
    }
    for b in &stored {
        if !merged.iter().any(|m| id_of(m) == id_of(b)) {
            let mut b = b.clone();
            b["visible"] = serde_json::Value::Bool(false);
            merged.push(b);
        }
    }
    serde_json::to_string(&merged).unwrap_or_else(|_| stored_json.to_owned())
}

/// Adds (or renews, keeping the later expiration) badge `id` in the stored badges JSON.
pub fn add_badge(stored: &str, id: &str, expiration: i64, visible: bool, primary: bool) -> String {
    let mut badges: Vec<serde_json::Value> = serde_json::from_str(stored).unwrap_or_default();
    let previous = badges
        .iter()
        .position(|b| b["id"] == id)
        .map(|i| badges.remove(i));
    let expiration = previous
        .and_then(|b| b["expiration"].as_i64())
        .map_or(expiration, |e| e.max(expiration));
    let badge = serde_json::json!({"id": id, "expiration": expiration, "visible": visible});
    if primary {
        badges.insert(0, badge);
    } else {
        badges.push(badge);
    }
    serde_json::Value::Array(badges).to_string()
}

/// `HMAC-SHA256(key = UAK, data = 32 zero bytes)`: lets clients check they hold the right
/// unidentified access key. `None` when the account has no key.
pub fn unidentified_access_checksum(account: &accounts::Model) -> Option<Vec<u8>> {
    let key = account.unidentified_access_key.as_deref()?;
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("any key length");
    mac.update(&[0u8; 32]);
    Some(mac.finalize().into_bytes().to_vec())
}

/// The account-level capabilities shown in profiles: `deleteSync`, `ssre2` and `spqr` when
/// every device has them, `attachmentBackfill` when the primary has it.
pub fn profile_capabilities(devices: &[devices::Model]) -> std::collections::HashMap<String, bool> {
    let has = |d: &devices::Model, name: &str| {
        crate::domain::accounts_manage::capability_names(d)
            .iter()
            .any(|c| c == name)
    };
    PROFILE_CAPABILITIES
        .iter()
        .map(|(name, mode)| {
            let on = match mode {
                CapabilityMode::AllDevices => {
                    !devices.is_empty() && devices.iter().all(|d| has(d, name))
                }
                CapabilityMode::PrimaryDevice => devices
                    .iter()
                    .any(|d| d.device_id.is_primary() && has(d, name)),
            };
            (name.to_string(), on)
        })
        .collect()
}

/// The first 4 bytes of SHA-256 of a serialized (33-byte) identity key.
pub fn identity_fingerprint(identity_key: &[u8]) -> [u8; 4] {
    let digest = Sha256::digest(identity_key);
    [digest[0], digest[1], digest[2], digest[3]]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: String) -> serde_json::Value {
        serde_json::from_str(&s).unwrap()
    }

    #[test]
    fn badges_merge_in_order() {
        let stored = r#"[{"id":"a","expiration":9,"visible":true},{"id":"b","expiration":9,"visible":false}]"#;
        let merged = json(merge_badges(stored, &["b".into()]));
        assert_eq!(merged[0]["id"], "b");
        assert_eq!(merged[0]["visible"], true);
        assert_eq!(merged[1]["id"], "a");
        assert_eq!(merged[1]["visible"], false);
    }

    #[test]
    fn a_renewed_badge_keeps_the_later_expiration_and_moves_when_primary() {
        let stored = r#"[{"id":"a","expiration":50,"visible":true},{"id":"b","expiration":90,"visible":true}]"#;
        let out = json(add_badge(stored, "b", 70, false, true));
        assert_eq!(out[0]["id"], "b");
        assert_eq!(out[0]["expiration"], 90);
        assert_eq!(out[0]["visible"], false);
        assert_eq!(out[1]["id"], "a");
        let out = json(add_badge("[]", "c", 10, true, false));
        assert_eq!(out[0]["id"], "c");
    }
}
