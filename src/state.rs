//! State shared by every request handler.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::bus::Bus;
use crate::config::Config;
use crate::ratelimit::Limiter;
use crate::verification::{CodeSender, LogCodeSender};

pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Config,
    /// Cross-process events (Redis when configured, in-process otherwise).
    pub bus: Bus,
    /// Delivers registration verification codes (default: writes them to the log).
    pub code_sender: Arc<dyn CodeSender>,
    /// zkgroup key material (see `zkgroup.rs`).
    pub zk: Arc<crate::zkgroup::ZkParams>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        config: Config,
        bus: Bus,
        zk: Arc<crate::zkgroup::ZkParams>,
    ) -> AppState {
        AppState {
            db,
            config,
            bus,
            zk,
            code_sender: Arc::new(LogCodeSender),
        }
    }

    /// Replaces the verification-code sender (e.g. with an SMS gateway).
    pub fn with_code_sender(mut self, sender: Arc<dyn CodeSender>) -> AppState {
        self.code_sender = sender;
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
