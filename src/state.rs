//! State shared by every request handler, assembled at start-up (`crate::start_with`).
//!
//! The domain never sees [`AppState`]: each service is handed only what it uses, either as
//! arguments or as a view built here ([`AppState::queue`], [`AppState::archives`],
//! [`AppState::maintenance`]).

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::config::Config;
use crate::domain::archives::Archives;
use crate::domain::maintenance::Maintenance;
use crate::domain::messages::Queue;
use crate::domain::push::{LogPushSender, PushSender};
use crate::domain::ratelimit::RateLimiters;
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
    pub limits: Arc<RateLimiters>,
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
        AppState {
            captcha: crate::domain::captcha::CaptchaChecker::new(&config.captcha),
            limits: Arc::new(RateLimiters::new(&config)),
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

    /// The message queues, with what queueing touches.
    pub fn queue(&self) -> Queue<'_> {
        Queue {
            db: &self.db,
            bus: &self.bus,
            presence: &self.presence,
            push: &*self.push_sender,
            accounts: &self.auth_cache,
        }
    }

    /// Message and media backups, with what they use.
    pub fn archives(&self) -> Archives<'_> {
        Archives {
            db: &self.db,
            config: &self.config,
            zk: &self.zk,
            limits: &self.limits,
        }
    }

    /// The background sweeps, with what they clean.
    pub fn maintenance(&self) -> Maintenance {
        Maintenance {
            db: self.db.clone(),
            config: self.config.clone(),
            limits: self.limits.clone(),
        }
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
