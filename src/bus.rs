//! Events between server processes: "a message arrived for this device", "a provisioning
//! message for this address". With `redis_url` configured, events travel over Redis
//! pub/sub so that several server processes on one database reach each other's sockets;
//! without it they stay in this process.
//!
//! Topics are plain strings; payloads are bytes. Delivery is best-effort (subscribers
//! re-read durable state from the database on every event).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::StreamExt;
use redis::AsyncCommands;
use tokio::sync::broadcast;

const PREFIX: &str = "signal:";

fn presence_key(key: &str) -> String {
    format!("signal-presence:{key}")
}

pub struct Bus {
    topics: Arc<Mutex<HashMap<String, broadcast::Sender<Bytes>>>>,
    redis: Option<redis::aio::MultiplexedConnection>,
}

/// A subscription; dropping it unsubscribes.
pub struct Subscription {
    topic: String,
    receiver: broadcast::Receiver<Bytes>,
    topics: Arc<Mutex<HashMap<String, broadcast::Sender<Bytes>>>>,
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
        Bus {
            topics: Arc::default(),
            redis: None,
        }
    }

    /// A bus over Redis pub/sub: one pattern subscription per process fans events out locally.
    pub async fn redis(url: &str) -> redis::RedisResult<Bus> {
        let client = redis::Client::open(url)?;
        let publisher = client.get_multiplexed_async_connection().await?;
        let mut pubsub = client.get_async_pubsub().await?;
        pubsub.psubscribe(format!("{PREFIX}*")).await?;
        let topics: Arc<Mutex<HashMap<String, broadcast::Sender<Bytes>>>> = Arc::default();
        let local = topics.clone();
        tokio::spawn(async move {
            let mut messages = pubsub.into_on_message();
            while let Some(msg) = messages.next().await {
                let Some(topic) = msg.get_channel_name().strip_prefix(PREFIX) else {
                    continue;
                };
                let sender = local
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(topic)
                    .cloned();
                if let Some(sender) = sender {
                    let _ = sender.send(Bytes::copy_from_slice(msg.get_payload_bytes()));
                }
            }
            tracing::error!("redis pub/sub connection closed; cross-process events stop");
        });
        Ok(Bus {
            topics,
            redis: Some(publisher),
        })
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

    /// Publishes an event to every subscriber of `topic`, in every process.
    pub async fn publish(&self, topic: &str, payload: Bytes) {
        match &self.redis {
            Some(conn) => {
                let mut conn = conn.clone();
                let result: redis::RedisResult<i64> = conn
                    .publish(format!("{PREFIX}{topic}"), payload.as_ref())
                    .await;
                if let Err(e) = result {
                    tracing::warn!(error = %e, topic, "redis publish failed; delivering locally only");
                    self.publish_local(topic, payload);
                }
            }
            None => self.publish_local(topic, payload),
        }
    }

    /// Records in Redis that `key` is held by connection `holder` for `ttl_secs` (refreshed by
    /// calling again). Without Redis nothing is recorded: presence is then per process.
    pub async fn set_presence(&self, key: &str, holder: &str, ttl_secs: u64) {
        if let Some(conn) = &self.redis {
            let mut conn = conn.clone();
            let result: redis::RedisResult<()> =
                conn.set_ex(presence_key(key), holder, ttl_secs).await;
            if let Err(e) = result {
                tracing::warn!(error = %e, key, "cannot record presence in redis");
            }
        }
    }

    /// Removes `key`'s presence if `holder` still holds it (a newer connection may have taken
    /// it over).
    pub async fn clear_presence(&self, key: &str, holder: &str) {
        if let Some(conn) = &self.redis {
            let mut conn = conn.clone();
            // GET then DEL: a newer holder arriving in between loses its key until its next
            // refresh, which at worst costs a needless wake-up push.
            let key = presence_key(key);
            let current: redis::RedisResult<Option<String>> = conn.get(&key).await;
            let result: redis::RedisResult<()> = match current {
                Ok(Some(h)) if h == holder => conn.del(&key).await,
                Ok(_) => Ok(()),
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                tracing::warn!(error = %e, key, "cannot clear presence in redis");
            }
        }
    }

    /// Whether some process recorded `key` as present (false without Redis or on an error).
    pub async fn present(&self, key: &str) -> bool {
        let Some(conn) = &self.redis else {
            return false;
        };
        let mut conn = conn.clone();
        conn.exists(presence_key(key)).await.unwrap_or(false)
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
