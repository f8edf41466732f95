//! Token-bucket rate limiters, stored in the `rate_limits` table so that every server
//! process on the same database shares them.
//!
//! A bucket holds at most `bucket_size` permits and regains one every `permit_every_ms`.
//! Taking `n` permits succeeds when `min(bucket_size, tokens + elapsed × rate) ≥ n`;
//! otherwise the caller gets [`Error::RateLimited`] with
//! `Retry-After = ceil(deficit / rate)` seconds, and the bucket is left unchanged.
//!
//! The limiters and their defaults (the real server's, signal-server-behaviour.md §8) are
//! defined here and nowhere else; `Config::rate_limits` may override any of them by name.
//! Rows are updated optimistically (compare-and-set on the previous state), so concurrent
//! requests from several processes never lose an update, on SQLite and PostgreSQL alike.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::db::{now_millis, rate_limits};
use crate::error::{Error, Result};

/// A named limiter: bucket size and permit regeneration period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limiter {
    /// The real server's limiter id (`RateLimiters.For`), also the override key in the config.
    pub name: &'static str,
    pub bucket_size: u64,
    /// One permit comes back every this many milliseconds.
    pub permit_every_ms: f64,
}

/// A limiter override in the configuration (`[rate_limits.registration]`).
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LimitConfig {
    pub bucket_size: u64,
    /// Seconds (fractions allowed) between two regenerated permits.
    pub permit_every_secs: f64,
}

const SEC: f64 = 1000.0;
const MIN: f64 = 60.0 * SEC;
const HOUR: f64 = 60.0 * MIN;
const DAY: f64 = 24.0 * HOUR;

const fn limiter(name: &'static str, bucket_size: u64, permit_every_ms: f64) -> Limiter {
    Limiter {
        name,
        bucket_size,
        permit_every_ms,
    }
}

pub const BACKUP_AUTH_CHECK: Limiter = limiter("backupAuthCheck", 100, 15.0 * MIN);
pub const PIN: Limiter = limiter("pin", 10, DAY);
pub const ATTACHMENT_CREATE: Limiter = limiter("attachmentCreate", 50, 1200.0);
pub const BACKUP_ATTACHMENT_CREATE: Limiter = limiter("backupAttachmentCreate", 10_000, SEC);
pub const PREKEYS: Limiter = limiter("prekeys", 6, 10.0 * MIN);
pub const MESSAGES: Limiter = limiter("messages", 60, SEC);
pub const STORIES: Limiter = limiter("stories", 5000, 8.0 * SEC);
pub const ALLOCATE_DEVICE: Limiter = limiter("allocateDevice", 6, 2.0 * MIN);
pub const VERIFY_DEVICE: Limiter = limiter("verifyDevice", 6, 2.0 * MIN);
pub const PROFILE: Limiter = limiter("profile", 4320, 20.0 * SEC);
pub const STICKER_PACK: Limiter = limiter("stickerPack", 50, 72.0 * MIN);
pub const USERNAME_LOOKUP: Limiter = limiter("usernameLookup", 100, 15.0 * MIN);
pub const USERNAME_SET: Limiter = limiter("usernameSet", 100, 15.0 * MIN);
pub const USERNAME_RESERVE: Limiter = limiter("usernameReserve", 100, 15.0 * MIN);
pub const USERNAME_LINK_OPERATION: Limiter = limiter("usernameLinkOperation", 10, MIN);
pub const USERNAME_LINK_LOOKUP_PER_IP: Limiter =
    limiter("usernameLinkLookupPerIp", 100, 15.0 * SEC);
pub const CHECK_ACCOUNT_EXISTENCE: Limiter = limiter("checkAccountExistence", 1000, 4.0 * SEC);
pub const REGISTRATION: Limiter = limiter("registration", 6, 30.0 * SEC);
pub const VERIFICATION_PUSH_CHALLENGE: Limiter =
    limiter("verificationPushChallenge", 5, 30.0 * SEC);
pub const VERIFICATION_CAPTCHA: Limiter = limiter("verificationCaptcha", 10, 30.0 * SEC);
pub const RATE_LIMIT_RESET: Limiter = limiter("rateLimitReset", 2, 12.0 * HOUR);
pub const CAPTCHA_CHALLENGE_ATTEMPT: Limiter = limiter("captchaChallengeAttempt", 10, 144.0 * MIN);
pub const CAPTCHA_CHALLENGE_SUCCESS: Limiter = limiter("captchaChallengeSuccess", 2, 12.0 * HOUR);
pub const SET_BACKUP_ID: Limiter = limiter("setBackupId", 10, HOUR);
pub const SET_PAID_MEDIA_BACKUP_ID: Limiter = limiter("setPaidMediaBackupId", 5, 7.0 * DAY);
pub const PUSH_CHALLENGE_ATTEMPT: Limiter = limiter("pushChallengeAttempt", 10, 144.0 * MIN);
pub const PUSH_CHALLENGE_SUCCESS: Limiter = limiter("pushChallengeSuccess", 2, 12.0 * HOUR);
pub const GET_CALLING_RELAYS: Limiter = limiter("getCallingRelays", 100, 10.0 * MIN);
pub const CREATE_CALL_LINK: Limiter = limiter("createCallLink", 100, 15.0 * MIN);
/// Permits are bytes: 128 MiB bucket, one byte back every 0.5 µs (about 2 MB/s).
pub const INBOUND_MESSAGE_BYTES: Limiter = limiter("inboundMessageBytes", 134_217_728, 0.0005);
pub const EXTERNAL_SERVICE_CREDENTIALS: Limiter =
    limiter("externalServiceCredentials", 100, 15.0 * MIN);
pub const KEY_TRANSPARENCY_DISTINGUISHED: Limiter =
    limiter("keyTransparencyDistinguished", 100, 15.0 * SEC);
pub const KEY_TRANSPARENCY_SEARCH: Limiter = limiter("keyTransparencySearch", 100, 15.0 * SEC);
pub const KEY_TRANSPARENCY_MONITOR: Limiter = limiter("keyTransparencyMonitor", 100, 15.0 * SEC);
pub const WAIT_FOR_LINKED_DEVICE: Limiter = limiter("waitForLinkedDevice", 10, 30.0 * SEC);
pub const UPLOAD_TRANSFER_ARCHIVE: Limiter = limiter("uploadTransferArchive", 10, MIN);
pub const WAIT_FOR_TRANSFER_ARCHIVE: Limiter = limiter("waitForTransferArchive", 10, 30.0 * SEC);
pub const RECORD_DEVICE_TRANSFER_REQUEST: Limiter =
    limiter("recordDeviceTransferRequest", 10, 100.0);
pub const WAIT_FOR_DEVICE_TRANSFER_REQUEST: Limiter =
    limiter("waitForDeviceTransferRequest", 10, 100.0);
pub const DEVICE_CHECK_CHALLENGE: Limiter = limiter("deviceCheckChallenge", 10, MIN);
/// Verification codes sent per number: the reference's limiters from before it delegated
/// sends to its registration service (keyed by the E.164 number).
pub const SMS_DESTINATION: Limiter = limiter("smsDestination", 2, 30.0 * SEC);
pub const VOICE_DESTINATION: Limiter = limiter("voxDestination", 2, 2.0 * MIN);
pub const VOICE_DESTINATION_DAILY: Limiter = limiter("voxDestinationDaily", 10, 144.0 * MIN);
/// Verification sessions created per number (the registration service's own limit, whose
/// values are not public: ten, then one every 144 minutes).
pub const VERIFICATION_SESSION_NUMBER: Limiter =
    limiter("verificationSessionNumber", 10, 144.0 * MIN);

/// Every limiter, for configuration checks and documentation.
pub const ALL: &[Limiter] = &[
    BACKUP_AUTH_CHECK,
    PIN,
    ATTACHMENT_CREATE,
    BACKUP_ATTACHMENT_CREATE,
    PREKEYS,
    MESSAGES,
    STORIES,
    ALLOCATE_DEVICE,
    VERIFY_DEVICE,
    PROFILE,
    STICKER_PACK,
    USERNAME_LOOKUP,
    USERNAME_SET,
    USERNAME_RESERVE,
    USERNAME_LINK_OPERATION,
    USERNAME_LINK_LOOKUP_PER_IP,
    CHECK_ACCOUNT_EXISTENCE,
    REGISTRATION,
    VERIFICATION_PUSH_CHALLENGE,
    VERIFICATION_CAPTCHA,
    RATE_LIMIT_RESET,
    CAPTCHA_CHALLENGE_ATTEMPT,
    CAPTCHA_CHALLENGE_SUCCESS,
    SET_BACKUP_ID,
    SET_PAID_MEDIA_BACKUP_ID,
    PUSH_CHALLENGE_ATTEMPT,
    PUSH_CHALLENGE_SUCCESS,
    GET_CALLING_RELAYS,
    CREATE_CALL_LINK,
    INBOUND_MESSAGE_BYTES,
    EXTERNAL_SERVICE_CREDENTIALS,
    KEY_TRANSPARENCY_DISTINGUISHED,
    KEY_TRANSPARENCY_SEARCH,
    KEY_TRANSPARENCY_MONITOR,
    WAIT_FOR_LINKED_DEVICE,
    UPLOAD_TRANSFER_ARCHIVE,
    WAIT_FOR_TRANSFER_ARCHIVE,
    RECORD_DEVICE_TRANSFER_REQUEST,
    WAIT_FOR_DEVICE_TRANSFER_REQUEST,
    DEVICE_CHECK_CHALLENGE,
    SMS_DESTINATION,
    VOICE_DESTINATION,
    VOICE_DESTINATION_DAILY,
    VERIFICATION_SESSION_NUMBER,
];

impl Limiter {
    /// Milliseconds per regenerated permit (never zero).
    fn period_ms(&self) -> f64 {
        self.permit_every_ms.max(1e-6)
    }

    /// This limiter with the configured override applied, if any.
    pub fn configured(self, config: &Config) -> Limiter {
        match config.rate_limits.get(self.name) {
            Some(o) => Limiter {
                bucket_size: o.bucket_size,
                permit_every_ms: o.permit_every_secs * 1000.0,
                ..self
            },
            None => self,
        }
    }
}

fn row_key(limiter: &Limiter, key: &str) -> String {
    format!("{}::{}", limiter.name, key)
}

/// What taking permits from a bucket in state (`tokens` at `updated_at`) would do at `now`.
/// `Ok(tokens left)` or `Err(retry after, seconds)`.
pub fn take(limiter: &Limiter, tokens: f64, updated_at: i64, now: i64, n: u64) -> Result<f64, u64> {
    let period = limiter.period_ms();
    let elapsed = (now - updated_at).max(0) as f64;
    let available = (tokens + elapsed / period).min(limiter.bucket_size as f64);
    if available + 1e-9 >= n as f64 {
        Ok((available - n as f64).max(0.0))
    } else {
        let deficit = n as f64 - available;
        // The epsilon keeps float noise (20.000000001 s) from adding a second.
        Err((deficit * period / 1000.0 - 1e-6).ceil().max(1.0) as u64)
    }
}

/// Takes `n` permits for `key` from `limiter`, or fails with 429 and a Retry-After.
pub async fn check(db: &impl ConnectionTrait, limiter: Limiter, key: &str, n: u64) -> Result<()> {
    if n > limiter.bucket_size {
        // Can never succeed; report the time a full bucket would take.
        crate::metrics::record_rate_limited(limiter.name);
        return Err(Error::RateLimited {
            retry_after_secs: Some((n as f64 * limiter.period_ms() / 1000.0).ceil() as u64),
        });
    }
    let id = row_key(&limiter, key);
    for _ in 0..16 {
        let now = now_millis();
        let row = rate_limits::Entity::find_by_id(id.clone()).one(db).await?;
        match row {
            None => {
                let left = limiter.bucket_size as f64 - n as f64;
                let inserted = rate_limits::Entity::insert(rate_limits::ActiveModel {
                    key: Set(id.clone()),
                    tokens: Set(left),
                    updated_at: Set(now),
                })
                .on_conflict(
                    OnConflict::column(rate_limits::Column::Key)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(db)
                .await?;
                if inserted == 1 {
                    return Ok(());
                }
            }
            Some(row) => match take(&limiter, row.tokens, row.updated_at, now, n) {
                Err(secs) => {
                    crate::metrics::record_rate_limited(limiter.name);
                    return Err(Error::RateLimited {
                        retry_after_secs: Some(secs),
                    });
                }
                Ok(left) => {
                    let updated = rate_limits::Entity::update_many()
                        .col_expr(rate_limits::Column::Tokens, left.into())
                        .col_expr(
                            rate_limits::Column::UpdatedAt,
                            now.max(row.updated_at).into(),
                        )
                        .filter(rate_limits::Column::Key.eq(id.clone()))
                        .filter(rate_limits::Column::Tokens.eq(row.tokens))
                        .filter(rate_limits::Column::UpdatedAt.eq(row.updated_at))
                        .exec(db)
                        .await?;
                    if updated.rows_affected == 1 {
                        return Ok(());
                    }
                }
            },
        }
    }
    Err(Error::Unavailable("rate limiter contention".into()))
}

/// Refills `key`'s bucket (e.g. the PIN limiter after a correct registration lock).
pub async fn reset(db: &impl ConnectionTrait, limiter: Limiter, key: &str) -> Result<()> {
    rate_limits::Entity::delete_many()
        .filter(rate_limits::Column::Key.eq(row_key(&limiter, key)))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: Limiter = limiter("test", 6, 30_000.0);

    #[test]
    fn bucket_arithmetic() {
        // Full bucket: six takes, then a deficit of one permit = 30 s.
        let mut tokens = 6.0;
        for _ in 0..6 {
            tokens = take(&L, tokens, 0, 0, 1).unwrap();
        }
        assert_eq!(take(&L, tokens, 0, 0, 1), Err(30));
        // 10 s later a third of a permit is back: 20 s to go.
        assert_eq!(take(&L, tokens, 0, 10_000, 1), Err(20));
        // 30 s later one permit is back.
        assert!(take(&L, tokens, 0, 30_000, 1).is_ok());
        // Never more than the bucket.
        assert_eq!(take(&L, 0.0, 0, 10 * 3_600_000, 6), Ok(0.0));
        assert_eq!(take(&L, 0.0, 0, 10 * 3_600_000, 7), Err(30));
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = ALL.iter().map(|l| l.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }

    #[test]
    fn overrides() {
        let mut config = Config::default();
        config.rate_limits.insert(
            "registration".into(),
            LimitConfig {
                bucket_size: 2,
                permit_every_secs: 1.5,
            },
        );
        let l = REGISTRATION.configured(&config);
        assert_eq!((l.bucket_size, l.permit_every_ms), (2, 1500.0));
        assert_eq!(PIN.configured(&config), PIN);
    }

    #[tokio::test]
    async fn shared_through_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let db = crate::db::connect(&url).await.unwrap();
        let db2 = crate::db::connect(&url).await.unwrap();
        for i in 0..6 {
            let conn = if i % 2 == 0 { &db } else { &db2 };
            check(conn, L, "k", 1).await.unwrap();
        }
        match check(&db2, L, "k", 1).await {
            Err(Error::RateLimited {
                retry_after_secs: Some(s),
            }) => assert!((1..=30).contains(&s)),
            other => panic!("expected 429, got {other:?}"),
        }
        // Another key has its own bucket; a reset refills.
        check(&db, L, "other", 6).await.unwrap();
        reset(&db, L, "k").await.unwrap();
        check(&db, L, "k", 6).await.unwrap();
        assert!(check(&db, L, "k", 7).await.is_err());
    }
}
