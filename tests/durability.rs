//! The durability contract (README, "Durability"): a message answered 200 survives the
//! server process being killed (`kill -9`), on SQLite and on PostgreSQL, and is fetched
//! exactly once afterwards.
//!
//! The server binary runs as a child process on the test's database; an in-process server
//! on the same database registers the accounts and, after the kill, fetches the queue.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{register, test_config, test_number, TestServer};
use serde_json::{json, Value};

/// Starts the release or debug server binary on `config`'s database; returns it with its
/// address (read from its log line, which must carry no colour codes: stdout is a pipe).
fn spawn_server(config: &signal_server::Config) -> (std::process::Child, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_signal-server"));
    command
        .env("SIGNAL_LISTEN", "127.0.0.1:0")
        .env("SIGNAL_DATA_DIR", &config.data_dir)
        .env("SIGNAL_LOG", "info")
        .env(
            "SIGNAL_RATE_LIMITS",
            "{messages = {bucket_size = 1000000, permit_every_secs = 0.001}}",
        )
        .env_remove("DATABASE_URL")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    match &config.database_url {
        Some(url) => command.env("SIGNAL_DATABASE_URL", url),
        None => command.env_remove("SIGNAL_DATABASE_URL"),
    };
    let mut child = command.spawn().expect("server binary starts");
    // The log goes to stdout or stderr (either is a pipe here): both are read, to the end, so
    // that the server never blocks on a full pipe.
    let (lines, log) = std::sync::mpsc::channel::<String>();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let forward = |pipe: Box<dyn std::io::Read + Send>, lines: std::sync::mpsc::Sender<String>| {
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(pipe).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        })
    };
    forward(Box::new(stdout), lines.clone());
    forward(Box::new(stderr), lines);
    let addr = loop {
        let line = log
            .recv_timeout(Duration::from_secs(60))
            .expect("server logs its address");
        assert!(
            !line.contains('\u{1b}'),
            "colour codes in piped log: {line:?}"
        );
        if let Some((_, rest)) = line.split_once("addr=") {
            break rest.split_whitespace().next().unwrap().to_owned();
        }
    };
    std::thread::spawn(move || for _ in log {});
    (child, format!("http://{addr}"))
}

#[tokio::test]
async fn every_acknowledged_message_survives_kill_9() {
    let (config, dir, pg) = test_config().await;
    let home = TestServer::start_with(config, dir, pg).await;
    let alice = Arc::new(register(&home, &test_number(700)).await);
    let bob = Arc::new(register(&home, &test_number(701)).await);
    let (mut child, base) = spawn_server(&home.config);

    let accepted = Arc::new(Mutex::new(BTreeSet::new()));
    let client = reqwest::Client::new();
    let senders: Vec<_> = (0..8)
        .map(|sender| {
            let (alice, bob, accepted) = (alice.clone(), bob.clone(), accepted.clone());
            let (client, url) = (client.clone(), format!("{base}/v1/messages/{}", bob.aci));
            tokio::spawn(async move {
                for n in 0.. {
                    let content = format!("{sender}-{n}");
                    let body = json!({"messages": [{"type": 1, "destinationDeviceId": 1,
                        "destinationRegistrationId": bob.registration_id,
                        "content": B64.encode(&content)}]});
                    let request = alice.auth(client.put(&url)).json(&body);
                    match request.send().await {
                        Ok(r) if r.status() == 200 => {
                            accepted.lock().unwrap().insert(content);
                        }
                        Ok(r) => panic!("send answered {}", r.status()),
                        Err(_) => return, // the server is gone
                    }
                }
            })
        })
        .collect();
    // Kill it mid-stream, once a good number of sends were answered.
    for _ in 0..600 {
        if accepted.lock().unwrap().len() >= 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    child.kill().expect("kill -9");
    child.wait().unwrap();
    for sender in senders {
        sender.await.expect("sender");
    }
    let accepted = accepted.lock().unwrap().clone();
    assert!(
        accepted.len() >= 50,
        "only {} sends answered",
        accepted.len()
    );

    // Everything answered 200 is queued, exactly once.
    let mut fetched = BTreeMap::<String, usize>::new();
    loop {
        let response = bob
            .auth(home.client.get(home.url("/v1/messages")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let queue: Value = response.json().await.unwrap();
        let messages = queue["messages"].as_array().unwrap().clone();
        if messages.is_empty() {
            break;
        }
        for m in messages {
            let content = B64.decode(m["content"].as_str().unwrap()).unwrap();
            *fetched
                .entry(String::from_utf8(content).unwrap())
                .or_default() += 1;
            let guid = m["guid"].as_str().unwrap();
            let ack = bob.auth(
                home.client
                    .delete(home.url(&format!("/v1/messages/uuid/{guid}"))),
            );
            assert_eq!(ack.send().await.unwrap().status(), 204);
        }
    }
    let lost: Vec<_> = accepted
        .iter()
        .filter(|c| !fetched.contains_key(*c))
        .collect();
    assert!(lost.is_empty(), "answered 200 but lost: {lost:?}");
    let twice: Vec<_> = fetched.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "fetched more than once: {twice:?}");
    home.stop().await;
}
