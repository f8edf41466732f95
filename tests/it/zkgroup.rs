//! zkgroup through HTTP: group auth credentials (`GET /v1/certificate/auth/group`), call-link
//! create credentials (`POST /v1/call-link/create-auth`) and `Group-Send-Token` checks on
//! `GET /v2/keys`, `PUT /v1/messages/{destination}` and `PUT /v1/messages/multi_recipient`.
//! The server is started with known zkgroup params so the tests can hold valid tokens.
//! (That libsignal accepts the issued credentials is tested in tests/client/zkgroup.test.mjs;
//! byte-exactness in tests/it/zkgroup_vectors.rs.)

use crate::common;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, register, test_config, test_number, TestAccount,
    TestServer,
};
use serde_json::{json, Value};
use signal_server::crypto::zkgroup::group_send::GroupSendFullToken;
use signal_server::crypto::zkgroup::{GenericServerSecretParams, ServerSecretParams, ZkServiceId};

const DAY: u64 = 86_400;

fn server_params() -> ServerSecretParams {
    ServerSecretParams::generate(&[0x51; 32])
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn today() -> u64 {
    now() - now() % DAY
}

async fn start() -> TestServer {
    let (mut config, dir, pg) = test_config().await;
    config.zkgroup.server_secret_params = Some(B64.encode(server_params().serialize()));
    config.zkgroup.generic_server_secret_params =
        Some(B64.encode(GenericServerSecretParams::generate(&[0x52; 32]).serialize()));
    TestServer::start_with(config, dir, pg).await
}

fn aci(account: &TestAccount) -> ZkServiceId {
    ZkServiceId::Aci(*uuid::Uuid::parse_str(&account.aci).unwrap().as_bytes())
}

fn pni(account: &TestAccount) -> ZkServiceId {
    ZkServiceId::Pni(*uuid::Uuid::parse_str(&account.pni).unwrap().as_bytes())
}

/// A token for `recipients`, valid until `expiration`, as a group member would hold.
fn token(recipients: &[ZkServiceId], expiration: u64) -> String {
    B64.encode(
        GroupSendFullToken::for_recipients(
            &server_params(),
            recipients.iter().copied(),
            expiration,
        )
        .serialize(),
    )
}

async fn group_auth(server: &TestServer, who: &TestAccount, query: &str) -> reqwest::Response {
    get(
        server,
        Some(who),
        &format!("/v1/certificate/auth/group{query}"),
    )
    .await
}

#[tokio::test]
async fn group_auth_credentials_cover_each_day_of_the_window() {
    let server = start().await;
    let alice = register(&server, &test_number(1)).await;
    let start = today();
    let end = start + 7 * DAY;
    let response = group_auth(
        &server,
        &alice,
        &format!("?redemptionStartSeconds={start}&redemptionEndSeconds={end}"),
    )
    .await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["pni"], alice.pni);
    for (field, len, version) in [
        ("credentials", 425, 3u8),
        ("callLinkAuthCredentials", 361, 0),
    ] {
        let list = body[field].as_array().unwrap();
        assert_eq!(list.len(), 8, "{field}");
        let mut seen = std::collections::HashSet::new();
        for (i, c) in list.iter().enumerate() {
            assert_eq!(c["redemptionTime"], start + i as u64 * DAY);
            let bytes = B64.decode(c["credential"].as_str().unwrap()).unwrap();
            assert_eq!(bytes.len(), len, "{field}");
            assert_eq!(bytes[0], version, "{field}");
            assert!(seen.insert(bytes), "credentials differ from day to day");
        }
    }
    // A one-day window.
    let response = group_auth(
        &server,
        &alice,
        &format!("?redemptionStartSeconds={end}&redemptionEndSeconds={end}"),
    )
    .await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["credentials"].as_array().unwrap().len(), 1);
    assert_eq!(body["callLinkAuthCredentials"][0]["redemptionTime"], end);

    // The public params for client builds are published in the data directory.
    let published =
        std::fs::read_to_string(server.config.data_dir.join("zkgroup-public-params")).unwrap();
    assert_eq!(
        published.trim(),
        B64.encode(server_params().public_params())
    );
    server.stop().await;
}

#[tokio::test]
async fn group_auth_credentials_reject_bad_windows() {
    let server = start().await;
    let alice = register(&server, &test_number(2)).await;
    let t = today();
    for query in [
        String::new(),
        format!("?redemptionStartSeconds={t}"),
        format!("?redemptionEndSeconds={t}"),
        format!(
            "?redemptionStartSeconds={}&redemptionEndSeconds={}",
            t + 1,
            t + DAY
        ),
        format!(
            "?redemptionStartSeconds={t}&redemptionEndSeconds={}",
            t + DAY + 5
        ),
        format!(
            "?redemptionStartSeconds={}&redemptionEndSeconds={t}",
            t - DAY
        ),
        format!(
            "?redemptionStartSeconds={t}&redemptionEndSeconds={}",
            t + 8 * DAY
        ),
        format!(
            "?redemptionStartSeconds={}&redemptionEndSeconds={t}",
            t + DAY
        ),
        format!("?redemptionStartSeconds=-86400&redemptionEndSeconds={t}"),
    ] {
        let response = group_auth(&server, &alice, &query).await;
        assert_eq!(response.status(), 400, "{query}");
    }
    let response = group_auth(
        &server,
        &alice,
        &format!(
            "?redemptionStartSeconds={}&redemptionEndSeconds={t}",
            t + DAY
        ),
    )
    .await;
    assert_json_error(response, 400).await;
    // Without credentials.
    let response = get(
        &server,
        None,
        &format!("/v1/certificate/auth/group?redemptionStartSeconds={t}&redemptionEndSeconds={t}"),
    )
    .await;
    assert_json_error(response, 401).await;
    server.stop().await;
}

fn create_call_link_request() -> Vec<u8> {
    let v: Value =
        serde_json::from_str(include_str!("../vectors/zkgroup.json")).expect("vector JSON");
    hex::decode(v["createCallLink"][0]["request"].as_str().unwrap()).unwrap()
}

#[tokio::test]
async fn create_call_link_credentials() {
    let server = start().await;
    let alice = register(&server, &test_number(3)).await;
    let post = |body: Value, auth: bool| {
        let rb = server
            .client
            .post(server.url("/v1/call-link/create-auth"))
            .json(&body);
        if auth { alice.auth(rb) } else { rb }.send()
    };
    let request = create_call_link_request();
    let response = post(
        json!({"createCallLinkCredentialRequest": B64.encode(&request)}),
        true,
    )
    .await
    .unwrap();
    let body = expect_json(response, 200).await;
    let t = today();
    assert_eq!(body["redemptionTime"], t);
    let credential = B64.decode(body["credential"].as_str().unwrap()).unwrap();
    assert_eq!(credential.len(), 465);
    assert_eq!(credential[0], 0);
    assert_eq!(u64::from_le_bytes(credential[1..9].try_into().unwrap()), t);

    // Malformed requests: truncated, trailing byte, wrong version, not a point.
    let mut trailing = request.clone();
    trailing.push(0);
    let mut version = request.clone();
    version[0] = 1;
    let mut point = request.clone();
    point[1..33].copy_from_slice(&[0xff; 32]);
    for bad in [request[..96].to_vec(), trailing, version, point, Vec::new()] {
        let response = post(
            json!({"createCallLinkCredentialRequest": B64.encode(&bad)}),
            true,
        )
        .await
        .unwrap();
        assert_json_error(response, 400).await;
    }
    let response = post(
        json!({"createCallLinkCredentialRequest": B64.encode(&request)}),
        false,
    )
    .await
    .unwrap();
    assert_json_error(response, 401).await;
    server.stop().await;
}

async fn get_keys(
    server: &TestServer,
    path: &str,
    token: Option<&str>,
    auth: Option<&TestAccount>,
) -> reqwest::Response {
    let mut rb = server.client.get(server.url(path));
    if let Some(token) = token {
        rb = rb.header("Group-Send-Token", token);
    }
    if let Some(who) = auth {
        rb = who.auth(rb);
    }
    rb.send().await.unwrap()
}

#[tokio::test]
async fn group_send_token_authorizes_key_fetch() {
    let server = start().await;
    let alice = register(&server, &test_number(4)).await;
    let bob = register(&server, &test_number(5)).await;
    let expiration = today() + 2 * DAY;
    let path = format!("/v2/keys/{}/1", alice.aci);

    let response = get_keys(
        &server,
        &path,
        Some(&token(&[aci(&alice)], expiration)),
        None,
    )
    .await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["devices"][0]["deviceId"], 1);
    assert_eq!(body["devices"][0]["registrationId"], alice.registration_id);
    // All devices, and the PNI identity with a PNI token.
    let response = get_keys(
        &server,
        &format!("/v2/keys/{}/*", alice.aci),
        Some(&token(&[aci(&alice)], expiration)),
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    let response = get_keys(
        &server,
        &format!("/v2/keys/PNI:{}/1", alice.pni),
        Some(&token(&[pni(&alice)], expiration)),
        None,
    )
    .await;
    let body = expect_json(response, 200).await;
    assert_eq!(
        body["devices"][0]["registrationId"],
        alice.pni_registration_id
    );

    // Tokens that do not cover exactly this target, expired ones, ones from other params,
    // and bytes that are no token at all: 401.
    let other_params = ServerSecretParams::generate(&[0x99; 32]);
    let foreign = B64.encode(
        GroupSendFullToken::for_recipients(&other_params, [aci(&alice)], expiration).serialize(),
    );
    for bad in [
        token(&[aci(&bob)], expiration),
        token(&[aci(&alice), aci(&bob)], expiration),
        token(&[pni(&alice)], expiration),
        token(&[aci(&alice)], today() - DAY),
        foreign,
        B64.encode([0u8; 33]),
        "AAAA".to_string(),
    ] {
        let response = get_keys(&server, &path, Some(&bad), None).await;
        assert_json_error(response, 401).await;
    }
    // Undecodable header: 401 (the reference's GroupSendTokenHeader). Combined with Basic auth
    // or an access key: 400.
    assert_json_error(
        get_keys(&server, &path, Some("not base64!"), None).await,
        401,
    )
    .await;
    let good = token(&[aci(&alice)], expiration);
    assert_json_error(get_keys(&server, &path, Some(&good), Some(&bob)).await, 400).await;
    let response = server
        .client
        .get(server.url(&path))
        .header("Group-Send-Token", &good)
        .header(
            "Unidentified-Access-Key",
            B64.encode(alice.unidentified_access_key),
        )
        .send()
        .await
        .unwrap();
    assert_json_error(response, 400).await;
    // A valid token for an account that does not exist: 404 (like an authenticated caller).
    let ghost = uuid::Uuid::new_v4();
    let response = get_keys(
        &server,
        &format!("/v2/keys/{ghost}/1"),
        Some(&token(&[ZkServiceId::Aci(*ghost.as_bytes())], expiration)),
        None,
    )
    .await;
    assert_json_error(response, 404).await;
    server.stop().await;
}

#[tokio::test]
async fn group_send_token_authorizes_single_recipient_send() {
    let server = start().await;
    let alice = register(&server, &test_number(6)).await;
    let bob = register(&server, &test_number(7)).await;
    let expiration = today() + 2 * DAY;
    let body = json!({
        "messages": [{
            "type": 6,
            "destinationDeviceId": 1,
            "destinationRegistrationId": alice.registration_id,
            "content": B64.encode(b"sealed")
        }],
        "timestamp": 1234
    });
    let send = |token: String, story: bool| {
        server
            .client
            .put(server.url(&format!("/v1/messages/{}?story={story}", alice.aci)))
            .header("Group-Send-Token", token)
            .json(&body)
            .send()
    };
    let response = send(token(&[aci(&alice)], expiration), false)
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_json_error(
        send(token(&[aci(&bob)], expiration), false).await.unwrap(),
        401,
    )
    .await;
    assert_json_error(
        send(token(&[aci(&alice)], today() - DAY), false)
            .await
            .unwrap(),
        401,
    )
    .await;
    assert_json_error(
        send(token(&[aci(&alice)], expiration), true).await.unwrap(),
        400,
    )
    .await;
    // Alice got exactly the one message.
    let response = get(&server, Some(&alice), "/v1/messages").await;
    let queue: Value = response.json().await.unwrap();
    assert_eq!(queue["messages"].as_array().unwrap().len(), 1);
    assert_eq!(queue["messages"][0]["type"], 6);
    server.stop().await;
}

/// A multi-recipient message (version 0x23): `(service id, devices)`; no devices = excluded.
fn mrm(recipients: &[(ZkServiceId, &[(u8, i32)])]) -> Vec<u8> {
    let mut out = vec![0x23, recipients.len() as u8];
    for (id, devices) in recipients {
        match id {
            ZkServiceId::Aci(u) => {
                out.push(0);
                out.extend_from_slice(u);
            }
            ZkServiceId::Pni(u) => {
                out.push(1);
                out.extend_from_slice(u);
            }
        }
        if devices.is_empty() {
            out.push(0);
            continue;
        }
        for (i, (device, reg)) in devices.iter().enumerate() {
            out.push(*device);
            let more = if i + 1 < devices.len() { 0x8000 } else { 0 };
            out.extend_from_slice(&((*reg as u16 & 0x3fff) | more).to_be_bytes());
        }
        out.extend_from_slice(&[0xcc; 48]);
    }
    out.extend_from_slice(&[0xee; 32]);
    out.extend_from_slice(b"shared ciphertext");
    out
}

#[tokio::test]
async fn group_send_token_authorizes_multi_recipient_send() {
    let server = start().await;
    let alice = register(&server, &test_number(8)).await;
    let bob = register(&server, &test_number(9)).await;
    let carol = register(&server, &test_number(10)).await;
    let ghost = ZkServiceId::Aci(*uuid::Uuid::new_v4().as_bytes());
    let expiration = today() + 3 * DAY;
    let put = |body: Vec<u8>, token: String| {
        server
            .client
            .put(server.url("/v1/messages/multi_recipient?ts=77"))
            .header("content-type", "application/vnd.signal-messenger.mrm")
            .header("Group-Send-Token", token)
            .body(body)
            .send()
    };
    // Carol is excluded: the token covers Alice, Bob (PNI) and an unknown account.
    let body = mrm(&[
        (aci(&alice), &[(1, alice.registration_id)]),
        (pni(&bob), &[(1, bob.pni_registration_id)]),
        (aci(&carol), &[]),
        (ghost, &[(1, 1)]),
    ]);
    let good = token(&[aci(&alice), pni(&bob), ghost], expiration);
    let response = put(body.clone(), good.clone()).await.unwrap();
    assert_eq!(response.status(), 200);
    let ghost_id = match ghost {
        ZkServiceId::Aci(u) => uuid::Uuid::from_bytes(u).to_string(),
        ZkServiceId::Pni(_) => unreachable!(),
    };
    assert_eq!(
        response.json::<Value>().await.unwrap()["uuids404"],
        json!([ghost_id])
    );
    // Including the excluded recipient, or leaving one out: 401.
    for bad in [
        token(&[aci(&alice), pni(&bob), aci(&carol), ghost], expiration),
        token(&[aci(&alice), pni(&bob)], expiration),
        token(&[aci(&alice), pni(&bob), ghost], today() - DAY),
    ] {
        assert_json_error(put(body.clone(), bad).await.unwrap(), 401).await;
    }
    // Token and access key together: 400.
    let response = server
        .client
        .put(server.url("/v1/messages/multi_recipient?ts=77"))
        .header("content-type", "application/vnd.signal-messenger.mrm")
        .header("Group-Send-Token", good)
        .header("Unidentified-Access-Key", B64.encode([0u8; 16]))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_json_error(response, 400).await;
    for (who, count) in [(&alice, 1), (&bob, 1), (&carol, 0)] {
        let response = get(&server, Some(who), "/v1/messages").await;
        let queue: Value = response.json().await.unwrap();
        assert_eq!(queue["messages"].as_array().unwrap().len(), count);
    }
    server.stop().await;
}

#[tokio::test]
async fn generated_params_are_kept_across_restarts() {
    // Without configured params the server generates them once and keeps them.
    let server = TestServer::start().await;
    let dir = server.config.data_dir.clone();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let first = (
        read("zkgroup-public-params"),
        read("zkgroup-generic-public-params"),
        read("zkgroup-backup-public-params"),
    );
    assert_eq!(B64.decode(first.0.trim()).unwrap().len(), 673);
    assert_eq!(B64.decode(first.1.trim()).unwrap().len(), 225);
    assert_eq!(B64.decode(first.2.trim()).unwrap().len(), 225);
    assert_ne!(first.1, first.2);
    let server = server.restart().await;
    let dir = server.config.data_dir.clone();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    assert_eq!(
        first,
        (
            read("zkgroup-public-params"),
            read("zkgroup-generic-public-params"),
            read("zkgroup-backup-public-params"),
        )
    );
    server.stop().await;
}
