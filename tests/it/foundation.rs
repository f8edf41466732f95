//! The server skeleton as a client sees it: start-up, keep-alive, JSON errors for unknown
//! routes, wrong methods, bad bodies, missing authentication and unimplemented operations.

use crate::common;

use reqwest::Method;

use common::{assert_json_error, get, register, send, test_number, TestServer};
use serde_json::json;

#[tokio::test]
async fn starts_on_an_ephemeral_port_and_answers_keepalive() {
    let server = TestServer::start().await;
    let response = get(&server, None, "/v1/keepalive").await;
    assert_eq!(response.status(), 200);
    let timestamp: i64 = response.headers()["x-signal-timestamp"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(timestamp > 1_700_000_000_000);
    let response = get(&server, None, "/v1/keepalive/provisioning").await;
    assert_eq!(response.status(), 200);
    server.stop().await;
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405() {
    let server = TestServer::start().await;
    let response = get(&server, None, "/v1/no/such/thing").await;
    assert_json_error(response, 404).await;
    let response = send(&server, None, Method::DELETE, "/v1/keepalive", None).await;
    assert_json_error(response, 405).await;
    let response = send(&server, None, Method::POST, "/v2/keys", None).await;
    assert_eq!(response.headers()["allow"], "GET, PUT");
    assert_json_error(response, 405).await;
    // `/v1/devices/link` is a route of its own (PUT), not the device id "link" of
    // `DELETE /v1/devices/{device_id}`: the most specific route decides.
    let response = send(&server, None, Method::DELETE, "/v1/devices/link", None).await;
    assert_eq!(response.headers()["allow"], "PUT");
    assert_json_error(response, 405).await;
    server.stop().await;
}

#[tokio::test]
async fn authenticated_operations_need_valid_credentials() {
    let server = TestServer::start().await;
    assert_json_error(get(&server, None, "/v1/config").await, 401).await;
    let response = server
        .client
        .get(server.url("/v1/config"))
        .basic_auth("9ad241c5-7f54-434e-90ed-a42766cbf0f0.1", Some("wrong"))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 401).await;
    let response = server
        .client
        .get(server.url("/v1/config"))
        .basic_auth("garbage", Some("x"))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn malformed_and_mistyped_bodies_are_rejected_with_json_errors() {
    let server = TestServer::start().await;
    let url = server.url("/v1/verification/session");
    let send = |body: &'static str| {
        server
            .client
            .post(&url)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    assert_json_error(send("{").await.unwrap(), 400).await;
    assert_json_error(send("not json").await.unwrap(), 400).await;
    assert_json_error(send("{\"number\": 5}").await.unwrap(), 422).await;
    assert_json_error(send("{}").await.unwrap(), 422).await;
    server.stop().await;
}

/// The constraints `api.yaml` declares on a JSON body (lengths, item counts) are checked
/// before its handler runs: 422 naming the field.
#[tokio::test]
async fn body_constraints_of_the_contract_are_422() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(700)).await;
    // RegistrationLock.registrationLock: exactly 64 characters.
    let lock = |value: String| {
        alice
            .auth(
                server
                    .client
                    .put(server.url("/v1/accounts/registration_lock")),
            )
            .json(&json!({"registrationLock": value}))
            .send()
    };
    let body = assert_json_error(lock("a".repeat(63)).await.unwrap(), 422).await;
    let message = body["message"].as_str().unwrap();
    assert!(message.contains("registration_lock"), "{message}");
    assert_json_error(lock("a".repeat(65)).await.unwrap(), 422).await;
    assert_eq!(lock("a".repeat(64)).await.unwrap().status(), 204);
    // BatchIdentityCheckRequest.elements: at most 1000.
    let element = json!({"uuid": alice.aci.to_string(), "fingerprint": "AAAAAA=="});
    let batch = |n: usize| {
        server
            .client
            .post(server.url("/v1/profile/identity_check/batch"))
            .json(&json!({"elements": vec![element.clone(); n]}))
            .send()
    };
    let body = assert_json_error(batch(1001).await.unwrap(), 422).await;
    assert!(
        body["message"].as_str().unwrap().contains("elements"),
        "{body}"
    );
    assert_eq!(batch(1).await.unwrap().status(), 200);
    server.stop().await;
}

#[tokio::test]
async fn stops_gracefully_and_frees_the_port() {
    let server = TestServer::start().await;
    let url = server.url("/v1/keepalive");
    assert_eq!(server.client.get(&url).send().await.unwrap().status(), 200);
    let client = server.client.clone();
    server.stop().await;
    assert!(
        client.get(&url).send().await.is_err(),
        "server still answering after stop"
    );
}

#[tokio::test]
async fn credentials_declared_as_required_headers_are_401_when_absent() {
    let server = TestServer::start().await;
    let response = send(
        &server,
        None,
        Method::POST,
        "/v1/registration",
        Some(&serde_json::json!({"sessionId": "x", "accountAttributes": {}})),
    )
    .await;
    assert_json_error(response, 401).await;
    server.stop().await;
}
