//! `make bench`: a load generator. Starts the server in-process (SQLite, then PostgreSQL),
//! registers N accounts through the HTTP flow, then has every account send M messages to
//! the next one while each recipient fetches and acknowledges them. Prints messages per
//! second and p50/p99 latency of send and of fetch+ack.
//!
//! Settings: BENCH_ACCOUNTS (default 20), BENCH_MESSAGES (per sender, default 50),
//! BENCH_BACKENDS (default "sqlite,postgres").

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use base64::Engine;
use common::{register, test_number, TestServer};
use serde_json::{json, Value};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let accounts = env("BENCH_ACCOUNTS", 20).max(2);
    let messages = env("BENCH_MESSAGES", 50);
    let backends = std::env::var("BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    println!("accounts={accounts} messages/sender={messages}");
    for backend in backends.split(',') {
        std::env::set_var("TEST_DB", backend);
        run(backend, accounts, messages).await;
    }
}

async fn run(backend: &str, n: usize, per_sender: usize) {
    let server = TestServer::start().await;
    let started = Instant::now();
    let mut users = Vec::new();
    for i in 0..n {
        users.push(register(&server, &test_number(500 + i as u16)).await);
    }
    println!(
        "[{backend}] registered {n} accounts in {:.2?}",
        started.elapsed()
    );
    let users = std::sync::Arc::new(users);
    let server = std::sync::Arc::new(server);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..n {
        let (users, server) = (users.clone(), server.clone());
        tasks.push(tokio::spawn(async move {
            let (from, to) = (&users[i], &users[(i + 1) % users.len()]);
            let (mut sends, mut receives) = (Vec::new(), Vec::new());
            for k in 0..per_sender {
                let body = json!({"messages": [{
                    "type": 1, "destinationDeviceId": 1, "destinationRegistrationId": to.registration_id,
                    "content": base64::engine::general_purpose::STANDARD.encode(format!("message {k} of {}", from.aci)),
                }]});
                let t = Instant::now();
                let response = from.auth(server.client.put(server.url(&format!("/v1/messages/{}", to.aci)))).json(&body).send().await.unwrap();
                assert_eq!(response.status(), 200, "send failed");
                sends.push(t.elapsed());
                let t = Instant::now();
                let queue: Value = to.auth(server.client.get(server.url("/v1/messages"))).send().await.unwrap().json().await.unwrap();
                for m in queue["messages"].as_array().unwrap() {
                    let guid = m["guid"].as_str().unwrap();
                    let response = to.auth(server.client.delete(server.url(&format!("/v1/messages/uuid/{guid}")))).send().await.unwrap();
                    assert_eq!(response.status(), 204);
                }
                receives.push(t.elapsed());
            }
            (sends, receives)
        }));
    }
    let (mut sends, mut receives) = (Vec::new(), Vec::new());
    for task in tasks {
        let (s, r) = task.await.unwrap();
        sends.extend(s);
        receives.extend(r);
    }
    let elapsed = started.elapsed();
    sends.sort();
    receives.sort();
    let total = sends.len();
    println!(
        "[{backend}] {total} messages in {elapsed:.2?}: {:.0} messages/s; send p50 {:.2?} p99 {:.2?}; fetch+ack p50 {:.2?} p99 {:.2?}",
        total as f64 / elapsed.as_secs_f64(),
        percentile(&sends, 0.5),
        percentile(&sends, 0.99),
        percentile(&receives, 0.5),
        percentile(&receives, 0.99),
    );
    if let Ok(server) = std::sync::Arc::try_unwrap(server) {
        server.stop().await;
    }
}
