//! Prekey storage: one-time EC and KEM keys, and the two repeated-use keys (signed EC
//! prekey, KEM last-resort key) of each identity (ACI or PNI uuid) and device.
//!
//! Shared by registration, device linking, key upload and key fetch.

use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::crypto::keys::{verify_signature, EcPublicKey, KemPublicKey};
use crate::db::{one_time_prekeys, repeated_use_prekeys};
use crate::error::{Error, Result};
use crate::types::DeviceId;

/// Key kinds as stored (`kind` column).
pub const EC: i16 = 0;
pub const KEM: i16 = 1;

/// A signed key as the API carries it: id, serialized public key, XEdDSA signature.
#[derive(Clone, Debug)]
pub struct SignedKey {
    pub key_id: i64,
    pub public_key: Vec<u8>,
    pub signature: Vec<u8>,
}

impl SignedKey {
    /// A signed key from the API's fields, all required, base64 decoded (padding optional);
    /// 422 naming `field` otherwise.
    pub fn from_parts(
        field: &str,
        key_id: Option<i64>,
        public_key: Option<&str>,
        signature: Option<&str>,
    ) -> Result<SignedKey> {
        let decode = |what: &str, value: Option<&str>| {
            let value =
                value.ok_or_else(|| Error::Unprocessable(format!("{field}.{what} is required")))?;
            crate::domain::access::lenient_base64(value)
                .ok_or_else(|| Error::Unprocessable(format!("{field}.{what} is not valid base64")))
        };
        Ok(SignedKey {
            key_id: key_id
                .ok_or_else(|| Error::Unprocessable(format!("{field}.keyId is required")))?,
            public_key: decode("publicKey", public_key)?,
            signature: decode("signature", signature)?,
        })
    }

    pub fn from_ec(field: &str, key: &signal_api::models::EcSignedPreKey) -> Result<SignedKey> {
        Self::from_parts(
            field,
            key.key_id,
            key.public_key.as_deref(),
            key.signature.as_deref(),
        )
    }

    pub fn from_kem(field: &str, key: &signal_api::models::KemSignedPreKey) -> Result<SignedKey> {
        Self::from_parts(
            field,
            key.key_id,
            key.public_key.as_deref(),
            key.signature.as_deref(),
        )
    }

    /// Checks the key's format (`kind`: EC 33 bytes 0x05.., KEM 1569 bytes 0x08..) and that
    /// `identity_key` signed its serialized form; 422 otherwise.
    pub fn verify(&self, kind: i16, identity_key: &[u8]) -> Result<()> {
        let identity = EcPublicKey::deserialize(identity_key)
            .map_err(|e| Error::Unprocessable(format!("invalid identity key: {e}")))?;
        let serialized = match kind {
            EC => EcPublicKey::deserialize(&self.public_key)
                .map_err(|e| Error::Unprocessable(format!("invalid EC key: {e}")))?
                .serialize()
                .to_vec(),
            _ => KemPublicKey::deserialize(&self.public_key)
                .map_err(|e| Error::Unprocessable(format!("invalid KEM key: {e}")))?
                .serialize()
                .to_vec(),
        };
        if verify_signature(&identity, &serialized, &self.signature) {
            Ok(())
        } else {
            Err(Error::Unprocessable("invalid signature".into()))
        }
    }
}

/// Stores (replacing) a repeated-use key: `EC` = signed prekey, `KEM` = last-resort key.
pub async fn put_repeated_use(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    kind: i16,
    key: &SignedKey,
) -> Result<()> {
    let identity: Uuid = identity.into();
    let model = repeated_use_prekeys::ActiveModel {
        identity: Set(identity),
        device_id: Set(device_id),
        kind: Set(kind),
        key_id: Set(key.key_id),
        public_key: Set(key.public_key.clone()),
        signature: Set(key.signature.clone()),
    };
    repeated_use_prekeys::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([
                repeated_use_prekeys::Column::Identity,
                repeated_use_prekeys::Column::DeviceId,
                repeated_use_prekeys::Column::Kind,
            ])
            .update_columns([
                repeated_use_prekeys::Column::KeyId,
                repeated_use_prekeys::Column::PublicKey,
                repeated_use_prekeys::Column::Signature,
            ])
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Deletes every key (one-time and repeated-use) of one device of an identity.
pub async fn delete_device(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
) -> Result<()> {
    let identity: Uuid = identity.into();
    one_time_prekeys::Entity::delete_many()
        .filter(one_time_prekeys::Column::Identity.eq(identity))
        .filter(one_time_prekeys::Column::DeviceId.eq(device_id))
        .exec(db)
        .await?;
    repeated_use_prekeys::Entity::delete_many()
        .filter(repeated_use_prekeys::Column::Identity.eq(identity))
        .filter(repeated_use_prekeys::Column::DeviceId.eq(device_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes every key of every device of an identity.
pub async fn delete_identity(db: &impl ConnectionTrait, identity: impl Into<Uuid>) -> Result<()> {
    let identity: Uuid = identity.into();
    one_time_prekeys::Entity::delete_many()
        .filter(one_time_prekeys::Column::Identity.eq(identity))
        .exec(db)
        .await?;
    repeated_use_prekeys::Entity::delete_many()
        .filter(repeated_use_prekeys::Column::Identity.eq(identity))
        .exec(db)
        .await?;
    Ok(())
}

/// A one-time key as stored: EC keys carry no signature, KEM keys do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneTimeKey {
    pub key_id: i64,
    pub public_key: Vec<u8>,
    pub signature: Option<Vec<u8>>,
}

impl From<one_time_prekeys::Model> for OneTimeKey {
    fn from(m: one_time_prekeys::Model) -> Self {
        OneTimeKey {
            key_id: m.key_id,
            public_key: m.public_key,
            signature: m.signature,
        }
    }
}

impl From<SignedKey> for OneTimeKey {
    fn from(k: SignedKey) -> Self {
        OneTimeKey {
            key_id: k.key_id,
            public_key: k.public_key,
            signature: Some(k.signature),
        }
    }
}

/// What `PUT /v2/keys` stores for one identity and device. Every key has been checked
/// (format, and signature under the identity key) before it gets here.
#[derive(Clone, Debug, Default)]
pub struct KeyUpload {
    /// EC one-time keys; a non-empty list replaces the stored ones.
    pub ec_one_time: Vec<OneTimeKey>,
    /// KEM one-time keys; a non-empty list replaces the stored ones.
    pub kem_one_time: Vec<OneTimeKey>,
    pub signed_ec: Option<SignedKey>,
    pub kem_last_resort: Option<SignedKey>,
}

/// Stores an upload in one transaction: non-empty one-time lists replace the stored
/// lists of that kind, present repeated-use keys replace the stored ones.
pub async fn store_upload(
    db: &DatabaseConnection,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    upload: &KeyUpload,
) -> Result<()> {
    let identity: Uuid = identity.into();
    let txn = crate::db::begin_write(db).await?;
    if !upload.ec_one_time.is_empty() {
        replace_one_time(&txn, identity, device_id, EC, &upload.ec_one_time).await?;
    }
    if !upload.kem_one_time.is_empty() {
        replace_one_time(&txn, identity, device_id, KEM, &upload.kem_one_time).await?;
    }
    if let Some(key) = &upload.signed_ec {
        put_repeated_use(&txn, identity, device_id, EC, key).await?;
    }
    if let Some(key) = &upload.kem_last_resort {
        put_repeated_use(&txn, identity, device_id, KEM, key).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Replaces every stored one-time key of `kind` for (identity, device) with `keys`.
/// Key ids must be distinct (callers check; a duplicate would violate the primary key).
pub async fn replace_one_time(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    kind: i16,
    keys: &[OneTimeKey],
) -> Result<()> {
    let identity: Uuid = identity.into();
    one_time_prekeys::Entity::delete_many()
        .filter(one_time_prekeys::Column::Identity.eq(identity))
        .filter(one_time_prekeys::Column::DeviceId.eq(device_id))
        .filter(one_time_prekeys::Column::Kind.eq(kind))
        .exec(db)
        .await?;
    if keys.is_empty() {
        return Ok(());
    }
    let models = keys.iter().map(|k| one_time_prekeys::ActiveModel {
        identity: Set(identity),
        device_id: Set(device_id),
        kind: Set(kind),
        key_id: Set(k.key_id),
        public_key: Set(k.public_key.clone()),
        signature: Set(k.signature.clone()),
    });
    one_time_prekeys::Entity::insert_many(models)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// How many one-time keys of `kind` remain for (identity, device).
pub async fn count_one_time(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    kind: i16,
) -> Result<u64> {
    let identity: Uuid = identity.into();
    Ok(one_time_prekeys::Entity::find()
        .filter(one_time_prekeys::Column::Identity.eq(identity))
        .filter(one_time_prekeys::Column::DeviceId.eq(device_id))
        .filter(one_time_prekeys::Column::Kind.eq(kind))
        .count(db)
        .await?)
}

/// Takes (consumes) the one-time key of `kind` with the smallest key id, if any.
///
/// Each attempt reads the smallest remaining key and deletes exactly that row; only the
/// caller whose `DELETE` removed the row gets the key, so concurrent takers can never
/// receive the same key. A taker that loses the race (0 rows deleted) tries the next key.
/// Every lost race means another taker consumed a key, so the loop ends. Each statement
/// commits on its own: on SQLite a read-then-write transaction could fail with
/// `SQLITE_BUSY` instead of waiting, and the conditional delete needs no wider isolation
/// (on PostgreSQL under READ COMMITTED a second `DELETE` of the same row waits for the
/// first and then deletes nothing).
pub async fn take_one_time(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    kind: i16,
) -> Result<Option<OneTimeKey>> {
    let identity: Uuid = identity.into();
    loop {
        let Some(first) = one_time_prekeys::Entity::find()
            .filter(one_time_prekeys::Column::Identity.eq(identity))
            .filter(one_time_prekeys::Column::DeviceId.eq(device_id))
            .filter(one_time_prekeys::Column::Kind.eq(kind))
            .order_by_asc(one_time_prekeys::Column::KeyId)
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let deleted = one_time_prekeys::Entity::delete_many()
            .filter(one_time_prekeys::Column::Identity.eq(identity))
            .filter(one_time_prekeys::Column::DeviceId.eq(device_id))
            .filter(one_time_prekeys::Column::Kind.eq(kind))
            .filter(one_time_prekeys::Column::KeyId.eq(first.key_id))
            // A concurrent upload may have replaced the row with another key of the same id.
            .filter(one_time_prekeys::Column::PublicKey.eq(first.public_key.clone()))
            .exec(db)
            .await?;
        if deleted.rows_affected == 1 {
            return Ok(Some(first.into()));
        }
    }
}

/// The stored repeated-use key of `kind` (`EC` = signed prekey, `KEM` = last resort).
pub async fn get_repeated_use(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
    kind: i16,
) -> Result<Option<SignedKey>> {
    let identity: Uuid = identity.into();
    Ok(
        repeated_use_prekeys::Entity::find_by_id((identity, device_id, kind))
            .one(db)
            .await?
            .map(|m| SignedKey {
                key_id: m.key_id,
                public_key: m.public_key,
                signature: m.signature,
            }),
    )
}

/// What a fetch hands out for one device.
#[derive(Clone, Debug, Default)]
pub struct DeviceKeys {
    pub signed_ec: Option<SignedKey>,
    pub ec_one_time: Option<OneTimeKey>,
    /// A KEM one-time key, or the last-resort key when none remain.
    pub kem: Option<OneTimeKey>,
}

impl DeviceKeys {
    pub fn is_empty(&self) -> bool {
        self.signed_ec.is_none() && self.ec_one_time.is_none() && self.kem.is_none()
    }
}

/// Takes one EC and one KEM one-time key of a device (falling back to the KEM last-resort
/// key, which is not consumed) and reads its signed EC prekey.
pub async fn take_device_keys(
    db: &impl ConnectionTrait,
    identity: impl Into<Uuid>,
    device_id: DeviceId,
) -> Result<DeviceKeys> {
    let identity: Uuid = identity.into();
    let ec_one_time = take_one_time(db, identity, device_id, EC).await?;
    let kem = match take_one_time(db, identity, device_id, KEM).await? {
        Some(key) => Some(key),
        None => get_repeated_use(db, identity, device_id, KEM)
            .await?
            .map(OneTimeKey::from),
    };
    let signed_ec = get_repeated_use(db, identity, device_id, EC).await?;
    Ok(DeviceKeys {
        signed_ec,
        ec_one_time,
        kem,
    })
}

/// `SHA-256(identityKey ‖ u64be(signedId) ‖ signedKey ‖ u64be(lastResortId) ‖ lastResortKey)`
/// over the stored repeated-use keys of (identity, device); `None` if either is missing.
pub async fn repeated_use_digest(
    db: &impl ConnectionTrait,
    identity_key: &[u8],
    identity: impl Into<Uuid>,
    device_id: DeviceId,
) -> Result<Option<[u8; 32]>> {
    let identity: Uuid = identity.into();
    let (Some(signed), Some(last_resort)) = (
        get_repeated_use(db, identity, device_id, EC).await?,
        get_repeated_use(db, identity, device_id, KEM).await?,
    ) else {
        return Ok(None);
    };
    let mut hasher = Sha256::new();
    hasher.update(identity_key);
    hasher.update((signed.key_id as u64).to_be_bytes());
    hasher.update(&signed.public_key);
    hasher.update((last_resort.key_id as u64).to_be_bytes());
    hasher.update(&last_resort.public_key);
    Ok(Some(hasher.finalize().into()))
}

/// The serialized (33-byte, `0x05`-prefixed) identity key (standard base64, padding
/// optional); 422 unless it is one.
pub fn identity_key_bytes(field: &str, key: &str) -> Result<Vec<u8>> {
    let key = crate::b64::field_std(key, field)?;
    let key = crate::crypto::keys::EcPublicKey::deserialize(&key)
        .map_err(|e| Error::Unprocessable(format!("invalid {field}: {e}")))?;
    Ok(key.serialize().to_vec())
}
