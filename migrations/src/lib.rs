//! Schema migrations, applied at server start-up (SQLite and PostgreSQL).

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_initial;
mod m20261125_000002_devices;
mod m20261125_000004_subscribers;
mod m20261125_000005_backups;
mod m20261203_000006_drop_rate_limits;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_initial::Migration),
            Box::new(m20261125_000002_devices::Migration),
            Box::new(m20261125_000004_subscribers::Migration),
            Box::new(m20261125_000005_backups::Migration),
            Box::new(m20261203_000006_drop_rate_limits::Migration),
        ]
    }
}
