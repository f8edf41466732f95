//! `GET /v1/config` as a client sees it: the server time in whole epoch seconds.

mod common;

use serde_json::Value;

use common::{expect_json, get, register, test_number, TestAccount, TestServer};

/// The caller's entries by name: (enabled, value).
async fn entries(
    server: &TestServer,
    account: &TestAccount,
) -> (Vec<(String, bool, Value)>, Value) {
    let body = expect_json(get(server, Some(account), "/v1/config").await, 200).await;
    let config = body["config"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_owned(),
                e["enabled"].as_bool().unwrap(),
                e["value"].clone(),
            )
        })
        .collect();
    (config, body["serverEpochTime"].clone())
}

#[tokio::test]
async fn server_epoch_time_is_whole_seconds() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(1)).await;
    let before = chrono::Utc::now().timestamp();
    let (_, time) = entries(&server, &alice).await;
    let after = chrono::Utc::now().timestamp();
    let seconds = time
        .as_i64()
        .unwrap_or_else(|| panic!("serverEpochTime {time} is not a JSON integer"));
    assert!((before..=after).contains(&seconds), "{seconds}");
    server.stop().await;
}
