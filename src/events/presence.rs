//! Which devices have a chat websocket open: in this process (a table), and with Redis in
//! any process (a record per device the sockets refresh). A device with one gets no wake-up
//! pushes. The transport registers its sockets here; the domain asks before pushing.

use std::sync::Arc;

use crate::events::bus::Bus;
use crate::types::{Aci, DeviceId};

/// The chat websockets open in this process, per device: a device with one gets no wake-up
/// pushes. With Redis, sockets are also recorded there (see `Bus::set_presence`), so that a
/// device connected to another process is not woken either.
#[derive(Default)]
pub struct Presence {
    open: std::sync::Mutex<std::collections::HashMap<(Aci, DeviceId), usize>>,
}

/// Registered while a websocket is open; unregisters on drop.
pub struct PresenceGuard {
    /// The device, in this process's table.
    key: (Aci, DeviceId),
    /// The device's shared (Redis) record, held by this socket.
    shared: PresenceRefresher,
}

/// How long a shared presence record lives without a refresh, and how often sockets refresh it.
pub const PRESENCE_TTL_SECS: u64 = 180;
pub const PRESENCE_REFRESH_SECS: u64 = 60;

pub fn presence_key(aci: Aci, device: DeviceId) -> String {
    format!("{aci}.{device}")
}

impl Presence {
    pub fn connected(&self, aci: Aci, device: DeviceId) -> bool {
        self.open.lock().unwrap().contains_key(&(aci, device))
    }
}

/// Marks `device` of `aci` as connected (here, and in Redis as held by `holder`) until the
/// guard is dropped.
pub async fn register(
    presence: Arc<Presence>,
    bus: Bus,
    aci: Aci,
    device: DeviceId,
    holder: String,
) -> PresenceGuard {
    let key = (aci, device);
    *presence.open.lock().unwrap().entry(key).or_default() += 1;
    let shared = PresenceRefresher {
        presence,
        bus,
        key: presence_key(aci, device),
        holder,
    };
    shared.refresh().await;
    PresenceGuard { key, shared }
}

impl PresenceGuard {
    /// What renews this guard's shared record (every [`PRESENCE_REFRESH_SECS`]), detached from
    /// the guard.
    pub fn refresher(&self) -> PresenceRefresher {
        self.shared.clone()
    }
}

/// Renews a socket's shared presence record.
#[derive(Clone)]
pub struct PresenceRefresher {
    presence: Arc<Presence>,
    bus: Bus,
    key: String,
    holder: String,
}

impl PresenceRefresher {
    pub async fn refresh(&self) {
        self.bus
            .set_presence(&self.key, &self.holder, PRESENCE_TTL_SECS)
            .await;
    }
}

impl Drop for PresenceGuard {
    fn drop(&mut self) {
        {
            let mut open = self.shared.presence.open.lock().unwrap();
            if let Some(count) = open.get_mut(&self.key) {
                *count -= 1;
                if *count == 0 {
                    open.remove(&self.key);
                }
            }
        }
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let PresenceRefresher {
                bus, key, holder, ..
            } = self.shared.clone();
            runtime.spawn(async move { bus.clear_presence(&key, &holder).await });
        }
    }
}
