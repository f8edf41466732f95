//! A spec-first Rust implementation of the Signal chat server.
//!
//! `api.yaml` is the contract; `signal_api` (in `generated/`) is the code openapi-generator
//! makes from it. This crate implements the generated `Api` trait in `api`, on SeaORM
//! storage in `db`.

pub mod access;
pub mod accounts;
pub mod accounts_manage;
pub mod api;
pub mod archives;
pub mod auth;
pub mod bus;
pub mod cdn;
pub mod certificates;
pub mod challenges;
pub mod config;
pub mod context;
pub mod crypto;
pub mod db;
pub mod devices;
pub mod error;
pub mod maintenance;
pub mod messages;
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
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    maintenance: Option<JoinHandle<()>>,
    /// Applies other processes' credential-cache invalidations.
    invalidations: JoinHandle<()>,
}

impl RunningServer {
    /// Stops accepting connections and waits for open ones (up to the grace period).
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(sweeper) = self.maintenance.take() {
            sweeper.abort();
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
    std::fs::create_dir_all(&config.data_dir)?;
    let db = db::connect(&config.database_url()).await?;
    certificates::publish_trust_root(&db, &config.data_dir).await?;
    let zk = zkgroup::load(&db, &config.zkgroup).await?;
    zkgroup::publish(&zk, &config.data_dir)?;
    let listener = TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let bus = match &config.redis_url {
        Some(url) => bus::Bus::redis(url).await?,
        None => bus::Bus::local(),
    };
    let state = Arc::new(state::AppState::new(db, config, bus, Arc::new(zk)).with_senders(senders));
    let (tx, rx) = oneshot::channel::<()>();
    let maintenance = maintenance::spawn(state.clone());
    let invalidations = auth::spawn_invalidations(&state);
    let server = server::Server::new(state);
    let task = tokio::spawn(server.serve(listener, async {
        let _ = rx.await;
    }));
    Ok(RunningServer {
        addr,
        shutdown: Some(tx),
        task,
        maintenance,
        invalidations,
    })
}
