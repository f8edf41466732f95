//! Prekeys through HTTP: upload (PUT /v2/keys), counts (GET /v2/keys), repeated-use key check
//! (POST /v2/keys/check) and fetch (GET /v2/keys/{identifier}/{device_id}) with its access
//! rules, and that concurrent fetches never hand out the same one-time key.
//!
//! Accounts are registered and devices linked through the API, as a client would.

use crate::common;
use crate::ok;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use base64::Engine;
use common::{
    assert_json_error, expect_json, expect_status, get, model, register_devices, send,
    serialized_ec, test_number, AccountDevices, TestAccount, TestServer,
};
use reqwest::Method;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use signal_api::models;
use signal_api::{ApiNoContext as _, GetDeviceKeysResponse, GetStatusResponse, SetKeysResponse};
use signal_server::crypto::xeddsa::KeyPair;
use uuid::Uuid;

fn kem_public() -> Vec<u8> {
    let mut v = vec![0x08];
    v.extend((0..1568).map(|_| rand::random::<u8>()));
    v
}

fn signed_ec(identity: &KeyPair, key_id: i64) -> (Value, Vec<u8>) {
    let public = serialized_ec(&KeyPair::generate());
    let sig = identity.sign(&public);
    (
        json!({"keyId": key_id, "publicKey": STANDARD.encode(&public), "signature": STANDARD.encode(sig)}),
        public,
    )
}

fn signed_kem(identity: &KeyPair, key_id: i64) -> (Value, Vec<u8>) {
    let public = kem_public();
    let sig = identity.sign(&public);
    (
        json!({"keyId": key_id, "publicKey": STANDARD.encode(&public), "signature": STANDARD_NO_PAD.encode(sig)}),
        public,
    )
}

fn ec_one_time(key_id: i64) -> Value {
    json!({"keyId": key_id, "publicKey": STANDARD.encode(serialized_ec(&KeyPair::generate()))})
}

/// Lets anyone fetch `account`'s keys with any unidentified-access key, through
/// `PUT /v1/accounts/attributes` (which replaces all attributes, so the rest are kept).
async fn set_unrestricted(server: &TestServer, account: &TestAccount) {
    let attributes = json!({
        "fetchesMessages": true,
        "registrationId": account.registration_id,
        "pniRegistrationId": account.pni_registration_id,
        "unidentifiedAccessKey": STANDARD.encode(account.unidentified_access_key),
        "unrestrictedUnidentifiedAccess": true,
        "discoverableByPhoneNumber": true,
        "capabilities": {"storage": true, "deleteSync": true},
    });
    let response = send(
        server,
        Some(account),
        Method::PUT,
        "/v1/accounts/attributes",
        Some(&attributes),
    )
    .await;
    expect_status(response, 204).await;
}

async fn put_keys(
    server: &TestServer,
    account: &AccountDevices,
    device: u8,
    identity: &str,
    body: &Value,
) -> reqwest::Response {
    account
        .device(device)
        .auth(
            server
                .client
                .put(server.url(&format!("/v2/keys?identity={identity}"))),
        )
        .json(body)
        .send()
        .await
        .unwrap()
}

/// `GET /v2/keys?identity=` as `account`'s `device`: (EC, KEM) one-time key counts.
async fn counts(
    server: &TestServer,
    account: &AccountDevices,
    device: u8,
    identity: &str,
) -> (i32, i32) {
    let api = server.api_as(account.device(device));
    let counts = ok!(
        api.get_status(Some(model(json!(identity)))).await,
        GetStatusResponse::BodyContainsTheNumberOfAvailableOne
    );
    (counts.count.unwrap(), counts.pq_count.unwrap())
}

/// `PUT /v2/keys?identity=` of `body` as `account`'s `device`, through the typed client: the
/// upload must be stored.
async fn store_keys(
    server: &TestServer,
    account: &AccountDevices,
    device: u8,
    identity: &str,
    body: Value,
) {
    let api = server.api_as(account.device(device));
    let stored = api.set_keys(model(body), Some(model(json!(identity))), None);
    assert_eq!(
        stored.await.unwrap(),
        SetKeysResponse::IndicatesThatNewKeysWereSuccessfullyStored
    );
}

/// Uploads `n` EC and `n` KEM one-time keys (ids 1..=n) plus signed (id 500) and last-resort
/// (id 900) keys; returns the signed and last-resort public keys.
async fn upload_full(
    server: &TestServer,
    account: &AccountDevices,
    device: u8,
    identity: &str,
    n: i64,
) -> (Vec<u8>, Vec<u8>) {
    let id_key = if identity == "pni" {
        &account.pni_identity
    } else {
        &account.aci_identity
    };
    let (signed, signed_pub) = signed_ec(id_key, 500);
    let (last, last_pub) = signed_kem(id_key, 900);
    let body = json!({
        "preKeys": (1..=n).map(ec_one_time).collect::<Vec<_>>(),
        "pqPreKeys": (1..=n).map(|i| signed_kem(id_key, i).0).collect::<Vec<_>>(),
        "signedPreKey": signed,
        "pqLastResortPreKey": last,
    });
    store_keys(server, account, device, identity, body).await;
    (signed_pub, last_pub)
}

/// `GET /v2/keys/{identifier}/{device}` as `who`, which must find keys.
async fn keys(
    server: &TestServer,
    who: &TestAccount,
    identifier: String,
    device: &str,
) -> models::PreKeyResponse {
    let api = server.api_as(who);
    let found = api.get_device_keys(identifier, device.to_owned(), None, None, None);
    ok!(
        found.await,
        GetDeviceKeysResponse::IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice
    )
}

#[tokio::test]
async fn upload_count_and_fetch() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 1).await;
    let bob = register_devices(&server, &test_number(702), 1).await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (0, 0));

    let (signed_pub, last_pub) = upload_full(&server, &alice, 1, "aci", 3).await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (3, 3));
    assert_eq!(counts(&server, &alice, 1, "ACI").await, (3, 3));
    assert_eq!(counts(&server, &alice, 1, "pni").await, (0, 0));

    // Bob (authenticated) takes the smallest keys, three times, then the EC keys run out
    // and the KEM key falls back to the last-resort key (not consumed).
    for expected in [Some(1), Some(2), Some(3), None, None] {
        let body = keys(&server, bob.device(1), alice.aci.clone(), "1").await;
        assert_eq!(
            body.identity_key.unwrap().0,
            serialized_ec(&alice.aci_identity)
        );
        let devices = body.devices.unwrap();
        assert_eq!(devices.len(), 1);
        let device = &devices[0];
        assert_eq!(device.device_id, Some(1));
        assert_eq!(device.registration_id, Some(alice.registration_id));
        let signed = device.signed_pre_key.as_ref().unwrap();
        assert_eq!(signed.key_id, Some(500));
        assert_eq!(signed.public_key, Some(STANDARD.encode(&signed_pub)));
        let pq = device.pq_pre_key.as_ref().unwrap();
        match expected {
            Some(id) => {
                assert_eq!(device.pre_key.as_ref().unwrap().key_id, Some(id));
                assert_eq!(pq.key_id, Some(id));
            }
            None => {
                assert!(device.pre_key.is_none(), "{device:?}");
                assert_eq!(pq.key_id, Some(900));
                assert_eq!(pq.public_key, Some(STANDARD.encode(&last_pub)));
                // The signature is still the identity key's over the key.
                let sig = STANDARD_NO_PAD
                    .decode(pq.signature.as_ref().unwrap())
                    .unwrap();
                assert_eq!(sig.len(), 64);
            }
        }
        if expected == Some(2) {
            // the EC take is one per fetch
            assert_eq!(counts(&server, &alice, 1, "aci").await, (1, 1));
        }
    }
    assert_eq!(counts(&server, &alice, 1, "aci").await, (0, 0));
    server.stop().await;
}

#[tokio::test]
async fn pni_keys_are_separate_and_fetched_by_pni() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 1).await;
    let bob = register_devices(&server, &test_number(702), 1).await;
    upload_full(&server, &alice, 1, "aci", 2).await;
    upload_full(&server, &alice, 1, "pni", 1).await;
    assert_eq!(counts(&server, &alice, 1, "pni").await, (1, 1));
    let body = keys(&server, bob.device(1), format!("PNI:{}", alice.pni), "*").await;
    assert_eq!(
        body.identity_key.unwrap().0,
        serialized_ec(&alice.pni_identity)
    );
    let devices = body.devices.unwrap();
    assert_eq!(devices[0].registration_id, Some(alice.pni_registration_id));
    assert_eq!(devices[0].pre_key.as_ref().unwrap().key_id, Some(1));
    assert_eq!(counts(&server, &alice, 1, "pni").await, (0, 0));
    assert_eq!(counts(&server, &alice, 1, "aci").await, (2, 2));
    server.stop().await;
}

#[tokio::test]
async fn upload_rules() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 2).await;
    upload_full(&server, &alice, 1, "aci", 5).await;

    // Missing or wrong credentials.
    let resp = send(&server, None, Method::PUT, "/v2/keys", Some(&json!({}))).await;
    assert_json_error(resp, 401).await;
    let resp = server
        .client
        .put(server.url("/v2/keys"))
        .basic_auth(alice.aci.to_string(), Some("wrong"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_json_error(resp, 401).await;
    let resp = get(&server, None, "/v2/keys").await;
    assert_json_error(resp, 401).await;

    // Bad signatures: signed EC, KEM one-time, last resort; a key signed by the ACI identity for the PNI.
    let (mut bad_signed, _) = signed_ec(&alice.aci_identity, 7);
    bad_signed["signature"] = json!(STANDARD.encode([7u8; 64]));
    let foreign = KeyPair::generate();
    let cases = [
        json!({"signedPreKey": bad_signed, "preKeys": [ec_one_time(50)]}),
        json!({"pqPreKeys": [signed_kem(&alice.aci_identity, 60).0, signed_kem(&foreign, 61).0]}),
        json!({"pqLastResortPreKey": signed_kem(&foreign, 62).0, "preKeys": [ec_one_time(51)]}),
        json!({"preKeys": [{"keyId": 1, "publicKey": STANDARD.encode([9u8; 33])}]}),
        json!({"preKeys": [{"keyId": 1}]}),
        json!({"preKeys": [ec_one_time(3), ec_one_time(3)]}),
        json!({"signedPreKey": {"keyId": 1, "publicKey": STANDARD.encode(serialized_ec(&foreign))}}),
        json!({"pqPreKeys": [{"keyId": 1, "publicKey": STANDARD.encode([8u8; 1568]), "signature": STANDARD.encode(alice.aci_identity.sign(&[8u8; 1568]))}]}),
    ];
    for body in &cases {
        let resp = put_keys(&server, &alice, 1, "aci", body).await;
        assert_json_error(resp, 422).await;
    }
    let resp = put_keys(
        &server,
        &alice,
        1,
        "pni",
        &json!({"signedPreKey": signed_ec(&alice.aci_identity, 8).0}),
    )
    .await;
    assert_json_error(resp, 422).await;
    // More than 100 keys in a list.
    let resp = put_keys(
        &server,
        &alice,
        1,
        "aci",
        &json!({"preKeys": (1..=101).map(ec_one_time).collect::<Vec<_>>()}),
    )
    .await;
    assert_json_error(resp, 422).await;
    // Nothing of the rejected uploads was stored.
    assert_eq!(counts(&server, &alice, 1, "aci").await, (5, 5));

    // Empty or absent lists leave keys; a non-empty list replaces the list of that kind only.
    store_keys(
        &server,
        &alice,
        1,
        "aci",
        json!({"preKeys": [], "pqPreKeys": []}),
    )
    .await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (5, 5));
    store_keys(
        &server,
        &alice,
        1,
        "aci",
        json!({"preKeys": [ec_one_time(70), ec_one_time(71)]}),
    )
    .await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (2, 5));
    store_keys(&server, &alice, 1, "aci", json!({"pqPreKeys": (1..=100).map(|i| signed_kem(&alice.aci_identity, i).0).collect::<Vec<_>>()})).await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (2, 100));

    // A linked device uploads its own keys.
    assert_eq!(counts(&server, &alice, 2, "aci").await, (0, 0));
    store_keys(
        &server,
        &alice,
        2,
        "aci",
        json!({"preKeys": [ec_one_time(1)]}),
    )
    .await;
    assert_eq!(counts(&server, &alice, 2, "aci").await, (1, 0));
    assert_eq!(counts(&server, &alice, 1, "aci").await, (2, 100));
    server.stop().await;
}

#[tokio::test]
async fn check_repeated_use_keys() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 1).await;
    let digest_of = |identity: &KeyPair, signed: &[u8], last: &[u8]| {
        let mut h = Sha256::new();
        h.update(serialized_ec(identity));
        h.update(500u64.to_be_bytes());
        h.update(signed);
        h.update(900u64.to_be_bytes());
        h.update(last);
        STANDARD.encode(h.finalize())
    };
    let check = |identity_type: &'static str, digest: String| {
        alice
            .device(1)
            .auth(server.client.post(server.url("/v2/keys/check")))
            .json(&json!({"identityType": identity_type, "digest": digest}))
            .send()
    };
    // No repeated-use keys yet.
    assert_json_error(check("aci", STANDARD.encode([0u8; 32])).await.unwrap(), 409).await;

    let (signed, last) = upload_full(&server, &alice, 1, "aci", 0).await;
    let good = digest_of(&alice.aci_identity, &signed, &last);
    assert_eq!(check("aci", good.clone()).await.unwrap().status(), 200);
    assert_eq!(check("ACI", good.clone()).await.unwrap().status(), 200);
    assert_json_error(check("aci", STANDARD.encode([1u8; 32])).await.unwrap(), 409).await;
    assert_json_error(check("pni", good.clone()).await.unwrap(), 409).await;
    assert_json_error(check("aci", STANDARD.encode([1u8; 31])).await.unwrap(), 422).await;

    let (psigned, plast) = upload_full(&server, &alice, 1, "pni", 0).await;
    let pgood = digest_of(&alice.pni_identity, &psigned, &plast);
    assert_eq!(check("PNI", pgood.clone()).await.unwrap().status(), 200);
    assert_json_error(check("aci", pgood).await.unwrap(), 409).await;

    let resp = send(
        &server,
        None,
        Method::POST,
        "/v2/keys/check",
        Some(&json!({"identityType": "aci", "digest": good})),
    )
    .await;
    assert_json_error(resp, 401).await;
    server.stop().await;
}

/// How a key fetch authorizes itself (several may be combined).
#[derive(Clone)]
enum Auth<'a> {
    Device(&'a TestAccount),
    /// An `Unidentified-Access-Key` header, as sent (base64 or not).
    Key(String),
    GroupSendToken(&'static str),
}

/// `GET <path>` with the given authorization, as bytes on the wire.
async fn fetch_with(server: &TestServer, path: &str, auth: &[Auth<'_>]) -> reqwest::Response {
    let mut request = server.client.get(server.url(path));
    for a in auth {
        request = match a {
            Auth::Device(device) => device.auth(request),
            Auth::Key(key) => request.header("Unidentified-Access-Key", key),
            Auth::GroupSendToken(token) => request.header("Group-Send-Token", *token),
        };
    }
    request.send().await.unwrap()
}

/// `GET /v2/keys/{identifier}/{device}` with an unidentified-access key, which must find keys.
async fn keys_with_key(
    server: &TestServer,
    identifier: String,
    device: &str,
    key: &[u8],
) -> models::PreKeyResponse {
    let (api, key) = (server.api(), Some(STANDARD.encode(key)));
    let found = api.get_device_keys(identifier, device.to_owned(), key, None, None);
    ok!(
        found.await,
        GetDeviceKeysResponse::IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice
    )
}

#[tokio::test]
async fn fetch_access_rules() {
    use Auth::{Device, GroupSendToken, Key};
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 2).await;
    let bob = register_devices(&server, &test_number(702), 1).await;
    upload_full(&server, &alice, 1, "aci", 10).await;
    upload_full(&server, &alice, 2, "aci", 10).await;
    upload_full(&server, &alice, 1, "pni", 10).await;
    let (aci, pni) = (alice.aci.clone(), format!("PNI:{}", alice.pni));
    let path = format!("/v2/keys/{aci}/1");
    let uak = STANDARD.encode(alice.unidentified_access_key);
    let unknown = Uuid::new_v4();
    let bob1 = Device(bob.device(1));

    // Anonymous: the correct UAK works.
    let found = keys_with_key(&server, aci.clone(), "1", &alice.unidentified_access_key).await;
    assert_eq!(found.devices.unwrap()[0].device_id, Some(1));
    // Missing, wrong, wrong-length or non-base64 keys are 401 (as the reference's Anonymous
    // header class answers); PNI targets never accept a UAK; unknown accounts are 401 to
    // anonymous callers (no probing), 404 to authenticated ones, as is a missing device.
    // Group send tokens: combined with other authorization 400; alone not verifiable here 401.
    let mut refused = vec![
        (path.clone(), vec![], 401),
        (
            path.clone(),
            vec![Key(STANDARD.encode(bob.unidentified_access_key))],
            401,
        ),
        (path.clone(), vec![Key(STANDARD.encode([1u8; 15]))], 401),
        (path.clone(), vec![Key("%%%".into())], 401),
        (format!("/v2/keys/{pni}/1"), vec![Key(uak.clone())], 401),
        (format!("/v2/keys/{unknown}/1"), vec![Key(uak.clone())], 401),
        (format!("/v2/keys/{unknown}/*"), vec![Key(uak.clone())], 401),
        (format!("/v2/keys/{unknown}/1"), vec![bob1.clone()], 404),
        (format!("/v2/keys/{unknown}/*"), vec![bob1.clone()], 404),
        (format!("/v2/keys/{aci}/3"), vec![bob1.clone()], 404),
        (format!("/v2/keys/{aci}/3"), vec![Key(uak.clone())], 401),
        (
            path.clone(),
            vec![bob1.clone(), GroupSendToken("AAAA")],
            400,
        ),
        (
            path.clone(),
            vec![Key(uak.clone()), GroupSendToken("AAAA")],
            400,
        ),
        (path.clone(), vec![GroupSendToken("AAAA")], 401),
    ];
    // Non-numeric device selectors are 422, but only after the credential and access checks:
    // no credentials at all is 401, and an unknown target is 404 (authenticated) or 401
    // (access key) before the selector is looked at.
    for selector in ["abc", "1000", "1.5"] {
        let known = format!("/v2/keys/{aci}/{selector}");
        let unknown = format!("/v2/keys/{unknown}/{selector}");
        refused.extend([
            (known.clone(), vec![], 401),
            (known.clone(), vec![bob1.clone()], 422),
            (known.clone(), vec![Key(uak.clone())], 422),
            (known, vec![Key(STANDARD.encode([7u8; 16]))], 401),
            (unknown.clone(), vec![bob1.clone()], 404),
            (unknown, vec![Key(uak.clone())], 401),
        ]);
    }
    for (path, auth, status) in &refused {
        let response = fetch_with(&server, path, auth).await;
        assert_eq!(response.status().as_u16(), *status, "GET {path}");
        assert_json_error(response, *status).await;
    }

    // An authenticated PNI fetch works.
    let found = keys(&server, bob.device(1), pni.clone(), "1").await;
    assert_eq!(
        found.identity_key.unwrap().0,
        serialized_ec(&alice.pni_identity)
    );
    // `*` returns every device with keys.
    let all = keys_with_key(&server, aci.clone(), "*", &alice.unidentified_access_key).await;
    let devices = all.devices.unwrap();
    let ids: Vec<_> = devices.iter().map(|d| d.device_id.unwrap()).collect();
    assert_eq!(ids, vec![1, 2]);
    assert_eq!(
        devices[1].registration_id,
        Some(alice.devices[1].registration_id)
    );

    // Unrestricted unidentified access accepts any key (but one must be sent).
    set_unrestricted(&server, &alice).await;
    keys_with_key(&server, aci.clone(), "1", &[0u8; 16]).await;
    assert_json_error(fetch_with(&server, &path, &[]).await, 401).await;

    // A device that uploaded no one-time keys since registering: its signed and last-resort
    // keys (ids 1 and 3 at registration), for authenticated and anonymous callers alike.
    let carol = register_devices(&server, &test_number(703), 1).await;
    let by_bob = keys(&server, bob.device(1), carol.aci.clone(), "1").await;
    let anonymous = keys_with_key(
        &server,
        carol.aci.clone(),
        "*",
        &carol.unidentified_access_key,
    )
    .await;
    for found in [by_bob, anonymous] {
        let devices = found.devices.unwrap();
        assert_eq!(devices.len(), 1, "{devices:?}");
        assert!(devices[0].pre_key.is_none(), "{devices:?}");
        assert_eq!(devices[0].signed_pre_key.as_ref().unwrap().key_id, Some(1));
        assert_eq!(devices[0].pq_pre_key.as_ref().unwrap().key_id, Some(3));
    }

    // A bad identifier is a client error.
    let resp = fetch_with(&server, "/v2/keys/not-a-uuid/1", &[bob1]).await;
    assert!(resp.status().is_client_error());
    server.stop().await;
}

#[tokio::test]
async fn another_account_cannot_change_or_read_counts_of_keys() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 1).await;
    let bob = register_devices(&server, &test_number(702), 1).await;
    upload_full(&server, &alice, 1, "aci", 4).await;
    // Bob's uploads go to Bob's own keys: keys signed by Alice's identity are rejected for him,
    // and his own upload leaves Alice's keys alone.
    let resp = put_keys(
        &server,
        &bob,
        1,
        "aci",
        &json!({"signedPreKey": signed_ec(&alice.aci_identity, 1).0}),
    )
    .await;
    assert_json_error(resp, 422).await;
    upload_full(&server, &bob, 1, "aci", 1).await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (4, 4));
    assert_eq!(counts(&server, &bob, 1, "aci").await, (1, 1));
    // Bob's password does not authenticate as Alice.
    let resp = server
        .client
        .put(server.url("/v2/keys"))
        .basic_auth(alice.aci.to_string(), Some(&bob.password))
        .json(&json!({"preKeys": [ec_one_time(1)]}))
        .send()
        .await
        .unwrap();
    assert_json_error(resp, 401).await;
    assert_eq!(counts(&server, &alice, 1, "aci").await, (4, 4));
    server.stop().await;
}

#[tokio::test]
async fn concurrent_fetches_never_share_a_one_time_key() {
    let server = TestServer::start().await;
    let alice = register_devices(&server, &test_number(701), 1).await;
    upload_full(&server, &alice, 1, "aci", 10).await;
    let path = format!("/v2/keys/{}/1", alice.aci);
    let uak = STANDARD.encode(alice.unidentified_access_key);
    let fetches = (0..20).map(|_| {
        let request = server
            .client
            .get(server.url(&path))
            .header("Unidentified-Access-Key", uak.clone());
        async move {
            let resp = request.send().await.unwrap();
            let body = expect_json(resp, 200).await;
            let device = body["devices"][0].clone();
            (
                device["preKey"]["keyId"].as_i64(),
                device["pqPreKey"]["keyId"].as_i64().unwrap(),
            )
        }
    });
    let results = futures::future::join_all(fetches).await;
    let mut ec: Vec<i64> = results.iter().filter_map(|r| r.0).collect();
    ec.sort();
    assert_eq!(
        ec,
        (1..=10).collect::<Vec<_>>(),
        "each EC key handed out exactly once"
    );
    let mut kem: Vec<i64> = results
        .iter()
        .map(|r| r.1)
        .filter(|&id| id != 900)
        .collect();
    kem.sort();
    assert_eq!(
        kem,
        (1..=10).collect::<Vec<_>>(),
        "each KEM key handed out exactly once"
    );
    assert_eq!(
        results.iter().filter(|r| r.1 == 900).count(),
        10,
        "the rest got the last-resort key"
    );
    assert_eq!(counts(&server, &alice, 1, "aci").await, (0, 0));
    server.stop().await;
}
