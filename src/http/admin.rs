//! The admin listener (`admin_listen`): `/metrics` (Prometheus text), `/healthz`, `/readyz`.
//! Never served on the public port.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use sea_orm::{EntityTrait, PaginatorTrait};
use tokio::net::TcpListener;

use crate::error::{json_response, message_body, Body};
use crate::metrics::ScrapeValues;
use crate::state::AppState;

/// The text exposition of every metric, after reading the scrape-time values from `state`.
pub async fn render(state: &AppState) -> String {
    let queued_messages = match crate::db::messages::Entity::find().count(&state.db).await {
        Ok(n) => Some(n as i64),
        Err(e) => {
            tracing::warn!(error = %e, "cannot count queued messages");
            None
        }
    };
    crate::metrics::encode(ScrapeValues {
        queued_messages,
        pool: pool_use(&state.db),
        bus_up: match state.bus.is_healthy() {
            None => -1,
            Some(up) => i64::from(up),
        },
    })
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
    if let Some(response) = crate::http::health::respond(state, req.method(), path).await {
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
