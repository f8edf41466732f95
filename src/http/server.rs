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
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::api::context::RequestContext;
use crate::api::Handlers;
use crate::domain::auth::AuthenticatedDevice;
use crate::error::{json_response, message_body, Body, Error};
use crate::http::conn::{AcceptBackoff, IdleIo, RateLimitedLog};
use crate::http::limits::{self, BoundedBody, Refusal};
use crate::http::routes::{AuthMode, BodyKind, Operation, Route};
use crate::state::AppState;

type Router = signal_api::server::Service<Handlers, RequestContext>;

/// A request body the REST path serves: hyper's incoming bodies, and the bodies of requests
/// tunnelled through a websocket.
pub trait RequestBody:
    hyper::body::Body<Data: Send, Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send>
    + Send
    + Unpin
    + 'static
{
}

impl<B> RequestBody for B where
    B: hyper::body::Body<Data: Send, Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send>
        + Send
        + Unpin
        + 'static
{
}

/// The request pipeline shared by all connections.
pub struct Server {
    state: Arc<AppState>,
    router: Router,
}

impl crate::http::websocket::Dispatcher for Server {
    fn state(&self) -> &Arc<AppState> {
        &self.state
    }

    fn dispatch(
        &self,
        req: Request<http_body_util::Full<Bytes>>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Response<Body>> + Send + '_>> {
        Box::pin(Server::dispatch(self, req, remote, caller))
    }
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
        let builder = self.connection_builder();
        let slots = Arc::new(Semaphore::new(self.state.config.max_connections.max(1)));
        let idle_timeout = Duration::from_secs(self.state.config.idle_timeout_secs.max(1));
        let (mut backoff, mut at_cap) = (AcceptBackoff::default(), RateLimitedLog::default());
        tokio::pin!(shutdown);
        loop {
            let permit = match slots.clone().try_acquire_owned() {
                Ok(permit) => permit,
                Err(_) => {
                    if let Some(held_back) = at_cap.allow() {
                        tracing::warn!(held_back, "connection limit reached; not accepting");
                    }
                    tokio::select! {
                        permit = slots.clone().acquire_owned() => permit.expect("never closed"),
                        _ = &mut shutdown => break,
                    }
                }
            };
            tokio::select! {
                accepted = listener.accept() => {
                    let (stream, remote) = match accepted {
                        Ok(conn) => conn,
                        Err(e) => {
                            backoff.on_error(&e).await;
                            continue;
                        }
                    };
                    backoff.reset();
                    let (io, activity) = IdleIo::new(stream, idle_timeout, permit);
                    let server = self.clone();
                    let service = hyper::service::service_fn(move |req| {
                        let server = server.clone();
                        let activity = activity.clone();
                        async move {
                            let _in_flight = activity.request();
                            let response = server.handle(req, remote).await;
                            if response.status() == StatusCode::SWITCHING_PROTOCOLS {
                                activity.upgraded();
                            }
                            Ok::<_, Infallible>(response)
                        }
                    });
                    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
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
        self.drain(graceful).await;
    }

    /// After the listener closed: tells websockets (close 1001) and long polls (answered
    /// now) that the server is stopping, and waits up to the grace period for HTTP
    /// connections to finish their requests and for every websocket to close.
    async fn drain(&self, graceful: GracefulShutdown) {
        let grace = Duration::from_secs(self.state.config.shutdown_grace_secs);
        tracing::info!("shutting down; waiting up to {grace:?} for open connections");
        self.state.shutdown.begin();
        let finished = async {
            tokio::join!(graceful.shutdown(), self.state.shutdown.sockets_closed());
        };
        if tokio::time::timeout(grace, finished).await.is_err() {
            tracing::warn!("grace period over; closing remaining connections");
        }
    }

    /// HTTP/1 and HTTP/2 settings: request headers must arrive within
    /// `header_read_timeout_secs` (slow clients cannot hold a connection open).
    fn connection_builder(&self) -> auto::Builder<TokioExecutor> {
        let mut builder = auto::Builder::new(TokioExecutor::new());
        let header_timeout = Duration::from_secs(self.state.config.header_read_timeout_secs.max(1));
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout);
        builder.http2().timer(TokioTimer::new());
        builder
    }

    /// Handles one HTTP request: websocket upgrades, or the REST API.
    pub async fn handle(
        self: &Arc<Self>,
        req: Request<Incoming>,
        remote: SocketAddr,
    ) -> Response<Body> {
        let started = Instant::now();
        let (method, path) = (req.method().clone(), req.uri().path().to_owned());
        // Probes are cheap and not logged or counted.
        if let Some(response) = crate::http::health::respond(&self.state, &method, &path).await {
            return response;
        }
        // Resolved once: the label, the 405/415/401/413 checks and the body limit use it.
        let route = Route::of(&path);
        let label = route_label(&path, route);
        let mut response = if crate::http::websocket::is_websocket_path(&path) {
            crate::http::websocket::upgrade(self.clone(), req, remote).await
        } else if crate::http::cdn::is_cdn_path(&path) {
            crate::http::cdn::handle(&self.state, req).await
        } else if crate::http::docs::is_docs_path(&path) {
            crate::http::docs::respond(&method, &path)
        } else {
            self.dispatch_on(route, req, remote, None).await
        };
        let now = crate::db::now_millis();
        response
            .headers_mut()
            .insert("x-signal-timestamp", HeaderValue::from(now));
        crate::metrics::record_request(&method, label, response.status(), started.elapsed());
        // DEBUG, and named by route template: raw paths carry ACIs and username hashes.
        tracing::debug!(
            method = %method,
            route = label,
            status = response.status().as_u16(),
            elapsed_us = started.elapsed().as_micros() as u64,
            "request"
        );
        response
    }

    /// Serves one REST request (also the ones tunnelled through a websocket); `caller` is the
    /// device a websocket already authenticated (`Some(None)`: an anonymous socket).
    pub async fn dispatch<B>(
        &self,
        req: Request<B>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> Response<Body>
    where
        B: RequestBody,
    {
        let route = Route::of(req.uri().path());
        self.dispatch_on(route, req, remote, caller).await
    }

    /// [`Server::dispatch`] with the request's route already resolved. Credential changes the
    /// request makes are published once it is answered (`auth::tracking_changes`).
    async fn dispatch_on<B>(
        &self,
        route: Option<&'static Route>,
        req: Request<B>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> Response<Body>
    where
        B: RequestBody,
    {
        let routed = async move {
            let operation = route.and_then(|route| route.operation(req.method().as_str()));
            // JAX-RS matches the media type while selecting the method, before authentication.
            check_media_type(&req, operation)?;
            let auth = match caller {
                Some(known) => known,
                None => match req
                    .headers()
                    .get(AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                {
                    Some(header) => {
                        crate::domain::auth::authenticate(
                            &self.state.db,
                            &self.state.auth_cache,
                            header,
                        )
                        .await?
                    }
                    None => None,
                },
            };
            if let Some(allow) = route.and_then(|route| route.refuses(req.method().as_str())) {
                let status = StatusCode::METHOD_NOT_ALLOWED;
                let response = json_response(status, &message_body(status, "method not allowed"));
                return Ok(with_allow(response, &allow));
            }
            let set_profile = operation.is_some_and(|op| op.operation_id == "setProfile");
            let (req, refusal) = self.guard_body(req, operation, auth.is_some())?;
            let slot = Arc::new(Mutex::new(None));
            let ctx = RequestContext::new(req.headers().clone(), remote, auth, slot.clone());
            let mut response = self
                .router
                .call((req, ctx))
                .await
                .map_err(|e| Error::Internal(e.to_string()))?;
            if let Some(error) = refusal.lock().unwrap_or_else(|p| p.into_inner()).take() {
                return Ok(error.into_response());
            }
            if let Some(error) = slot.lock().unwrap_or_else(|p| p.into_inner()).take() {
                return Ok(error.into_response());
            }
            // The generated server lists ignored JSON fields in a `warning` header: client input
            // echoed back, unbounded (the reference ignores unknown fields silently).
            response.headers_mut().remove(hyper::header::WARNING);
            let response = normalize_error(response).await;
            if set_profile {
                return Ok(crate::api::profiles::empty_unless_form(response).await);
            }
            match route {
                Some(route) if response.status() == StatusCode::METHOD_NOT_ALLOWED => {
                    Ok(with_allow(response, &route.allow()))
                }
                _ => Ok(response),
            }
        };
        let routed =
            crate::domain::auth::tracking_changes(&self.state.auth_cache, &self.state.bus, routed);
        let routed: Result<Response<Body>, Error> = routed.await;
        match routed {
            Ok(response) => response,
            Err(e) => e.into_response(),
        }
    }
}

impl Server {
    /// What is checked before a request body is read (see `limits.rs`): credentials where
    /// the operation requires them (401), a declared length over the operation's limit
    /// (413); the body is then bounded while it streams, the refusal parked in the slot
    /// returned.
    #[allow(clippy::type_complexity)]
    fn guard_body<B>(
        &self,
        req: Request<B>,
        operation: Option<&Operation>,
        authenticated: bool,
    ) -> Result<(Request<BoundedBody<B>>, Refusal), Error> {
        if operation.is_some_and(|op| op.auth == AuthMode::Required) && !authenticated {
            return Err(Error::Unauthorized);
        }
        let limit = operation.map_or(limits::DEFAULT_BODY_LIMIT, |op| {
            limits::body_limit(&op.operation_id, &self.state.config)
        });
        let accounting = self.state.bodies.clone();
        if limits::content_length(req.headers()).is_some_and(|length| length > limit) {
            accounting.refused_unread();
            return Err(Error::PayloadTooLarge);
        }
        let json = operation.is_none_or(|op| op.body != BodyKind::Binary);
        let refusal = Refusal::default();
        let req = req.map(|body| BoundedBody::new(body, limit, json, refusal.clone(), accounting));
        Ok((req, refusal))
    }
}

/// As JAX-RS (the reference) answers, a request body whose `Content-Type` the operation does
/// not consume is a 415. A body without a `Content-Type` counts as `application/octet-stream`
/// (JAX-RS 2.1 §4.2.1), so it is a 415 too unless the operation reads that; a request without a
/// body and without a `Content-Type` goes on (and is refused if it needed a body).
fn check_media_type<B: hyper::body::Body>(
    req: &Request<B>,
    operation: Option<&Operation>,
) -> Result<(), Error> {
    let Some(consumed) = operation.map(|op| &op.media_types) else {
        return Ok(());
    };
    if consumed.is_empty() {
        return Ok(());
    }
    let given = match req.headers().get(CONTENT_TYPE) {
        Some(value) => value.to_str().unwrap_or("").to_owned(),
        None if req.body().size_hint().exact() == Some(0) => return Ok(()),
        None => "application/octet-stream".to_owned(),
    };
    if consumed
        .iter()
        .any(|media| media_types_compatible(media, &given))
    {
        Ok(())
    } else {
        Err(Error::UnsupportedMediaType(format!(
            "unsupported media type {given:?}; this operation reads {}",
            consumed.join(", ")
        )))
    }
}

/// `MediaType.isCompatible`: same type and subtype, ignoring parameters and case, where a
/// `*` on either side matches anything.
fn media_types_compatible(consumed: &str, given: &str) -> bool {
    let split = |media: &str| {
        let essence = media
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let (kind, sub) = essence.split_once('/').unwrap_or((essence.as_str(), ""));
        (kind.to_owned(), sub.to_owned())
    };
    let ((kind_a, sub_a), (kind_b, sub_b)) = (split(consumed), split(given));
    let matches = |a: &str, b: &str| a == "*" || b == "*" || a == b;
    !kind_b.is_empty() && matches(&kind_a, &kind_b) && matches(&sub_a, &sub_b)
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
        "invalid base64",
    ]
    .iter()
    .any(|kind| detail.contains(kind))
}

/// How a request is named in its metrics and log line: its `api.yaml` template (`route`, the
/// one `path` resolved to), or one of the routes served beside the contract.
fn route_label(path: &str, route: Option<&'static Route>) -> &'static str {
    if let Some(route) = route {
        &route.template
    } else if path.starts_with("/v1/websocket/provisioning") {
        "/v1/websocket/provisioning/"
    } else if crate::http::websocket::is_websocket_path(path) {
        "/v1/websocket/"
    } else if crate::http::cdn::is_cdn_path(path) {
        "/cdn"
    } else if crate::http::docs::is_docs_path(path) {
        "/docs"
    } else {
        "unmatched"
    }
}
