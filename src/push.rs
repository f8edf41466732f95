//! Push notifications to devices (APNs, FCM), behind the [`PushSender`] trait.
//!
//! The server pushes challenges (a verification push challenge to the push token given to a
//! registration session, a rate-limit push challenge to an account's primary device,
//! `POST /v1/challenge/push`) and wakes devices that have a push token and no open websocket
//! when a message that is not ephemeral is queued for them. This server has no APNs or FCM
//! credentials, so the default [`LogPushSender`] writes each notification to the log; an
//! embedding program can supply its own sender (`signal_server::start_with`). A failed push
//! is logged and does not fail the request (the client can ask again).

use std::sync::Arc;

use async_trait::async_trait;

use crate::bus::Bus;
use crate::error::Result;
use crate::types::{Aci, DeviceId};

/// Apple's or Google's push service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    Apns,
    Fcm,
}

/// A device's push address: its platform and token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushTarget {
    pub platform: Platform,
    pub token: String,
}

impl PushTarget {
    /// A device's push address from its stored tokens (FCM preferred), if it has one.
    pub fn of_device(gcm_id: Option<String>, apn_id: Option<String>) -> Option<PushTarget> {
        match (gcm_id, apn_id) {
            (Some(token), _) => Some(PushTarget {
                platform: Platform::Fcm,
                token,
            }),
            (None, Some(token)) => Some(PushTarget {
                platform: Platform::Apns,
                token,
            }),
            (None, None) => None,
        }
    }

    /// From a verification session's `pushTokenType` (`apn` or `fcm`).
    pub fn from_session(token: &str, kind: &str) -> PushTarget {
        let platform = if kind == "apn" {
            Platform::Apns
        } else {
            Platform::Fcm
        };
        PushTarget {
            platform,
            token: token.to_owned(),
        }
    }
}

/// What is pushed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notification {
    /// A registration session's push challenge (32 hex characters), answered with
    /// `PATCH /v1/verification/session/{id}` `{"pushChallenge": ...}`.
    VerificationChallenge(String),
    /// A rate-limit challenge token (`{"rateLimitChallenge": ...}` in the push), answered
    /// with `PUT /v1/challenge`.
    RateLimitChallenge(String),
    /// Messages are waiting: the device should connect. `urgent` is the message's flag.
    NewMessage { urgent: bool },
}

#[async_trait]
pub trait PushSender: Send + Sync {
    async fn send(&self, to: &PushTarget, notification: &Notification) -> Result<()>;
}

/// The self-hosting default: writes each notification to the log, at DEBUG (notifications
/// carry challenge tokens, kept out of the INFO log).
pub struct LogPushSender;

#[async_trait]
impl PushSender for LogPushSender {
    async fn send(&self, to: &PushTarget, notification: &Notification) -> Result<()> {
        tracing::debug!(
            platform = ?to.platform,
            ?notification,
            "push notification (not sent: log push sender)"
        );
        Ok(())
    }
}

/// Sends `notification`, logging (not returning) a failure.
pub async fn send_or_log(sender: &dyn PushSender, to: &PushTarget, notification: Notification) {
    if let Err(e) = sender.send(to, &notification).await {
        tracing::warn!(platform = ?to.platform, error = %e, "push notification failed");
    }
}

/// The chat websockets open in this process, per device: a device with one gets no wake-up
/// pushes. With Redis, sockets are also recorded there (see `Bus::set_presence`), so that a
/// device connected to another process is not woken either.
#[derive(Default)]
pub struct Presence {
    open: std::sync::Mutex<std::collections::HashMap<(uuid::Uuid, u8), usize>>,
}

/// Registered while a websocket is open; unregisters on drop.
pub struct PresenceGuard {
    /// The device, in this process's table.
    key: (uuid::Uuid, u8),
    /// The device's shared (Redis) record, held by this socket.
    shared: PresenceRefresher,
}

/// How long a shared presence record lives without a refresh, and how often sockets refresh it.
pub const PRESENCE_TTL_SECS: u64 = 180;
pub const PRESENCE_REFRESH_SECS: u64 = 60;

fn presence_key(aci: Aci, device: DeviceId) -> String {
    format!("{aci}.{device}")
}

impl Presence {
    pub fn connected(&self, aci: Aci, device: DeviceId) -> bool {
        self.open.lock().unwrap().contains_key(&(aci.0, device.0))
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
    let key = (aci.0, device.0);
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
            let PresenceRefresher { bus, key, holder, .. } = self.shared.clone();
            runtime.spawn(async move { bus.clear_presence(&key, &holder).await });
        }
    }
}

/// After a message was queued: pushes a wake-up to the device if it has a push token, does not
/// fetch messages by polling, and has no websocket open (here, or with Redis in any process).
/// `device` is the row the sender already read (no second read). Failures are logged.
pub async fn wake(
    presence: &Presence,
    bus: &Bus,
    sender: &dyn PushSender,
    aci: Aci,
    device: &crate::db::devices::Model,
    urgent: bool,
) {
    let id = DeviceId(device.device_id as u8);
    if device.fetches_messages || presence.connected(aci, id) {
        return;
    }
    // Only a device that could be woken is looked up in the shared presence record.
    let Some(target) = PushTarget::of_device(device.gcm_id.clone(), device.apn_id.clone()) else {
        return;
    };
    if bus.present(&presence_key(aci, id)).await {
        return;
    }
    let notification = Notification::NewMessage { urgent };
    send_or_log(sender, &target, notification).await;
}
