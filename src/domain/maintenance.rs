//! Background maintenance: removes what has expired so that storage does not grow without
//! bound. Every request already treats expired data as absent, so a sweep changes nothing a
//! client can see; it only gives the space back.
//!
//! One sweep deletes expired verification sessions, recovery passwords, username
//! reservations and holds, short-lived records (link tokens, transfer and restore requests,
//! challenges), in-process rate-limit buckets that have refilled (a missing bucket is a full
//! one; Redis expires its own),
//! queued messages older than their 30-day time to live ([`crate::domain::messages::TTL_MS`]),
//! backups not refreshed for [`archives::EXPIRY_DAYS`] days with their objects, and unfinished
//! uploads on the built-in CDN older than `cdn.upload_ttl_secs` (their upload URLs have
//! expired). Sweeps run every `maintenance_interval_secs` (default one hour; 0 turns them
//! off). Several processes on one database may all sweep: every deletion is idempotent.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::config::Config;
use crate::db::{
    backups, ephemeral_records, now_millis, recovery_passwords, username_reservations,
    verification_sessions,
};
use crate::domain::archives;
use crate::domain::ratelimit::RateLimiters;
use crate::error::Result;

/// What one sweep removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    /// Expired rows (sessions, recovery passwords, reservations, records, messages past their
    /// time to live) and refilled in-process rate-limit buckets.
    pub rows: u64,
    /// Backups deleted for want of a refresh.
    pub backups: u64,
    /// Abandoned partial uploads deleted from the built-in CDN.
    pub partial_uploads: u64,
}

/// What the sweeps clean: the database, the built-in CDN's directory (from the
/// configuration) and the in-process rate-limit buckets.
pub struct Maintenance {
    pub db: DatabaseConnection,
    pub config: Config,
    pub limits: Arc<RateLimiters>,
}

impl Maintenance {
    /// Runs [`Maintenance::sweep`] every `maintenance_interval_secs` until the task is aborted.
    pub fn spawn(self) -> Option<tokio::task::JoinHandle<()>> {
        let every = self.config.maintenance_interval_secs;
        if every == 0 {
            return None;
        }
        Some(tokio::spawn(async move {
            let every = Duration::from_secs(every);
            // The first sweep waits one interval, so that it does not compete with start-up.
            let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                match self.sweep().await {
                    Ok(swept) if swept != Swept::default() => {
                        tracing::info!(?swept, "maintenance sweep")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "maintenance sweep failed"),
                }
            }
        }))
    }

    /// One pass over everything that expires.
    pub async fn sweep(&self) -> Result<Swept> {
        let db = &self.db;
        let now = now_millis();
        let mut rows = 0;
        rows += expired(db, verification_sessions::Column::ExpiresAt, now).await?;
        rows += expired(db, recovery_passwords::Column::ExpiresAt, now).await?;
        rows += expired(db, username_reservations::Column::ExpiresAt, now).await?;
        rows += expired(db, ephemeral_records::Column::ExpiresAt, now).await?;
        rows += self.limits.sweep() as u64;
        rows += crate::domain::messages::delete_expired(db, now).await?;
        Ok(Swept {
            rows,
            backups: self.stale_backups().await?,
            partial_uploads: self.abandoned_uploads().await,
        })
    }

    /// Purges every backup whose last refresh is older than the expiry.
    async fn stale_backups(&self) -> Result<u64> {
        let cutoff = now_millis() / 1000 - archives::EXPIRY_DAYS * 86_400;
        let stale = backups::Entity::find()
            .filter(backups::Column::LastRefresh.lt(cutoff))
            .all(&self.db)
            .await?;
        for backup in &stale {
            archives::purge(&self.db, &self.config, backup).await?;
        }
        Ok(stale.len() as u64)
    }

    /// Deletes `.partial` files (and interrupted atomic writes, `.tmp-*`) under the CDN
    /// directory not written to for longer than an upload URL lives.
    async fn abandoned_uploads(&self) -> u64 {
        let dir = self.config.cdn.dir(&self.config);
        let max_age = Duration::from_secs(self.config.cdn.upload_ttl_secs);
        let now = SystemTime::now();
        tokio::task::spawn_blocking(move || remove_abandoned(&dir, now, max_age))
            .await
            .unwrap_or(0)
    }
}

/// Deletes the rows whose `expires_at` column is `now` or earlier.
async fn expired<C>(db: &impl ConnectionTrait, expires_at: C, now: i64) -> Result<u64>
where
    C: ColumnTrait,
    C::EntityName: EntityTrait<Column = C>,
{
    let deleted = <C::EntityName as EntityTrait>::delete_many()
        .filter(expires_at.lte(now))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

fn remove_abandoned(dir: &Path, now: SystemTime, max_age: Duration) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            removed += remove_abandoned(&path, now, max_age);
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let unfinished = name.ends_with(".partial") || name.starts_with(".tmp-");
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > max_age);
        if unfinished && old {
            match std::fs::remove_file(&path) {
                Ok(()) => removed += 1,
                Err(e) => {
                    tracing::warn!(path = %path.display(), error = %e, "cannot remove abandoned upload")
                }
            }
        }
    }
    removed
}
