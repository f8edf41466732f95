//! Prometheus metrics (crate `prometheus-client`): the process-wide registry and what records
//! into it. `admin` serves them as text at `GET /metrics` on the admin listener
//! (`admin_listen`), never on the public port.
//!
//! Recording is cheap: the registry is one process-wide static, label sets are `&'static str`
//! and integers (no allocation per request), and an existing series is found under a read
//! lock. Values that cost a query (queued messages, database pool, bus state) are read only
//! when `/metrics` is scraped.
//!
//! Series:
//! * `signal_http_requests_total{method,route,status}` and
//!   `signal_http_request_duration_seconds{method,route,status}` (histogram): every request
//!   of the public listener except the probes; `route` is the `api.yaml` path template
//!   (`/v1/messages/{destination}`), or `/v1/websocket/`, `/cdn`, `/docs`, `unmatched`;
//! * `signal_websocket_connections{kind}`: open chat and provisioning websockets;
//! * `signal_rate_limit_rejections_total{limiter}`: 429s per limiter;
//! * `signal_queued_messages`: messages waiting in the database for their device;
//! * `signal_db_pool_connections`, `signal_db_pool_idle_connections`;
//! * `signal_bus_redis_up`: 1 when the Redis bus is connected, 0 when it is not, absent
//!   (-1) when no Redis is configured.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;
use std::time::Duration;

use hyper::{Method, StatusCode};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabel {
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LimiterLabel {
    limiter: &'static str,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms .. ~16 s.
    Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
        0.0005, 2.0, 16,
    ))
}

struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RequestLabels, Histogram, fn() -> Histogram>,
    websockets: Family<KindLabel, Gauge>,
    rate_limited: Family<LimiterLabel, Counter>,
    queued_messages: Gauge,
    pool_size: Gauge,
    pool_idle: Gauge,
    bus_up: Gauge,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let mut registry = Registry::with_prefix("signal");
    let requests = Family::<RequestLabels, Counter>::default();
    let latency = Family::<RequestLabels, Histogram, fn() -> Histogram>::new_with_constructor(
        latency_histogram as fn() -> Histogram,
    );
    let websockets = Family::<KindLabel, Gauge>::default();
    let rate_limited = Family::<LimiterLabel, Counter>::default();
    let queued_messages = Gauge::default();
    let pool_size = Gauge::default();
    let pool_idle = Gauge::default();
    let bus_up = Gauge::default();
    registry.register(
        "http_requests",
        "HTTP requests by method, route template and status",
        requests.clone(),
    );
    registry.register_with_unit(
        "http_request_duration",
        "Time to answer an HTTP request",
        prometheus_client::registry::Unit::Seconds,
        latency.clone(),
    );
    registry.register(
        "websocket_connections",
        "Open websockets by kind (chat, provisioning)",
        websockets.clone(),
    );
    registry.register(
        "rate_limit_rejections",
        "Requests refused with 429 by rate limiter",
        rate_limited.clone(),
    );
    registry.register(
        "queued_messages",
        "Messages stored for delivery to their device",
        queued_messages.clone(),
    );
    registry.register(
        "db_pool_connections",
        "Open database connections in the pool",
        pool_size.clone(),
    );
    registry.register(
        "db_pool_idle_connections",
        "Idle database connections in the pool",
        pool_idle.clone(),
    );
    registry.register(
        "bus_redis_up",
        "1: the Redis bus is connected; 0: it is not; -1: no Redis configured",
        bus_up.clone(),
    );
    Metrics {
        registry,
        requests,
        latency,
        websockets,
        rate_limited,
        queued_messages,
        pool_size,
        pool_idle,
        bus_up,
    }
});

fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::PUT => "PUT",
        Method::POST => "POST",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Counts one answered request (of route template `route`) and its latency.
pub fn record_request(method: &Method, route: &'static str, status: StatusCode, elapsed: Duration) {
    let labels = RequestLabels {
        method: method_label(method),
        route,
        status: status.as_u16(),
    };
    let m = &*METRICS;
    m.requests.get_or_create(&labels).inc();
    m.latency
        .get_or_create(&labels)
        .observe(elapsed.as_secs_f64());
}

/// Counts one request refused by `limiter`.
pub fn record_rate_limited(limiter: &'static str) {
    METRICS
        .rate_limited
        .get_or_create(&LimiterLabel { limiter })
        .inc();
}

/// Counts an open websocket until dropped.
pub struct WebsocketGuard(Gauge);

impl Drop for WebsocketGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// Marks a websocket of `kind` (`chat`, `provisioning`) open until the guard is dropped.
pub fn websocket_opened(kind: &'static str) -> WebsocketGuard {
    let gauge = METRICS
        .websockets
        .get_or_create(&KindLabel { kind })
        .clone();
    gauge.inc();
    WebsocketGuard(gauge)
}

/// Values read when the metrics are scraped (they cost a query or a lock to read).
pub struct ScrapeValues {
    /// Messages queued in the database; `None` when they could not be counted.
    pub queued_messages: Option<i64>,
    /// Open and idle connections of the database pool.
    pub pool: (i64, i64),
    /// 1: the Redis bus is up; 0: it is not; -1: no Redis.
    pub bus_up: i64,
}

/// The text exposition of every metric, with the scrape-time `values`.
pub fn encode(values: ScrapeValues) -> String {
    let m = &*METRICS;
    if let Some(n) = values.queued_messages {
        m.queued_messages.set(n);
    }
    m.pool_size.set(values.pool.0);
    m.pool_idle.set(values.pool.1);
    m.bus_up.set(values.bus_up);
    let mut out = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &m.registry) {
        tracing::error!(error = %e, "cannot encode metrics");
    }
    out
}

/// What refused bodies cost: how many were refused and the most bytes any of them had
/// delivered when it was refused.
#[derive(Debug, Default)]
pub struct BodyAccounting {
    refused: AtomicU64,
    max_bytes_read: AtomicU64,
}

impl BodyAccounting {
    /// Bodies refused so far (over the size limit or too deeply nested).
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    /// The most bytes read from one refused body before it was refused.
    pub fn max_bytes_read(&self) -> u64 {
        self.max_bytes_read.load(Ordering::Relaxed)
    }

    /// A body refused for its declared length, before any of it was read.
    pub fn refused_unread(&self) {
        self.record(0);
    }

    /// A body refused after `bytes_read` of it were read.
    pub fn record(&self, bytes_read: u64) {
        self.refused.fetch_add(1, Ordering::Relaxed);
        self.max_bytes_read.fetch_max(bytes_read, Ordering::Relaxed);
    }
}
