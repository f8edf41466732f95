//! Storage: SeaORM entities, one module per table, and the connection set-up.

pub mod accounts;
pub mod backup_media;
pub mod backups;
pub mod client_public_keys;
pub mod devices;
pub mod ephemeral_records;
pub mod messages;
pub mod one_time_prekeys;
pub mod phone_number_identifiers;
pub mod profiles;
pub mod rate_limits;
pub mod recovery_passwords;
pub mod redeemed_receipts;
pub mod repeated_use_prekeys;
pub mod server_secrets;
pub mod subscribers;
pub mod username_reservations;
pub mod verification_sessions;

use migration::MigratorTrait;
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Connects to the database and applies pending migrations.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // One writer at a time; WAL lets readers proceed alongside it. In WAL mode
        // `synchronous=NORMAL` writes every commit to the WAL file before the commit returns
        // (so it survives the process being killed, `kill -9` included) and syncs the WAL to
        // disk only at checkpoints: a power loss or OS crash can lose the last commits. That
        // is the durability contract (README, "Durability").
        options.max_connections(8).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(std::time::Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    let db = Database::connect(options).await?;
    migration::Migrator::up(&db, None).await?;
    Ok(db)
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), so that it waits for other writers instead of failing when it
/// later upgrades from reading to writing; elsewhere it is an ordinary transaction.
pub async fn begin_write<C: sea_orm::TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Milliseconds since the Unix epoch.
pub fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// `ms` truncated to its day (UTC): how `lastSeen` is stored.
pub fn start_of_day(ms: i64) -> i64 {
    const DAY_MS: i64 = 86_400_000;
    ms / DAY_MS * DAY_MS
}

/// The start of today (UTC), in milliseconds since the epoch.
pub fn today_millis() -> i64 {
    start_of_day(now_millis())
}
