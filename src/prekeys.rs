//! Prekey storage: one-time EC and KEM keys, and the two repeated-use keys (signed EC
//! prekey, KEM last-resort key) of each identity (ACI or PNI uuid) and device.
//!
//! Shared by registration, device linking, key upload and key fetch.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::crypto::keys::{verify_signature, EcPublicKey, KemPublicKey};
use crate::db::{one_time_prekeys, repeated_use_prekeys};
use crate::error::{Error, Result};

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
    identity: Uuid,
    device_id: i16,
    kind: i16,
    key: &SignedKey,
) -> Result<()> {
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
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes every key (one-time and repeated-use) of one device of an identity.
pub async fn delete_device(
    db: &impl ConnectionTrait,
    identity: Uuid,
    device_id: i16,
) -> Result<()> {
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
pub async fn delete_identity(db: &impl ConnectionTrait, identity: Uuid) -> Result<()> {
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
