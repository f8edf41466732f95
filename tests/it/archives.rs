//! Backups through HTTP: the Basic-auth operations (`PUT /v1/archives/backupid`,
//! `GET /v1/archives/auth`, `POST /v1/archives/redeem-receipt`) and the rejections of the
//! anonymous (ZK) ones. The server runs with the zkgroup params of the libsignal vectors
//! (tests/vectors/zkgroup.json), so their requests and (stale) presentations apply; the
//! accepted ZK flows need a libsignal client and are in tests/client/archives.test.mjs.

use crate::common;

use reqwest::Method;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, register, send, test_config, test_number, TestAccount,
    TestServer,
};
use serde_json::{json, Value};

const DAY: i64 = 86_400;

fn vectors() -> Value {
    serde_json::from_str(include_str!("../vectors/zkgroup.json")).expect("vector JSON")
}

fn hex_b64(v: &Value) -> String {
    B64.encode(hex::decode(v.as_str().unwrap()).unwrap())
}

fn today() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    now - now % DAY
}

async fn start_with(change: impl FnOnce(&mut signal_server::Config)) -> TestServer {
    let v = vectors();
    let (mut config, dir, pg) = test_config().await;
    // Receipt vector 2 (level 201) is issued with params 2; backup vector 0 with params 0.
    config.zkgroup.server_secret_params = Some(hex_b64(&v["params"][2]["secret"]));
    config.zkgroup.backup_server_secret_params = Some(hex_b64(&v["params"][0]["genericSecret"]));
    change(&mut config);
    TestServer::start_with(config, dir, pg).await
}

async fn start() -> TestServer {
    start_with(|_| {}).await
}

/// Two valid `BackupAuthCredentialRequest`s from the vectors (messages, media).
fn requests() -> (String, String) {
    let v = vectors();
    (
        hex_b64(&v["backup"][0]["request"]),
        hex_b64(&v["backup"][1]["request"]),
    )
}

async fn set_backup_id(
    server: &TestServer,
    who: &TestAccount,
    messages: &str,
    media: &str,
) -> reqwest::Response {
    send(
        server,
        Some(who),
        Method::PUT,
        "/v1/archives/backupid",
        Some(&json!({
            "messagesBackupAuthCredentialRequest": messages,
            "mediaBackupAuthCredentialRequest": media,
        })),
    )
    .await
}

async fn auth(server: &TestServer, who: &TestAccount, start: i64, end: i64) -> reqwest::Response {
    get(
        server,
        Some(who),
        &format!("/v1/archives/auth?redemptionStartSeconds={start}&redemptionEndSeconds={end}"),
    )
    .await
}

fn u64_le(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().unwrap())
}

/// Checks one day's list of credentials: count, days, and the plaintext header of each
/// `BackupAuthCredentialResponse` (reserved, redemption time, level, type).
fn check_credentials(list: &Value, start: i64, days: usize, level: u64, ty: u64) {
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), days);
    for (i, c) in list.iter().enumerate() {
        let t = start + i as i64 * DAY;
        assert_eq!(c["redemptionTime"], t);
        let bytes = B64.decode(c["credential"].as_str().unwrap()).unwrap();
        assert_eq!(bytes.len(), 417);
        assert_eq!(bytes[0], 0);
        assert_eq!(u64_le(&bytes[1..9]), t as u64);
        assert_eq!(u64_le(&bytes[9..17]), level);
        assert_eq!(u64_le(&bytes[17..25]), ty);
    }
}

#[tokio::test]
async fn backup_id_commitment_and_daily_credentials() {
    let server = start().await;
    let alice = register(&server, &test_number(1)).await;
    let (messages, media) = requests();
    let start = today();

    // Without a commitment: 404; without credentials: 401.
    assert_json_error(auth(&server, &alice, start, start + DAY).await, 404).await;
    let r = get(
        &server,
        None,
        &format!("/v1/archives/auth?redemptionStartSeconds={start}&redemptionEndSeconds={start}"),
    )
    .await;
    assert_eq!(r.status(), 401);
    let r = send(&server, None, Method::PUT, "/v1/archives/backupid", Some(&json!({"messagesBackupAuthCredentialRequest": messages, "mediaBackupAuthCredentialRequest": media}))).await;
    assert_eq!(r.status(), 401);

    // Bad request bytes: 400.
    let short = B64.encode([0u8; 96]);
    assert_json_error(set_backup_id(&server, &alice, &short, &media).await, 400).await;
    assert_json_error(
        set_backup_id(&server, &alice, &messages, "!!not base64").await,
        400,
    )
    .await;
    let mut tampered = B64.decode(&media).unwrap();
    tampered[0] = 1;
    assert_json_error(
        set_backup_id(&server, &alice, &messages, &B64.encode(tampered)).await,
        400,
    )
    .await;
    assert_json_error(auth(&server, &alice, start, start + DAY).await, 404).await;

    let r = set_backup_id(&server, &alice, &messages, &media).await;
    assert_eq!(r.status(), 204);
    // Unchanged: still fine.
    let r = set_backup_id(&server, &alice, &messages, &media).await;
    assert_eq!(r.status(), 204);

    // The longest window: today and the next 7 days, 8 credentials per type, FREE level.
    let r = auth(&server, &alice, start, start + 7 * DAY).await;
    let body = expect_json(r, 200).await;
    check_credentials(&body["credentials"]["messages"], start, 8, 200, 1);
    check_credentials(&body["credentials"]["media"], start, 8, 200, 2);

    // Window checks: alignment, past start, too far, reversed.
    for (s, e) in [
        (start + 1, start + DAY),
        (start, start + DAY - 1),
        (start - DAY, start),
        (start, start + 8 * DAY),
        (start + DAY, start),
    ] {
        assert_json_error(auth(&server, &alice, s, e).await, 400).await;
    }

    // Another account sees its own commitment only.
    let bob = register(&server, &test_number(2)).await;
    assert_json_error(auth(&server, &bob, start, start).await, 404).await;
    let (other, _) = (hex_b64(&vectors()["backup"][2]["request"]), ());
    assert_eq!(
        set_backup_id(&server, &bob, &other, &other).await.status(),
        204
    );
    let r = auth(&server, &bob, start, start).await;
    let body: Value = r.json().await.unwrap();
    check_credentials(&body["credentials"]["messages"], start, 1, 200, 1);
    server.stop().await;
}

#[tokio::test]
async fn configured_levels_and_disabled_backups() {
    let server = start_with(|c| c.backups.paid_by_default = true).await;
    let alice = register(&server, &test_number(3)).await;
    let (messages, media) = requests();
    assert_eq!(
        set_backup_id(&server, &alice, &messages, &media)
            .await
            .status(),
        204
    );
    let start = today();
    let r = auth(&server, &alice, start + DAY, start + 2 * DAY).await;
    let body = expect_json(r, 200).await;
    check_credentials(&body["credentials"]["media"], start + DAY, 2, 201, 2);
    server.stop().await;

    let server = start_with(|c| c.backups.enabled = false).await;
    let alice = register(&server, &test_number(4)).await;
    assert_json_error(set_backup_id(&server, &alice, &messages, &media).await, 403).await;
    assert_json_error(auth(&server, &alice, start, start).await, 403).await;
    server.stop().await;
}

async fn redeem(server: &TestServer, who: &TestAccount, presentation: &str) -> reqwest::Response {
    let body = json!({ "receiptCredentialPresentation": presentation });
    send(
        server,
        Some(who),
        reqwest::Method::POST,
        "/v1/archives/redeem-receipt",
        Some(&body),
    )
    .await
}

#[tokio::test]
async fn redeem_receipt_rejections() {
    let server = start().await;
    let alice = register(&server, &test_number(5)).await;
    let v = vectors();
    // Level 201, verifies with the server's params, but expired (2024).
    let expired = hex_b64(&v["receipt"][2]["presentation"]);
    // Issued with other params.
    let foreign = hex_b64(&v["receipt"][0]["presentation"]);

    // The presentation is verified before the media backup-id commitment is looked for: an
    // invalid one is 400 even without a commitment (a valid one would be 409, see
    // tests/client/archives.test.mjs). Text that is not base64 of a presentation fails the
    // reference's request deserializer: 422.
    for p in [expired.as_str(), foreign.as_str()] {
        assert_json_error(redeem(&server, &alice, p).await, 400).await;
    }
    for p in ["AAAA", "not base64!"] {
        assert_json_error(redeem(&server, &alice, p).await, 422).await;
    }
    let (messages, media) = requests();
    assert_eq!(
        set_backup_id(&server, &alice, &messages, &media)
            .await
            .status(),
        204
    );
    for p in [expired.as_str(), foreign.as_str()] {
        assert_json_error(redeem(&server, &alice, p).await, 400).await;
    }
    for p in ["AAAA", "not base64!"] {
        assert_json_error(redeem(&server, &alice, p).await, 422).await;
    }
    let r = send(
        &server,
        None,
        Method::POST,
        "/v1/archives/redeem-receipt",
        Some(&json!({ "receiptCredentialPresentation": expired })),
    )
    .await;
    assert_eq!(r.status(), 401);
    // Nothing was granted.
    let r = get(&server, Some(&alice), "/v1/accounts/whoami").await;
    let body: Value = r.json().await.unwrap();
    assert!(body["entitlements"]
        .get("backup")
        .is_none_or(Value::is_null));
    server.stop().await;
}

/// Every anonymous archive operation: (method, path, JSON body).
fn zk_operations() -> Vec<(reqwest::Method, &'static str, Option<Value>)> {
    use reqwest::Method;
    let copy = json!({
        "sourceAttachment": {"cdn": 2, "key": "abc"},
        "objectLength": 10,
        "mediaId": "AAAAAAAAAAAAAAAAAAAA",
        "hmacKey": B64.encode([0u8; 32]),
        "encryptionKey": B64.encode([0u8; 32]),
    });
    vec![
        (Method::GET, "/v1/archives", None),
        (Method::POST, "/v1/archives", None),
        (Method::DELETE, "/v1/archives", None),
        (Method::GET, "/v1/archives/upload/form", None),
        (Method::GET, "/v1/archives/media/upload/form", None),
        (Method::GET, "/v1/archives/auth/read?cdn=2", None),
        (Method::GET, "/v1/archives/media", None),
        (Method::PUT, "/v1/archives/media", Some(copy.clone())),
        (
            Method::PUT,
            "/v1/archives/media/batch",
            Some(json!({"items": [copy]})),
        ),
        (
            Method::POST,
            "/v1/archives/media/delete",
            Some(json!({"mediaToDelete": [{"cdn": 2, "mediaId": "AAAAAAAAAAAAAAAAAAAA"}]})),
        ),
        (
            Method::PUT,
            "/v1/archives/keys",
            Some(json!({"backupIdPublicKey": B64.encode([5u8; 33])})),
        ),
    ]
}

async fn zk_call(
    server: &TestServer,
    method: reqwest::Method,
    path: &str,
    body: &Option<Value>,
    headers: &[(&str, String)],
) -> reqwest::Response {
    let mut r = server.client.request(method, server.url(path));
    for (k, v) in headers {
        r = r.header(*k, v);
    }
    if let Some(b) = body {
        r = r.json(b);
    }
    r.send().await.unwrap()
}

#[tokio::test]
async fn anonymous_operations_reject_bad_zk_auth() {
    let server = start().await;
    let alice = register(&server, &test_number(6)).await;
    let v = vectors();
    // A presentation made with the server's backup params, but for a day in 2024: 401.
    let stale = hex_b64(&v["backup"][0]["presentation"]);
    let signature = B64.encode([7u8; 64]);
    let mut flipped = B64.decode(&stale).unwrap();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    for (method, path, body) in zk_operations() {
        // Missing headers: 400 (required header parameters).
        let r = zk_call(&server, method.clone(), path, &body, &[]).await;
        assert_eq!(r.status(), 400, "{method} {path} without headers");
        // Stale or tampered presentation: 401.
        for p in [&stale, &B64.encode(&flipped)] {
            let r = zk_call(
                &server,
                method.clone(),
                path,
                &body,
                &[
                    ("x-signal-zk-auth", p.clone()),
                    ("x-signal-zk-auth-signature", signature.clone()),
                ],
            )
            .await;
            assert_json_error(r, 401).await;
        }
        // Bytes that are no presentation at all: 400.
        let r = zk_call(
            &server,
            method.clone(),
            path,
            &body,
            &[
                ("x-signal-zk-auth", B64.encode([0u8; 40])),
                ("x-signal-zk-auth-signature", signature.clone()),
            ],
        )
        .await;
        assert_json_error(r, 400).await;
        // Valid Basic credentials alongside: 400.
        let mut req = alice.auth(server.client.request(method.clone(), server.url(path)));
        req = req
            .header("x-signal-zk-auth", stale.clone())
            .header("x-signal-zk-auth-signature", signature.clone());
        if let Some(b) = &body {
            req = req.json(b);
        }
        assert_json_error(req.send().await.unwrap(), 400).await;
        // Invalid ones (a wrong password, garbage) are ignored as on any anonymous endpoint
        // (reference §12.2): the stale presentation decides, 401.
        for (user, password) in [(alice.username(), "wrong password"), ("x".into(), "y")] {
            let mut req = server
                .client
                .request(method.clone(), server.url(path))
                .basic_auth(user, Some(password))
                .header("x-signal-zk-auth", stale.clone())
                .header("x-signal-zk-auth-signature", signature.clone());
            if let Some(b) = &body {
                req = req.json(b);
            }
            assert_json_error(req.send().await.unwrap(), 401).await;
        }
        let r = server
            .client
            .request(method.clone(), server.url(path))
            .header("authorization", "Basic !!!not base64")
            .header("x-signal-zk-auth", stale.clone())
            .header("x-signal-zk-auth-signature", signature.clone());
        let r = match &body {
            Some(b) => r.json(b),
            None => r,
        };
        assert_json_error(r.send().await.unwrap(), 401).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn backup_objects_need_read_credentials() {
    let server = start().await;
    let r = get(&server, None, "/cdn/backups/AAAAAAAAAAAAAAAAAAAAAA/backup").await;
    assert_json_error(r, 401).await;
    let r = server
        .client
        .get(server.url("/cdn/backups/AAAAAAAAAAAAAAAAAAAAAA/backup"))
        .basic_auth("read$backups/AAAAAAAAAAAAAAAAAAAAAA", Some("1:00"))
        .send()
        .await
        .unwrap();
    assert_json_error(r, 403).await;
    server.stop().await;
}

#[tokio::test]
async fn changing_the_backup_id_is_rate_limited() {
    let server = start_with(|c| {
        common::set_rate_limit(c, "setBackupId", 1, 3600.0);
    })
    .await;
    let alice = register(&server, &test_number(7)).await;
    let v = vectors();
    let req = |i: usize| hex_b64(&v["backup"][i]["request"]);
    assert_eq!(
        set_backup_id(&server, &alice, &req(0), &req(1))
            .await
            .status(),
        204
    );
    // Unchanged requests are no change and cost nothing.
    assert_eq!(
        set_backup_id(&server, &alice, &req(0), &req(1))
            .await
            .status(),
        204
    );
    let r = set_backup_id(&server, &alice, &req(2), &req(3)).await;
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    // The stored commitment is still the first one: credentials are issued for it.
    let start = today();
    let r = auth(&server, &alice, start, start).await;
    assert_eq!(r.status(), 200);
    // Another account has its own bucket.
    let bob = register(&server, &test_number(8)).await;
    assert_eq!(
        set_backup_id(&server, &bob, &req(2), &req(3))
            .await
            .status(),
        204
    );
    server.stop().await;
}
