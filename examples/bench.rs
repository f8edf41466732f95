//! `make bench`: the message hot path against ceilings measured in the same run, on SQLite
//! and on PostgreSQL. Every figure is printed with its ceiling and their ratio; nothing is
//! asserted (timings are never pass/fail).
//!
//! Ceilings: a bare hyper handler (no work at all) and a minimal store, a hyper handler doing
//! one serde_json parse and one INSERT (its fetch one SELECT, its ack one DELETE) on the same
//! database as the server with the same connection settings (`signal_server::db::connect`).
//!
//! Figures (16 connections unless said): authenticated `GET /v1/keepalive` against the same
//! request without credentials; send (`PUT /v1/messages/{aci}`) against the minimal store's
//! INSERT; send -> fetch -> ack round trips (8 pairs) and websocket delivery (8 pairs) against
//! the minimal store's round trip; 16 and 64 accounts sending to one recipient (errors
//! counted); RSS of idle authenticated websockets held by a separate server process (this
//! executable, started again as a server), and what is left after they close.
//!
//! The server runs with its default limits, except `messages` (60 per sender and recipient
//! pair, then one a second), raised so that the throughput phases measure the send rather
//! than 429s; the one-recipient phases stay within the default.
//!
//! Settings: BENCH_SECONDS (per throughput phase, default 3), BENCH_SOCKETS (idle websockets,
//! default 2000), BENCH_BACKENDS (default "sqlite,postgres").

#[path = "../tests/common/mod.rs"]
mod common;

use std::convert::Infallible;
use std::future::Future;
use std::io::BufRead;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use bytes::Bytes;
use common::{register, test_config, test_number, TestAccount, TestServer};
use futures::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use prost::Message as _;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use serde_json::{json, Value};
use signal_server::http::websocket::TYPE_RESPONSE;
use signal_server::http::websocket::{WebSocketMessage, WebSocketResponseMessage, TYPE_REQUEST};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;

/// Environment of the child process that serves the idle-socket phase.
const CHILD_DATA_DIR: &str = "BENCH_CHILD_DATA_DIR";
const CHILD_DATABASE_URL: &str = "BENCH_CHILD_DATABASE_URL";

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    if let Some(dir) = std::env::var_os(CHILD_DATA_DIR) {
        return runtime.block_on(child_server(dir.into()));
    }
    runtime.block_on(bench());
}

async fn bench() {
    let seconds = env("BENCH_SECONDS", 3) as u64;
    let sockets = env("BENCH_SOCKETS", 2000);
    let backends = std::env::var("BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    println!("{seconds} s per throughput phase, {sockets} idle websockets");
    for backend in backends.split(',') {
        std::env::set_var("TEST_DB", backend);
        run(backend, Duration::from_secs(seconds), sockets).await;
    }
}

/// Throughput and latency of one phase.
#[derive(Default)]
struct Load {
    ok: usize,
    errors: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Load {
    fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64()
    }
    fn p(&self, q: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        sorted[((sorted.len() - 1) as f64 * q).round() as usize]
    }
    fn describe(&self, unit: &str) -> String {
        format!(
            "{:>8.0} {unit}/s p50 {:>7.2?} p99 {:>7.2?}{}",
            self.rate(),
            self.p(0.5),
            self.p(0.99),
            if self.errors > 0 {
                format!(" ({} errors)", self.errors)
            } else {
                String::new()
            }
        )
    }
}

/// Runs `workers` loops of `op(worker)` for `duration`; each call is one operation that
/// succeeded (true) or failed.
async fn load<F, Fut>(workers: usize, duration: Duration, op: F) -> Load
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = bool> + Send,
{
    let op = Arc::new(op);
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = (0..workers)
        .map(|w| {
            let op = op.clone();
            tokio::spawn(async move {
                let mut out = Load::default();
                while Instant::now() < deadline {
                    let t = Instant::now();
                    if op(w).await {
                        out.ok += 1;
                        out.latencies.push(t.elapsed());
                    } else {
                        out.errors += 1;
                    }
                }
                out
            })
        })
        .collect();
    let mut total = Load::default();
    for task in tasks {
        let part = task.await.expect("worker");
        total.ok += part.ok;
        total.errors += part.errors;
        total.latencies.extend(part.latencies);
    }
    total.elapsed = started.elapsed();
    total
}

fn ratio(name: &str, figure: &Load, ceiling: &Load, unit: &str, target: f64) {
    let r = figure.rate() / ceiling.rate().max(f64::MIN_POSITIVE);
    println!(
        "  {name:<34} {}  ceiling {:>8.0}/s  ratio {r:.3} (target >= {target})",
        figure.describe(unit),
        ceiling.rate()
    );
}

async fn run(backend: &str, duration: Duration, sockets: usize) {
    let (mut config, dir, pg) = test_config().await;
    let limit = signal_server::domain::ratelimit::LimitConfig {
        bucket_size: 1_000_000,
        permit_every_secs: 0.001,
    };
    config.rate_limits.insert("messages".into(), limit);
    for n in 1000..(1000 + sockets as u16 + 200) {
        config
            .test_numbers
            .insert(test_number(n), common::TEST_CODE.into());
    }
    let server = Arc::new(TestServer::start_with(config, dir, pg).await);
    println!("[{backend}]");

    // Ceilings: a bare handler and the minimal store, on the server's database.
    let db = signal_server::db::connect(&server.config.database_url())
        .await
        .expect("store database");
    let store = MinimalStore::start(db).await;
    let bare = bare_handler().await;
    let client = reqwest::Client::new();

    let started = Instant::now();
    let accounts = register_many(&server, 0, 100).await;
    println!("  registered 100 accounts in {:.1?}", started.elapsed());
    let accounts = Arc::new(accounts);
    let body_for = |to: &TestAccount| {
        json!({"messages": [{"type": 1, "destinationDeviceId": 1,
            "destinationRegistrationId": to.registration_id,
            "content": base64::engine::general_purpose::STANDARD.encode([7u8; 160])}]})
    };

    // Authenticated GET against the same request without credentials.
    let bare_url = format!("http://{bare}/");
    let c = client.clone();
    let bare_load = load(16, duration, move |_| {
        let (c, url) = (c.clone(), bare_url.clone());
        async move { ok(c.get(url).send().await, 200) }
    })
    .await;
    let (c, url) = (client.clone(), server.url("/v1/keepalive"));
    let anonymous = load(16, duration, move |_| {
        let (c, url) = (c.clone(), url.clone());
        async move { ok(c.get(url).send().await, 200) }
    })
    .await;
    let (c, url, a) = (
        client.clone(),
        server.url("/v1/keepalive"),
        accounts.clone(),
    );
    let authenticated = load(16, duration, move |w| {
        let request = a[w].auth(c.get(url.clone()));
        async move { ok(request.send().await, 200) }
    })
    .await;
    println!(
        "  bare hyper handler                 {}",
        bare_load.describe("req")
    );
    ratio(
        "GET /v1/keepalive, unauthenticated",
        &anonymous,
        &bare_load,
        "req",
        0.0,
    );
    ratio(
        "GET /v1/keepalive, authenticated",
        &authenticated,
        &anonymous,
        "req",
        0.7,
    );

    // Send against the minimal store's INSERT: sender w to recipient 16 + w.
    let (c, base) = (client.clone(), store.base.clone());
    let body = body_for(&accounts[16]);
    let store_send = load(16, duration, move |w| {
        let request = c.put(format!("{base}/store/{w}")).json(&body);
        async move { ok(request.send().await, 200) }
    })
    .await;
    let (c, a, s) = (client.clone(), accounts.clone(), server.clone());
    let send = load(16, duration, move |w| {
        let to = &a[16 + w];
        let request = a[w]
            .auth(c.put(s.url(&format!("/v1/messages/{}", to.aci))))
            .json(&body_for(to));
        async move { ok(request.send().await, 200) }
    })
    .await;
    ratio("send, 16 connections", &send, &store_send, "msg", 0.5);

    // Round trips: send, fetch, ack (8 pairs: sender w to recipient 32 + w).
    let (c, base) = (client.clone(), store.base.clone());
    let body = body_for(&accounts[32]);
    let store_trip = load(8, duration, move |w| {
        let (c, base, body) = (c.clone(), base.clone(), body.clone());
        async move {
            let recipient = 1000 + w;
            let sent = c.put(format!("{base}/store/{recipient}")).json(&body);
            if !ok(sent.send().await, 200) {
                return false;
            }
            let Ok(r) = c.get(format!("{base}/store/{recipient}")).send().await else {
                return false;
            };
            let Ok(rows) = r.json::<Vec<i64>>().await else {
                return false;
            };
            for id in rows {
                if !ok(c.delete(format!("{base}/store/{id}")).send().await, 204) {
                    return false;
                }
            }
            true
        }
    })
    .await;
    println!(
        "  minimal store round trip, 8 pairs  {}",
        store_trip.describe("msg")
    );
    let (c, a, s) = (client.clone(), accounts.clone(), server.clone());
    let trip = load(8, duration, move |w| {
        let (c, a, s) = (c.clone(), a.clone(), s.clone());
        async move {
            let (from, to) = (&a[w], &a[32 + w]);
            let sent = from
                .auth(c.put(s.url(&format!("/v1/messages/{}", to.aci))))
                .json(&body_for(to));
            if !ok(sent.send().await, 200) {
                return false;
            }
            let Ok(r) = to.auth(c.get(s.url("/v1/messages"))).send().await else {
                return false;
            };
            let Ok(queue) = r.json::<Value>().await else {
                return false;
            };
            for m in queue["messages"].as_array().into_iter().flatten() {
                let guid = m["guid"].as_str().unwrap_or_default();
                let url = s.url(&format!("/v1/messages/uuid/{guid}"));
                if !ok(to.auth(c.delete(url)).send().await, 204) {
                    return false;
                }
            }
            true
        }
    })
    .await;
    ratio(
        "send -> fetch -> ack, 8 pairs",
        &trip,
        &store_trip,
        "msg",
        0.4,
    );

    // Websocket delivery: recipient 40 + w holds a socket and acknowledges each message.
    let mut receivers = Vec::new();
    for w in 0..8 {
        let mut ws = connect(&server.base, &accounts[40 + w]).await;
        next_request(&mut ws).await; // the empty queue
        receivers.push(tokio::sync::Mutex::new(ws));
    }
    let receivers = Arc::new(receivers);
    let (c, a, s) = (client.clone(), accounts.clone(), server.clone());
    let delivery = load(8, duration, move |w| {
        let (c, a, s, r) = (c.clone(), a.clone(), s.clone(), receivers.clone());
        async move {
            let (from, to) = (&a[w], &a[40 + w]);
            let sent = from
                .auth(c.put(s.url(&format!("/v1/messages/{}", to.aci))))
                .json(&body_for(to));
            if !ok(sent.send().await, 200) {
                return false;
            }
            let mut ws = r[w].lock().await;
            // Delivery receipts for the sender's own messages are not expected here: each
            // recipient only receives.
            let request = next_request(&mut ws).await;
            if request.path.as_deref() != Some("/api/v1/message") {
                return false;
            }
            let ack = WebSocketMessage {
                r#type: Some(TYPE_RESPONSE),
                request: None,
                response: Some(WebSocketResponseMessage {
                    id: request.id,
                    status: Some(200),
                    message: Some("OK".into()),
                    headers: vec![],
                    body: None,
                }),
            };
            ws.send(Message::Binary(ack.encode_to_vec().into()))
                .await
                .is_ok()
        }
    })
    .await;
    ratio(
        "websocket delivery, 8 pairs",
        &delivery,
        &store_trip,
        "msg",
        0.4,
    );

    // Many senders, one recipient (account 99), default limits: errors counted.
    for senders in [16, 64] {
        let (c, a, s) = (client.clone(), accounts.clone(), server.clone());
        let started = Instant::now();
        let tasks: Vec<_> = (0..senders)
            .map(|w| {
                let (c, a, s) = (c.clone(), a.clone(), s.clone());
                tokio::spawn(async move {
                    let to = &a[99];
                    let mut statuses = Vec::new();
                    for _ in 0..20 {
                        let url = s.url(&format!("/v1/messages/{}", to.aci));
                        let sent = a[w % 99].auth(c.put(url)).json(&body_for(to));
                        let status = sent.send().await.map(|r| r.status().as_u16());
                        statuses.push(status.unwrap_or(0));
                    }
                    statuses
                })
            })
            .collect();
        let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
        for task in tasks {
            for status in task.await.unwrap() {
                *statuses.entry(status).or_default() += 1;
            }
        }
        let total: usize = statuses.values().sum();
        let errors: usize = statuses
            .iter()
            .filter(|(s, _)| **s != 200)
            .map(|(_, n)| n)
            .sum();
        println!(
            "  {senders} senders -> 1 recipient: {total} sends in {:.2?}, {errors} errors {statuses:?} (target 0)",
            started.elapsed()
        );
    }

    idle_websockets(&server, sockets).await;
    if let Ok(server) = Arc::try_unwrap(server) {
        server.stop().await;
    }
}

fn ok(response: reqwest::Result<reqwest::Response>, status: u16) -> bool {
    response.is_ok_and(|r| r.status().as_u16() == status)
}

/// Registers `count` accounts (numbers from `first`), 8 at a time.
async fn register_many(server: &Arc<TestServer>, first: u16, count: u16) -> Vec<TestAccount> {
    let mut out = Vec::new();
    for chunk in (first..first + count).collect::<Vec<_>>().chunks(8) {
        let tasks: Vec<_> = chunk
            .iter()
            .map(|n| {
                let (server, n) = (server.clone(), *n);
                tokio::spawn(async move { register(&server, &test_number(n)).await })
            })
            .collect();
        for task in tasks {
            out.push(task.await.expect("registration"));
        }
    }
    out
}

type Client =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// An authenticated chat websocket (client buffers kept small: thousands are held).
async fn connect(base: &str, account: &TestAccount) -> Client {
    let mut request = format!("{}/v1/websocket/", base.replace("http://", "ws://"))
        .into_client_request()
        .unwrap();
    let credentials = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            account.username(),
            account.password
        ))
    );
    request
        .headers_mut()
        .insert("authorization", credentials.parse().unwrap());
    let mut config = WebSocketConfig::default();
    config.read_buffer_size = 4096;
    config.write_buffer_size = 0;
    let (ws, _) = tokio_tungstenite::connect_async_with_config(request, Some(config), false)
        .await
        .expect("websocket");
    ws
}

async fn next_request(ws: &mut Client) -> signal_server::http::websocket::WebSocketRequestMessage {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("frame in time")
            .expect("open socket")
            .expect("frame");
        if let Message::Binary(data) = frame {
            let msg = WebSocketMessage::decode(data.as_ref()).expect("frame");
            if msg.r#type == Some(TYPE_REQUEST) {
                return msg.request.expect("request");
            }
        }
    }
}

/// Idle websockets on a separate server process (this executable as a child, on the same
/// database): its RSS before, with `count` sockets open, and after they closed.
async fn idle_websockets(server: &Arc<TestServer>, count: usize) {
    let started = Instant::now();
    let accounts = Arc::new(register_many(server, 1000, count as u16).await);
    println!("  registered {count} accounts in {:.1?}", started.elapsed());
    let exe = std::env::current_exe().expect("own executable");
    // BENCH_CHILD_WRAPPER runs the child under a profiler, e.g. `valgrind --tool=massif`.
    let wrapper = std::env::var("BENCH_CHILD_WRAPPER").unwrap_or_default();
    let mut words = wrapper.split_whitespace();
    let mut command = match words.next() {
        Some(program) => {
            let mut command = std::process::Command::new(program);
            command.args(words).arg(exe);
            command
        }
        None => std::process::Command::new(exe),
    };
    command
        .env(CHILD_DATA_DIR, &server.config.data_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    if let Some(url) = &server.config.database_url {
        command.env(CHILD_DATABASE_URL, url);
    }
    let mut child = command.spawn().expect("child server");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("child address");
    let base = format!("http://{}", line.trim());
    let pid = child.id();
    // Warm up: a few sockets opened and closed, so that the baseline includes the runtime.
    for account in accounts.iter().take(50) {
        let mut ws = connect(&base, account).await;
        next_request(&mut ws).await;
        let _ = ws.close(None).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = rss_kib(pid);
    // Two rounds: memory kept after the first that the second reuses is the allocator's;
    // memory that grows again is held by the server.
    for round in 1..=2 {
        let mut open = Vec::with_capacity(count);
        for chunk in (0..count).collect::<Vec<_>>().chunks(50) {
            let tasks: Vec<_> = chunk
                .iter()
                .map(|i| {
                    let (base, a, i) = (base.clone(), accounts.clone(), *i);
                    tokio::spawn(async move {
                        let mut ws = connect(&base, &a[i]).await;
                        next_request(&mut ws).await;
                        ws
                    })
                })
                .collect();
            for task in tasks {
                open.push(task.await.expect("socket"));
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        let held = rss_kib(pid);
        for mut ws in open {
            let _ = ws.close(None).await;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        let after = rss_kib(pid);
        let per_socket = held.saturating_sub(before) as f64 / count as f64;
        println!(
            "  {count} idle websockets (round {round}): server RSS {before} KiB -> {held} KiB ({per_socket:.1} KiB each, target <= 32); after close {after} KiB ({} KiB not returned)",
            after.saturating_sub(before)
        );
    }
    drop(child.stdin.take());
    // The child stops once its stdin closes (a profiler then writes its report).
    for _ in 0..600 {
        if matches!(child.try_wait(), Ok(Some(_))) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The child process: a server on the parent's database, until its stdin closes.
async fn child_server(data_dir: std::path::PathBuf) {
    let config = signal_server::Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir,
        database_url: std::env::var(CHILD_DATABASE_URL).ok(),
        shutdown_grace_secs: 1,
        ..signal_server::Config::default()
    };
    let server = signal_server::start(config).await.expect("child server");
    println!("{}", server.addr);
    let _ = tokio::task::spawn_blocking(|| {
        let mut sink = String::new();
        let _ = std::io::stdin().read_line(&mut sink);
    })
    .await;
    server.stop().await;
}

/// A hyper server answering every request with an empty 200: the ceiling of any handler.
async fn bare_handler() -> std::net::SocketAddr {
    serve(|_req| async { Ok(response(200, Bytes::new())) }).await
}

fn response(status: u16, body: Bytes) -> hyper::Response<Full<Bytes>> {
    let mut r = hyper::Response::new(Full::new(body));
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
    r
}

async fn serve<F, Fut>(handler: F) -> std::net::SocketAddr
where
    F: Fn(hyper::Request<hyper::body::Incoming>) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<hyper::Response<Full<Bytes>>, Infallible>> + Send + 'static,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let handler = handler.clone();
            tokio::spawn(async move {
                let io = hyper_util::rt::TokioIo::new(stream);
                let service = hyper::service::service_fn(handler);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
            });
        }
    });
    addr
}

/// One serde_json parse and one INSERT per message; one SELECT per fetch, one DELETE per
/// acknowledgement.
struct MinimalStore {
    base: String,
}

impl MinimalStore {
    async fn start(db: DatabaseConnection) -> MinimalStore {
        let backend = db.get_database_backend();
        let create = match backend {
            DatabaseBackend::Postgres => "CREATE TABLE IF NOT EXISTS bench_store (id BIGSERIAL PRIMARY KEY, recipient BIGINT NOT NULL, body BYTEA NOT NULL)",
            _ => "CREATE TABLE IF NOT EXISTS bench_store (id INTEGER PRIMARY KEY AUTOINCREMENT, recipient INTEGER NOT NULL, body BLOB NOT NULL)",
        };
        db.execute_unprepared(create).await.expect("store table");
        db.execute_unprepared(
            "CREATE INDEX IF NOT EXISTS bench_store_recipient ON bench_store (recipient, id)",
        )
        .await
        .expect("store index");
        let db = Arc::new(db);
        let addr = serve(move |req| {
            let db = db.clone();
            async move { Ok(store_handle(&db, req).await) }
        })
        .await;
        MinimalStore {
            base: format!("http://{addr}"),
        }
    }
}

async fn store_handle(
    db: &DatabaseConnection,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let backend = db.get_database_backend();
    let sql = |sqlite: &str, pg: &str| match backend {
        DatabaseBackend::Postgres => pg.to_owned(),
        _ => sqlite.to_owned(),
    };
    let method = req.method().clone();
    let key: i64 = req
        .uri()
        .path()
        .rsplit('/')
        .next()
        .and_then(|k| k.parse().ok())
        .unwrap_or(0);
    match method {
        hyper::Method::PUT => {
            let Ok(body) = req.into_body().collect().await else {
                return response(400, Bytes::new());
            };
            let body = body.to_bytes();
            if serde_json::from_slice::<Value>(&body).is_err() {
                return response(400, Bytes::new());
            }
            let insert = Statement::from_sql_and_values(
                backend,
                sql(
                    "INSERT INTO bench_store (recipient, body) VALUES (?, ?)",
                    "INSERT INTO bench_store (recipient, body) VALUES ($1, $2)",
                ),
                [key.into(), body.to_vec().into()],
            );
            match db.execute_raw(insert).await {
                Ok(_) => response(200, Bytes::new()),
                Err(_) => response(500, Bytes::new()),
            }
        }
        hyper::Method::GET => {
            let select = Statement::from_sql_and_values(
                backend,
                sql(
                    "SELECT id, body FROM bench_store WHERE recipient = ? ORDER BY id LIMIT 100",
                    "SELECT id, body FROM bench_store WHERE recipient = $1 ORDER BY id LIMIT 100",
                ),
                [key.into()],
            );
            match db.query_all_raw(select).await {
                Ok(rows) => {
                    let ids: Vec<i64> = rows
                        .iter()
                        .filter_map(|r| r.try_get::<i64>("", "id").ok())
                        .collect();
                    response(200, Bytes::from(serde_json::to_vec(&ids).unwrap()))
                }
                Err(_) => response(500, Bytes::new()),
            }
        }
        hyper::Method::DELETE => {
            let delete = Statement::from_sql_and_values(
                backend,
                sql(
                    "DELETE FROM bench_store WHERE id = ?",
                    "DELETE FROM bench_store WHERE id = $1",
                ),
                [key.into()],
            );
            match db.execute_raw(delete).await {
                Ok(_) => response(204, Bytes::new()),
                Err(_) => response(500, Bytes::new()),
            }
        }
        _ => response(405, Bytes::new()),
    }
}
