//! HTTP Basic authentication of accounts: `ACI[.deviceId]:password`.
//!
//! Without a device id the primary (1) is meant. Phone numbers and PNIs are not accepted
//! as user names. The password is checked against the device's SaltedTokenHash in
//! constant time; any failure leaves the request anonymous, and operations that require
//! authentication then answer 401.

use std::cell::RefCell;
use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::crypto::token_hash::SaltedTokenHash;
use crate::db::{accounts, devices};
use crate::error::Result;
use crate::events::bus::Bus;
use crate::types::{Aci, DeviceId, Pni};

/// A verified caller: the account and the device whose credentials were presented.
#[derive(Clone, Debug)]
pub struct AuthenticatedDevice {
    pub account: accounts::Model,
    pub device: devices::Model,
}

impl AuthenticatedDevice {
    pub fn aci(&self) -> Aci {
        self.account.aci
    }
    pub fn pni(&self) -> Pni {
        self.account.pni
    }
    pub fn device_id(&self) -> DeviceId {
        self.device.device_id
    }
    pub fn is_primary(&self) -> bool {
        self.device_id().is_primary()
    }
    /// The Basic user name this caller used, normalized.
    pub fn username(&self) -> String {
        format!("{}.{}", self.aci(), self.device_id())
    }
}

/// Splits a Basic `Authorization` header value into user name and password.
pub fn parse_basic(header: &str) -> Option<(String, String)> {
    let encoded = header
        .strip_prefix("Basic ")
        .or_else(|| header.strip_prefix("basic "))?;
    // As the reference's `Base64.getDecoder()`: standard alphabet, padding optional.
    let decoded = crate::b64::std(encoded.trim())?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}

/// Parses `ACI` or `ACI.deviceId`.
pub fn parse_username(user: &str) -> Option<(Aci, DeviceId)> {
    let (aci, device) = match user.split_once('.') {
        Some((aci, device)) => (aci, DeviceId::new(device.parse::<i64>().ok()?)?),
        None => (user, DeviceId::PRIMARY),
    };
    Some((Aci(Uuid::parse_str(aci).ok()?), device))
}

/// Verifies Basic credentials; `Ok(None)` when they do not identify a device.
///
/// Credentials verified before are answered from [`AuthCache`] without touching the database
/// (the device's `lastSeen` day is written at most once a day); others are read and checked
/// against the stored SaltedTokenHash, then cached.
pub async fn authenticate(
    db: &DatabaseConnection,
    cache: &AuthCache,
    header: &str,
) -> Result<Option<AuthenticatedDevice>> {
    let Some((user, password)) = parse_basic(header) else {
        return Ok(None);
    };
    let Some((aci, device_id)) = parse_username(&user) else {
        return Ok(None);
    };
    let digest = cache.digest(aci, device_id, &password);
    // Without a stamp (Redis failing) the cache is not used.
    let stamp = cache.stamp(aci).await;
    if let Some(stamp) = &stamp {
        if let Some(mut hit) = cache.lookup(aci, device_id, &digest, stamp) {
            touch_last_seen(db, cache, &mut hit.device).await?;
            return Ok(Some(hit));
        }
    }
    let generation = cache.generation();
    let Some(mut device) = devices::Entity::find_by_id((aci, device_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let hash = SaltedTokenHash {
        hash: device.auth_token_hash.clone(),
        salt: device.auth_token_salt.clone(),
    };
    if !hash.verify(&password) {
        return Ok(None);
    }
    let Some(account) = accounts::Entity::find_by_id(aci).one(db).await? else {
        return Ok(None);
    };
    touch_last_seen(db, cache, &mut device).await?;
    if let Some(stamp) = stamp {
        cache.store(generation, stamp, &account, &device, digest);
    }
    Ok(Some(AuthenticatedDevice { account, device }))
}

/// Records the day a device was last seen, at most once a day (day-truncated, as the
/// real server stores it). Not an account change: other processes' caches keep their older
/// day and write it themselves once.
async fn touch_last_seen(
    db: &DatabaseConnection,
    cache: &AuthCache,
    device: &mut devices::Model,
) -> Result<()> {
    let today = crate::db::today_millis();
    if device.last_seen >= today {
        return Ok(());
    }
    // A device removed meanwhile updates nothing, which is not an error here.
    devices::Entity::update_many()
        .col_expr(devices::Column::LastSeen, Expr::value(today))
        .filter(devices::Column::Aci.eq(device.aci))
        .filter(devices::Column::DeviceId.eq(device.device_id))
        .filter(devices::Column::LastSeen.lt(today))
        .exec(db)
        .await?;
    device.last_seen = today;
    cache.seen(device.aci, device.device_id, today);
    Ok(())
}

/// How many accounts the credential cache holds at most.
const CACHE_CAPACITY: usize = 100_000;
/// How long a cached account is trusted at most: the safety net should an invalidation from
/// another process be lost (Redis restarting).
const CACHE_TTL: Duration = Duration::from_secs(30);

/// Verified credentials with the account and device rows they belong to, so that
/// authentication reads no database. Passwords are never stored: a cached device keeps an
/// HMAC of the password that verified (keyed with a random per-process key), compared in
/// constant time.
///
/// Every change to an account or its devices calls [`changed`]; once the request that made it
/// has committed, [`tracking_changes`] drops the account from this cache and, through the bus
/// (Redis pub/sub with `redis_url`), from every other process's. A generation counter keeps a
/// request that read the database before such an invalidation from caching what it read.
///
/// Pub/sub alone may deliver an invalidation after the next request has reached another
/// process, so with `redis_url` every account also has a change counter in Redis
/// ([`Stamp`]): the writer increments it before its response leaves, and a cached entry is
/// used only while the counter (one `MGET` per request) is still the one read before the
/// entry was loaded. While Redis fails the cache is not used (the database is read), and
/// the first failure seen clears it.
pub struct AuthCache {
    entries: quick_cache::sync::Cache<Aci, Arc<CachedAccount>>,
    /// Accounts with every device, as senders of messages read them (by ACI), under the
    /// same invalidation, stamps and TTL as `entries`.
    accounts: quick_cache::sync::Cache<Aci, Arc<AccountDevices>>,
    /// Bumped by every invalidation and held while an entry is stored.
    generation: Mutex<u64>,
    key: [u8; 32],
    ttl: Duration,
    epochs: Option<Epochs>,
}

struct CachedAccount {
    account: accounts::Model,
    devices: Vec<CachedDevice>,
    loaded: Instant,
    stamp: Stamp,
}

/// An account's change counter as read before its rows: the Redis instance's random boot id
/// (a Redis restarted empty gets a new one) and the account's counter. Empty without Redis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamp(Option<(String, i64)>);

/// The change counters in Redis (`signal-auth-epoch:<aci>`, kept a day after the last change,
/// far longer than an entry lives), with `signal-auth-boot` naming the Redis instance.
struct Epochs {
    conn: redis::aio::ConnectionManager,
    /// Until when (ms) Redis is skipped after a failure; 0 while it works.
    down_until: AtomicI64,
}

const BOOT_KEY: &str = "signal-auth-boot";
const EPOCH_TTL_SECS: i64 = 86_400;
const REDIS_TIMEOUT: Duration = Duration::from_millis(250);
const REDIS_RETRY_MS: i64 = 1000;

fn epoch_key(aci: Aci) -> String {
    format!("signal-auth-epoch:{aci}")
}

impl Epochs {
    fn new(url: &str) -> redis::RedisResult<Epochs> {
        let client = redis::Client::open(url)?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(REDIS_TIMEOUT))
            .set_response_timeout(Some(REDIS_TIMEOUT))
            .set_number_of_retries(0);
        Ok(Epochs {
            conn: redis::aio::ConnectionManager::new_lazy_with_config(client, config)?,
            down_until: AtomicI64::new(0),
        })
    }

    fn available(&self) -> bool {
        crate::db::now_millis() >= self.down_until.load(Ordering::Relaxed)
    }

    /// Records the outcome of a Redis call; `true` when this failure starts an outage.
    fn outcome(&self, ok: bool) -> bool {
        if ok {
            if self.down_until.swap(0, Ordering::Relaxed) != 0 {
                tracing::info!("redis reachable again: credential cache in use again");
            }
            return false;
        }
        let until = crate::db::now_millis() + REDIS_RETRY_MS;
        let starts = self.down_until.swap(until, Ordering::Relaxed) == 0;
        if starts {
            tracing::warn!("redis unavailable: authentication reads the database meanwhile");
        }
        starts
    }

    async fn stamp(&self, aci: Aci) -> redis::RedisResult<Stamp> {
        let mut conn = self.conn.clone();
        let (boot, epoch): (Option<String>, Option<i64>) = redis::cmd("MGET")
            .arg(BOOT_KEY)
            .arg(epoch_key(aci))
            .query_async(&mut conn)
            .await?;
        let boot = match boot {
            Some(boot) => boot,
            None => {
                let fresh = hex::encode(rand::random::<[u8; 16]>());
                let _: redis::Value = redis::cmd("SET")
                    .arg(BOOT_KEY)
                    .arg(fresh)
                    .arg("NX")
                    .query_async(&mut conn)
                    .await?;
                redis::cmd("GET")
                    .arg(BOOT_KEY)
                    .query_async(&mut conn)
                    .await?
            }
        };
        Ok(Stamp(Some((boot, epoch.unwrap_or(0)))))
    }

    async fn bump(&self, aci: Aci) -> redis::RedisResult<()> {
        let mut conn = self.conn.clone();
        let key = epoch_key(aci);
        redis::pipe()
            .incr(&key, 1)
            .ignore()
            .expire(&key, EPOCH_TTL_SECS)
            .ignore()
            .query_async(&mut conn)
            .await
    }
}

/// An account with all its devices (ordered by device id).
pub struct AccountDevices {
    pub account: accounts::Model,
    pub devices: Vec<devices::Model>,
    loaded: Instant,
    stamp: Stamp,
}

#[derive(Clone)]
struct CachedDevice {
    device: devices::Model,
    password: [u8; 32],
}

impl Default for AuthCache {
    fn default() -> Self {
        AuthCache::new(CACHE_CAPACITY, CACHE_TTL)
    }
}

impl AuthCache {
    fn new(capacity: usize, ttl: Duration) -> AuthCache {
        AuthCache {
            entries: quick_cache::sync::Cache::new(capacity),
            accounts: quick_cache::sync::Cache::new(capacity),
            generation: Mutex::new(0),
            key: rand::random(),
            ttl,
            epochs: None,
        }
    }

    /// A cache whose entries are checked against change counters in the Redis at `url`.
    pub fn with_redis(url: &str) -> redis::RedisResult<AuthCache> {
        Ok(AuthCache {
            epochs: Some(Epochs::new(url)?),
            ..AuthCache::default()
        })
    }

    /// `aci`'s current [`Stamp`]; `None` when it cannot be known (Redis failing), in which
    /// case the cache must not be used.
    async fn stamp(&self, aci: Aci) -> Option<Stamp> {
        let Some(epochs) = &self.epochs else {
            return Some(Stamp::default());
        };
        if !epochs.available() {
            return None;
        }
        let stamp = tokio::time::timeout(REDIS_TIMEOUT, epochs.stamp(aci)).await;
        match stamp {
            Ok(Ok(stamp)) => {
                epochs.outcome(true);
                Some(stamp)
            }
            _ => {
                if epochs.outcome(false) {
                    self.clear();
                }
                None
            }
        }
    }

    /// Drops `aci` here and advances its change counter for every process.
    async fn changed_everywhere(&self, aci: Aci) {
        self.invalidate(aci);
        let Some(epochs) = &self.epochs else {
            return;
        };
        let bumped = tokio::time::timeout(REDIS_TIMEOUT, epochs.bump(aci)).await;
        let ok = matches!(bumped, Ok(Ok(())));
        if !ok {
            tracing::warn!(%aci, "cannot record an account change in redis");
        }
        if epochs.outcome(ok) {
            self.clear();
        }
    }

    /// `aci`'s entry, unless it has outlived the TTL.
    fn live_entry(&self, aci: &Aci) -> Option<Arc<CachedAccount>> {
        let entry = self.entries.get(aci)?;
        (entry.loaded.elapsed() <= self.ttl).then_some(entry)
    }

    fn digest(&self, aci: Aci, device_id: DeviceId, password: &str) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key)
            .expect("HMAC accepts keys of any length");
        mac.update(aci.0.as_bytes());
        mac.update(&[device_id.get()]);
        mac.update(password.as_bytes());
        mac.finalize().into_bytes().into()
    }

    fn lookup(
        &self,
        aci: Aci,
        device_id: DeviceId,
        digest: &[u8; 32],
        stamp: &Stamp,
    ) -> Option<AuthenticatedDevice> {
        let entry = self.live_entry(&aci).filter(|e| e.stamp == *stamp)?;
        let cached = entry
            .devices
            .iter()
            .find(|d| d.device.device_id == device_id)?;
        if !bool::from(cached.password.ct_eq(digest)) {
            return None;
        }
        Some(AuthenticatedDevice {
            account: entry.account.clone(),
            device: cached.device.clone(),
        })
    }

    fn generation(&self) -> u64 {
        *self.generation.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Caches a verified device, unless an invalidation happened since `generation` was read
    /// (what was read may predate it).
    fn store(
        &self,
        generation: u64,
        stamp: Stamp,
        account: &accounts::Model,
        device: &devices::Model,
        password: [u8; 32],
    ) {
        let current = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        if *current != generation {
            return;
        }
        // Devices cached before stay (no invalidation happened since), until the TTL ends.
        let previous = self.live_entry(&account.aci).filter(|e| e.stamp == stamp);
        let mut devices: Vec<CachedDevice> = previous
            .as_ref()
            .map(|e| {
                let others = e.devices.iter();
                others
                    .filter(|d| d.device.device_id != device.device_id)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        devices.push(CachedDevice {
            device: device.clone(),
            password,
        });
        let loaded = previous.map_or_else(Instant::now, |e| e.loaded);
        let entry = CachedAccount {
            account: account.clone(),
            devices,
            loaded,
            stamp,
        };
        self.entries.insert(account.aci, Arc::new(entry));
    }

    /// Notes a device's new `lastSeen` day in its cached copy.
    fn seen(&self, aci: Aci, device_id: DeviceId, day: i64) {
        let _guard = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        let Some(entry) = self.entries.get(&aci) else {
            return;
        };
        let mut devices = entry.devices.clone();
        for d in devices
            .iter_mut()
            .filter(|d| d.device.device_id == device_id)
        {
            d.device.last_seen = day;
        }
        let entry = CachedAccount {
            account: entry.account.clone(),
            devices,
            loaded: entry.loaded,
            stamp: entry.stamp.clone(),
        };
        self.entries.insert(aci, Arc::new(entry));
    }

    /// Forgets `aci`'s account and devices.
    pub fn invalidate(&self, aci: Aci) {
        let mut generation = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        *generation += 1;
        self.entries.remove(&aci);
        self.accounts.remove(&aci);
    }

    /// Forgets everything (when invalidations may have been missed).
    pub fn clear(&self) {
        let mut generation = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        *generation += 1;
        self.entries.clear();
        self.accounts.clear();
    }

    /// The account `aci` with all its devices: from this cache while no change to the account
    /// was recorded since it was read (the rules of [`AuthCache`]), else from the database
    /// (one statement) and cached. `None` when there is no such account.
    pub async fn account_devices(
        &self,
        db: &sea_orm::DatabaseConnection,
        aci: Aci,
    ) -> Result<Option<Arc<AccountDevices>>> {
        let stamp = self.stamp(aci).await;
        if let Some(stamp) = &stamp {
            let hit = self.accounts.get(&aci);
            if let Some(hit) = hit.filter(|e| e.stamp == *stamp && e.loaded.elapsed() <= self.ttl) {
                return Ok(Some(hit));
            }
        }
        let generation = self.generation();
        let mut rows = accounts::Entity::find_by_id(aci)
            .find_with_related(devices::Entity)
            .all(db)
            .await?;
        let Some((account, mut devices)) = rows.pop() else {
            return Ok(None);
        };
        devices.sort_by_key(|d| d.device_id);
        let entry = Arc::new(AccountDevices {
            account,
            devices,
            loaded: Instant::now(),
            stamp: stamp.clone().unwrap_or_default(),
        });
        if stamp.is_some() {
            let current = self.generation.lock().unwrap_or_else(|p| p.into_inner());
            if *current == generation {
                self.accounts.insert(aci, entry.clone());
            }
        }
        Ok(Some(entry))
    }
}

/// The bus topic on which processes announce changed accounts (payload: the ACI's 16 bytes).
pub const CHANGED_TOPIC: &str = "auth-changed";

tokio::task_local! {
    /// The ACIs whose account or devices the running request changed.
    static CHANGED: RefCell<Vec<Aci>>;
}

/// Records that the account `aci` or one of its devices is being changed (credentials,
/// removal, deletion, any column): when the request ends, its cached credentials are dropped
/// everywhere (see [`tracking_changes`]). Call it next to every write to `accounts` or
/// `devices`.
pub fn changed(aci: Aci) {
    if CHANGED.try_with(|c| c.borrow_mut().push(aci)).is_err() {
        tracing::warn!(%aci, "account changed outside a request: other caches expire it late");
    }
}

/// Runs `request`, then drops every account it [`changed`] from this process's credential
/// cache and announces it to the others, before the response leaves.
pub async fn tracking_changes<F: Future>(cache: &AuthCache, bus: &Bus, request: F) -> F::Output {
    let (output, changed) = CHANGED
        .scope(RefCell::new(Vec::new()), async {
            let output = request.await;
            (
                output,
                CHANGED.with(|c| std::mem::take(&mut *c.borrow_mut())),
            )
        })
        .await;
    let mut changed = changed;
    changed.sort();
    changed.dedup();
    for aci in changed {
        cache.changed_everywhere(aci).await;
        let payload = Bytes::copy_from_slice(aci.0.as_bytes());
        bus.publish(CHANGED_TOPIC, payload).await;
    }
    output
}

/// Applies the invalidations other processes announce (and this one's own, harmlessly
/// twice) until the bus goes away. Missed events (a lagging subscriber) clear the cache.
pub fn spawn_invalidations(bus: &Bus, cache: Arc<AuthCache>) -> tokio::task::JoinHandle<()> {
    let mut events = bus.subscribe(CHANGED_TOPIC);
    tokio::spawn(async move {
        while let Some(event) = events.recv_or_lagged().await {
            match event.ok().and_then(|b| Uuid::from_slice(&b).ok()) {
                Some(aci) => cache.invalidate(Aci(aci)),
                None => cache.clear(),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn dev(id: i64) -> DeviceId {
        DeviceId::new(id).unwrap()
    }

    fn account(aci: Aci) -> accounts::Model {
        accounts::Model {
            aci,
            pni: Pni(Uuid::new_v4()),
            number: "+15555550100".into(),
            identity_key: vec![5; 33],
            pni_identity_key: vec![5; 33],
            username_hash: None,
            username_link_handle: None,
            encrypted_username: None,
            registration_lock_hash: None,
            registration_lock_salt: None,
            unidentified_access_key: None,
            unrestricted_unidentified_access: false,
            discoverable_by_phone_number: true,
            current_profile_version: None,
            badges: "[]".into(),
            data: "{}".into(),
            created_at: 0,
            version: 0,
        }
    }

    fn device(aci: Aci, device_id: DeviceId) -> devices::Model {
        devices::Model {
            aci,
            device_id,
            name: None,
            auth_token_hash: "2.00".into(),
            auth_token_salt: "00".into(),
            registration_id: 1,
            pni_registration_id: 2,
            apn_id: None,
            gcm_id: None,
            fetches_messages: true,
            capabilities: "[]".into(),
            created_at: 0,
            last_seen: 0,
            user_agent: None,
        }
    }

    #[test]
    fn cache_hits_misses_and_invalidations() {
        let cache = AuthCache::default();
        let aci = Aci(Uuid::new_v4());
        let (one, two) = (dev(1), dev(2));
        let digest = |d, pw| cache.digest(aci, d, pw);
        cache.store(
            cache.generation(),
            Stamp::default(),
            &account(aci),
            &device(aci, dev(1)),
            digest(one, "pw1"),
        );
        cache.store(
            cache.generation(),
            Stamp::default(),
            &account(aci),
            &device(aci, dev(2)),
            digest(two, "pw2"),
        );
        assert!(cache
            .lookup(aci, one, &digest(one, "pw1"), &Stamp::default())
            .is_some());
        assert!(cache
            .lookup(aci, two, &digest(two, "pw2"), &Stamp::default())
            .is_some());
        // Another password, or another device's password, is not a hit.
        assert!(cache
            .lookup(aci, one, &digest(one, "pw2"), &Stamp::default())
            .is_none());
        assert!(cache
            .lookup(aci, two, &digest(one, "pw1"), &Stamp::default())
            .is_none());
        // An invalidation drops every device of the account.
        cache.invalidate(aci);
        assert!(cache
            .lookup(aci, one, &digest(one, "pw1"), &Stamp::default())
            .is_none());
        assert!(cache
            .lookup(aci, two, &digest(two, "pw2"), &Stamp::default())
            .is_none());
        // What was read before an invalidation is not stored after it.
        let before = cache.generation();
        cache.invalidate(aci);
        cache.store(
            before,
            Stamp::default(),
            &account(aci),
            &device(aci, dev(1)),
            digest(one, "pw1"),
        );
        assert!(cache
            .lookup(aci, one, &digest(one, "pw1"), &Stamp::default())
            .is_none());
        // An entry loaded under another change counter (another process changed the account
        // since) is not a hit.
        let other = Stamp(Some(("boot".into(), 1)));
        assert!(cache
            .lookup(aci, one, &digest(one, "pw1"), &other)
            .is_none());
        // lastSeen updates reach the cached copy.
        cache.store(
            cache.generation(),
            Stamp::default(),
            &account(aci),
            &device(aci, dev(1)),
            digest(one, "pw1"),
        );
        cache.seen(aci, dev(1), 86_400_000);
        let hit = cache
            .lookup(aci, one, &digest(one, "pw1"), &Stamp::default())
            .unwrap();
        assert_eq!(hit.device.last_seen, 86_400_000);
    }

    #[test]
    fn entries_expire_and_are_cached_again() {
        let cache = AuthCache::new(10, Duration::from_millis(20));
        let aci = Aci(Uuid::new_v4());
        let digest = cache.digest(aci, dev(1), "pw");
        cache.store(
            cache.generation(),
            Stamp::default(),
            &account(aci),
            &device(aci, dev(1)),
            digest,
        );
        assert!(cache
            .lookup(aci, dev(1), &digest, &Stamp::default())
            .is_some());
        std::thread::sleep(Duration::from_millis(30));
        assert!(cache
            .lookup(aci, dev(1), &digest, &Stamp::default())
            .is_none());
        // Read again from the database: cached for another TTL.
        cache.store(
            cache.generation(),
            Stamp::default(),
            &account(aci),
            &device(aci, dev(1)),
            digest,
        );
        assert!(cache
            .lookup(aci, dev(1), &digest, &Stamp::default())
            .is_some());
    }

    #[test]
    fn usernames() {
        let aci = "9ad241c5-7f54-434e-90ed-a42766cbf0f0";
        assert_eq!(parse_username(aci).unwrap().1, dev(1));
        assert_eq!(parse_username(&format!("{aci}.3")).unwrap().1, dev(3));
        assert!(parse_username(&format!("{aci}.0")).is_none());
        assert!(parse_username("+15555550100").is_none());
        assert!(parse_username(&format!("PNI:{aci}")).is_none());
        let header = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{aci}.2:pw:x"))
        );
        assert_eq!(
            parse_basic(&header),
            Some((format!("{aci}.2"), "pw:x".into()))
        );
        // Padding is optional, as in Java's decoder; a wrong padding is not base64.
        let unpadded = header.trim_end_matches('=');
        assert_ne!(unpadded, header);
        assert_eq!(
            parse_basic(unpadded),
            Some((format!("{aci}.2"), "pw:x".into()))
        );
        assert_eq!(parse_basic(&format!("{unpadded}=")), None);
    }
}
