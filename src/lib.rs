//! A spec-first Rust implementation of the Signal chat server.
//!
//! `api.yaml` is the contract; `signal_api` (in `generated/`) is the code openapi-generator
//! makes from it. This crate implements the generated `Api` trait in `api`, on SeaORM
//! storage in `db`.

pub mod access;
pub mod admin;
pub mod accounts;
pub mod accounts_manage;
pub mod api;
pub mod archives;
pub mod auth;
pub mod b64;
pub mod bus;
pub mod captcha;
pub mod cdn;
pub mod certificates;
pub mod challenges;
pub mod cli;
pub mod config;
pub mod conn;
pub mod context;
pub mod crypto;
pub mod db;
pub mod devices;
pub mod disconnect;
pub mod docs;
pub mod error;
pub mod health;
pub mod limits;
pub mod maintenance;
pub mod media_types;
pub mod memory;
pub mod messages;
pub mod metrics;
pub mod prekeys;
pub mod profiles;
pub mod proto;
pub mod provisioning;
pub mod push;
pub mod ratelimit;
pub mod receipts;
pub mod routes;
pub mod secrets;
pub mod server;
pub mod services;
pub mod shutdown;
pub mod state;
pub mod subscriptions;
pub mod types;
pub mod usernames;
pub mod verification;
pub mod websocket;
pub mod zkgroup;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::Config;

/// A server started by [`start`]: its address, and the handle that stops it.
pub struct RunningServer {
    pub addr: SocketAddr,
    /// The admin listener's address (metrics), when `admin_listen` is set.
    pub admin_addr: Option<SocketAddr>,
    /// `None` without Redis; whether the Redis bus connected, with it.
    pub redis_up: Option<bool>,
    admin: Option<JoinHandle<()>>,
    /// The state the server runs on (its accounting is observable by tests).
    pub state: Arc<state::AppState>,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    maintenance: Option<JoinHandle<()>>,
    bus_health: tokio::sync::watch::Receiver<bus::BusHealth>,
    /// Applies other processes' credential-cache invalidations.
    invalidations: JoinHandle<()>,
}

impl RunningServer {
    /// Whether events reach other processes (see `bus::BusHealth`): what a readiness check
    /// reports.
    pub fn bus_health(&self) -> bus::BusHealth {
        *self.bus_health.borrow()
    }

    /// Stops accepting connections and waits for open ones (up to the grace period).
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(sweeper) = self.maintenance.take() {
            sweeper.abort();
        }
        if let Some(admin) = self.admin.take() {
            admin.abort();
        }
        self.invalidations.abort();
        let _ = (&mut self.task).await;
    }
}

/// Connects to the database, applies migrations, binds the listener and serves in the background.
pub async fn start(config: Config) -> anyhow::Result<RunningServer> {
    start_with(config, state::Senders::default()).await
}

/// [`start`] with the given code and push senders in place of the logging defaults.
pub async fn start_with(config: Config, senders: state::Senders) -> anyhow::Result<RunningServer> {
    for name in &config.unknown_env {
        tracing::warn!(variable = %name, "ignoring environment variable: no such setting");
    }
    ratelimit::check_names(&config).map_err(anyhow::Error::msg)?;
    std::fs::create_dir_all(&config.data_dir)?;
    let acquire_timeout = std::time::Duration::from_secs(config.db_acquire_timeout_secs.max(1));
    let db = db::connect_with(&config.database_url(), acquire_timeout).await?;
    certificates::publish_trust_root(&db, &config.data_dir).await?;
    let zk = zkgroup::load(&db, &config.zkgroup).await?;
    zkgroup::publish(&zk, &config.data_dir)?;
    let listener = TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let bus = match &config.redis_url {
        Some(url) => bus::Bus::redis(url).await?,
        None => bus::Bus::local(),
    };
    let bus_health = bus.health_watch();
    let state = Arc::new(state::AppState::new(db, config, bus, Arc::new(zk)).with_senders(senders));
    state.captcha.announce();
    let (tx, rx) = oneshot::channel::<()>();
    let maintenance = maintenance::spawn(state.clone());
    let redis_up = state.bus.is_healthy();
    let (admin_addr, admin) = match state.config.admin_listen {
        Some(admin_listen) => {
            let admin_listener = TcpListener::bind(admin_listen).await?;
            let admin_addr = admin_listener.local_addr()?;
            let task = tokio::spawn(admin::serve_admin(state.clone(), admin_listener));
            (Some(admin_addr), Some(task))
        }
        None => (None, None),
    };
    let invalidations = auth::spawn_invalidations(&state.bus, state.auth_cache.clone());
    let server = server::Server::new(state.clone());
    let task = tokio::spawn(server.serve(listener, async {
        let _ = rx.await;
    }));
    Ok(RunningServer {
        addr,
        admin_addr,
        redis_up,
        admin,
        state,
        shutdown: Some(tx),
        task,
        maintenance,
        bus_health,
        invalidations,
    })
}
