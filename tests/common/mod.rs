//! Test harness: starts a real server in-process on an ephemeral port, on SQLite (a fresh
//! file in a temporary directory) or, with `SIGNAL_TEST_DB=postgres`, on a fresh database
//! created in the PostgreSQL at `SIGNAL_TEST_PG` (default `postgres://postgres@127.0.0.1:5432/test`).
#![allow(dead_code)]

use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;
use signal_server::{Config, RunningServer};

pub struct TestServer {
    pub base: String,
    pub client: reqwest::Client,
    server: Option<RunningServer>,
    pub config: Config,
    _dir: tempfile::TempDir,
    pg_database: Option<String>,
}

pub fn pg_admin_url() -> String {
    std::env::var("SIGNAL_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub fn uses_postgres() -> bool {
    std::env::var("SIGNAL_TEST_DB").is_ok_and(|v| v == "postgres")
}

/// A configuration for a test server with its own empty database.
pub async fn test_config() -> (Config, tempfile::TempDir, Option<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = Config::default();
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.data_dir = dir.path().to_path_buf();
    config.shutdown_grace_secs = 2;
    config
        .test_numbers
        .insert("+15555550100".into(), "123456".into());
    let mut pg_database = None;
    if uses_postgres() {
        let name = format!("sigtest_{}", uuid::Uuid::new_v4().simple());
        let admin = Database::connect(pg_admin_url())
            .await
            .expect("connect to PostgreSQL");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        let base = pg_admin_url();
        let (prefix, _) = base.rsplit_once('/').expect("database URL with a path");
        config.database_url = Some(format!("{prefix}/{name}"));
        pg_database = Some(name);
    }
    (config, dir, pg_database)
}

impl TestServer {
    pub async fn start() -> TestServer {
        let (config, dir, pg_database) = test_config().await;
        Self::start_with(config, dir, pg_database).await
    }

    pub async fn start_with(
        config: Config,
        dir: tempfile::TempDir,
        pg_database: Option<String>,
    ) -> TestServer {
        let server = signal_server::start(config.clone())
            .await
            .expect("server starts");
        TestServer {
            base: format!("http://{}", server.addr),
            client: reqwest::Client::new(),
            server: Some(server),
            config,
            _dir: dir,
            pg_database,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Stops the server and drops its PostgreSQL database.
    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        if let Some(name) = self.pg_database.take() {
            if let Ok(admin) = Database::connect(pg_admin_url()).await {
                let _ = admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await;
            }
        }
    }

    /// Stops the server but keeps its database and data directory, to start another on them.
    pub async fn restart(mut self) -> TestServer {
        let server = self.server.take().expect("running");
        server.stop().await;
        let mut config = self.config.clone();
        config.listen = "127.0.0.1:0".parse().unwrap();
        let dir = std::mem::replace(&mut self._dir, tempfile::tempdir().unwrap());
        let pg = self.pg_database.take();
        TestServer::start_with(config, dir, pg).await
    }
}

/// Asserts that a response is an error with the given status and a JSON body `{code, message}`.
pub async fn assert_json_error(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status().as_u16(), status, "unexpected status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "error content type was {content_type:?}"
    );
    let body: Value = response.json().await.expect("JSON error body");
    assert_eq!(body["code"], status, "error body {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "error body {body}"
    );
    body
}
