//! State shared by every request handler.

use sea_orm::DatabaseConnection;

use crate::bus::Bus;
use crate::config::Config;

pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Config,
    /// Cross-process events (Redis when configured, in-process otherwise).
    pub bus: Bus,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config, bus: Bus) -> AppState {
        AppState { db, config, bus }
    }
}
