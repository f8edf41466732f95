//! HTTP and transport: the listener and its connections, the router in front of the
//! generated server (body limits, 404/405, errors to responses), websockets (chat and
//! provisioning), the built-in CDN's object serving, the admin listener, health and docs.
//!
//! The transport calls the API handlers (`crate::api`) and subscribes to domain events
//! (`crate::events`); nothing below it imports it.

pub mod admin;
pub mod cdn;
pub mod conn;
pub mod docs;
pub mod health;
pub mod limits;
pub mod memory;
pub mod routes;
pub mod server;
pub mod websocket;
