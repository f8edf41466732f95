//! Domain services by area: accounts (with devices and usernames), keys, messages and
//! receipts, profiles, backups, subscriptions, verification and challenges, credentials for
//! outside services, zkgroup, and the rate limiters. Each is handed only what it uses (the
//! database, a configuration section, the bus, a cache), as arguments or as a small view such
//! as [`messages::Queue`]; `crate::state::AppState`, above this layer, holds them all.
//!
//! The domain uses storage (`crate::db`), crypto and events (`crate::events`), never the API
//! or the transport: it asks for websockets to be closed by publishing a disconnection
//! request, and the transport subscribes.

pub mod access;
pub mod accounts;
pub mod accounts_manage;
pub mod archives;
pub mod auth;
pub mod captcha;
pub mod cdn;
pub mod certificates;
pub mod challenges;
pub mod devices;
pub mod maintenance;
pub mod messages;
pub mod prekeys;
pub mod profiles;
pub mod provisioning;
pub mod push;
pub mod ratelimit;
pub mod receipts;
pub mod secrets;
pub mod services;
pub mod subscriptions;
pub mod usernames;
pub mod verification;
pub mod zkgroup;
