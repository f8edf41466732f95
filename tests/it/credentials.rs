//! Credentials for outside services (storage, payments, CDSI, SVR2, TURN) and currency
//! conversions, through HTTP. Expected values are recomputed here from the configured
//! secrets with the hmac crate.

use crate::common;

use reqwest::Method;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, register, registration_body, send, test_config,
    test_number, verified_session, TestAccount, TestServer,
};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{json, Value};

const STORAGE_KEY: &str = "00112233445566778899aabbccddeeff";
const PAYMENTS_KEY: &str = "ffeeddccbbaa99887766554433221100";
const DIRECTORY_KEY: &str = "0102030405060708090a0b0c0d0e0f10";
const DIRECTORY_UID_KEY: &str = "1112131415161718191a1b1c1d1e1f20";
const SVR2_KEY: &str = "2122232425262728292a2b2c2d2e2f30";
const SVR2_UID_KEY: &str = "3132333435363738393a3b3c3d3e3f40";
const TURN_SECRET: &str = "coturn-static-auth-secret";

fn hmac256(key_hex: &str, data: &str) -> Vec<u8> {
    let mut mac =
        <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(&hex::decode(key_hex).unwrap()).unwrap();
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A server with every outside service configured.
async fn configured_server() -> TestServer {
    let (mut config, dir, pg) = test_config().await;
    let s = &mut config.services;
    s.storage.user_auth_key = Some(STORAGE_KEY.into());
    s.payments.user_auth_key = Some(PAYMENTS_KEY.into());
    s.directory.user_auth_key = Some(DIRECTORY_KEY.into());
    s.directory.user_id_key = Some(DIRECTORY_UID_KEY.into());
    s.svr2.user_auth_key = Some(SVR2_KEY.into());
    s.svr2.user_id_key = Some(SVR2_UID_KEY.into());
    s.turn.secret = Some(TURN_SECRET.into());
    s.turn.urls = vec![
        "turn:turn.example.org:3478".into(),
        "turns:turn.example.org:5349".into(),
    ];
    s.turn.urls_with_ips = vec!["turn:192.0.2.1:3478".into()];
    s.turn.hostname = Some("turn.example.org".into());
    s.turn.ttl_secs = 3600;
    s.payments
        .conversions
        .entry("MOB".into())
        .or_default()
        .extend([("USD".to_string(), 0.25), ("EUR".to_string(), 0.23)]);
    TestServer::start_with(config, dir, pg).await
}

async fn credentials(server: &TestServer, who: &TestAccount, path: &str) -> (String, String) {
    let response = get(server, Some(who), path).await;
    assert_eq!(response.status(), 200, "{path}");
    let body: Value = response.json().await.unwrap();
    (
        body["username"].as_str().unwrap().to_owned(),
        body["password"].as_str().unwrap().to_owned(),
    )
}

/// Splits `...:ts:sig` and checks the timestamp is current.
fn timestamp_and_signature(password: &str) -> (String, String) {
    let (rest, signature) = password.rsplit_once(':').unwrap();
    let ts = rest.rsplit(':').next().unwrap().to_owned();
    let t: u64 = ts.parse().unwrap();
    assert!(t.abs_diff(now()) < 60, "timestamp {t}");
    (ts, signature.to_owned())
}

#[tokio::test]
async fn hmac_credentials_follow_the_configured_secrets() {
    let server = configured_server().await;
    let alice = register(&server, &test_number(1)).await;

    // Storage and payments: username = ACI, password = ACI:ts:hex(trunc10(HMAC(key, ACI:ts))).
    for (path, key) in [
        ("/v1/storage/auth", STORAGE_KEY),
        ("/v1/payments/auth", PAYMENTS_KEY),
    ] {
        let (username, password) = credentials(&server, &alice, path).await;
        assert_eq!(username, alice.aci);
        let (ts, signature) = timestamp_and_signature(&password);
        let data = format!("{}:{ts}", alice.aci);
        assert_eq!(password, format!("{data}:{signature}"));
        assert_eq!(signature, hex::encode(&hmac256(key, &data)[..10]), "{path}");
    }

    // CDSI (10-byte derived username) and SVR2 (16 bytes): password = ts:hex(trunc10(HMAC(key, username:ts))).
    for (path, key, uid_key, len) in [
        ("/v2/directory/auth", DIRECTORY_KEY, DIRECTORY_UID_KEY, 10),
        ("/v2/backup/auth", SVR2_KEY, SVR2_UID_KEY, 16),
    ] {
        let (username, password) = credentials(&server, &alice, path).await;
        assert_eq!(
            username,
            hex::encode(&hmac256(uid_key, &alice.aci)[..len]),
            "{path}"
        );
        let (ts, signature) = timestamp_and_signature(&password);
        assert_eq!(password, format!("{ts}:{signature}"));
        assert_eq!(
            signature,
            hex::encode(&hmac256(key, &format!("{username}:{ts}"))[..10]),
            "{path}"
        );
    }

    // Every one of them needs the account's credentials.
    let wrong = TestAccount {
        password: "wrong".into(),
        ..alice
    };
    for path in [
        "/v1/storage/auth",
        "/v1/payments/auth",
        "/v2/directory/auth",
        "/v2/backup/auth",
        "/v2/calling/relays",
        "/v1/payments/conversions",
    ] {
        assert_json_error(get(&server, None, path).await, 401).await;
        assert_json_error(get(&server, Some(&wrong), path).await, 401).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn unconfigured_services_answer_503_naming_the_setting() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(2)).await;
    for (path, setting) in [
        ("/v1/storage/auth", "services.storage.user_auth_key"),
        ("/v1/payments/auth", "services.payments.user_auth_key"),
        ("/v2/directory/auth", "services.directory.user_auth_key"),
        ("/v2/backup/auth", "services.svr2.user_auth_key"),
        ("/v2/calling/relays", "services.turn.secret"),
        ("/v1/payments/conversions", "services.payments.conversions"),
    ] {
        let body = assert_json_error(get(&server, Some(&alice), path).await, 503).await;
        assert!(
            body["message"].as_str().unwrap().contains(setting),
            "{path}: {body}"
        );
    }
    let response = send(
        &server,
        None,
        Method::POST,
        "/v2/backup/auth/check",
        Some(&json!({"number": alice.number, "tokens": ["a:b"]})),
    )
    .await;
    assert_json_error(response, 503).await;
    server.stop().await;
}

/// An SVR2 token `username:ts:sig` for `aci` issued at `ts`, computed here.
fn svr2_token(aci: &str, ts: u64) -> String {
    let username = hex::encode(&hmac256(SVR2_UID_KEY, aci)[..16]);
    let signature = hex::encode(&hmac256(SVR2_KEY, &format!("{username}:{ts}"))[..10]);
    format!("{username}:{ts}:{signature}")
}

async fn auth_check(server: &TestServer, body: Value) -> reqwest::Response {
    send(
        server,
        None,
        Method::POST,
        "/v2/backup/auth/check",
        Some(&body),
    )
    .await
}

#[tokio::test]
async fn svr2_auth_check_matches_tokens_against_the_number_owner() {
    let server = configured_server().await;
    let alice = register(&server, &test_number(3)).await;
    let bob = register(&server, &test_number(4)).await;
    let (username, password) = credentials(&server, &alice, "/v2/backup/auth").await;
    let issued = format!("{username}:{password}");
    let day = 86_400;
    let older = svr2_token(&alice.aci, now() - 2 * day);
    let expired = svr2_token(&alice.aci, now() - 31 * day);
    let bobs = svr2_token(&bob.aci, now() - day);
    let last = if issued.ends_with('0') { '1' } else { '0' };
    let tampered = format!("{}{last}", &issued[..issued.len() - 1]);
    let tokens = [
        &issued,
        &older,
        &expired,
        &bobs,
        &tampered,
        &"no-colon".to_string(),
    ];
    let response = auth_check(&server, json!({"number": alice.number, "tokens": tokens})).await;
    let body = expect_json(response, 200).await;
    let matches = &body["matches"];
    assert_eq!(matches[&issued], "match", "{body}");
    // Only the newest valid token per username counts.
    assert_eq!(matches[&older], "invalid", "{body}");
    assert_eq!(matches[&expired], "invalid", "{body}");
    assert_eq!(matches[&bobs], "no-match", "{body}");
    assert_eq!(matches[&tampered], "invalid", "{body}");
    assert_eq!(matches["no-colon"], "invalid", "{body}");
    assert_eq!(matches.as_object().unwrap().len(), 6);

    // The older token alone matches; nobody holds an unknown number.
    let body: Value = auth_check(&server, json!({"number": alice.number, "tokens": [older]}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["matches"][&older], "match");
    let body: Value = auth_check(
        &server,
        json!({"number": test_number(999), "tokens": [issued]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(body["matches"][&issued], "no-match");

    // Validation: 1..=10 tokens, an E.164 number.
    assert_json_error(
        auth_check(&server, json!({"number": alice.number, "tokens": []})).await,
        422,
    )
    .await;
    let eleven: Vec<String> = (0..11).map(|i| format!("u{i}:p")).collect();
    assert_json_error(
        auth_check(&server, json!({"number": alice.number, "tokens": eleven})).await,
        422,
    )
    .await;
    assert_json_error(
        auth_check(&server, json!({"number": "12345", "tokens": [issued]})).await,
        422,
    )
    .await;
    server.stop().await;
}

#[tokio::test]
async fn calling_relays_carry_coturn_credentials() {
    let server = configured_server().await;
    let alice = register(&server, &test_number(5)).await;
    let response = get(&server, Some(&alice), "/v2/calling/relays").await;
    let body = expect_json(response, 200).await;
    let relays = body["relays"].as_array().unwrap();
    assert_eq!(relays.len(), 1);
    let relay = &relays[0];
    let username = relay["username"].as_str().unwrap();
    let (expiry, id) = username.split_once(':').unwrap();
    let expiry: u64 = expiry.parse().unwrap();
    assert!(expiry.abs_diff(now() + 3600) < 60, "expiry {expiry}");
    assert!(!id.is_empty());
    let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(TURN_SECRET.as_bytes()).unwrap();
    mac.update(username.as_bytes());
    let digest: [u8; 20] = mac.finalize().into_bytes().into();
    assert_eq!(relay["password"], B64.encode(digest));
    assert_eq!(
        relay["urls"],
        json!(["turn:turn.example.org:3478", "turns:turn.example.org:5349"])
    );
    assert_eq!(relay["urlsWithIps"], json!(["turn:192.0.2.1:3478"]));
    assert_eq!(relay["hostname"], "turn.example.org");
    assert_eq!(relay["ttl"], 3600);
    server.stop().await;
}

#[tokio::test]
async fn payments_conversions_come_from_configuration() {
    let server = configured_server().await;
    let alice = register(&server, &test_number(6)).await;
    let response = get(&server, Some(&alice), "/v1/payments/conversions").await;
    let body = expect_json(response, 200).await;
    assert_eq!(
        body["currencies"],
        json!([{"base": "MOB", "conversions": {"USD": 0.25, "EUR": 0.23}}])
    );
    let ts = body["timestamp"].as_i64().unwrap();
    assert!((ts / 1000).abs_diff(now() as i64) < 600, "timestamp {ts}");
    server.stop().await;
}

#[tokio::test]
async fn registration_lock_failure_carries_configured_svr2_credentials() {
    let server = configured_server().await;
    let number = test_number(7);
    let alice = register(&server, &number).await;
    let response = send(
        &server,
        Some(&alice),
        Method::PUT,
        "/v1/accounts/registration_lock",
        Some(&json!({"registrationLock": "b".repeat(64)})),
    )
    .await;
    assert!(response.status().is_success());
    let session = verified_session(&server, &number).await;
    let (body, ..) = registration_body(&session, &[0; 16]);
    let response = server
        .client
        .post(server.url("/v1/registration"))
        .basic_auth(&number, Some("another-password"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let failure = expect_json(response, 423).await;
    let credentials = &failure["svr2Credentials"];
    let username = credentials["username"].as_str().unwrap();
    assert_eq!(
        username,
        hex::encode(&hmac256(SVR2_UID_KEY, &alice.aci)[..16])
    );
    let password = credentials["password"].as_str().unwrap();
    let (ts, signature) = timestamp_and_signature(password);
    assert_eq!(
        signature,
        hex::encode(&hmac256(SVR2_KEY, &format!("{username}:{ts}"))[..10])
    );
    // The credentials pass the SVR2 check for the number.
    let token = format!("{username}:{password}");
    let body: Value = auth_check(&server, json!({"number": number, "tokens": [token]}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["matches"][&token], "match");
    server.stop().await;
}
