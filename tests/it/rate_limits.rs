//! Rate limits under load and across processes: many senders to one recipient never see an
//! error at the default limits; a limit reached is a 429 with `Retry-After`; with Redis the
//! buckets are shared by every process; without Redis (it dies) each process's own buckets
//! take over, and limiters the reference marks fail-open let requests through.

use crate::common;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::redis::PrivateRedis;
use common::{
    assert_json_error, expect_json, get, register, set_rate_limit, test_config, test_number,
    TestAccount, TestServer,
};
use futures::future::join_all;

/// `PUT /v1/messages/{to}` from `from` (one message to the primary).
async fn send_message(
    server: &TestServer,
    from: &TestAccount,
    to: &TestAccount,
) -> reqwest::Response {
    let body = serde_json::json!({"messages": [{"type": 1, "destinationDeviceId": 1,
        "destinationRegistrationId": to.registration_id, "content": STANDARD.encode(b"hi")}]});
    let path = format!("/v1/messages/{}", to.aci);
    let request = from.auth(server.client.put(server.url(&path))).json(&body);
    request.send().await.unwrap()
}

/// Asserts a 429 with a JSON body and a `Retry-After` of 1 to `max` seconds.
async fn assert_limited(response: reqwest::Response, max: u64) {
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .expect("Retry-After in seconds");
    assert!(
        (1..=max).contains(&retry_after),
        "Retry-After {retry_after}"
    );
    assert_json_error(response, 429).await;
}

/// Registers test numbers `range`, eight at a time.
async fn register_all(server: &TestServer, range: std::ops::Range<u16>) -> Vec<TestAccount> {
    let numbers: Vec<String> = range.map(test_number).collect();
    let mut accounts = Vec::new();
    for chunk in numbers.chunks(8) {
        accounts.extend(join_all(chunk.iter().map(|n| register(server, n))).await);
    }
    accounts
}

#[tokio::test]
async fn sixty_four_concurrent_senders_to_one_recipient_all_succeed() {
    let server = TestServer::start().await;
    let recipient = register(&server, &test_number(800)).await;
    let senders = register_all(&server, 801..865).await;
    for round in 0..2 {
        let sends = senders.iter().map(|s| send_message(&server, s, &recipient));
        let statuses: Vec<u16> = join_all(sends)
            .await
            .iter()
            .map(|r| r.status().as_u16())
            .collect();
        let failed: Vec<_> = statuses.iter().filter(|s| **s != 200).collect();
        assert!(failed.is_empty(), "round {round}: statuses {failed:?}");
    }
    server.stop().await;
}

#[tokio::test]
async fn a_limit_reached_is_a_429_with_retry_after() {
    let server = TestServer::start_with_rate_limits(&[("messages", 2, 60.0)]).await;
    let alice = register(&server, &test_number(870)).await;
    let bob = register(&server, &test_number(871)).await;
    let carol = register(&server, &test_number(872)).await;
    for _ in 0..2 {
        expect_json(send_message(&server, &alice, &bob).await, 200).await;
    }
    assert_limited(send_message(&server, &alice, &bob).await, 60).await;
    // The bucket is per sender and recipient.
    expect_json(send_message(&server, &alice, &carol).await, 200).await;
    expect_json(send_message(&server, &bob, &alice).await, 200).await;
    server.stop().await;
}

#[tokio::test]
async fn with_redis_every_process_shares_the_buckets() {
    let redis = PrivateRedis::start();
    let (mut config, dir, pg) = test_config().await;
    config.redis_url = Some(redis.url.clone());
    set_rate_limit(&mut config, "messages", 3, 3600.0);
    if config.database_url.is_none() {
        let file = dir.path().join("shared.db");
        config.database_url = Some(format!("sqlite://{}?mode=rwc", file.display()));
    }
    let first = TestServer::start_with(config.clone(), dir, pg).await;
    let second = TestServer::start_with(config, tempfile::tempdir().unwrap(), None).await;
    let alice = register(&first, &test_number(880)).await;
    let bob = register(&first, &test_number(881)).await;
    for server in [&first, &second, &first] {
        expect_json(send_message(server, &alice, &bob).await, 200).await;
    }
    assert_limited(send_message(&second, &alice, &bob).await, 3600).await;
    assert_limited(send_message(&first, &alice, &bob).await, 3600).await;
    second.stop().await;
    first.stop().await;
}

#[tokio::test]
async fn when_redis_dies_each_process_limits_on_its_own() {
    let mut redis = PrivateRedis::start();
    let (mut config, dir, pg) = test_config().await;
    config.redis_url = Some(redis.url.clone());
    // Fail-closed in the reference (prekeys) and fail-open (messages).
    set_rate_limit(&mut config, "prekeys", 2, 3600.0);
    set_rate_limit(&mut config, "messages", 1, 3600.0);
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(890)).await;
    let bob = register(&server, &test_number(891)).await;
    // With Redis: limited.
    expect_json(send_message(&server, &alice, &bob).await, 200).await;
    assert_limited(send_message(&server, &alice, &bob).await, 3600).await;

    redis.kill();
    // Fail-closed limiters go on limiting with the process's own buckets.
    let keys = format!("/v2/keys/{}/1", bob.aci);
    for _ in 0..2 {
        expect_json(get(&server, Some(&alice), &keys).await, 200).await;
    }
    assert_limited(get(&server, Some(&alice), &keys).await, 3600).await;
    // Fail-open limiters let requests through, as the reference does while its Redis fails.
    for _ in 0..3 {
        expect_json(send_message(&server, &alice, &bob).await, 200).await;
    }
    server.stop().await;
}
