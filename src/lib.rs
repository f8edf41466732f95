//! A spec-first Rust implementation of the Signal chat server.
//!
//! `api.yaml` is the contract; `signal_api` (in `generated/`) is the code openapi-generator
//! makes from it. This crate implements the generated `Api` trait in `api`, on SeaORM
//! storage in `db`.

// Layers, from the wire down: `http` (transport) -> `api` (handlers of the generated `Api`
// trait) -> `state` (what they share, assembled by `start_with`) -> `domain` (services by
// area) -> `events`, `db` (storage), `crypto`, `config`. Beside them, modules every layer may
// use: `error`, `types`, `metrics`, `b64`, `proto`.
// `make lint` fails on any import cycle (tools/lint/modgraph.py).
pub mod api;
pub mod b64;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod db;
pub mod domain;
pub mod error;
pub mod events;
pub mod http;
pub mod metrics;
pub mod proto;
pub mod state;
pub mod types;

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
    bus_health: tokio::sync::watch::Receiver<events::bus::BusHealth>,
    /// Applies other processes' credential-cache invalidations.
    invalidations: JoinHandle<()>,
}

impl RunningServer {
    /// Whether events reach other processes (see `events::bus::BusHealth`): what a readiness check
    /// reports.
    pub fn bus_health(&self) -> events::bus::BusHealth {
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
    domain::ratelimit::check_names(&config).map_err(anyhow::Error::msg)?;
    std::fs::create_dir_all(&config.data_dir)?;
    let acquire_timeout = std::time::Duration::from_secs(config.db_acquire_timeout_secs.max(1));
    let db = db::connect_with(&config.database_url(), acquire_timeout).await?;
    domain::certificates::publish_trust_root(&db, &config.data_dir).await?;
    let zk = domain::zkgroup::load(&db, &config.zkgroup).await?;
    domain::zkgroup::publish(&zk, &config.data_dir)?;
    let listener = TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let bus = match &config.redis_url {
        Some(url) => events::bus::Bus::redis(url).await?,
        None => events::bus::Bus::local(),
    };
    let bus_health = bus.health_watch();
    let state = Arc::new(state::AppState::new(db, config, bus, Arc::new(zk)).with_senders(senders));
    state.captcha.announce();
    let (tx, rx) = oneshot::channel::<()>();
    let maintenance = state.maintenance().spawn();
    let redis_up = state.bus.is_healthy();
    let (admin_addr, admin) = match state.config.admin_listen {
        Some(admin_listen) => {
            let admin_listener = TcpListener::bind(admin_listen).await?;
            let admin_addr = admin_listener.local_addr()?;
            let task = tokio::spawn(http::admin::serve_admin(state.clone(), admin_listener));
            (Some(admin_addr), Some(task))
        }
        None => (None, None),
    };
    let invalidations = domain::auth::spawn_invalidations(&state.bus, state.auth_cache.clone());
    let server = http::server::Server::new(state.clone());
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
