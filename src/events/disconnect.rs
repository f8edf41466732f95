//! Disconnection requests: the domain asks, the transport closes. After a change that a chat
//! websocket's authentication no longer reflects (a device removed, the account deleted or
//! re-registered, its number changed, its credentials locked) the domain publishes
//! [`REAUTHENTICATE`] on the device's presence topic; every process's sockets of that device
//! subscribe to it and close with 4401 once their running requests are answered.

use bytes::Bytes;

use crate::db::devices;
use crate::events::bus::Bus;
use crate::types::{Aci, DeviceId};

/// Payload on a device's presence topic that closes its sockets with 4401 (its account or
/// credentials changed; the client reconnects and authenticates again). Any other payload is
/// the connection id of a newer socket, which displaces older ones with 4409.
pub const REAUTHENTICATE: &[u8] = b"reauthenticate";

/// The topic a device's chat websockets subscribe to.
pub fn presence_topic(aci: Aci, device: DeviceId) -> String {
    format!("presence:{aci}.{device}")
}

/// Closes the chat websockets of `devices` of `aci` (in every process) with 4401.
pub async fn disconnect(bus: &Bus, aci: Aci, devices: impl IntoIterator<Item = DeviceId>) {
    for device in devices {
        let topic = presence_topic(aci, device);
        bus.publish(&topic, Bytes::from_static(REAUTHENTICATE))
            .await;
    }
}

/// [`disconnect`] for each of `devices` (device rows, read before the change).
pub async fn disconnect_devices(bus: &Bus, devices: &[devices::Model]) {
    for d in devices {
        disconnect(bus, d.aci, [d.device_id]).await;
    }
}
