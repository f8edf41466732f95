//! Probes for load balancers and container runtimes, outside `api.yaml`, unauthenticated
//! and not logged per request (on the public listener and on the admin listener):
//! * `GET /healthz`: liveness, 200 as long as the process answers HTTP;
//! * `GET /readyz`: readiness, 200 when the database answers a ping, every migration is
//!   applied and (when `redis_url` is set) the Redis bus is connected; 503 otherwise. The
//!   body names each check: `{"status":"ready","database":"ok","migrations":"ok","redis":"ok"}`.

use hyper::{Method, Response, StatusCode};
use migration::MigratorTrait;

use crate::error::{json_response, message_body, Body};
use crate::state::AppState;

/// Whether `path` is one of the probes.
pub fn is_probe_path(path: &str) -> bool {
    path == "/healthz" || path == "/readyz"
}

/// The probe's answer when `path` is a probe, `None` otherwise.
pub async fn respond(state: &AppState, method: &Method, path: &str) -> Option<Response<Body>> {
    if !is_probe_path(path) {
        return None;
    }
    if method != Method::GET && method != Method::HEAD {
        let status = StatusCode::METHOD_NOT_ALLOWED;
        let mut response = json_response(status, &message_body(status, "method not allowed"));
        response.headers_mut().insert(
            hyper::header::ALLOW,
            hyper::header::HeaderValue::from_static("GET, HEAD"),
        );
        return Some(response);
    }
    let (status, body) = if path == "/healthz" {
        (StatusCode::OK, serde_json::json!({ "status": "ok" }))
    } else {
        readiness(state).await
    };
    let mut response = json_response(status, &body);
    response.headers_mut().insert(
        hyper::header::CACHE_CONTROL,
        hyper::header::HeaderValue::from_static("no-store"),
    );
    Some(response)
}

async fn readiness(state: &AppState) -> (StatusCode, serde_json::Value) {
    let database = match state.db.ping().await {
        Ok(()) => "ok".to_string(),
        Err(e) => format!("unreachable: {e}"),
    };
    let migrations = if database == "ok" {
        match migration::Migrator::get_pending_migrations_read_only(&state.db).await {
            Ok(pending) if pending.is_empty() => "ok".to_string(),
            Ok(pending) => format!("{} pending", pending.len()),
            Err(e) => format!("cannot check: {e}"),
        }
    } else {
        "unknown".to_string()
    };
    let redis = match state.bus.is_healthy() {
        None => "not configured",
        Some(true) => "ok",
        Some(false) => "disconnected",
    };
    let ready = database == "ok" && migrations == "ok" && redis != "disconnected";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({
        "status": if ready { "ready" } else { "not ready" },
        "database": database,
        "migrations": migrations,
        "redis": redis,
    });
    (status, body)
}
