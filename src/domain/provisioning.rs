//! Provisioning: a new device opens `/v1/websocket/provisioning/`, is given a random
//! address, and waits there for the message an existing device sends with
//! `PUT /v1/provisioning/{address}`.
//!
//! Listening addresses are recorded in the database (so any server process can tell
//! whether one is listening) and messages travel over the event bus.

use bytes::Bytes;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::config::Config;
use crate::db::{ephemeral_records, now_millis};
use crate::error::Result;
use crate::events::bus::Bus;

/// How long a provisioning socket stays open (`provisioning_timeout_secs`).
pub fn socket_lifetime(config: &Config) -> std::time::Duration {
    std::time::Duration::from_secs(config.provisioning_timeout_secs)
}

fn record_key(address: &str) -> String {
    format!("provisioning::{address}")
}

pub fn topic(address: &str) -> String {
    format!("provisioning:{address}")
}

/// Decodes a provisioning message body like Java's MIME base64 decoder, which the real
/// server uses: characters outside the standard alphabet (line breaks, spaces) are
/// ignored, padding is optional and ends the data. `None` if what remains is not base64.
pub fn decode_mime_base64(text: &str) -> Option<Vec<u8>> {
    crate::b64::mime(text)
}

/// A fresh address: base64url of 16 random bytes.
pub fn new_address() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>())
}

/// Records that a socket listens on `address` for `lifetime`.
pub async fn register_listener(
    db: &DatabaseConnection,
    address: &str,
    lifetime: std::time::Duration,
) -> Result<()> {
    let row = ephemeral_records::ActiveModel {
        key: Set(record_key(address)),
        value: Set(String::new()),
        expires_at: Set(now_millis() + lifetime.as_millis() as i64),
    };
    crate::db::insert(db, row).await?;
    Ok(())
}

pub async fn unregister_listener(db: &DatabaseConnection, address: &str) -> Result<()> {
    ephemeral_records::Entity::delete_by_id(record_key(address))
        .exec(db)
        .await?;
    Ok(())
}

/// Sends `message` to the socket listening on `address`; false when none is.
pub async fn send(
    db: &DatabaseConnection,
    bus: &Bus,
    address: &str,
    message: Vec<u8>,
) -> Result<bool> {
    let listening = ephemeral_records::Entity::find_by_id(record_key(address))
        .filter(ephemeral_records::Column::ExpiresAt.gt(now_millis()))
        .one(db)
        .await?
        .is_some();
    if listening {
        bus.publish(&topic(address), Bytes::from(message)).await;
    }
    Ok(listening)
}
