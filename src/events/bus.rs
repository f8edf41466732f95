//! Events between server processes: "a message arrived for this device", "a provisioning
//! message for this address". With `redis_url` configured, events travel over Redis
//! pub/sub so that several server processes on one database reach each other's sockets;
//! without it they stay in this process.
//!
//! Topics are plain strings; payloads are bytes. Delivery is best-effort (subscribers
//! re-read durable state from the database on every event).
//!
//! Redis is an accelerator, never a single point of failure: the bus starts while Redis is
//! unreachable, and its publisher and subscriber connections reconnect with backoff (the
//! subscriber's pattern subscription covers every topic, so reconnecting resubscribes them
//! all). While either is down the bus is [`BusHealth::Degraded`]: events still reach
//! subscribers in this process, and [`Bus::health_watch`] lets sockets fall back to
//! checking the database periodically, and once more when Redis returns.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use redis::AsyncCommands;
use tokio::sync::{broadcast, watch, Notify};

const PREFIX: &str = "signal:";

/// Longest a Redis command (or connection attempt) may take before Redis counts as down.
const OP_TIMEOUT: Duration = Duration::from_secs(2);
/// Reconnection backoff: first delay, and the cap it doubles up to.
const BACKOFF_MIN: Duration = Duration::from_millis(100);
const BACKOFF_MAX: Duration = Duration::from_secs(5);
/// How often the subscriber connection is checked with a PING.
const SUBSCRIBER_PING: Duration = Duration::from_secs(5);

fn presence_key(key: &str) -> String {
    format!("signal-presence:{key}")
}

type Topics = Arc<Mutex<HashMap<String, broadcast::Sender<Bytes>>>>;

/// What the bus can currently reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusHealth {
    /// No Redis configured: events stay in this process (by design).
    Local,
    /// Redis configured and both connections up: events reach every process.
    Connected,
    /// Redis configured but unreachable: events stay in this process until it returns.
    Degraded,
}

#[derive(Clone)]
pub struct Bus {
    topics: Topics,
    redis: Option<Arc<Link>>,
    health: watch::Receiver<BusHealth>,
    /// Keeps the health channel open for a local bus.
    _health_tx: Arc<watch::Sender<BusHealth>>,
}

/// The Redis side of the bus: the client, the publisher connection (also used for
/// presence), and whether each connection is up.
struct Link {
    client: redis::Client,
    publisher: Mutex<Option<redis::aio::MultiplexedConnection>>,
    publisher_up: AtomicBool,
    subscriber_up: AtomicBool,
    /// Wakes the publisher's supervisor after a failed command.
    publisher_lost: Notify,
    health: Arc<watch::Sender<BusHealth>>,
}

impl Link {
    /// Recomputes the health after a connection changed state; logs transitions once.
    fn update_health(&self) {
        let up =
            self.publisher_up.load(Ordering::SeqCst) && self.subscriber_up.load(Ordering::SeqCst);
        let new = if up {
            BusHealth::Connected
        } else {
            BusHealth::Degraded
        };
        self.health.send_if_modified(|current| {
            if *current == new {
                return false;
            }
            match new {
                BusHealth::Connected => {
                    tracing::info!("redis reachable; cross-process events resume")
                }
                _ => tracing::warn!(
                    "redis unreachable; events stay in this process until it returns (sockets check their queues periodically)"
                ),
            }
            *current = new;
            true
        });
    }

    fn connection(&self) -> Option<redis::aio::MultiplexedConnection> {
        self.publisher
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Forgets a broken publisher connection and lets the supervisor reconnect.
    fn lose_publisher(&self) {
        self.publisher
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        self.publisher_up.store(false, Ordering::SeqCst);
        self.update_health();
        self.publisher_lost.notify_one();
    }

    /// Runs one command on the publisher connection, bounded by [`OP_TIMEOUT`]; `None` when
    /// Redis is down or the command failed (a failure drops the connection).
    async fn run<T, F, Fut>(&self, what: &str, command: F) -> Option<T>
    where
        F: FnOnce(redis::aio::MultiplexedConnection) -> Fut,
        Fut: std::future::Future<Output = redis::RedisResult<T>>,
    {
        let conn = self.connection()?;
        match tokio::time::timeout(OP_TIMEOUT, command(conn)).await {
            Ok(Ok(v)) => Some(v),
            Ok(Err(e)) => {
                tracing::debug!(error = %e, what, "redis command failed");
                self.lose_publisher();
                None
            }
            Err(_) => {
                tracing::debug!(what, "redis command timed out");
                self.lose_publisher();
                None
            }
        }
    }
}

/// Doubling delay with jitter, capped at [`BACKOFF_MAX`].
fn next_backoff(delay: Duration) -> Duration {
    (delay * 2).min(BACKOFF_MAX)
}

fn jittered(delay: Duration) -> Duration {
    delay + delay.mul_f64(rand::random::<f64>() * 0.25)
}

/// Keeps the publisher connection up while the bus exists.
async fn supervise_publisher(link: Weak<Link>) {
    let mut delay = BACKOFF_MIN;
    loop {
        let Some(l) = link.upgrade() else { return };
        if l.connection().is_some() {
            // Woken by a failed command, or checks the connection with a PING now and then
            // (so the health is right without traffic). The link is released in between, so
            // that this task ends with the bus.
            let lost = tokio::time::timeout(SUBSCRIBER_PING, l.publisher_lost.notified()).await;
            if lost.is_err() {
                l.run("ping", |mut conn| async move {
                    redis::cmd("PING")
                        .query_async::<redis::Value>(&mut conn)
                        .await
                })
                .await;
            }
            continue;
        }
        let attempt =
            tokio::time::timeout(OP_TIMEOUT, l.client.get_multiplexed_async_connection()).await;
        match attempt {
            Ok(Ok(conn)) => {
                *l.publisher.lock().unwrap_or_else(|p| p.into_inner()) = Some(conn);
                l.publisher_up.store(true, Ordering::SeqCst);
                l.update_health();
                delay = BACKOFF_MIN;
            }
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "redis publisher cannot connect");
                drop(l);
                tokio::time::sleep(jittered(delay)).await;
                delay = next_backoff(delay);
            }
            Err(_) => {
                drop(l);
                tokio::time::sleep(jittered(delay)).await;
                delay = next_backoff(delay);
            }
        }
    }
}

/// Keeps the pattern subscription up while the bus exists, fanning events out locally.
async fn supervise_subscriber(link: Weak<Link>, topics: Topics) {
    let mut delay = BACKOFF_MIN;
    loop {
        let Some(l) = link.upgrade() else { return };
        let client = l.client.clone();
        drop(l);
        let connected = tokio::time::timeout(OP_TIMEOUT, async {
            let mut pubsub = client.get_async_pubsub().await?;
            pubsub.psubscribe(format!("{PREFIX}*")).await?;
            Ok::<_, redis::RedisError>(pubsub)
        })
        .await;
        let pubsub = match connected {
            Ok(Ok(p)) => p,
            other => {
                if let Ok(Err(e)) = other {
                    tracing::debug!(error = %e, "redis subscriber cannot connect");
                }
                tokio::time::sleep(jittered(delay)).await;
                delay = next_backoff(delay);
                continue;
            }
        };
        delay = BACKOFF_MIN;
        let Some(l) = link.upgrade() else { return };
        l.subscriber_up.store(true, Ordering::SeqCst);
        l.update_health();
        drop(l);
        let (mut sink, mut messages) = pubsub.split();
        let mut ping = tokio::time::interval(SUBSCRIBER_PING);
        loop {
            tokio::select! {
                msg = messages.next() => {
                    let Some(msg) = msg else { break };
                    let Some(topic) = msg.get_channel_name().strip_prefix(PREFIX) else {
                        continue;
                    };
                    let sender = topics
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .get(topic)
                        .cloned();
                    if let Some(sender) = sender {
                        let _ = sender.send(Bytes::copy_from_slice(msg.get_payload_bytes()));
                    }
                }
                _ = ping.tick() => {
                    if link.strong_count() == 0 {
                        return;
                    }
                    let pong = tokio::time::timeout(OP_TIMEOUT, sink.ping::<redis::Value>()).await;
                    if !matches!(pong, Ok(Ok(_))) {
                        break;
                    }
                }
            }
        }
        let Some(l) = link.upgrade() else { return };
        l.subscriber_up.store(false, Ordering::SeqCst);
        l.update_health();
    }
}

/// A subscription; dropping it unsubscribes.
pub struct Subscription {
    topic: String,
    receiver: broadcast::Receiver<Bytes>,
    topics: Topics,
}

impl Subscription {
    /// The next event; `None` when the bus is gone. Lagging is not an error: events only
    /// say "look again".
    pub async fn recv(&mut self) -> Option<Bytes> {
        loop {
            match self.receiver.recv().await {
                Ok(b) => return Some(b),
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}

impl Subscription {
    /// The next event, or `Err(n)` when `n` events were dropped because this subscriber
    /// lagged (for subscribers that must not miss any); `None` when the bus is gone.
    pub async fn recv_or_lagged(&mut self) -> Option<Result<Bytes, u64>> {
        match self.receiver.recv().await {
            Ok(b) => Some(Ok(b)),
            Err(broadcast::error::RecvError::Lagged(n)) => Some(Err(n)),
            Err(broadcast::error::RecvError::Closed) => None,
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut topics = self.topics.lock().unwrap_or_else(|p| p.into_inner());
        if topics
            .get(&self.topic)
            .is_some_and(|s| s.receiver_count() <= 1)
        {
            topics.remove(&self.topic);
        }
    }
}

impl Bus {
    /// An in-process bus.
    pub fn local() -> Bus {
        let (tx, rx) = watch::channel(BusHealth::Local);
        Bus {
            topics: Arc::default(),
            redis: None,
            health: rx,
            _health_tx: Arc::new(tx),
        }
    }

    /// A bus over Redis pub/sub: one pattern subscription per process fans events out locally.
    /// Fails only on an invalid URL: when Redis is unreachable the bus starts degraded and
    /// connects in the background (it waits up to a few seconds for a first connection, so
    /// that a healthy start is connected at once).
    pub async fn redis(url: &str) -> redis::RedisResult<Bus> {
        let client = redis::Client::open(url)?;
        let (tx, rx) = watch::channel(BusHealth::Degraded);
        let tx = Arc::new(tx);
        let topics: Topics = Arc::default();
        let link = Arc::new(Link {
            client,
            publisher: Mutex::new(None),
            publisher_up: AtomicBool::new(false),
            subscriber_up: AtomicBool::new(false),
            publisher_lost: Notify::new(),
            health: tx.clone(),
        });
        tokio::spawn(supervise_publisher(Arc::downgrade(&link)));
        tokio::spawn(supervise_subscriber(Arc::downgrade(&link), topics.clone()));
        let mut first = rx.clone();
        let connected = tokio::time::timeout(
            OP_TIMEOUT + Duration::from_millis(500),
            first.wait_for(|h| *h == BusHealth::Connected),
        )
        .await;
        if !matches!(connected, Ok(Ok(_))) {
            tracing::warn!(
                "redis unreachable at start; events stay in this process until it returns"
            );
        }
        Ok(Bus {
            topics,
            redis: Some(link),
            health: rx,
            _health_tx: tx,
        })
    }

    /// What the bus can reach now (for readiness checks and logs).
    pub fn health(&self) -> BusHealth {
        *self.health.borrow()
    }

    /// `None` without Redis; otherwise whether it is reachable (what `/readyz` reports).
    pub fn is_healthy(&self) -> Option<bool> {
        match self.health() {
            BusHealth::Local => None,
            health => Some(health == BusHealth::Connected),
        }
    }

    /// Whether Redis is configured and unreachable: events published in other processes do
    /// not arrive, so subscribers must check durable state themselves.
    pub fn degraded(&self) -> bool {
        self.health() == BusHealth::Degraded
    }

    /// Changes of [`Bus::health`]; a subscriber re-reads durable state when Redis returns.
    pub fn health_watch(&self) -> watch::Receiver<BusHealth> {
        self.health.clone()
    }

    pub fn subscribe(&self, topic: &str) -> Subscription {
        let mut topics = self.topics.lock().unwrap_or_else(|p| p.into_inner());
        let receiver = topics
            .entry(topic.to_owned())
            .or_insert_with(|| broadcast::channel(16).0)
            .subscribe();
        Subscription {
            topic: topic.to_owned(),
            receiver,
            topics: self.topics.clone(),
        }
    }

    /// Publishes an event to every subscriber of `topic`, in every process (in this process
    /// only while Redis is unreachable).
    pub async fn publish(&self, topic: &str, payload: Bytes) {
        let Some(link) = &self.redis else {
            return self.publish_local(topic, payload);
        };
        let channel = format!("{PREFIX}{topic}");
        let sent = link
            .run("publish", |mut conn| {
                let payload = payload.clone();
                async move { conn.publish::<_, _, i64>(channel, payload.as_ref()).await }
            })
            .await;
        // This process hears its own events through its subscription; without it (or
        // without the publisher) they are delivered here directly.
        if sent.is_none() || !link.subscriber_up.load(Ordering::SeqCst) {
            self.publish_local(topic, payload);
        }
    }

    /// Records in Redis that `key` is held by connection `holder` for `ttl_secs` (refreshed by
    /// calling again). Without Redis (or while it is down) nothing is recorded: presence is
    /// then per process.
    pub async fn set_presence(&self, key: &str, holder: &str, ttl_secs: u64) {
        if let Some(link) = &self.redis {
            let key = presence_key(key);
            let holder = holder.to_owned();
            link.run("set presence", |mut conn| async move {
                conn.set_ex::<_, _, ()>(key, holder, ttl_secs).await
            })
            .await;
        }
    }

    /// Removes `key`'s presence if `holder` still holds it (a newer connection may have taken
    /// it over).
    pub async fn clear_presence(&self, key: &str, holder: &str) {
        if let Some(link) = &self.redis {
            let key = presence_key(key);
            let holder = holder.to_owned();
            // GET then DEL: a newer holder arriving in between loses its key until its next
            // refresh, which at worst costs a needless wake-up push.
            link.run("clear presence", |mut conn| async move {
                match conn.get::<_, Option<String>>(&key).await? {
                    Some(h) if h == holder => conn.del::<_, ()>(&key).await,
                    _ => Ok(()),
                }
            })
            .await;
        }
    }

    /// Whether some process recorded `key` as present (false without Redis or while it is
    /// down: at worst a needless wake-up push).
    pub async fn present(&self, key: &str) -> bool {
        let Some(link) = &self.redis else {
            return false;
        };
        let key = presence_key(key);
        link.run("read presence", |mut conn| async move {
            conn.exists::<_, bool>(key).await
        })
        .await
        .unwrap_or(false)
    }

    fn publish_local(&self, topic: &str, payload: Bytes) {
        if let Some(sender) = self
            .topics
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(topic)
        {
            let _ = sender.send(payload);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn local_events_reach_subscribers_of_their_topic_only() {
        let bus = Bus::local();
        let mut a = bus.subscribe("a");
        let mut b = bus.subscribe("b");
        bus.publish("a", Bytes::from_static(b"x")).await;
        assert_eq!(a.recv().await.unwrap(), Bytes::from_static(b"x"));
        assert!(
            tokio::time::timeout(std::time::Duration::from_millis(50), b.recv())
                .await
                .is_err()
        );
    }

    #[tokio::test]
    async fn unreachable_redis_starts_degraded_and_delivers_locally() {
        // A port nothing listens on: bind one, then free it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let bus = Bus::redis(&format!("redis://127.0.0.1:{port}"))
            .await
            .expect("starts without redis");
        assert_eq!(bus.health(), BusHealth::Degraded);
        let mut sub = bus.subscribe("t");
        bus.publish("t", Bytes::from_static(b"x")).await;
        let got = tokio::time::timeout(std::time::Duration::from_secs(5), sub.recv()).await;
        assert_eq!(got.unwrap().unwrap(), Bytes::from_static(b"x"));
        assert!(!bus.present("k").await);
    }

    #[tokio::test]
    async fn redis_events_cross_bus_instances() {
        let url =
            std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
        let (Ok(one), Ok(two)) = (Bus::redis(&url).await, Bus::redis(&url).await) else {
            panic!("Redis at {url} is required for this test");
        };
        let topic = format!("test-{}", uuid::Uuid::new_v4());
        let mut sub = two.subscribe(&topic);
        // The pattern subscription is live once psubscribe returned.
        one.publish(&topic, Bytes::from_static(b"hello")).await;
        let got = tokio::time::timeout(std::time::Duration::from_secs(5), sub.recv())
            .await
            .expect("event arrives");
        assert_eq!(got.unwrap(), Bytes::from_static(b"hello"));
    }
}
