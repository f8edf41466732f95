//! Token-bucket rate limiters: the real server's limiters (`RateLimiters.For`) and their
//! buckets.
//!
//! A bucket holds at most `bucket_size` permits and regains one every `permit_every_ms`
//! (fractions accumulate). Taking `n` permits succeeds when
//! `min(bucket_size, tokens + elapsed × rate) ≥ n`; otherwise the caller gets
//! [`Error::RateLimited`] with `Retry-After = ceil(deficit / rate)` seconds, and the bucket is
//! left unchanged. A limiter never answers anything but success or 429.
//!
//! Where buckets live ([`RateLimiters`]): with `redis_url` set, in Redis, checked and updated
//! by one Lua script (atomic, shared by every process; a bucket expires when it would be full
//! again). Without Redis, and while Redis fails (a check that errs or takes over 250 ms; Redis
//! is then skipped for a second), in this process's memory: limiters the reference marks
//! `failOpen` let requests through meanwhile, the others use the in-process buckets.
//!
//! The limiters and their defaults (the real server's, signal-server-behaviour.md §8) are
//! defined here and nowhere else; `Config::rate_limits` may override any of them by name.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use redis::AsyncCommands;

pub use crate::config::ratelimit::LimitConfig;
use crate::config::Config;
use crate::db::now_millis;
use crate::error::{Error, Result};

/// A named limiter: bucket size and permit regeneration period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limiter {
    /// The real server's limiter id (`RateLimiters.For`), also the override key in the config.
    pub name: &'static str,
    pub bucket_size: u64,
    /// One permit comes back every this many milliseconds.
    pub permit_every_ms: f64,
    /// Whether requests pass unchecked while the shared store (Redis) fails, as the
    /// reference's `failOpen`; otherwise this process's own buckets decide meanwhile.
    pub fail_open: bool,
}

/// Checks that every `[rate_limits.<name>]` override names a limiter of [`ALL`].
pub fn check_names(config: &Config) -> std::result::Result<(), String> {
    match config
        .rate_limits
        .keys()
        .find(|name| !ALL.iter().any(|l| l.name == name.as_str()))
    {
        Some(name) => Err(format!(
            "invalid configuration: unknown rate limiter {name:?}"
        )),
        None => Ok(()),
    }
}

const SEC: f64 = 1000.0;
const MIN: f64 = 60.0 * SEC;
const HOUR: f64 = 60.0 * MIN;
const DAY: f64 = 24.0 * HOUR;

/// The reference lets requests through when its Redis fails (`failOpen`).
const OPEN: bool = true;
/// The reference refuses requests when its Redis fails; this server uses in-process buckets.
const CLOSED: bool = false;

const fn limiter(
    name: &'static str,
    bucket_size: u64,
    permit_every_ms: f64,
    fail_open: bool,
) -> Limiter {
    Limiter {
        name,
        bucket_size,
        permit_every_ms,
        fail_open,
    }
}

pub const BACKUP_AUTH_CHECK: Limiter = limiter("backupAuthCheck", 100, 15.0 * MIN, OPEN);
pub const PIN: Limiter = limiter("pin", 10, DAY, CLOSED);
pub const ATTACHMENT_CREATE: Limiter = limiter("attachmentCreate", 50, 1200.0, OPEN);
pub const BACKUP_ATTACHMENT_CREATE: Limiter = limiter("backupAttachmentCreate", 10_000, SEC, OPEN);
pub const PREKEYS: Limiter = limiter("prekeys", 6, 10.0 * MIN, CLOSED);
pub const MESSAGES: Limiter = limiter("messages", 60, SEC, OPEN);
pub const STORIES: Limiter = limiter("stories", 5000, 8.0 * SEC, OPEN);
pub const ALLOCATE_DEVICE: Limiter = limiter("allocateDevice", 6, 2.0 * MIN, CLOSED);
pub const VERIFY_DEVICE: Limiter = limiter("verifyDevice", 6, 2.0 * MIN, CLOSED);
pub const PROFILE: Limiter = limiter("profile", 4320, 20.0 * SEC, OPEN);
pub const STICKER_PACK: Limiter = limiter("stickerPack", 50, 72.0 * MIN, CLOSED);
pub const USERNAME_LOOKUP: Limiter = limiter("usernameLookup", 100, 15.0 * MIN, OPEN);
pub const USERNAME_SET: Limiter = limiter("usernameSet", 100, 15.0 * MIN, CLOSED);
pub const USERNAME_RESERVE: Limiter = limiter("usernameReserve", 100, 15.0 * MIN, CLOSED);
pub const USERNAME_LINK_OPERATION: Limiter = limiter("usernameLinkOperation", 10, MIN, CLOSED);
pub const USERNAME_LINK_LOOKUP_PER_IP: Limiter =
    limiter("usernameLinkLookupPerIp", 100, 15.0 * SEC, OPEN);
pub const CHECK_ACCOUNT_EXISTENCE: Limiter =
    limiter("checkAccountExistence", 1000, 4.0 * SEC, OPEN);
pub const REGISTRATION: Limiter = limiter("registration", 6, 30.0 * SEC, CLOSED);
pub const VERIFICATION_PUSH_CHALLENGE: Limiter =
    limiter("verificationPushChallenge", 5, 30.0 * SEC, CLOSED);
pub const VERIFICATION_CAPTCHA: Limiter = limiter("verificationCaptcha", 10, 30.0 * SEC, CLOSED);
pub const RATE_LIMIT_RESET: Limiter = limiter("rateLimitReset", 2, 12.0 * HOUR, CLOSED);
pub const CAPTCHA_CHALLENGE_ATTEMPT: Limiter =
    limiter("captchaChallengeAttempt", 10, 144.0 * MIN, CLOSED);
pub const CAPTCHA_CHALLENGE_SUCCESS: Limiter =
    limiter("captchaChallengeSuccess", 2, 12.0 * HOUR, CLOSED);
pub const SET_BACKUP_ID: Limiter = limiter("setBackupId", 10, HOUR, CLOSED);
pub const SET_PAID_MEDIA_BACKUP_ID: Limiter = limiter("setPaidMediaBackupId", 5, 7.0 * DAY, CLOSED);
pub const PUSH_CHALLENGE_ATTEMPT: Limiter =
    limiter("pushChallengeAttempt", 10, 144.0 * MIN, CLOSED);
pub const PUSH_CHALLENGE_SUCCESS: Limiter = limiter("pushChallengeSuccess", 2, 12.0 * HOUR, CLOSED);
pub const GET_CALLING_RELAYS: Limiter = limiter("getCallingRelays", 100, 10.0 * MIN, CLOSED);
pub const CREATE_CALL_LINK: Limiter = limiter("createCallLink", 100, 15.0 * MIN, CLOSED);
/// Permits are bytes: 128 MiB bucket, one byte back every 0.5 ms (2,000 bytes a second), as
/// the reference's `Duration.ofNanos(500_000)`.
pub const INBOUND_MESSAGE_BYTES: Limiter = limiter("inboundMessageBytes", 134_217_728, 0.5, OPEN);
pub const EXTERNAL_SERVICE_CREDENTIALS: Limiter =
    limiter("externalServiceCredentials", 100, 15.0 * MIN, CLOSED);
pub const KEY_TRANSPARENCY_DISTINGUISHED: Limiter =
    limiter("keyTransparencyDistinguished", 100, 15.0 * SEC, OPEN);
pub const KEY_TRANSPARENCY_SEARCH: Limiter =
    limiter("keyTransparencySearch", 100, 15.0 * SEC, OPEN);
pub const KEY_TRANSPARENCY_MONITOR: Limiter =
    limiter("keyTransparencyMonitor", 100, 15.0 * SEC, OPEN);
pub const WAIT_FOR_LINKED_DEVICE: Limiter = limiter("waitForLinkedDevice", 10, 30.0 * SEC, CLOSED);
pub const UPLOAD_TRANSFER_ARCHIVE: Limiter = limiter("uploadTransferArchive", 10, MIN, CLOSED);
pub const WAIT_FOR_TRANSFER_ARCHIVE: Limiter =
    limiter("waitForTransferArchive", 10, 30.0 * SEC, CLOSED);
pub const RECORD_DEVICE_TRANSFER_REQUEST: Limiter =
    limiter("recordDeviceTransferRequest", 10, 100.0, OPEN);
pub const WAIT_FOR_DEVICE_TRANSFER_REQUEST: Limiter =
    limiter("waitForDeviceTransferRequest", 10, 100.0, OPEN);
pub const DEVICE_CHECK_CHALLENGE: Limiter = limiter("deviceCheckChallenge", 10, MIN, CLOSED);
/// Verification codes sent per number: the reference's limiters from before it delegated
/// sends to its registration service (keyed by the E.164 number).
pub const SMS_DESTINATION: Limiter = limiter("smsDestination", 2, 30.0 * SEC, CLOSED);
pub const VOICE_DESTINATION: Limiter = limiter("voxDestination", 2, 2.0 * MIN, CLOSED);
pub const VOICE_DESTINATION_DAILY: Limiter =
    limiter("voxDestinationDaily", 10, 144.0 * MIN, CLOSED);
/// Verification sessions created per number (the registration service's own limit, whose
/// values are not public: ten, then one every 144 minutes).
pub const VERIFICATION_SESSION_NUMBER: Limiter =
    limiter("verificationSessionNumber", 10, 144.0 * MIN, CLOSED);

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

    /// This limiter with its override from `overrides` (`Config::rate_limits`) applied, if any.
    fn configured(self, overrides: &BTreeMap<String, LimitConfig>) -> Limiter {
        match overrides.get(self.name) {
            Some(o) => Limiter {
                bucket_size: o.bucket_size,
                permit_every_ms: o.permit_every_secs * 1000.0,
                ..self
            },
            None => self,
        }
    }
}

/// The bucket's name: `<limiter>::<key>` (in Redis prefixed with [`REDIS_PREFIX`]).
fn bucket_key(limiter: &Limiter, key: &str) -> String {
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
        Err(retry_after_secs((n as f64 - available) * period))
    }
}

/// Whole seconds (at least one) covering a wait of `ms` milliseconds.
fn retry_after_secs(ms: f64) -> u64 {
    // The epsilon keeps float noise (20.000000001 s) from adding a second.
    (ms / 1000.0 - 1e-6).ceil().max(1.0) as u64
}

fn limited(retry_after_secs: u64) -> Error {
    Error::RateLimited {
        retry_after_secs: Some(retry_after_secs),
    }
}

/// Every token bucket of this process: in Redis when `redis_url` is set (one Lua script per
/// check, so every process shares them atomically), in process memory otherwise and while
/// Redis fails. Never an error other than 429.
pub struct RateLimiters {
    local: LocalBuckets,
    redis: Option<RedisBuckets>,
    /// `Config::rate_limits`: bucket sizes and rates that replace a limiter's defaults.
    overrides: BTreeMap<String, LimitConfig>,
}

impl RateLimiters {
    /// The buckets `config` asks for: in its `redis_url` when set (a malformed URL is logged
    /// and leaves them in this process), with its `rate_limits` overrides applied.
    pub fn new(config: &Config) -> RateLimiters {
        let limiters = match &config.redis_url {
            Some(url) => RateLimiters::redis(url).unwrap_or_else(|e| {
                tracing::error!(error = %e, "bad redis_url: rate limits stay in this process");
                RateLimiters::local()
            }),
            None => RateLimiters::local(),
        };
        RateLimiters {
            overrides: config.rate_limits.clone(),
            ..limiters
        }
    }

    /// In-process buckets only, without overrides.
    fn local() -> RateLimiters {
        RateLimiters {
            local: LocalBuckets::default(),
            redis: None,
            overrides: BTreeMap::new(),
        }
    }

    /// Buckets in the Redis at `url` (connected lazily, reconnected after failures), with
    /// in-process buckets as the fallback; no overrides.
    fn redis(url: &str) -> redis::RedisResult<RateLimiters> {
        Ok(RateLimiters {
            local: LocalBuckets::default(),
            redis: Some(RedisBuckets::new(url)?),
            overrides: BTreeMap::new(),
        })
    }

    /// Takes one permit for `key` from `limiter`, or fails with 429 and a Retry-After.
    pub async fn check(&self, limiter: Limiter, key: &str) -> Result<()> {
        self.check_n(limiter, key, 1).await
    }

    /// Takes `n` permits for `key` from `limiter`, or fails with 429 and a Retry-After.
    pub async fn check_n(&self, limiter: Limiter, key: &str, n: u64) -> Result<()> {
        let limiter = limiter.configured(&self.overrides);
        let checked = self.take(limiter, key, n).await;
        if checked.is_err() {
            crate::metrics::record_rate_limited(limiter.name);
        }
        checked
    }

    async fn take(&self, limiter: Limiter, key: &str, n: u64) -> Result<()> {
        if n > limiter.bucket_size {
            // Can never succeed; report the time a full bucket would take.
            return Err(limited(retry_after_secs(n as f64 * limiter.period_ms())));
        }
        let now = now_millis();
        if let Some(redis) = &self.redis {
            match redis.take(&limiter, key, n, now).await {
                Some(0) => return Ok(()),
                Some(wait_ms) => return Err(limited(retry_after_secs(wait_ms as f64))),
                None if limiter.fail_open => return Ok(()),
                None => {}
            }
        }
        self.local.take(&limiter, key, n, now).map_err(limited)
    }

    /// Refills `key`'s bucket (e.g. the PIN limiter after a correct registration lock).
    pub async fn reset(&self, limiter: Limiter, key: &str) {
        let limiter = limiter.configured(&self.overrides);
        self.local.reset(&limiter, key);
        if let Some(redis) = &self.redis {
            redis.reset(&limiter, key).await;
        }
    }

    /// Drops the in-process buckets that have refilled (they are full again when next used);
    /// Redis expires its own. Returns how many were dropped.
    pub fn sweep(&self) -> usize {
        self.local.sweep(now_millis())
    }
}

/// Token buckets in process memory, sharded to keep lock hold times short.
struct LocalBuckets {
    shards: Vec<Mutex<Shard>>,
    hasher: std::collections::hash_map::RandomState,
}

const SHARDS: usize = 16;
/// A shard sweeps its refilled buckets when it grows past this (and then past twice what
/// the sweep left).
const SWEEP_AT: usize = 1024;

#[derive(Default)]
struct Shard {
    buckets: HashMap<String, Bucket>,
    sweep_at: usize,
}

struct Bucket {
    tokens: f64,
    updated_at: i64,
    /// When the bucket is full again (and can be forgotten).
    full_at: i64,
}

impl Default for LocalBuckets {
    fn default() -> Self {
        LocalBuckets {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            hasher: Default::default(),
        }
    }
}

impl LocalBuckets {
    fn shard(&self, id: &str) -> std::sync::MutexGuard<'_, Shard> {
        let index = self.hasher.hash_one(id) as usize % SHARDS;
        self.shards[index].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `Err(retry after, seconds)` when the permits are not there (the bucket unchanged).
    fn take(&self, limiter: &Limiter, key: &str, n: u64, now: i64) -> Result<(), u64> {
        let id = bucket_key(limiter, key);
        let mut shard = self.shard(&id);
        let (tokens, updated_at) = match shard.buckets.get(&id) {
            Some(b) => (b.tokens, b.updated_at),
            None => (limiter.bucket_size as f64, now),
        };
        let left = take(limiter, tokens, updated_at, now, n)?;
        let updated_at = now.max(updated_at);
        let missing = limiter.bucket_size as f64 - left;
        let full_at = updated_at + (missing * limiter.period_ms()).ceil() as i64;
        shard.buckets.insert(
            id,
            Bucket {
                tokens: left,
                updated_at,
                full_at,
            },
        );
        if shard.buckets.len() > shard.sweep_at.max(SWEEP_AT) {
            shard.buckets.retain(|_, b| b.full_at > now);
            shard.sweep_at = 2 * shard.buckets.len();
        }
        Ok(())
    }

    fn reset(&self, limiter: &Limiter, key: &str) {
        let id = bucket_key(limiter, key);
        self.shard(&id).buckets.remove(&id);
    }

    fn sweep(&self, now: i64) -> usize {
        let mut dropped = 0;
        for shard in &self.shards {
            let mut shard = shard.lock().unwrap_or_else(|p| p.into_inner());
            let before = shard.buckets.len();
            shard.buckets.retain(|_, b| b.full_at > now);
            dropped += before - shard.buckets.len();
        }
        dropped
    }
}

/// Prefix of the buckets' Redis keys.
const REDIS_PREFIX: &str = "signal-rate:";
/// How long one Redis check may take before the in-process buckets decide instead.
const REDIS_TIMEOUT: Duration = Duration::from_millis(250);
/// After a Redis failure, how long checks skip Redis before trying it again.
const REDIS_RETRY_MS: i64 = 1000;

/// Takes permits atomically from a token bucket stored in a Redis hash (`tokens`, `at`).
/// Arguments: bucket size, milliseconds per permit, now (ms), permits wanted. Returns 0 when
/// the permits were taken, otherwise the milliseconds until they would be there (the bucket
/// is then left as it was). A bucket that is full again is deleted; otherwise it expires when
/// it would be full.
const TAKE_SCRIPT: &str = r#"
local size = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local wanted = tonumber(ARGV[4])
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = size, now
if stored[1] and stored[2] then
  tokens = tonumber(stored[1])
  at = tonumber(stored[2])
end
local available = math.min(size, tokens + math.max(0, now - at) / period)
if available + 1e-9 < wanted then
  return math.max(1, math.ceil((wanted - available) * period))
end
local left = math.max(0, available - wanted)
local refill_ms = math.ceil((size - left) * period)
if refill_ms <= 0 then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', left),
    'at', string.format('%d', math.max(now, at)))
  redis.call('PEXPIRE', KEYS[1], refill_ms)
end
return 0
"#;

struct RedisBuckets {
    conn: redis::aio::ConnectionManager,
    script: redis::Script,
    /// Until when (ms) Redis is skipped after a failure; 0 while it works.
    down_until: AtomicI64,
}

impl RedisBuckets {
    fn new(url: &str) -> redis::RedisResult<RedisBuckets> {
        let client = redis::Client::open(url)?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(REDIS_TIMEOUT))
            .set_response_timeout(Some(REDIS_TIMEOUT))
            .set_number_of_retries(0);
        Ok(RedisBuckets {
            conn: redis::aio::ConnectionManager::new_lazy_with_config(client, config)?,
            script: redis::Script::new(TAKE_SCRIPT),
            down_until: AtomicI64::new(0),
        })
    }

    /// `Some(0)` when taken, `Some(ms to wait)` when refused, `None` when Redis failed.
    async fn take(&self, limiter: &Limiter, key: &str, n: u64, now: i64) -> Option<i64> {
        if now < self.down_until.load(Ordering::Relaxed) {
            return None;
        }
        let mut conn = self.conn.clone();
        let mut invocation = self
            .script
            .key(format!("{REDIS_PREFIX}{}", bucket_key(limiter, key)));
        invocation
            .arg(limiter.bucket_size)
            .arg(limiter.period_ms())
            .arg(now)
            .arg(n);
        let result =
            tokio::time::timeout(REDIS_TIMEOUT, invocation.invoke_async::<i64>(&mut conn)).await;
        match result {
            Ok(Ok(wait_ms)) => {
                if self.down_until.swap(0, Ordering::Relaxed) != 0 {
                    tracing::info!("redis reachable again: rate limits are shared again");
                }
                Some(wait_ms.max(0))
            }
            Ok(Err(e)) => self.failed(now, &e.to_string()),
            Err(_) => self.failed(now, "timed out"),
        }
    }

    fn failed(&self, now: i64, error: &str) -> Option<i64> {
        if self
            .down_until
            .swap(now + REDIS_RETRY_MS, Ordering::Relaxed)
            == 0
        {
            tracing::warn!(
                error,
                "redis unavailable: rate limits fall back to this process's buckets \
                 (fail-open limiters pass)"
            );
        }
        None
    }

    async fn reset(&self, limiter: &Limiter, key: &str) {
        let mut conn = self.conn.clone();
        let key = format!("{REDIS_PREFIX}{}", bucket_key(limiter, key));
        let deleted = tokio::time::timeout(REDIS_TIMEOUT, conn.del::<_, i64>(&key)).await;
        if !matches!(deleted, Ok(Ok(_))) {
            tracing::warn!(key, "cannot reset a rate-limit bucket in redis");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: Limiter = limiter("test", 6, 30_000.0, CLOSED);

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
        let l = REGISTRATION.configured(&config.rate_limits);
        assert_eq!((l.bucket_size, l.permit_every_ms), (2, 1500.0));
        assert_eq!(PIN.configured(&config.rate_limits), PIN);
    }

    fn retry_after(result: Result<()>) -> u64 {
        match result {
            Err(Error::RateLimited {
                retry_after_secs: Some(s),
            }) => s,
            other => panic!("expected 429, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn in_process_buckets() {
        let limiters = RateLimiters::local();
        for _ in 0..6 {
            limiters.check(L, "k").await.unwrap();
        }
        assert!((1..=30).contains(&retry_after(limiters.check(L, "k").await)));
        // Another key has its own bucket; a reset refills.
        limiters.check_n(L, "other", 6).await.unwrap();
        limiters.reset(L, "k").await;
        limiters.check_n(L, "k", 6).await.unwrap();
        assert_eq!(retry_after(limiters.check_n(L, "k", 7).await), 210);
        // Nothing has refilled yet; a bucket that refills at once is dropped by the sweep.
        assert_eq!(limiters.sweep(), 0);
        let fast = limiter("fast", 2, 0.001, CLOSED);
        limiters.check(fast, "k").await.unwrap();
        std::thread::sleep(Duration::from_millis(2));
        assert_eq!(limiters.sweep(), 1);
    }

    /// A private Redis for one test, killed when dropped.
    pub(crate) struct PrivateRedis {
        child: std::process::Child,
        pub url: String,
    }

    impl PrivateRedis {
        pub(crate) fn start() -> PrivateRedis {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let child = std::process::Command::new("redis-server")
                .args([
                    "--port",
                    &port.to_string(),
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ])
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("redis-server is installed");
            for _ in 0..100 {
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            PrivateRedis {
                child,
                url: format!("redis://127.0.0.1:{port}"),
            }
        }

        pub(crate) fn kill(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    impl Drop for PrivateRedis {
        fn drop(&mut self) {
            self.kill();
        }
    }

    #[tokio::test]
    async fn redis_buckets_are_shared_and_fall_back_when_redis_dies() {
        let mut redis = PrivateRedis::start();
        let one = RateLimiters::redis(&redis.url).unwrap();
        let two = RateLimiters::redis(&redis.url).unwrap();
        for i in 0..6 {
            let limiters = if i % 2 == 0 { &one } else { &two };
            limiters.check(L, "k").await.unwrap();
        }
        assert!((1..=30).contains(&retry_after(two.check(L, "k").await)));
        assert!((1..=30).contains(&retry_after(one.check(L, "k").await)));
        // A reset through one process refills the bucket for both.
        one.reset(L, "k").await;
        two.check_n(L, "k", 6).await.unwrap();
        assert_eq!(retry_after(one.check(L, "k").await), 30);
        // Fractions of permits accumulate in Redis too: a bucket that gains one per 50 ms.
        let fast = limiter("fast", 1, 50.0, CLOSED);
        one.check(fast, "k").await.unwrap();
        assert!(two.check(fast, "k").await.is_err());
        tokio::time::sleep(Duration::from_millis(60)).await;
        two.check(fast, "k").await.unwrap();

        // Redis goes away: the checks fall back to the in-process buckets at once (no error,
        // no wait), fail-open limiters pass.
        redis.kill();
        let started = std::time::Instant::now();
        for _ in 0..6 {
            one.check(L, "k").await.unwrap();
        }
        assert!(one.check(L, "k").await.is_err());
        let open = limiter("open", 1, 30_000.0, OPEN);
        for _ in 0..3 {
            one.check(open, "k").await.unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}
