//! Authentication is answered from an in-process credential cache, yet every change to an
//! account or its devices is seen by the very next request: a removed device, a re-registered
//! account (new password), a changed number and a deleted account, in one process and across
//! two processes sharing a database and a Redis. Sends read the recipient's devices from the
//! same cache: the device set a sender must address follows every change at once too.

use crate::common;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::redis::PrivateRedis;
use common::{
    expect_json, expect_status, get, register, register_devices, send, test_config, test_number,
    verified_session, TestAccount, TestServer,
};
use reqwest::Method;
use serde_json::json;
use signal_server::crypto::xeddsa::KeyPair;

async fn whoami_status(server: &TestServer, account: &TestAccount) -> u16 {
    let response = get(server, Some(account), "/v1/accounts/whoami").await;
    response.status().as_u16()
}

/// `GET /v1/accounts/whoami` with `account`'s user name and another password.
async fn wrong_password_status(server: &TestServer, account: &TestAccount) -> u16 {
    let request = server.client.get(server.url("/v1/accounts/whoami"));
    let request = request.basic_auth(account.username(), Some("not-the-password"));
    request.send().await.unwrap().status().as_u16()
}

/// `PUT /v1/messages/{to}` from `from` through `server`, addressed to `devices` (id,
/// registration id): the status and the JSON body.
async fn send_to(
    server: &TestServer,
    from: &TestAccount,
    to: &str,
    devices: &[(u8, i32)],
) -> (u16, serde_json::Value) {
    let messages: Vec<_> = devices
        .iter()
        .map(|(id, registration_id)| {
            json!({"type": 1, "destinationDeviceId": id,
                "destinationRegistrationId": registration_id, "content": STANDARD.encode(b"hi")})
        })
        .collect();
    let (path, body) = (format!("/v1/messages/{to}"), json!({"messages": messages}));
    let response = send(server, Some(from), Method::PUT, &path, Some(&body)).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or_default())
}

/// A change-number request for an account whose only device is the primary.
fn change_number_body(session: &str, number: &str) -> serde_json::Value {
    let identity = KeyPair::generate();
    let identity_key = [&[5u8][..], identity.public_key()].concat();
    let ec = KeyPair::generate();
    let ec_key = [&[5u8][..], ec.public_key()].concat();
    let mut kem = vec![8u8; 1569];
    for b in kem.iter_mut().skip(1) {
        *b = rand::random();
    }
    json!({
        "number": number,
        "sessionId": session,
        "pniIdentityKey": STANDARD.encode(&identity_key),
        "devicePniSignedPrekeys": {"1": {"keyId": 7, "publicKey": STANDARD.encode(&ec_key),
            "signature": STANDARD.encode(identity.sign(&ec_key))}},
        "devicePniPqLastResortPrekeys": {"1": {"keyId": 8, "publicKey": STANDARD.encode(&kem),
            "signature": STANDARD.encode(identity.sign(&kem))}},
        "pniRegistrationIds": {"1": 301},
        "deviceMessages": [],
    })
}

/// Changes are made through `writer`; `reader` (the same server or another process) must see
/// each at once, as Bob (who sends to Alice through `reader`) must. Uses test numbers `n`,
/// `n + 1` and `n + 5`.
async fn changes_are_seen_at_once(writer: &TestServer, reader: &TestServer, n: u16) {
    let alice = register_devices(writer, &test_number(n), 2).await;
    let bob = register(writer, &test_number(n + 5)).await;
    let (primary, linked) = (alice.device(1), alice.device(2));
    let both = [(1, primary.registration_id), (2, linked.registration_id)];
    // Both devices authenticate on the reader, again and again (from its cache after the
    // first time); a wrong password never does. Bob's sends read Alice's devices (cached).
    for _ in 0..3 {
        assert_eq!(whoami_status(reader, primary).await, 200);
        assert_eq!(whoami_status(reader, linked).await, 200);
        assert_eq!(wrong_password_status(reader, linked).await, 401);
        assert_eq!(send_to(reader, &bob, &alice.aci, &both).await.0, 200);
    }

    // The linked device is removed: it stops authenticating, the primary goes on.
    let removed = send(writer, Some(primary), Method::DELETE, "/v1/devices/2", None).await;
    expect_status(removed, 204).await;
    assert_eq!(whoami_status(reader, linked).await, 401);
    assert_eq!(whoami_status(reader, primary).await, 200);
    let (status, body) = send_to(reader, &bob, &alice.aci, &both).await;
    assert_eq!(
        (status, &body["extraDevices"]),
        (409, &json!([2])),
        "{body}"
    );
    assert_eq!(send_to(reader, &bob, &alice.aci, &both[..1]).await.0, 200);

    // The number changes: the reader reports the new one at once.
    let new_number = test_number(n + 1);
    let session = verified_session(writer, &new_number).await;
    let body = change_number_body(&session, &new_number);
    let changed = send(
        writer,
        Some(primary),
        Method::PUT,
        "/v2/accounts/number",
        Some(&body),
    );
    expect_json(changed.await, 200).await;
    let me = get(reader, Some(primary), "/v1/accounts/whoami").await;
    assert_eq!(expect_json(me, 200).await["number"], new_number.as_str());

    // Re-registration replaces the password: the old one stops working at once.
    let again = register(writer, &new_number).await;
    assert_eq!(again.aci, alice.aci);
    assert_eq!(whoami_status(reader, primary).await, 401);
    assert_eq!(whoami_status(reader, &again).await, 200);
    // Its new registration id is the one a send must name.
    if again.registration_id != primary.registration_id {
        let (status, body) = send_to(reader, &bob, &alice.aci, &both[..1]).await;
        assert_eq!(
            (status, &body["staleDevices"]),
            (410, &json!([1])),
            "{body}"
        );
    }
    let current = [(1, again.registration_id)];
    assert_eq!(send_to(reader, &bob, &alice.aci, &current).await.0, 200);

    // The account is deleted: nothing authenticates any more.
    let deleted = send(
        writer,
        Some(&again),
        Method::DELETE,
        "/v1/accounts/me",
        None,
    )
    .await;
    expect_status(deleted, 204).await;
    assert_eq!(whoami_status(reader, &again).await, 401);
    assert_eq!(send_to(reader, &bob, &alice.aci, &current).await.0, 404);
}

#[tokio::test]
async fn changes_to_accounts_and_devices_are_seen_by_the_next_request() {
    let server = TestServer::start().await;
    changes_are_seen_at_once(&server, &server, 700).await;
    server.stop().await;
}

#[tokio::test]
async fn changes_through_one_process_are_seen_by_the_other_at_once() {
    let mut redis = PrivateRedis::start();
    let (mut config, dir, pg) = test_config().await;
    config.redis_url = Some(redis.url.clone());
    if config.database_url.is_none() {
        // Both processes share the SQLite file.
        let file = dir.path().join("shared.db");
        config.database_url = Some(format!("sqlite://{}?mode=rwc", file.display()));
    }
    let first = TestServer::start_with(config.clone(), dir, pg).await;
    let second = TestServer::start_with(config, tempfile::tempdir().unwrap(), None).await;
    changes_are_seen_at_once(&first, &second, 710).await;
    // And the other way round.
    changes_are_seen_at_once(&second, &first, 720).await;
    // Without Redis, both read the database: still no stale credentials.
    redis.kill();
    changes_are_seen_at_once(&first, &second, 730).await;
    second.stop().await;
    first.stop().await;
}
