//! Push notifications to devices (APNs, FCM), behind the [`PushSender`] trait.
//!
//! The server pushes challenges (a verification push challenge to the push token given to a
//! registration session, a rate-limit push challenge to an account's primary device,
//! `POST /v1/challenge/push`) and wakes devices that have a push token and no open websocket
//! when a message that is not ephemeral is queued for them. This server has no APNs or FCM
//! credentials, so the default [`LogPushSender`] writes each notification to the log; an
//! embedding program can supply its own sender (`signal_server::start_with`). A failed push
//! is logged and does not fail the request (the client can ask again).

use async_trait::async_trait;

use crate::error::Result;
use crate::events::bus::Bus;
use crate::events::presence::{presence_key, Presence};
use crate::types::Aci;

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
    let id = device.device_id;
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
