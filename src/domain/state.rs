//! State shared by every request handler.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::config::Config;
use crate::domain::push::{LogPushSender, PushSender};
use crate::domain::ratelimit::{Limiter, RateLimiters};
use crate::domain::verification::{CodeSender, LogCodeSender};
use crate::events::bus::Bus;

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
    pub presence: Arc<crate::events::presence::Presence>,
    /// zkgroup key material (see `zkgroup.rs`).
    pub zk: Arc<crate::domain::zkgroup::ZkParams>,
    /// Tells websockets and long polls that the server is stopping.
    pub shutdown: crate::events::shutdown::Shutdown,
    /// What refused request bodies cost (`limits.rs`).
    pub bodies: Arc<crate::metrics::BodyAccounting>,
    /// Checks captcha solutions (`captcha.rs`).
    pub captcha: crate::domain::captcha::CaptchaChecker,
    /// Token buckets (in Redis when `redis_url` is set, else in this process).
    pub limits: RateLimiters,
    /// Verified credentials, so that authentication reads no database (see `auth.rs`).
    pub auth_cache: Arc<crate::domain::auth::AuthCache>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        config: Config,
        bus: Bus,
        zk: Arc<crate::domain::zkgroup::ZkParams>,
    ) -> AppState {
        let limits = match &config.redis_url {
            Some(url) => RateLimiters::redis(url).unwrap_or_else(|e| {
                tracing::error!(error = %e, "bad redis_url: rate limits stay in this process");
                RateLimiters::local()
            }),
            None => RateLimiters::local(),
        };
        AppState {
            captcha: crate::domain::captcha::CaptchaChecker::new(&config.captcha),
            limits,
            auth_cache: Arc::new(match &config.redis_url {
                Some(url) => crate::domain::auth::AuthCache::with_redis(url).unwrap_or_else(|e| {
                    tracing::error!(error = %e, "bad redis_url: credential cache per process");
                    Default::default()
                }),
                None => Default::default(),
            }),
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
        self.rate_limit_n(limiter, key, 1).await
    }

    /// Takes `n` permits from `limiter` for `key`, or fails with 429 and a Retry-After.
    pub async fn rate_limit_n(
        &self,
        limiter: Limiter,
        key: &str,
        n: u64,
    ) -> crate::error::Result<()> {
        self.limits.check(self.limiter(limiter), key, n).await
    }

    /// Refills `limiter`'s bucket for `key` (the PIN limiter after a correct registration lock).
    pub async fn reset_rate_limit(&self, limiter: Limiter, key: &str) {
        self.limits.reset(self.limiter(limiter), key).await
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
