//! State shared by every request handler.

use sea_orm::DatabaseConnection;

use crate::config::Config;

pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Config,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config) -> AppState {
        AppState { db, config }
    }
}
