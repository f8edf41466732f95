//! Message queues: one ordered queue of envelopes per device, kept in the `messages` table
//! until the device acknowledges each one. Queueing publishes a "new message" event on the
//! bus so that a websocket holding that device (in any server process) delivers at once.

use prost::Message as _;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};
use uuid::Uuid;

use crate::db::{devices, messages, now_millis};
use crate::domain::auth::AuthCache;
use crate::domain::push::PushSender;
use crate::error::{Error, Result};
use crate::events::bus::Bus;
use crate::events::presence::Presence;
use crate::proto::{envelope_type, Envelope};
use crate::types::{Aci, DeviceId};

/// Largest content one device may be sent.
pub const MAX_CONTENT_BYTES: usize = 256 * 1024;

/// How long a queued message lives, by server timestamp (30 days).
pub const TTL_MS: i64 = 30 * 86_400_000;

/// Ephemeral (`online`) messages older than this by client timestamp are dropped at fetch.
pub const EPHEMERAL_MAX_AGE_MS: i64 = 10_000;

/// The bus topic announcing new messages for a device.
pub fn topic(aci: Aci, device: DeviceId) -> String {
    format!("messages:{aci}.{device}")
}

/// The message queues and what queueing touches: the database, the bus announcing each
/// message to the websocket holding its device (in any process), and what wakes a device that
/// holds none (presence, push sender). Delivery receipts read senders through the account
/// cache.
#[derive(Clone, Copy)]
pub struct Queue<'a> {
    pub db: &'a DatabaseConnection,
    pub bus: &'a Bus,
    pub presence: &'a Presence,
    pub push: &'a dyn PushSender,
    pub accounts: &'a AuthCache,
}

impl Queue<'_> {
    /// Queues `envelope` for one device (assigning its server guid) and returns the guid. Reads
    /// the device row for the wake-up push; callers that already hold the recipient's devices use
    /// [`Queue::enqueue_for`].
    pub async fn enqueue(
        &self,
        destination: Aci,
        device: DeviceId,
        mut envelope: Envelope,
    ) -> Result<Uuid> {
        let guid = insert(self.db, destination, device, &mut envelope).await?;
        self.notify(destination, device).await;
        if !envelope.ephemeral.unwrap_or(false) {
            let urgent = envelope.urgent.unwrap_or(true);
            let row = devices::Entity::find_by_id((destination, device))
                .one(self.db)
                .await;
            match row {
                Ok(Some(row)) => self.wake(destination, &row, urgent).await,
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "cannot read device for a wake-up push"),
            }
        }
        Ok(guid)
    }

    /// Queues one envelope per device of `destination` with one INSERT (one statement, so one
    /// commit: all of them or none), then announces them and wakes the devices. The device rows
    /// are the ones the caller read (no second read for the wake-up push). Returns the guids in
    /// `batch` order.
    pub async fn enqueue_for(
        &self,
        destination: Aci,
        batch: Vec<(&devices::Model, Envelope)>,
    ) -> Result<Vec<Uuid>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let mut rows = Vec::with_capacity(batch.len());
        let mut guids = Vec::with_capacity(batch.len());
        let mut woken = Vec::with_capacity(batch.len());
        for (device, mut envelope) in batch {
            let id = device.device_id;
            let (guid, row) = new_row(destination, id, &mut envelope);
            rows.push(row);
            guids.push(guid);
            let wake = !envelope.ephemeral.unwrap_or(false);
            woken.push((device, wake.then(|| envelope.urgent.unwrap_or(true))));
        }
        messages::Entity::insert_many(rows)
            .exec_without_returning(self.db)
            .await?;
        for (device, urgent) in woken {
            self.notify(destination, device.device_id).await;
            if let Some(urgent) = urgent {
                self.wake(destination, device, urgent).await;
            }
        }
        Ok(guids)
    }

    /// [`crate::domain::push::wake`] with this server's presence, bus and push sender.
    async fn wake(&self, destination: Aci, device: &devices::Model, urgent: bool) {
        let (presence, bus, sender) = (self.presence, self.bus, self.push);
        crate::domain::push::wake(presence, bus, sender, destination, device, urgent).await;
    }

    /// Announces on the bus that `device` has a new message (after the commit that queued it).
    pub async fn notify(&self, destination: Aci, device: DeviceId) {
        self.bus
            .publish(&topic(destination, device), bytes::Bytes::new())
            .await;
    }

    /// Removes one message of a device's queue (an acknowledgement) and sends the delivery
    /// receipt it calls for. Unknown guids are ignored. One statement removes the row and returns
    /// its envelope (`DELETE ... RETURNING`); the receipt costs one INSERT (the sender's devices
    /// come from the account cache).
    pub async fn acknowledge(&self, aci: Aci, device: DeviceId, guid: Uuid) -> Result<()> {
        let mut delete = messages::Entity::delete_many()
            .filter(messages::Column::Guid.eq(guid))
            .filter(messages::Column::DestinationAci.eq(aci))
            .filter(messages::Column::DestinationDevice.eq(device))
            .into_query();
        delete.returning_col(messages::Column::Envelope);
        let Some(row) = self.db.query_one(&delete).await? else {
            return Ok(());
        };
        let bytes: Vec<u8> = row.try_get("", "envelope")?;
        let envelope = Envelope::decode(bytes.as_slice())
            .map_err(|e| Error::Internal(format!("stored envelope {guid}: {e}")))?;
        self.send_delivery_receipt(device, &envelope).await
    }

    /// After an acknowledgement: tells every device of the original sender that the message
    /// was delivered (type 5, from the acknowledging account's identity as addressed).
    async fn send_delivery_receipt(
        &self,
        acknowledging_device: DeviceId,
        envelope: &Envelope,
    ) -> Result<()> {
        let (Some(source), Some(destination)) = (
            envelope.source_service_id.as_deref(),
            envelope.destination_service_id.as_deref(),
        ) else {
            return Ok(());
        };
        if envelope.r#type == Some(envelope_type::SERVER_DELIVERY_RECEIPT) || source == destination
        {
            return Ok(());
        }
        let Ok(sender) = Uuid::parse_str(source) else {
            return Ok(());
        };
        let Some(sender_account) = self.accounts.account_devices(self.db, Aci(sender)).await?
        else {
            return Ok(());
        };
        let receipts = sender_account
            .devices
            .iter()
            .map(|device| {
                let receipt = Envelope {
                    r#type: Some(envelope_type::SERVER_DELIVERY_RECEIPT),
                    client_timestamp: envelope.client_timestamp,
                    source_service_id: Some(destination.to_owned()),
                    source_device: Some(u32::from(acknowledging_device.get())),
                    destination_service_id: Some(source.to_owned()),
                    urgent: Some(false),
                    ..Default::default()
                };
                (device, receipt)
            })
            .collect();
        self.enqueue_for(Aci(sender), receipts).await?;
        Ok(())
    }
}

/// Inserts without notifying (for callers inside a transaction; call [`Queue::notify`] after commit).
pub async fn insert(
    db: &impl ConnectionTrait,
    destination: Aci,
    device: DeviceId,
    envelope: &mut Envelope,
) -> Result<Uuid> {
    let (guid, row) = new_row(destination, device, envelope);
    messages::Entity::insert(row)
        .exec_without_returning(db)
        .await?;
    Ok(guid)
}

/// The row queueing `envelope` for one device, with its new server guid (and the server
/// timestamp, if the envelope has none yet) set in the envelope.
fn new_row(
    destination: Aci,
    device: DeviceId,
    envelope: &mut Envelope,
) -> (Uuid, messages::ActiveModel) {
    let guid = Uuid::new_v4();
    envelope.server_guid = Some(guid.to_string());
    if envelope.server_timestamp.is_none() {
        envelope.server_timestamp = Some(now_millis() as u64);
    }
    let source_aci = envelope
        .source_service_id
        .as_deref()
        .and_then(|s| Uuid::parse_str(s).ok())
        .map(Aci);
    let row = messages::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        guid: Set(guid),
        destination_aci: Set(destination),
        destination_device: Set(device),
        source_aci: Set(source_aci),
        client_timestamp: Set(envelope.client_timestamp.unwrap_or(0) as i64),
        server_timestamp: Set(envelope.server_timestamp.unwrap_or(0) as i64),
        story: Set(envelope.story.unwrap_or(false)),
        ephemeral: Set(envelope.ephemeral.unwrap_or(false)),
        envelope: Set(envelope.encode_to_vec()),
    };
    (guid, row)
}

/// Up to `limit` queued messages for a device, oldest first. Stories are left out unless
/// asked for. Messages read that can no longer be delivered are deleted instead of returned
/// ([`undeliverable`]; reference §5.3 and §5.2 step 6), and the read repeated.
pub async fn fetch(
    db: &impl ConnectionTrait,
    aci: Aci,
    device: DeviceId,
    limit: u64,
    stories: bool,
) -> Result<Vec<messages::Model>> {
    let mut query = messages::Entity::find()
        .filter(messages::Column::DestinationAci.eq(aci))
        .filter(messages::Column::DestinationDevice.eq(device));
    if !stories {
        query = query.filter(messages::Column::Story.eq(false));
    }
    let query = query.order_by_asc(messages::Column::Id).limit(limit);
    loop {
        let rows = query.clone().all(db).await?;
        // Usually none: then the read is all the work (no write on every fetch).
        let now = now_millis();
        let stale: Vec<i64> = rows
            .iter()
            .filter(|r| undeliverable(r, now))
            .map(|r| r.id)
            .collect();
        if stale.is_empty() {
            return Ok(rows);
        }
        delete(db, stale).await?;
    }
}

/// An ephemeral message older than [`EPHEMERAL_MAX_AGE_MS`] by client timestamp, or any older
/// than [`TTL_MS`] by server timestamp.
fn undeliverable(row: &messages::Model, now: i64) -> bool {
    (row.ephemeral && row.client_timestamp < now - EPHEMERAL_MAX_AGE_MS)
        || row.server_timestamp < now - TTL_MS
}

/// Deletes every message queued longer than [`TTL_MS`] (the maintenance sweep).
pub async fn delete_expired(db: &impl ConnectionTrait, now: i64) -> Result<u64> {
    let deleted = messages::Entity::delete_many()
        .filter(messages::Column::ServerTimestamp.lt(now - TTL_MS))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

/// Removes queued messages without delivering them (stories for a device that did not opt in).
pub async fn delete(db: &impl ConnectionTrait, ids: impl IntoIterator<Item = i64>) -> Result<()> {
    messages::Entity::delete_many()
        .filter(messages::Column::Id.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}

pub fn decode(row: &messages::Model) -> Result<Envelope> {
    Envelope::decode(row.envelope.as_slice())
        .map_err(|e| Error::Internal(format!("stored envelope {}: {e}", row.guid)))
}
