//! HTTP plumbing: accepts connections, builds each request's context (authenticating Basic
//! credentials), runs the generated router over [`Handlers`] (websockets and the built-in
//! CDN under `/cdn` are served beside it), and turns every error,
//! whether a handler's or one the generated code produced, into a JSON error response.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use hyper::service::Service as _;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use crate::api::Handlers;
use crate::auth::AuthenticatedDevice;
use crate::context::RequestContext;
use crate::error::{json_response, message_body, Body, Error};
use crate::state::AppState;

type Router = signal_api::server::Service<Handlers, RequestContext>;

/// The request pipeline shared by all connections.
pub struct Server {
    state: Arc<AppState>,
    router: Router,
}

impl Server {
    pub fn state(&self) -> &Arc<AppState> {
        &self.state
    }

    pub fn new(state: Arc<AppState>) -> Arc<Server> {
        let router = Router::new(Handlers::new(state.clone()), true);
        Arc::new(Server { state, router })
    }

    /// Serves connections from `listener` until `shutdown` resolves, then lets open
    /// connections finish for up to the configured grace period.
    pub async fn serve(
        self: Arc<Self>,
        listener: TcpListener,
        shutdown: impl std::future::Future<Output = ()>,
    ) {
        let graceful = GracefulShutdown::new();
        let builder = auto::Builder::new(TokioExecutor::new());
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                accepted = listener.accept() => {
                    let (stream, remote) = match accepted {
                        Ok(conn) => conn,
                        Err(e) => {
                            tracing::warn!(error = %e, "accept failed");
                            continue;
                        }
                    };
                    let server = self.clone();
                    let service = hyper::service::service_fn(move |req| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.handle(req, remote).await) }
                    });
                    let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
                    let conn = graceful.watch(conn.into_owned());
                    tokio::spawn(async move {
                        if let Err(e) = conn.await {
                            tracing::debug!(error = %e, "connection closed with error");
                        }
                    });
                }
                _ = &mut shutdown => break,
            }
        }
        drop(listener);
        let grace = Duration::from_secs(self.state.config.shutdown_grace_secs);
        tracing::info!("shutting down; waiting up to {grace:?} for open connections");
        if tokio::time::timeout(grace, graceful.shutdown())
            .await
            .is_err()
        {
            tracing::warn!("grace period over; closing remaining connections");
        }
    }

    /// Handles one HTTP request: websocket upgrades, or the REST API.
    pub async fn handle(
        self: &Arc<Self>,
        req: Request<Incoming>,
        remote: SocketAddr,
    ) -> Response<Body> {
        let started = Instant::now();
        let (method, path) = (req.method().clone(), req.uri().path().to_owned());
        let mut response = if crate::websocket::is_websocket_path(&path) {
            crate::websocket::upgrade(self.clone(), req, remote).await
        } else if crate::api::cdn::is_cdn_path(&path) {
            crate::api::cdn::handle(&self.state, req).await
        } else {
            self.dispatch(req, remote, None).await
        };
        let now = crate::db::now_millis();
        response
            .headers_mut()
            .insert("x-signal-timestamp", HeaderValue::from(now));
        // DEBUG, and named by route template: raw paths carry ACIs and username hashes.
        tracing::debug!(
            method = %method,
            route = crate::routes::template(&path).as_deref().unwrap_or(route_kind(&path)),
            status = response.status().as_u16(),
            elapsed_us = started.elapsed().as_micros() as u64,
            "request"
        );
        response
    }

    pub async fn dispatch<B>(
        &self,
        req: Request<B>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> Response<Body>
    where
        B: hyper::body::Body + Send + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send,
        B::Data: Send,
    {
        match self.route(req, remote, caller).await {
            Ok(response) => response,
            Err(e) => e.into_response(),
        }
    }

    async fn route<B>(
        &self,
        req: Request<B>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> Result<Response<Body>, Error>
    where
        B: hyper::body::Body + Send + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send,
        B::Data: Send,
    {
        let auth = match caller {
            Some(known) => known,
            None => match req
                .headers()
                .get(AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
            {
                Some(header) => crate::auth::authenticate(&self.state, header).await?,
                None => None,
            },
        };
        let path = req.uri().path().to_owned();
        if let Some(allow) = crate::routes::method_not_allowed(req.method().as_str(), &path) {
            let status = StatusCode::METHOD_NOT_ALLOWED;
            let response = json_response(status, &message_body(status, "method not allowed"));
            return Ok(with_allow(response, &allow));
        }
        let set_profile = req.method() == hyper::Method::PUT && path == "/v1/profile";
        let slot = Arc::new(Mutex::new(None));
        let ctx = RequestContext::new(req.headers().clone(), remote, auth, slot.clone());
        let response = self
            .router
            .call((req, ctx))
            .await
            .map_err(|e| Error::Internal(e.to_string()))?;
        if let Some(error) = slot.lock().unwrap_or_else(|p| p.into_inner()).take() {
            return Ok(error.into_response());
        }
        let response = normalize_error(response).await;
        if set_profile {
            return Ok(crate::api::profiles::empty_unless_form(response).await);
        }
        match crate::routes::allowed_methods(&path) {
            Some(allow) if response.status() == StatusCode::METHOD_NOT_ALLOWED => {
                Ok(with_allow(response, &allow))
            }
            _ => Ok(response),
        }
    }
}

/// How a request outside the contract's routes is named in the request log.
fn route_kind(path: &str) -> &'static str {
    if crate::websocket::is_websocket_path(path) {
        "websocket"
    } else if crate::api::cdn::is_cdn_path(path) {
        "cdn"
    } else {
        "unknown"
    }
}

/// A 405 names the methods the route accepts (RFC 9110 §15.5.6).
fn with_allow(mut response: Response<Body>, allow: &str) -> Response<Body> {
    if let Ok(value) = HeaderValue::from_str(allow) {
        response.headers_mut().insert(hyper::header::ALLOW, value);
    }
    response
}

/// Rewrites the plain-text error responses of the generated router as JSON errors; a body that is valid JSON but does not fit the schema is a 422, as on the real server.
async fn normalize_error(response: Response<Body>) -> Response<Body> {
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let bytes: Bytes = match response.into_body().collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(never) => match never {},
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (status, message) = match status {
        StatusCode::BAD_REQUEST if is_schema_mismatch(&text) => {
            (StatusCode::UNPROCESSABLE_ENTITY, text)
        }
        StatusCode::BAD_REQUEST if is_missing_credentials(&text) => {
            (StatusCode::UNAUTHORIZED, text)
        }
        StatusCode::NOT_FOUND if text.is_empty() => (status, "not found".to_string()),
        StatusCode::METHOD_NOT_ALLOWED if text.is_empty() => {
            (status, "method not allowed".to_string())
        }
        StatusCode::INTERNAL_SERVER_ERROR => {
            tracing::error!(body = %text, "generated router reported an internal error");
            (status, "internal server error".to_string())
        }
        _ if text.is_empty() => (
            status,
            status.canonical_reason().unwrap_or("error").to_string(),
        ),
        _ => (status, text),
    };
    json_response(status, &message_body(status, &message))
}

/// Registration's Basic credentials are a required header parameter in the spec: absent is
/// a 401 like any missing credentials. (Absent `X-Signal-ZK-Auth` headers stay a 400, as
/// on the real server, where they are `@NotNull` header parameters.)
fn is_missing_credentials(text: &str) -> bool {
    text == "Missing required header Authorization"
}

/// A JSON body that parsed but has the wrong shape (missing field, wrong type, bad value).
fn is_schema_mismatch(text: &str) -> bool {
    let Some((_, detail)) = text.split_once("doesn't match schema: ") else {
        return false;
    };
    [
        "missing field",
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "duplicate field",
        "did not match any within oneOf",
    ]
    .iter()
    .any(|kind| detail.contains(kind))
}
