//! Prometheus metrics (crate `prometheus-client`), served as text at `GET /metrics` on the
//! admin listener (`admin_listen`), never on the public port.
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

use std::sync::{Arc, LazyLock};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use sea_orm::{EntityTrait, PaginatorTrait};
use tokio::net::TcpListener;

use crate::error::{json_response, message_body, Body};
use crate::state::AppState;

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

/// The route label of `path`: its `api.yaml` template, or one of the routes served beside it.
pub fn route_label(path: &str) -> &'static str {
    if let Some(template) = crate::routes::template(path) {
        template
    } else if path.starts_with("/v1/websocket/provisioning") {
        "/v1/websocket/provisioning/"
    } else if crate::websocket::is_websocket_path(path) {
        "/v1/websocket/"
    } else if crate::api::cdn::is_cdn_path(path) {
        "/cdn"
    } else if crate::docs::is_docs_path(path) {
        "/docs"
    } else {
        "unmatched"
    }
}

/// Counts one answered request and its latency.
pub fn record_request(method: &Method, path: &str, status: StatusCode, elapsed: Duration) {
    let labels = RequestLabels {
        method: method_label(method),
        route: route_label(path),
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

/// The text exposition of every metric, after reading the scrape-time values from `state`.
pub async fn render(state: &AppState) -> String {
    let m = &*METRICS;
    match crate::db::messages::Entity::find().count(&state.db).await {
        Ok(n) => {
            m.queued_messages.set(n as i64);
        }
        Err(e) => tracing::warn!(error = %e, "cannot count queued messages"),
    }
    let (size, idle) = pool_use(&state.db);
    m.pool_size.set(size);
    m.pool_idle.set(idle);
    m.bus_up.set(match state.bus.is_healthy() {
        None => -1,
        Some(up) => i64::from(up),
    });
    let mut out = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &m.registry) {
        tracing::error!(error = %e, "cannot encode metrics");
    }
    out
}

/// Open and idle connections of the database pool.
fn pool_use(db: &sea_orm::DatabaseConnection) -> (i64, i64) {
    match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (i64::from(pool.size()), pool.num_idle() as i64)
        }
        sea_orm::DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (i64::from(pool.size()), pool.num_idle() as i64)
        }
        _ => (0, 0),
    }
}

/// Serves the admin endpoints (`/metrics`, `/healthz`, `/readyz`) on `listener` until the
/// task is aborted.
pub async fn serve_admin(state: Arc<AppState>, listener: TcpListener) {
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(conn) => conn,
            Err(e) => {
                tracing::warn!(error = %e, "admin accept failed");
                continue;
            }
        };
        let state = state.clone();
        let service = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
            let state = state.clone();
            async move { Ok::<_, std::convert::Infallible>(admin(&state, req).await) }
        });
        tokio::spawn(async move {
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            if let Err(e) = builder
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!(error = %e, "admin connection closed with error");
            }
        });
    }
}

async fn admin(state: &AppState, req: Request<hyper::body::Incoming>) -> Response<Body> {
    let path = req.uri().path();
    if let Some(response) = crate::health::respond(state, req.method(), path).await {
        return response;
    }
    if path != "/metrics" {
        let status = StatusCode::NOT_FOUND;
        return json_response(status, &message_body(status, "not found"));
    }
    let text = render(state).await;
    let mut response = Response::new(Full::new(Bytes::from(text)).boxed());
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static(
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        ),
    );
    response
}
