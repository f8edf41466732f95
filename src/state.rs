//! State shared by every request handler.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::bus::Bus;
use crate::config::Config;
use crate::push::{LogPushSender, PushSender};
use crate::ratelimit::Limiter;
use crate::verification::{CodeSender, LogCodeSender};

pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Config,
    /// Cross-process events (Redis when configured, in-process otherwise).
    pub bus: Bus,
    /// Delivers registration verification codes (default: writes them to the log).
    pub code_sender: Arc<dyn CodeSender>,
    /// Delivers push notifications (default: writes them to the log).
    pub push_sender: Arc<dyn PushSender>,
    /// Devices with a chat websocket open in this process (no wake-up pushes for them).
    pub presence: crate::push::Presence,
    /// zkgroup key material (see `zkgroup.rs`).
    pub zk: Arc<crate::zkgroup::ZkParams>,
    /// Tells websockets and long polls that the server is stopping.
    pub shutdown: crate::shutdown::Shutdown,
    /// What refused request bodies cost (`limits.rs`).
    pub bodies: Arc<crate::limits::BodyAccounting>,
    /// Checks captcha solutions (`captcha.rs`).
    pub captcha: crate::captcha::CaptchaChecker,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        config: Config,
        bus: Bus,
        zk: Arc<crate::zkgroup::ZkParams>,
    ) -> AppState {
        AppState {
            captcha: crate::captcha::CaptchaChecker::new(&config.captcha),
            db,
            config,
            bus,
            zk,
            code_sender: Arc::new(LogCodeSender),
            push_sender: Arc::new(LogPushSender),
            presence: Default::default(),
            shutdown: Default::default(),
            bodies: Default::default(),
        }
    }

    /// Replaces the senders of verification codes (e.g. an SMS gateway) and pushes.
    pub fn with_senders(mut self, senders: Senders) -> AppState {
        self.code_sender = senders.code;
        self.push_sender = senders.push;
        self
    }

    /// Takes one permit from `limiter` for `key`, or fails with 429 and a Retry-After.
    pub async fn rate_limit(&self, limiter: Limiter, key: &str) -> crate::error::Result<()> {
        crate::ratelimit::check(&self.db, self.limiter(limiter), key, 1).await
    }

    /// `limiter` with the configured override (`Config::rate_limits`) applied.
    pub fn limiter(&self, limiter: Limiter) -> Limiter {
        limiter.configured(&self.config)
    }
}

/// How the server reaches people outside HTTP: verification codes (SMS or voice) and push
/// notifications. The defaults write both to the log.
#[derive(Clone)]
pub struct Senders {
    pub code: Arc<dyn CodeSender>,
    pub push: Arc<dyn PushSender>,
}

impl Default for Senders {
    fn default() -> Self {
        Senders {
            code: Arc::new(LogCodeSender),
            push: Arc::new(LogPushSender),
        }
    }
}
