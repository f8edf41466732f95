//! Fault tests: the server against failing dependencies and abrupt ends. Each starts what it
//! breaks itself (a private `redis-server`, a private PostgreSQL cluster made with the
//! machine's `initdb`/`pg_ctl`, server processes) on free ports; the shared PostgreSQL
//! (5432) and Redis (6379) are never touched. They are slow (tens of seconds) and need
//! those programs, so they are `#[ignore]`d here and run by `make test-faults`.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{register, test_number, TestAccount, TestServer};
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use signal_server::events::bus::BusHealth;
use signal_server::http::websocket::{WebSocketMessage, TYPE_REQUEST, TYPE_RESPONSE};
use signal_server::proto::Envelope;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn wait_for_port(port: u16, up: bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let open = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok();
        if open == up {
            return;
        }
        assert!(Instant::now() < deadline, "port {port} never became {up}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// ---------------------------------------------------------------------------------------
// A private PostgreSQL cluster.

struct PrivatePostgres {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

/// The newest `/usr/lib/postgresql/<version>/bin`, else the one `initdb` on PATH is in.
fn postgres_bin() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return bin;
    }
    let out = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        .expect("sh");
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    path.parent().expect("initdb on PATH").to_path_buf()
}

fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().expect("id");
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

/// Runs a PostgreSQL program; as root (initdb refuses it) as the `postgres` user.
fn pg_command(bin: &Path, program: &str, args: &[&str]) {
    let program = bin.join(program);
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&program);
        c
    } else {
        Command::new(&program)
    };
    let out = command
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("postgres program");
    assert!(
        out.status.success(),
        "{} {args:?}: {}{}",
        program.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl PrivatePostgres {
    async fn start() -> PrivatePostgres {
        let bin = postgres_bin();
        let dir = tempfile::tempdir().unwrap();
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(dir.path())
                .status()
                .unwrap();
            assert!(status.success());
        }
        let data = dir.path().join("data");
        let data_arg = data.to_str().unwrap();
        pg_command(
            &bin,
            "initdb",
            &["-D", data_arg, "-A", "trust", "-U", "postgres", "--no-sync"],
        );
        let pg = PrivatePostgres {
            bin,
            dir,
            port: free_port(),
        };
        pg.start_server().await;
        pg
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    async fn start_server(&self) {
        let data = self.dir.path().join("data");
        let log = self.dir.path().join("log");
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        pg_command(
            &self.bin,
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-l",
                log.to_str().unwrap(),
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
        wait_for_port(self.port, true).await;
    }

    async fn stop_server(&self) {
        let data = self.dir.path().join("data");
        pg_command(
            &self.bin,
            "pg_ctl",
            &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"],
        );
        wait_for_port(self.port, false).await;
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let bin = self.bin.join("pg_ctl");
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(bin);
            c
        } else {
            Command::new(bin)
        };
        let _ = command
            .args(["-D", data.to_str().unwrap(), "-m", "immediate", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

// ---------------------------------------------------------------------------------------
// Server processes.

struct ServerProcess {
    child: Child,
    base: String,
}

impl ServerProcess {
    /// The server binary on `config`'s database and data directory, on a free port.
    async fn spawn(config: &signal_server::Config) -> ServerProcess {
        let port = free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_signal-server"));
        command
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("SIGNAL_LISTEN", format!("127.0.0.1:{port}"))
            .env("SIGNAL_DATA_DIR", &config.data_dir)
            .env("SIGNAL_DATABASE_URL", config.database_url())
            .env("SIGNAL_LOG", "warn")
            // The harness's registrations answer the captcha with any token.
            .env("SIGNAL_CAPTCHA", "{accept_any_for_development = true}")
            .env(
                "SIGNAL_SHUTDOWN_GRACE_SECS",
                config.shutdown_grace_secs.to_string(),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some(url) = &config.redis_url {
            command.env("SIGNAL_REDIS_URL", url);
        }
        let limits: Vec<String> = config
            .rate_limits
            .iter()
            .map(|(name, l)| {
                format!(
                    "{name} = {{bucket_size = {}, permit_every_secs = {:?}}}",
                    l.bucket_size, l.permit_every_secs
                )
            })
            .collect();
        if !limits.is_empty() {
            command.env("SIGNAL_RATE_LIMITS", format!("{{{}}}", limits.join(", ")));
        }
        let child = command.spawn().expect("server binary");
        wait_for_port(port, true).await;
        ServerProcess {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn wait(&mut self) -> std::process::ExitStatus {
        self.child.wait().unwrap()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A configuration on a SQLite file that several servers (in-process or not) can share.
/// (Not `test_config`: these tests pick their own database whatever `TEST_DB` says.)
async fn shared_sqlite_config() -> (signal_server::Config, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = signal_server::Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().join("data"),
        database_url: Some(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("shared.db").display()
        )),
        shutdown_grace_secs: 2,
        ..Default::default()
    };
    config.captcha.accept_any_for_development = true;
    for n in 0..1000 {
        config
            .test_numbers
            .insert(test_number(n), common::TEST_CODE.into());
    }
    (config, dir)
}

/// Registers `count` accounts on an in-process server over `config`'s database, then stops it.
async fn register_accounts(config: &signal_server::Config, count: u16) -> Vec<TestAccount> {
    let server = TestServer::start_with(config.clone(), tempfile::tempdir().unwrap(), None).await;
    let mut accounts = Vec::new();
    for n in 0..count {
        accounts.push(register(&server, &test_number(700 + n)).await);
    }
    server.stop().await;
    accounts
}

fn message_body(to: &TestAccount, content: &[u8]) -> serde_json::Value {
    serde_json::json!({"messages": [{"type": 1, "destinationDeviceId": 1,
        "destinationRegistrationId": to.registration_id, "content": B64.encode(content)}]})
}

async fn send_message(
    client: &reqwest::Client,
    base: &str,
    from: &TestAccount,
    to: &TestAccount,
    content: &[u8],
) -> Result<u16, reqwest::Error> {
    let url = format!("{base}/v1/messages/{}", to.aci);
    let response = from
        .auth(client.put(url))
        .json(&message_body(to, content))
        .send()
        .await?;
    Ok(response.status().as_u16())
}

/// Fetches and acknowledges `account`'s whole queue; the contents, in order fetched.
async fn drain_queue(client: &reqwest::Client, base: &str, account: &TestAccount) -> Vec<Vec<u8>> {
    let mut contents = Vec::new();
    loop {
        let response = account
            .auth(client.get(format!("{base}/v1/messages")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().await.unwrap();
        let messages = body["messages"].as_array().cloned().unwrap_or_default();
        if messages.is_empty() {
            return contents;
        }
        for m in messages {
            contents.push(B64.decode(m["content"].as_str().unwrap()).unwrap());
            let guid = m["guid"].as_str().unwrap();
            let response = account
                .auth(client.delete(format!("{base}/v1/messages/uuid/{guid}")))
                .send()
                .await
                .unwrap();
            assert!(response.status().is_success());
        }
    }
}

type Client = common::Socket;

async fn open_socket(base: &str, account: &TestAccount) -> Client {
    let user = account.username();
    let opened = common::open_websocket(base, Some((&user, &account.password))).await;
    opened.unwrap().0
}

/// The content of the next message pushed on `ws` (acknowledged), within `limit`.
async fn next_message(ws: &mut Client, limit: Duration) -> Option<Vec<u8>> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let frame = tokio::time::timeout_at(deadline, ws.next())
            .await
            .ok()??
            .ok()?;
        let Message::Binary(data) = frame else {
            continue;
        };
        let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
        let Some(request) = msg.request.filter(|_| msg.r#type == Some(TYPE_REQUEST)) else {
            continue;
        };
        let ack = WebSocketMessage {
            r#type: Some(TYPE_RESPONSE),
            request: None,
            response: Some(signal_server::http::websocket::WebSocketResponseMessage {
                id: request.id,
                status: Some(200),
                message: Some("OK".into()),
                headers: vec![],
                body: None,
            }),
        };
        ws.send(Message::Binary(ack.encode_to_vec().into()))
            .await
            .ok()?;
        if request.path.as_deref() == Some("/api/v1/message") {
            let envelope = Envelope::decode(request.body.unwrap().as_slice()).unwrap();
            return envelope.content;
        }
    }
}

async fn wait_for_health(server: &TestServer, health: BusHealth) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.running().bus_health() != health {
        assert!(Instant::now() < deadline, "bus never became {health:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// ---------------------------------------------------------------------------------------
// The tests.

/// Two servers on one database and a private Redis: Redis is killed, a server starts while
/// it is down, messages still reach a socket on the other server (by the degraded queue
/// check, within seconds), and once Redis is back live delivery over pub/sub resumes.
#[tokio::test]
#[ignore = "fault test: make test-faults"]
async fn redis_kill_and_restart_keeps_delivery_across_processes() {
    let mut redis = common::redis::PrivateRedis::start();
    let (mut config, dir) = shared_sqlite_config().await;
    config.redis_url = Some(redis.url.clone());
    let first = TestServer::start_with(config.clone(), dir, None).await;
    wait_for_health(&first, BusHealth::Connected).await;
    let alice = register(&first, &test_number(800)).await;
    let bob = register(&first, &test_number(801)).await;

    redis.kill();
    // A server starts while Redis is down.
    let second = TestServer::start_with(config, tempfile::tempdir().unwrap(), None).await;
    assert_eq!(second.running().bus_health(), BusHealth::Degraded);
    let mut ws = open_socket(&second.base, &bob).await;
    // Sends through the first server during the outage still reach Bob on the second.
    for i in 0..3 {
        let content = format!("during outage {i}");
        let status = send_message(&first.client, &first.base, &alice, &bob, content.as_bytes())
            .await
            .unwrap();
        assert_eq!(status, 200);
        let got = next_message(&mut ws, Duration::from_secs(10)).await;
        assert_eq!(
            got.as_deref(),
            Some(content.as_bytes()),
            "delivered while degraded"
        );
    }
    wait_for_health(&first, BusHealth::Degraded).await;

    redis.restart();
    wait_for_health(&first, BusHealth::Connected).await;
    wait_for_health(&second, BusHealth::Connected).await;
    // Live delivery over pub/sub again: with the bus connected, sockets no longer poll, so
    // these arrive only through Redis.
    for i in 0..3 {
        let content = format!("after restart {i}");
        let status = send_message(&first.client, &first.base, &alice, &bob, content.as_bytes())
            .await
            .unwrap();
        assert_eq!(status, 200);
        let got = next_message(&mut ws, Duration::from_secs(10)).await;
        assert_eq!(
            got.as_deref(),
            Some(content.as_bytes()),
            "delivered after restart"
        );
    }
    drop(ws);
    second.stop().await;
    first.stop().await;
}

/// A private PostgreSQL stopped under a running server: requests are answered 503 with
/// `Retry-After` within the acquire timeout (not held until it returns), nothing a failed
/// request sent is stored, and the server recovers without a restart.
#[tokio::test]
#[ignore = "fault test: make test-faults"]
async fn postgres_outage_is_answered_fast_and_recovered() {
    let pg = PrivatePostgres::start().await;
    let (mut config, dir) = shared_sqlite_config().await;
    config.database_url = Some(pg.url());
    config.db_acquire_timeout_secs = 2;
    let server = TestServer::start_with(config, dir, None).await;
    let alice = register(&server, &test_number(810)).await;
    let bob = register(&server, &test_number(811)).await;

    pg.stop_server().await;
    let client = &server.client;
    for _ in 0..3 {
        let started = Instant::now();
        let response = client
            .post(server.url("/v1/verification/session"))
            .json(&serde_json::json!({"number": test_number(812)}))
            .send()
            .await
            .unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "answered in {:?}",
            started.elapsed()
        );
        assert_eq!(response.status(), 503);
        assert!(response.headers().contains_key("retry-after"));
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["code"], 503);
        let started = Instant::now();
        let status = send_message(client, &server.base, &alice, &bob, b"during outage")
            .await
            .unwrap();
        assert!(started.elapsed() < Duration::from_secs(8));
        assert_eq!(status, 503);
    }

    pg.start_server().await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let status = send_message(client, &server.base, &alice, &bob, b"after outage")
            .await
            .unwrap();
        if status == 200 {
            break;
        }
        assert_eq!(status, 503);
        assert!(Instant::now() < deadline, "no recovery");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Only the message acknowledged after the outage is queued.
    let queued = drain_queue(client, &server.base, &bob).await;
    assert_eq!(queued, vec![b"after outage".to_vec()]);
    server.stop().await;
}

/// `kill -9` of a server process under concurrent sends, then a restart on the same data:
/// every message answered 200 is fetched exactly once.
#[tokio::test]
#[ignore = "fault test: make test-faults"]
async fn kill_9_under_load_loses_and_duplicates_nothing() {
    let (mut config, _dir) = shared_sqlite_config().await;
    common::set_rate_limit(&mut config, "messages", 1_000_000, 0.001);
    common::set_rate_limit(&mut config, "inboundMessageBytes", 1_000_000_000, 0.001);
    let accounts = register_accounts(&config, 2).await;
    let (alice, bob) = (&accounts[0], &accounts[1]);
    let server = ServerProcess::spawn(&config).await;
    let client = reqwest::Client::new();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut workers = Vec::new();
    for worker in 0..8 {
        let (client, base, stop) = (client.clone(), server.base.clone(), stop.clone());
        let alice = clone_account(alice);
        let bob = clone_account(bob);
        workers.push(tokio::spawn(async move {
            let (mut sent, mut acked) = (0u32, Vec::new());
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let content = format!("w{worker}-m{i}");
                i += 1;
                sent += 1;
                match send_message(&client, &base, &alice, &bob, content.as_bytes()).await {
                    Ok(200) => acked.push(content.into_bytes()),
                    Ok(status) => panic!("status {status} before the kill"),
                    Err(_) => break, // the server is gone
                }
            }
            (sent, acked)
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.signal("-KILL");
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (mut sent, mut acked) = (0, Vec::new());
    for w in workers {
        let (s, a) = w.await.unwrap();
        sent += s;
        acked.extend(a);
    }
    drop(server);
    let restarted = ServerProcess::spawn(&config).await;
    let fetched = drain_queue(&client, &restarted.base, bob).await;
    let mut seen: HashMap<&[u8], u32> = HashMap::new();
    for f in &fetched {
        *seen.entry(f.as_slice()).or_default() += 1;
    }
    let duplicated = seen.values().filter(|n| **n > 1).count();
    let fetched_set: HashSet<&[u8]> = seen.keys().copied().collect();
    let lost = acked
        .iter()
        .filter(|a| !fetched_set.contains(a.as_slice()))
        .count();
    eprintln!(
        "kill -9: sent {sent}, 200'd {}, fetched {}, lost {lost}, duplicated {duplicated}",
        acked.len(),
        fetched.len()
    );
    assert!(acked.len() > 10, "load before the kill");
    assert_eq!(lost, 0);
    assert_eq!(duplicated, 0);
    // Whatever was stored was sent (a request cut by the kill may have been stored).
    assert!(fetched.len() as u32 <= sent);
}

fn clone_account(a: &TestAccount) -> TestAccount {
    TestAccount {
        aci: a.aci.clone(),
        pni: a.pni.clone(),
        number: a.number.clone(),
        password: a.password.clone(),
        device_id: a.device_id,
        aci_identity: a.aci_identity.clone(),
        pni_identity: a.pni_identity.clone(),
        registration_id: a.registration_id,
        pni_registration_id: a.pni_registration_id,
        unidentified_access_key: a.unidentified_access_key,
    }
}

/// SIGTERM with open websockets and a running long poll: the sockets get a close frame
/// with 1001 (Going Away), the poll its 204, and the process exits within the grace period.
#[tokio::test]
#[ignore = "fault test: make test-faults"]
async fn sigterm_closes_websockets_with_1001_and_answers_long_polls() {
    let (mut config, _dir) = shared_sqlite_config().await;
    config.shutdown_grace_secs = 10;
    let accounts = register_accounts(&config, 2).await;
    let mut server = ServerProcess::spawn(&config).await;
    let mut sockets = Vec::new();
    for account in &accounts {
        let mut ws = open_socket(&server.base, account).await;
        // Wait for the queue-empty announcement: the socket is fully set up.
        assert!(next_message(&mut ws, Duration::from_secs(5))
            .await
            .is_none());
        sockets.push(ws);
    }
    let token = B64
        .encode([7u8; 32])
        .replace('+', "-")
        .replace('/', "_")
        .trim_end_matches('=')
        .to_owned();
    let poll_url = format!(
        "{}/v1/devices/wait_for_linked_device/{token}?timeout=60",
        server.base
    );
    let poll = accounts[0]
        .auth(reqwest::Client::new().get(poll_url))
        .send();
    let poll = tokio::spawn(poll);
    tokio::time::sleep(Duration::from_millis(500)).await;

    let started = Instant::now();
    server.signal("-TERM");
    let response = poll.await.unwrap().unwrap();
    assert_eq!(response.status(), 204, "the long poll is answered");
    for mut ws in sockets {
        let close = tokio::time::timeout(Duration::from_secs(10), async {
            while let Some(frame) = ws.next().await {
                if let Ok(Message::Close(frame)) = frame {
                    return frame.map(|f| f.code);
                }
            }
            None
        })
        .await
        .expect("a close frame in time");
        assert_eq!(close, Some(CloseCode::Away));
    }
    let status = tokio::task::spawn_blocking(move || server.wait())
        .await
        .unwrap();
    assert!(status.success(), "exit status {status}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

// ---------------------------------------------------------------------------------------
// Concurrent writers (on the test database: SQLite, or PostgreSQL with TEST_DB=postgres).

const GENEROUS: &[(&str, u64, f64)] = &[
    ("registration", 1000, 0.001),
    ("verificationCaptcha", 1000, 0.001),
    ("verificationPushChallenge", 1000, 0.001),
    ("allocateDevice", 1000, 0.001),
    ("verifyDevice", 1000, 0.001),
    ("verificationSessionNumber", 1000, 0.001),
];

/// 20 registrations of one number at once, each with its own verified session: each is a
/// registration or a re-registration of the account the previous one left, so every one is
/// answered 200 with the same ACI, and exactly one password (the last) authenticates.
#[tokio::test]
async fn concurrent_registrations_of_one_number_all_succeed_in_turn() {
    let server = TestServer::start_with_rate_limits(GENEROUS).await;
    let number = test_number(820);
    let mut requests = Vec::new();
    for _ in 0..20 {
        let session = common::verified_session(&server, &number).await;
        let (body, ..) = common::registration_body(&session, &rand::random());
        let password = format!("pw-{}", uuid::Uuid::new_v4().simple());
        requests.push((body, password));
    }
    let calls = requests.iter().map(|(body, password)| {
        server
            .client
            .post(server.url("/v1/registration"))
            .basic_auth(&number, Some(password))
            .json(body)
            .send()
    });
    let responses = futures::future::join_all(calls).await;
    let mut acis = HashSet::new();
    for response in responses {
        let response = response.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        assert_eq!(status, 200, "registration answered {status}: {text}");
        let body: serde_json::Value = serde_json::from_str(&text).unwrap();
        acis.insert(body["uuid"].as_str().unwrap().to_owned());
    }
    assert_eq!(acis.len(), 1, "one account, re-registered: {acis:?}");
    let aci = acis.into_iter().next().unwrap();
    let mut working = 0;
    for (_, password) in &requests {
        let response = server
            .client
            .get(server.url("/v1/accounts/whoami"))
            .basic_auth(format!("{aci}.1"), Some(password))
            .send()
            .await
            .unwrap();
        working += usize::from(response.status() == 200);
    }
    assert_eq!(working, 1, "only the last registration's password works");
    server.stop().await;
}

/// 10 device links at once against the limit of 6 devices (the primary plus 5): 5 are
/// linked, 5 answered 411, and the account has 6 devices.
#[tokio::test]
async fn concurrent_links_stop_at_the_device_limit() {
    let server = TestServer::start_with_rate_limits(GENEROUS).await;
    let primary = register(&server, &test_number(821)).await;
    // Ten distinct codes: a link token names its minting millisecond, so two asked for within
    // one millisecond are the same token (and the second link would be a 403, token used).
    let mut codes: Vec<String> = Vec::new();
    while codes.len() < 10 {
        let response = common::get(&server, Some(&primary), "/v1/devices/provisioning/code").await;
        let code = common::expect_json(response, 200).await["verificationCode"]
            .as_str()
            .unwrap()
            .to_owned();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let mut bodies = Vec::new();
    for (n, code) in (0u32..).zip(codes) {
        let body = serde_json::json!({
            "verificationCode": code,
            "accountAttributes": {
                "fetchesMessages": true,
                "registrationId": 100 + n,
                "pniRegistrationId": 200 + n,
                "capabilities": {"storage": true, "deleteSync": true},
            },
            "aciSignedPreKey": common::signed_ec_key(&primary.aci_identity, 11),
            "pniSignedPreKey": common::signed_ec_key(&primary.pni_identity, 12),
            "aciPqLastResortPreKey": common::signed_kem_key(&primary.aci_identity, 13),
            "pniPqLastResortPreKey": common::signed_kem_key(&primary.pni_identity, 14),
        });
        bodies.push(body);
    }
    let calls = bodies.iter().map(|body| {
        server
            .client
            .put(server.url("/v1/devices/link"))
            .basic_auth(
                &primary.number,
                Some(format!("pw-{}", uuid::Uuid::new_v4())),
            )
            .json(body)
            .send()
    });
    let mut statuses: HashMap<u16, usize> = HashMap::new();
    for response in futures::future::join_all(calls).await {
        *statuses
            .entry(response.unwrap().status().as_u16())
            .or_default() += 1;
    }
    assert_eq!(
        statuses,
        HashMap::from([(200, 5), (411, 5)]),
        "{statuses:?}"
    );
    let response = common::get(&server, Some(&primary), "/v1/devices").await;
    let devices = common::expect_json(response, 200).await;
    assert_eq!(devices["devices"].as_array().unwrap().len(), 6);
    server.stop().await;
}

// ---------------------------------------------------------------------------------------
// A full disk.

/// A small tmpfs (mounting needs root, as in CI), unmounted on drop.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount");
        assert!(status.success(), "mounting a tmpfs needs root");
        SmallDisk { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk: writes a file until the write fails.
    fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.path().join("filler")).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        while file.write_all(&chunk).is_ok() {}
        let one = [0u8; 1];
        while file.write_all(&one).is_ok() {}
        let _ = file.sync_all();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// SQLite and the log on a full disk: writes fail with 503 (never a 200 for something not
/// stored: every session answered 200 can be read back), and the server still answers
/// every request although its log cannot be written.
#[tokio::test]
#[ignore = "fault test: make test-faults"]
async fn a_full_disk_fails_writes_honestly_and_keeps_answering() {
    let disk = SmallDisk::mount("16m");
    let (mut config, _dir) = shared_sqlite_config().await;
    config.data_dir = disk.path().join("data");
    config.database_url = Some(format!(
        "sqlite://{}?mode=rwc",
        disk.path().join("signal.db").display()
    ));
    let port = free_port();
    let log = std::fs::File::create(disk.path().join("server.log")).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_signal-server"))
        .env_clear()
        .env("SIGNAL_LISTEN", format!("127.0.0.1:{port}"))
        .env("SIGNAL_DATA_DIR", &config.data_dir)
        .env("SIGNAL_DATABASE_URL", config.database_url())
        .env("SIGNAL_LOG", "info")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("server binary");
    let base = format!("http://127.0.0.1:{port}");
    // Killed on drop, also when an assertion fails.
    let server = ServerProcess {
        child,
        base: base.clone(),
    };
    wait_for_port(port, true).await;
    let client = reqwest::Client::new();
    disk.fill();
    let (mut stored, mut refused) = (Vec::new(), 0);
    for n in 0..30u16 {
        let response = tokio::time::timeout(
            Duration::from_secs(20),
            client
                .post(format!("{base}/v1/verification/session"))
                .json(&serde_json::json!({"number": test_number(900 + n)}))
                .send(),
        )
        .await
        .expect("answered in time")
        .expect("an HTTP response although the log cannot be written");
        match response.status().as_u16() {
            200 => {
                let body: serde_json::Value = response.json().await.unwrap();
                stored.push(body["id"].as_str().unwrap().to_owned());
            }
            503 => {
                assert!(response.headers().contains_key("retry-after"));
                refused += 1;
            }
            other => panic!("status {other} on a full disk"),
        }
    }
    for id in &stored {
        let response = client
            .get(format!("{base}/v1/verification/session/{id}"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            200,
            "session {id} answered 200 but not stored"
        );
    }
    eprintln!(
        "full disk: {} sessions stored, {refused} refused",
        stored.len()
    );
    assert!(refused > 0, "the disk was full");
    drop(server);
}
