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
    connect_with(url, std::time::Duration::from_secs(5)).await
}

/// [`connect`], with requests waiting at most `acquire_timeout` for a connection (then the
/// error is `DbErr::ConnectionAcquire`, answered 503): see `db_acquire_timeout_secs`.
pub async fn connect_with(
    url: &str,
    acquire_timeout: std::time::Duration,
) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.sqlx_logging(false);
    options
        .acquire_timeout(acquire_timeout)
        .connect_timeout(acquire_timeout);
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

/// Writes `active`'s changed columns to its row and returns the row as written, without
/// `RETURNING`. On SQLite a statement with `RETURNING` outside a transaction commits when
/// the statement is reset, after its row was read, and an error then (a full disk) is lost:
/// the caller would answer 200 for a write that was rolled back. Without `RETURNING` the
/// statement runs to completion and every error is reported.
pub async fn update<A, C>(
    db: &C,
    active: A,
) -> Result<<A::Entity as sea_orm::EntityTrait>::Model, DbErr>
where
    C: sea_orm::ConnectionTrait,
    A: sea_orm::ActiveModelTrait
        + sea_orm::ActiveModelBehavior
        + sea_orm::TryIntoModel<<A::Entity as sea_orm::EntityTrait>::Model>
        + Send,
    <A::Entity as sea_orm::EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    let model = active.clone().try_into_model()?;
    let result = <A::Entity as sea_orm::EntityTrait>::update(active)
        .exec_without_returning(db)
        .await?;
    if result.rows_affected == 0 {
        return Err(DbErr::RecordNotUpdated);
    }
    Ok(model)
}

/// Inserts `active` without `RETURNING` (see [`update`]).
pub async fn insert<A, C>(db: &C, active: A) -> Result<(), DbErr>
where
    C: sea_orm::ConnectionTrait,
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
{
    <A::Entity as sea_orm::EntityTrait>::insert(active)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// What [`lock`] serialises: writers of one phone number, or of one account.
pub enum LockKey<'a> {
    Number(&'a str),
    Account(crate::types::Aci),
}

/// Serialises this transaction against others holding the same keys until it ends: on
/// PostgreSQL a transaction-scoped advisory lock per key (taken in a fixed order: numbers
/// before accounts, each sorted, so that two transactions never wait on each other in a
/// cycle); on SQLite nothing, as [`begin_write`] already lets one writer in at a time.
/// Registrations, number changes and device links take these before reading what they
/// change, so that concurrent ones see each other's results instead of colliding.
pub async fn lock<C: sea_orm::ConnectionTrait>(txn: &C, keys: &[LockKey<'_>]) -> Result<(), DbErr> {
    use sha2::Digest;
    if txn.get_database_backend() != sea_orm::DbBackend::Postgres {
        return Ok(());
    }
    let mut names: Vec<String> = keys
        .iter()
        .map(|k| match k {
            LockKey::Number(n) => format!("1number:{n}"),
            LockKey::Account(a) => format!("2account:{a}"),
        })
        .collect();
    names.sort();
    names.dedup();
    for name in names {
        let digest = sha2::Sha256::digest(name.as_bytes());
        let id = i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        txn.query_one_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)::text",
            [id.into()],
        ))
        .await?;
    }
    Ok(())
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
