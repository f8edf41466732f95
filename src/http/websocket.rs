//! The chat websocket `/v1/websocket/` and the provisioning websocket
//! `/v1/websocket/provisioning/`. Neither is in the OpenAPI document, but every real
//! client uses them.
//!
//! Frames are binary protobuf `WebSocketMessage`s. A client REQUEST is a REST call
//! tunnelled through the socket: it runs through the same router as plain HTTP (with the
//! socket's credentials) and is answered by a RESPONSE with the same id. The server sends
//! its own REQUESTs (messages, the provisioning address) and reads the client's RESPONSEs.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{
    HeaderName, HeaderValue, AUTHORIZATION, CONNECTION, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY,
    UPGRADE,
};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use prost::Message as _;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

use sea_orm::EntityTrait;

use crate::domain::auth::AuthenticatedDevice;
use crate::error::{json_response, message_body, Body};
use crate::state::AppState;

/// What a websocket needs from the HTTP server: the state, and the router its tunnelled
/// requests go through. `server::Server` implements it; this module does not import the
/// server (no cycle between the two).
pub trait Dispatcher: Send + Sync + 'static {
    fn state(&self) -> &Arc<AppState>;

    /// Answers one tunnelled request as the router answers HTTP ones; `caller` is the
    /// socket's authenticated device (`Some(None)`: an unauthenticated socket).
    fn dispatch(
        &self,
        req: Request<Full<Bytes>>,
        remote: SocketAddr,
        caller: Option<Option<AuthenticatedDevice>>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Response<Body>> + Send + '_>>;
}

type Server = dyn Dispatcher;

const CHAT_PATH: &str = "/v1/websocket/";
const PROVISIONING_PATH: &str = "/v1/websocket/provisioning/";
/// A socket that sends nothing for this long is closed (clients send keep-alives every 30 s).
const IDLE_TIMEOUT: Duration = Duration::from_secs(90);
const MAX_FRAME: usize = 512 * 1024;
/// Initial read buffer of a socket: one typical frame (larger frames reserve their size).
const READ_BUFFER: usize = 4 * 1024;

/// `signalservice.WebSocketMessage`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct WebSocketMessage {
    #[prost(int32, optional, tag = "1")]
    pub r#type: Option<i32>,
    #[prost(message, optional, tag = "2")]
    pub request: Option<WebSocketRequestMessage>,
    #[prost(message, optional, tag = "3")]
    pub response: Option<WebSocketResponseMessage>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct WebSocketRequestMessage {
    #[prost(string, optional, tag = "1")]
    pub verb: Option<String>,
    #[prost(string, optional, tag = "2")]
    pub path: Option<String>,
    #[prost(bytes = "vec", optional, tag = "3")]
    pub body: Option<Vec<u8>>,
    #[prost(string, repeated, tag = "5")]
    pub headers: Vec<String>,
    #[prost(uint64, optional, tag = "4")]
    pub id: Option<u64>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct WebSocketResponseMessage {
    #[prost(uint64, optional, tag = "1")]
    pub id: Option<u64>,
    #[prost(uint32, optional, tag = "2")]
    pub status: Option<u32>,
    #[prost(string, optional, tag = "3")]
    pub message: Option<String>,
    #[prost(string, repeated, tag = "5")]
    pub headers: Vec<String>,
    #[prost(bytes = "vec", optional, tag = "4")]
    pub body: Option<Vec<u8>>,
}

pub const TYPE_REQUEST: i32 = 1;
pub const TYPE_RESPONSE: i32 = 2;

impl WebSocketMessage {
    pub fn request(
        id: u64,
        verb: &str,
        path: &str,
        headers: Vec<String>,
        body: Option<Vec<u8>>,
    ) -> Self {
        WebSocketMessage {
            r#type: Some(TYPE_REQUEST),
            request: Some(WebSocketRequestMessage {
                verb: Some(verb.into()),
                path: Some(path.into()),
                body,
                headers,
                id: Some(id),
            }),
            response: None,
        }
    }
}

pub fn is_websocket_path(path: &str) -> bool {
    matches!(
        path,
        CHAT_PATH | "/v1/websocket" | PROVISIONING_PATH | "/v1/websocket/provisioning"
    )
}

/// Answers the upgrade request and runs the socket in the background.
pub async fn upgrade(
    server: Arc<Server>,
    req: Request<Incoming>,
    remote: SocketAddr,
) -> Response<Body> {
    let error = |status: StatusCode, msg: &str| json_response(status, &message_body(status, msg));
    let is_upgrade = req
        .headers()
        .get(UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    let Some(key) = req.headers().get(SEC_WEBSOCKET_KEY).filter(|_| is_upgrade) else {
        return error(StatusCode::BAD_REQUEST, "websocket upgrade required");
    };
    let accept = derive_accept_key(key.as_bytes());
    let provisioning = req.uri().path().starts_with("/v1/websocket/provisioning");

    let caller = if provisioning {
        None
    } else {
        match credentials(&req) {
            None => None,
            Some(header) => match crate::domain::auth::authenticate(
                &server.state().db,
                &server.state().auth_cache,
                &header,
            )
            .await
            {
                Ok(Some(device)) => Some(device),
                // Bad credentials on the upgrade are refused, not downgraded to anonymous.
                Ok(None) => return error(StatusCode::FORBIDDEN, "invalid credentials"),
                Err(e) => return e.into_response(),
            },
        }
    };
    let headers = UpgradeHeaders::of(req.headers());
    let alert = match &caller {
        Some(device) if !device.is_primary() => {
            match idle_primary_alert(server.state(), device).await {
                Ok(alert) => alert,
                Err(e) => return e.into_response(),
            }
        }
        _ => None,
    };
    tokio::spawn(async move {
        let upgraded = match hyper::upgrade::on(req).await {
            Ok(upgraded) => upgraded,
            Err(e) => return tracing::debug!(error = %e, "websocket upgrade failed"),
        };
        // Signal's frames are mostly a few hundred bytes: small buffers, grown only for the
        // frame at hand (tungstenite's defaults are 128 KiB each, allocated up front).
        let mut config = WebSocketConfig::default();
        config.read_buffer_size = READ_BUFFER;
        config.write_buffer_size = 0;
        config.max_frame_size = Some(MAX_FRAME);
        config.max_message_size = Some(MAX_FRAME);
        let ws =
            WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config))
                .await;
        let _open =
            crate::metrics::websocket_opened(if provisioning { "provisioning" } else { "chat" });
        // Boxed: the task holds only the variant it runs.
        if provisioning {
            Box::pin(run_provisioning(server, remote, ws)).await
        } else {
            let connection = Connection {
                server,
                remote,
                caller,
                upgrade_headers: headers,
                requests_running: Default::default(),
            };
            Box::pin(connection.run(ws)).await
        }
        crate::http::memory::release_soon();
    });
    let mut response = Response::new(Full::new(Bytes::new()).boxed());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let h = response.headers_mut();
    h.insert(UPGRADE, HeaderValue::from_static("websocket"));
    h.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    h.insert(
        SEC_WEBSOCKET_ACCEPT,
        HeaderValue::from_str(&accept).expect("base64 is a valid header"),
    );
    if let Some(alert) = alert {
        h.insert("x-signal-alert", HeaderValue::from_static(alert));
    }
    response
}

/// A primary device unseen for this long is idle (`idle-primary-device`).
const PRIMARY_IDLE_MS: i64 = 30 * 24 * 3600 * 1000;
/// A primary unseen for this long without an ACI last-resort key is critically idle.
const PRIMARY_CRITICALLY_IDLE_MS: i64 = 120 * 24 * 3600 * 1000;

/// The `X-Signal-Alert` a linked device's upgrade carries about its account's primary device:
/// `critical-idle-primary-device` when the primary has been idle for 120 days and has no ACI
/// last-resort (KEM) key, else `idle-primary-device` after 30 days, else none.
async fn idle_primary_alert(
    state: &crate::state::AppState,
    device: &AuthenticatedDevice,
) -> crate::error::Result<Option<&'static str>> {
    let aci = device.account.aci;
    let primary = crate::db::devices::Entity::find_by_id((aci, crate::types::DeviceId::PRIMARY))
        .one(&state.db)
        .await?;
    let Some(primary) = primary else {
        return Ok(None);
    };
    let idle = crate::db::now_millis() - primary.last_seen;
    if idle > PRIMARY_CRITICALLY_IDLE_MS {
        let last_resort = crate::domain::prekeys::get_repeated_use(
            &state.db,
            aci,
            crate::types::DeviceId::PRIMARY,
            crate::domain::prekeys::KEM,
        )
        .await?;
        if last_resort.is_none() {
            return Ok(Some("critical-idle-primary-device"));
        }
    }
    Ok((idle > PRIMARY_IDLE_MS).then_some("idle-primary-device"))
}

/// The `Authorization` header, or the legacy `?login=...&password=...` query.
fn credentials(req: &Request<Incoming>) -> Option<String> {
    if let Some(h) = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        return Some(h.to_owned());
    }
    let query = req.uri().query()?;
    let (mut login, mut password) = (None, None);
    // Query decoding as Jersey's: percent escapes, and `+` as a space.
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "login" => login = Some(value.into_owned()),
            "password" => password = Some(value.into_owned()),
            _ => {}
        }
    }
    use base64::Engine;
    let basic = format!("{}:{}", login?, password?);
    Some(format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(basic)
    ))
}

type Ws = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

/// The upgrade request's headers that tunnelled requests carry.
const FORWARDED_HEADERS: [&str; 4] = [
    "user-agent",
    "x-signal-agent",
    "x-signal-receive-stories",
    "accept-language",
];

/// Copies of the upgrade request's [`FORWARDED_HEADERS`]. Copies, because hyper's header
/// values share the connection's whole read buffer (16 KiB), which a kept value would keep
/// allocated for the socket's lifetime.
struct UpgradeHeaders(Vec<(&'static str, HeaderValue)>);

impl UpgradeHeaders {
    fn of(headers: &hyper::HeaderMap) -> UpgradeHeaders {
        let copies = FORWARDED_HEADERS.iter().filter_map(|name| {
            let value = HeaderValue::from_bytes(headers.get(*name)?.as_bytes()).ok()?;
            Some((*name, value))
        });
        UpgradeHeaders(copies.collect())
    }

    fn get(&self, name: &str) -> Option<&HeaderValue> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// One chat websocket.
struct Connection {
    server: Arc<Server>,
    remote: SocketAddr,
    caller: Option<AuthenticatedDevice>,
    upgrade_headers: UpgradeHeaders,
    /// Tunnelled requests whose responses have not been queued yet.
    requests_running: std::sync::atomic::AtomicUsize,
}

/// Failed queue reads in a row after which a socket is closed with 1011.
const MAX_DRAIN_FAILURES: u32 = 5;

/// Most messages a socket has sent and not had answered; more follow as answers come.
const MAX_IN_FLIGHT: usize = 256;

/// How long a socket told to re-authenticate waits for its running requests (such as the
/// one that caused it) to be answered before it closes.
const REAUTHENTICATE_GRACE: Duration = Duration::from_secs(5);

impl Connection {
    /// The socket's loop. While idle it waits on small futures only: the work an event
    /// starts (queue reads, presence refreshes) is boxed, allocated while it runs, so that an
    /// idle socket's task stays small (`make bench` measures idle sockets).
    async fn run(self, ws: Ws) {
        let state = self.server.state().clone();
        let _open = state.shutdown.socket();
        let (mut sink, mut stream) = ws.split();
        let (out_tx, mut out_rx) = mpsc::channel::<Message>(64);
        let this = Arc::new(self);
        let mut delivery = match &this.caller {
            Some(device) => {
                Some(Box::pin(Delivery::start(&this.server, device, &this.upgrade_headers)).await)
            }
            None => None,
        };
        if let Some(d) = delivery.as_mut() {
            if Box::pin(d.drain(&this.server, &mut sink)).await.is_err() {
                return;
            }
        }
        // Set when the socket must re-authenticate (4401) or the server is stopping (1001):
        // it closes once running requests are answered.
        let mut closing_by: Option<tokio::time::Instant> = None;
        let mut closing_with = (CloseCode::Library(4401), "Reauthentication required");
        let every = Duration::from_secs(crate::events::presence::PRESENCE_REFRESH_SECS);
        let mut presence_refresh =
            tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        let refresher = delivery.as_ref().map(|d| d.online.refresher());
        let mut going_away = false;
        loop {
            if let Some(deadline) = closing_by {
                let idle = this
                    .requests_running
                    .load(std::sync::atomic::Ordering::SeqCst)
                    == 0
                    && out_rx.is_empty();
                if idle || tokio::time::Instant::now() >= deadline {
                    let (code, reason) = closing_with;
                    let _ = sink.send(close(code, reason)).await;
                    break;
                }
            }
            let event = async {
                match delivery.as_mut() {
                    Some(d) => d.next_event().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                frame = tokio::time::timeout(IDLE_TIMEOUT, stream.next()) => {
                    let frame = match frame {
                        Err(_) => break, // idle
                        Ok(None) => break,
                        Ok(Some(Err(e))) => {
                            if let Some(close) = close_for(&e) {
                                let _ = sink.send(close).await;
                            }
                            break;
                        }
                        Ok(Some(Ok(frame))) => frame,
                    };
                    match frame {
                        Message::Binary(data) => match WebSocketMessage::decode(data.as_ref()) {
                            Ok(msg) if msg.r#type == Some(TYPE_RESPONSE) => {
                                if let (Some(d), Some(response)) = (delivery.as_mut(), msg.response) {
                                    if Box::pin(d.on_response(&this.server, response)).await
                                        && Box::pin(d.drain(&this.server, &mut sink)).await.is_err()
                                    {
                                        break;
                                    }
                                }
                            }
                            Ok(msg) => this.clone().on_message(msg, out_tx.clone()),
                            Err(_) => {
                                let _ = sink.send(close(CloseCode::Invalid, "bad frame")).await;
                                break;
                            }
                        },
                        Message::Close(_) => break,
                        Message::Ping(p) => { let _ = sink.send(Message::Pong(p)).await; }
                        _ => {}
                    }
                }
                Some(out) = out_rx.recv() => {
                    if sink.send(out).await.is_err() {
                        break;
                    }
                }
                event = event => match event {
                    Event::NewMessages => {
                        if let Some(d) = delivery.as_mut() {
                            if Box::pin(d.drain(&this.server, &mut sink)).await.is_err() {
                                break;
                            }
                        }
                    }
                    Event::Displaced => {
                        let _ = sink.send(close(CloseCode::Library(4409), "Connected elsewhere")).await;
                        break;
                    }
                    Event::Reauthenticate => {
                        closing_by = Some(tokio::time::Instant::now() + REAUTHENTICATE_GRACE);
                    }
                },
                _ = state.shutdown.wait(), if !going_away => {
                    going_away = true;
                    closing_with = (CloseCode::Away, "Server shutting down");
                    closing_by = Some(shutdown_deadline(&state));
                }
                _ = tokio::time::sleep(Duration::from_millis(20)), if closing_by.is_some() => {}
                _ = presence_refresh.tick(), if refresher.is_some() => {
                    if let Some(r) = &refresher {
                        Box::pin(r.refresh()).await;
                    }
                }
            }
        }
        let _ = sink.close().await;
    }

    fn on_message(self: Arc<Self>, msg: WebSocketMessage, out: mpsc::Sender<Message>) {
        if let Some(request) = msg.request.filter(|_| msg.r#type == Some(TYPE_REQUEST)) {
            // Requests run concurrently (long polls must not block the socket).
            use std::sync::atomic::Ordering;
            self.requests_running.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let response = self.tunnel(request).await;
                let _ = out
                    .send(Message::Binary(response.encode_to_vec().into()))
                    .await;
                self.requests_running.fetch_sub(1, Ordering::SeqCst);
            });
        }
    }

    /// Runs a tunnelled REST request through the router with the socket's caller.
    async fn tunnel(&self, request: WebSocketRequestMessage) -> WebSocketMessage {
        let id = request.id.unwrap_or(0);
        let response = match build_request(&request, &self.upgrade_headers) {
            Ok(req) => {
                self.server
                    .dispatch(req, self.remote, Some(self.caller.clone()))
                    .await
            }
            Err(msg) => json_response(
                StatusCode::BAD_REQUEST,
                &message_body(StatusCode::BAD_REQUEST, &msg),
            ),
        };
        to_ws_response(id, response).await
    }
}

fn build_request(
    msg: &WebSocketRequestMessage,
    upgrade_headers: &UpgradeHeaders,
) -> Result<Request<Full<Bytes>>, String> {
    let verb = msg.verb.as_deref().ok_or("request without verb")?;
    let path = msg.path.as_deref().ok_or("request without path")?;
    let mut builder = Request::builder().method(verb).uri(path);
    for (name, value) in &upgrade_headers.0 {
        builder = builder.header(*name, value);
    }
    for header in &msg.headers {
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| format!("malformed header {header:?}"))?;
        let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|e| e.to_string())?;
        let value = HeaderValue::from_str(value.trim()).map_err(|e| e.to_string())?;
        builder = builder.header(name, value);
    }
    builder
        .body(Full::new(Bytes::from(msg.body.clone().unwrap_or_default())))
        .map_err(|e| e.to_string())
}

async fn to_ws_response(id: u64, response: Response<Body>) -> WebSocketMessage {
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .filter_map(|(k, v)| Some(format!("{}:{}", k.as_str(), v.to_str().ok()?)))
        .collect();
    let body = match response.into_body().collect().await {
        Ok(c) => c.to_bytes().to_vec(),
        Err(never) => match never {},
    };
    WebSocketMessage {
        r#type: Some(TYPE_RESPONSE),
        request: None,
        response: Some(WebSocketResponseMessage {
            id: Some(id),
            status: Some(u32::from(status.as_u16())),
            message: Some(status.canonical_reason().unwrap_or("").to_owned()),
            headers,
            body: (!body.is_empty()).then_some(body),
        }),
    }
}

/// How long a socket closing for a shutdown waits for its running requests: well inside
/// the grace period, so that its close frame is sent before the server exits.
fn shutdown_deadline(state: &crate::state::AppState) -> tokio::time::Instant {
    let grace = Duration::from_secs(state.config.shutdown_grace_secs);
    tokio::time::Instant::now() + grace / 2
}

/// A frame or message over [`MAX_FRAME`] is answered with close code 1009 (as Jetty does),
/// not by dropping the connection.
fn close_for(error: &tokio_tungstenite::tungstenite::Error) -> Option<Message> {
    matches!(error, tokio_tungstenite::tungstenite::Error::Capacity(_))
        .then(|| close(CloseCode::Size, "message too large"))
}

fn close(code: CloseCode, reason: &'static str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// The provisioning socket: announces a fresh address (`PUT /v1/address`), forwards the
/// provisioning message sent to it (`PUT /v1/message`), and closes with 1000 "Closed" once
/// the client has answered that request: never right after sending it, since a client
/// whose socket closes before it answers drops the message. After
/// `provisioning_timeout_secs` (90 s) from the upgrade it closes with 1000 "Timeout",
/// answered or not. Tunnelled requests (keep-alives) are answered anonymously.
async fn run_provisioning(server: Arc<Server>, remote: SocketAddr, ws: Ws) {
    let state = server.state().clone();
    let lifetime = crate::domain::provisioning::socket_lifetime(&state.config);
    let deadline = tokio::time::sleep(lifetime);
    tokio::pin!(deadline);
    let _open = state.shutdown.socket();
    let address = crate::domain::provisioning::new_address();
    let mut events = state
        .bus
        .subscribe(&crate::domain::provisioning::topic(&address));
    if let Err(e) =
        crate::domain::provisioning::register_listener(&state.db, &address, lifetime).await
    {
        tracing::warn!(error = %e, "cannot register provisioning address");
        return;
    }
    let (mut sink, mut stream) = ws.split();
    let announce = ProvisioningAddress {
        address: Some(address.clone()),
    }
    .encode_to_vec();
    let frame = provisioning_request("/v1/address", announce).1;
    let _ = sink.send(frame).await;
    // Ids of `PUT /v1/message` requests sent and not answered yet.
    let mut unanswered = std::collections::HashSet::new();
    let close_with = loop {
        tokio::select! {
            _ = &mut deadline => break Some(close(CloseCode::Normal, "Timeout")),
            _ = state.shutdown.wait() => break Some(close(CloseCode::Away, "Server shutting down")),
            Some(message) = events.recv() => {
                let (id, frame) = provisioning_request("/v1/message", message.to_vec());
                if sink.send(frame).await.is_err() {
                    break None;
                }
                unanswered.insert(id);
            }
            frame = stream.next() => match frame {
                Some(Ok(Message::Binary(data))) => match WebSocketMessage::decode(data.as_ref()) {
                    Ok(WebSocketMessage { r#type: Some(TYPE_REQUEST), request: Some(request), .. }) => {
                        let id = request.id.unwrap_or(0);
                        let response = match build_request(&request, &UpgradeHeaders(Vec::new())) {
                            Ok(req) => server.dispatch(req, remote, Some(None)).await,
                            Err(msg) => json_response(StatusCode::BAD_REQUEST, &message_body(StatusCode::BAD_REQUEST, &msg)),
                        };
                        let reply = to_ws_response(id, response).await;
                        let _ = sink.send(Message::Binary(reply.encode_to_vec().into())).await;
                    }
                    // The answer to the provisioning message, whatever its status, ends the socket.
                    Ok(WebSocketMessage { r#type: Some(TYPE_RESPONSE), response: Some(response), .. })
                        if response.id.is_some_and(|id| unanswered.contains(&id)) =>
                    {
                        break Some(close(CloseCode::Normal, "Closed"));
                    }
                    Ok(_) => {}
                    Err(_) => break Some(close(CloseCode::Invalid, "Badly formatted")),
                },
                Some(Ok(Message::Ping(p))) => { let _ = sink.send(Message::Pong(p)).await; }
                Some(Err(e)) => break close_for(&e),
                Some(Ok(Message::Close(_))) | None => break None,
                Some(Ok(_)) => {}
            }
        }
    };
    drop(events);
    if let Err(e) = crate::domain::provisioning::unregister_listener(&state.db, &address).await {
        tracing::warn!(error = %e, "cannot unregister provisioning address");
    }
    if let Some(frame) = close_with {
        if sink.send(frame).await.is_ok() {
            // Wait (briefly) for the client's close: dropping the connection with frames
            // unread could reset it before the client has read ours.
            let _ = tokio::time::timeout(CLOSE_HANDSHAKE, async {
                while let Some(Ok(frame)) = stream.next().await {
                    if matches!(frame, Message::Close(_)) {
                        break;
                    }
                }
            })
            .await;
        }
    }
    let _ = sink.close().await;
}

/// How long a socket that sent a close frame waits for the client's.
const CLOSE_HANDSHAKE: Duration = Duration::from_secs(2);

/// A request the provisioning socket sends, as the reference does: a random non-negative
/// id and an `X-Signal-Timestamp` header.
fn provisioning_request(path: &str, body: Vec<u8>) -> (u64, Message) {
    let id = rand::random::<u64>() >> 1;
    let headers = vec![format!("X-Signal-Timestamp:{}", crate::db::now_millis())];
    let frame = WebSocketMessage::request(id, "PUT", path, headers, Some(body));
    (id, Message::Binary(frame.encode_to_vec().into()))
}

/// `textsecure.ProvisioningAddress`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct ProvisioningAddress {
    #[prost(string, optional, tag = "1")]
    pub address: Option<String>,
}

type Sink = futures::stream::SplitSink<Ws, Message>;

enum Event {
    NewMessages,
    Displaced,
    Reauthenticate,
}

/// Message delivery on an authenticated socket: queued envelopes are pushed as
/// `PUT /api/v1/message` requests; a 2xx response acknowledges (deletes) one. After the
/// first full drain the socket gets `PUT /api/v1/queue/empty`. A newer socket for the same
/// device (in any process) displaces this one.
struct Delivery {
    aci: crate::types::Aci,
    device: crate::types::DeviceId,
    stories: bool,
    connection_id: [u8; 16],
    messages: crate::events::bus::Subscription,
    presence: crate::events::bus::Subscription,
    /// Request id → message guid, for messages sent and not yet answered.
    in_flight: std::collections::HashMap<u64, uuid::Uuid>,
    /// Delivery stopped at [`MAX_IN_FLIGHT`] with messages left.
    capped: bool,
    /// Messages the client answered with an error: kept queued, not resent on this socket.
    refused: std::collections::HashSet<uuid::Uuid>,
    /// Queue reads failed in a row, and when to try again.
    failures: u32,
    retry_at: Option<tokio::time::Instant>,
    /// Keeps wake-up pushes away from this device while the socket is open.
    online: crate::events::presence::PresenceGuard,
    next_id: u64,
    announced_empty: bool,
    /// The bus's health: while Redis is down, events from other processes do not arrive,
    /// so the queue is checked every [`DEGRADED_QUEUE_CHECK`], and once more when it returns.
    bus_health: tokio::sync::watch::Receiver<crate::events::bus::BusHealth>,
    degraded_check: tokio::time::Interval,
}

/// How often a socket checks its queue while the bus cannot carry events between processes.
const DEGRADED_QUEUE_CHECK: Duration = Duration::from_secs(2);

impl Delivery {
    async fn start(
        server: &Arc<Server>,
        device: &AuthenticatedDevice,
        headers: &UpgradeHeaders,
    ) -> Delivery {
        let (aci, device_id) = (device.aci(), device.device_id());
        let state = server.state();
        let messages = state
            .bus
            .subscribe(&crate::domain::messages::topic(aci, device_id));
        let presence_topic = crate::events::disconnect::presence_topic(aci, device_id);
        let presence = state.bus.subscribe(&presence_topic);
        let connection_id: [u8; 16] = rand::random();
        state
            .bus
            .publish(&presence_topic, Bytes::copy_from_slice(&connection_id))
            .await;
        let stories = headers
            .get("x-signal-receive-stories")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        Delivery {
            aci,
            device: device_id,
            stories,
            connection_id,
            messages,
            presence,
            in_flight: Default::default(),
            capped: false,
            refused: Default::default(),
            failures: 0,
            retry_at: None,
            online: crate::events::presence::register(
                state.presence.clone(),
                state.bus.clone(),
                aci,
                device_id,
                hex::encode(connection_id),
            )
            .await,
            next_id: 1,
            announced_empty: false,
            bus_health: state.bus.health_watch(),
            degraded_check: {
                let start = tokio::time::Instant::now() + DEGRADED_QUEUE_CHECK;
                let mut check = tokio::time::interval_at(start, DEGRADED_QUEUE_CHECK);
                check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                check
            },
        }
    }

    async fn next_event(&mut self) -> Event {
        loop {
            tokio::select! {
                Some(_) = self.messages.recv() => return Event::NewMessages,
                _ = tokio::time::sleep_until(self.retry_at.unwrap_or_else(tokio::time::Instant::now)),
                    if self.retry_at.is_some() => {
                    self.retry_at = None;
                    return Event::NewMessages;
                }
                _ = self.degraded_check.tick(), if *self.bus_health.borrow() == crate::events::bus::BusHealth::Degraded => {
                    return Event::NewMessages;
                }
                Ok(()) = self.bus_health.changed() => return Event::NewMessages,
                Some(id) = self.presence.recv() => {
                    if id.as_ref() == crate::events::disconnect::REAUTHENTICATE {
                        return Event::Reauthenticate;
                    }
                    if id.as_ref() != self.connection_id {
                        return Event::Displaced;
                    }
                }
                else => std::future::pending::<()>().await,
            }
        }
    }

    /// Sends every queued message not already in flight.
    async fn drain(&mut self, server: &Arc<Server>, sink: &mut Sink) -> Result<(), ()> {
        let db = &server.state().db;
        self.capped = false;
        loop {
            if self.in_flight.len() >= MAX_IN_FLIGHT {
                // The rest follows as the client answers (see `on_response`).
                self.capped = true;
                return Ok(());
            }
            let limit = (100 + self.in_flight.len() + self.refused.len()) as u64;
            let rows = match crate::domain::messages::fetch(db, self.aci, self.device, limit, true)
                .await
            {
                Ok(rows) => rows,
                Err(e) => return self.failed(sink, e).await,
            };
            self.failures = 0;
            // A short read holds the whole queue: once it is sent there is nothing to read
            // again (messages queued meanwhile announce themselves on the bus).
            let complete = (rows.len() as u64) < limit;
            // A socket that did not opt in to stories never gets them: they are deleted.
            let (stories, rows): (Vec<_>, Vec<_>) =
                rows.into_iter().partition(|r| r.story && !self.stories);
            if !stories.is_empty() {
                let ids = stories.into_iter().map(|r| r.id);
                if let Err(e) = crate::domain::messages::delete(db, ids).await {
                    return self.failed(sink, e).await;
                }
                continue;
            }
            let sent: std::collections::HashSet<_> = self.in_flight.values().copied().collect();
            let room = MAX_IN_FLIGHT - self.in_flight.len();
            let pending: Vec<_> = rows
                .into_iter()
                .filter(|r| !sent.contains(&r.guid) && !self.refused.contains(&r.guid))
                .take(room)
                .collect();
            if pending.is_empty() {
                break;
            }
            for row in pending {
                let Ok(mut envelope) = crate::domain::messages::decode(&row) else {
                    continue;
                };
                envelope.ephemeral = None;
                let id = self.next_id;
                self.next_id += 1;
                let headers = vec![
                    "X-Signal-Key: false".to_owned(),
                    format!("X-Signal-Timestamp:{}", crate::db::now_millis()),
                ];
                let request = WebSocketMessage::request(
                    id,
                    "PUT",
                    "/api/v1/message",
                    headers,
                    Some(envelope.encode_to_vec()),
                );
                sink.send(Message::Binary(request.encode_to_vec().into()))
                    .await
                    .map_err(|_| ())?;
                self.in_flight.insert(id, row.guid);
            }
            // (At the in-flight cap, the top of the loop records that delivery stopped there.)
            if complete && self.in_flight.len() < MAX_IN_FLIGHT {
                break;
            }
        }
        if !self.announced_empty {
            self.announced_empty = true;
            let id = self.next_id;
            self.next_id += 1;
            let request = WebSocketMessage::request(id, "PUT", "/api/v1/queue/empty", vec![], None);
            sink.send(Message::Binary(request.encode_to_vec().into()))
                .await
                .map_err(|_| ())?;
        }
        Ok(())
    }

    /// A failed queue read: retried in 1 to 1.5 s; after [`MAX_DRAIN_FAILURES`] failures in a
    /// row the socket is closed with 1011 (the client reconnects).
    async fn failed(&mut self, sink: &mut Sink, e: crate::error::Error) -> Result<(), ()> {
        self.failures += 1;
        tracing::warn!(error = %e, failures = self.failures, "cannot read message queue");
        if self.failures > MAX_DRAIN_FAILURES {
            let _ = sink
                .send(close(CloseCode::Error, "Message queue unavailable"))
                .await;
            return Err(());
        }
        let delay = Duration::from_millis(1000 + rand::random::<u64>() % 500);
        self.retry_at = Some(tokio::time::Instant::now() + delay);
        Ok(())
    }

    /// A client's answer to a pushed message: 2xx acknowledges it. Returns whether delivery
    /// had stopped at [`MAX_IN_FLIGHT`] and can go on.
    async fn on_response(
        &mut self,
        server: &Arc<Server>,
        response: WebSocketResponseMessage,
    ) -> bool {
        let Some(guid) = response.id.and_then(|id| self.in_flight.remove(&id)) else {
            return false;
        };
        if (200..300).contains(&response.status.unwrap_or(0)) {
            if let Err(e) = server
                .state()
                .queue()
                .acknowledge(self.aci, self.device, guid)
                .await
            {
                tracing::warn!(error = %e, "cannot acknowledge message");
            }
        } else {
            // Left queued for the next connection, not sent again on this one.
            self.refused.insert(guid);
        }
        self.capped
    }
}
