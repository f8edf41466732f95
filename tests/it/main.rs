//! The integration tests, one binary with a module per area: each test starts servers
//! in-process on ephemeral ports and talks to them as a client does (HTTP, websockets), on
//! SQLite, or on PostgreSQL with `TEST_DB=postgres TEST_PG_URL=...`.
//!
//! Their own binaries: `tests/admin.rs` (it reads process-wide metrics, which other tests
//! running beside it would move), and the process-level fault suites `tests/faults.rs`,
//! `tests/durability.rs` and `tests/multiprocess.rs` (private PostgreSQL and Redis servers,
//! server processes killed).

#[path = "../common/mod.rs"]
mod common;

mod accounts;
mod adapters;
mod archives;
mod attachments;
mod auth;
mod challenges;
mod cli;
mod credentials;
mod devices;
mod docs;
mod foundation;
mod hardening;
mod keys;
mod maintenance;
mod messages;
mod profiles;
mod provisioning;
mod rate_limits;
mod registration;
mod remote_config;
mod usernames;
mod websocket;
mod wire;
mod zkgroup;
mod zkgroup_vectors;
