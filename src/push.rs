//! Push notifications to devices (APNs, FCM), behind the [`PushSender`] trait.
//!
//! The server pushes challenges: a verification push challenge to the push token given to a
//! registration session, and a rate-limit push challenge to an account's primary device
//! (`POST /v1/challenge/push`). This server has no APNs or FCM credentials, so the default
//! [`LogPushSender`] writes each notification to the log; an embedding program can supply
//! its own sender (`signal_server::start_with`). A failed push is logged and does not fail
//! the request (the client can ask again).

use async_trait::async_trait;

use crate::error::Result;

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
}

#[async_trait]
pub trait PushSender: Send + Sync {
    async fn send(&self, to: &PushTarget, notification: &Notification) -> Result<()>;
}

/// The self-hosting default: writes each notification to the log.
pub struct LogPushSender;

#[async_trait]
impl PushSender for LogPushSender {
    async fn send(&self, to: &PushTarget, notification: &Notification) -> Result<()> {
        tracing::info!(
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
