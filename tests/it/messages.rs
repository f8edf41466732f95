//! Messages through HTTP and the websocket: identified, sealed-sender and multi-recipient
//! sends, device-set checks, fetch and acknowledgement, delivery receipts, durability.

use crate::common;
use crate::ok;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{
    assert_json_error, expect_json, model, register, test_number, TestAccount, TestServer,
};
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use serde_json::{json, Value};
use signal_api::models;
use signal_api::{
    ApiNoContext as _, GetDeliveryCertificateResponse, GetPendingMessagesResponse,
    RemovePendingMessageResponse, SendMessageResponse,
};
use signal_server::http::websocket::{
    WebSocketMessage, WebSocketResponseMessage, TYPE_REQUEST, TYPE_RESPONSE,
};
use signal_server::proto::Envelope;
use tokio_tungstenite::tungstenite::Message;
use uuid::Uuid;

fn message_to(account: &TestAccount, content: &[u8]) -> Value {
    json!({"type": 1, "destinationDeviceId": 1, "destinationRegistrationId": account.registration_id, "content": B64.encode(content)})
}

async fn send(
    server: &TestServer,
    from: Option<&TestAccount>,
    to: &str,
    body: Value,
) -> reqwest::Response {
    let request = server
        .client
        .put(server.url(&format!("/v1/messages/{to}")))
        .json(&body);
    match from {
        Some(a) => a.auth(request),
        None => request,
    }
    .send()
    .await
    .unwrap()
}

/// `PUT /v1/messages/{to}` of `body` as `from`, through the typed client: the send must
/// succeed. Returns whether the sender's other devices need a copy (`needsSync`).
async fn deliver(server: &TestServer, from: &TestAccount, to: &str, body: Value) -> bool {
    let api = server.api_as(from);
    let sent = api.send_message(to.to_owned(), model(body), None, None, None, None);
    ok!(sent.await, SendMessageResponse::MessageWasSuccessfullySent).needs_sync
}

/// [`deliver`]s one message with `content` from `from` to `to`'s primary, which must not need
/// a sync copy (every sender here has one device).
async fn deliver_text(server: &TestServer, from: &TestAccount, to: &TestAccount, content: &[u8]) {
    let body = json!({"messages": [message_to(to, content)]});
    assert!(!deliver(server, from, &to.aci, body).await);
}

/// How many messages `GET /v1/messages` lists for `account`.
async fn queue_len(server: &TestServer, account: &TestAccount) -> usize {
    fetch(server, account).await.messages.len()
}

/// `GET /v1/messages` for `account` (no stories).
async fn fetch(server: &TestServer, account: &TestAccount) -> models::OutgoingMessageEntityList {
    fetch_with_stories(server, account, false).await
}

/// `DELETE /v1/messages/uuid/{guid}` as `account`: acknowledges one message.
async fn acknowledge(server: &TestServer, account: &TestAccount, guid: Uuid) {
    assert_eq!(
        server
            .api_as(account)
            .remove_pending_message(guid)
            .await
            .unwrap(),
        RemovePendingMessageResponse::Success
    );
}

#[tokio::test]
async fn identified_messages_are_queued_fetched_acknowledged_and_receipted() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(10)).await;
    let bob = register(&server, &test_number(11)).await;
    assert!(
        !deliver(
            &server,
            &alice,
            &bob.aci,
            json!({"messages": [message_to(&bob, b"hi bob")], "timestamp": 1234})
        )
        .await
    );

    let queue = fetch(&server, &bob).await;
    assert!(!queue.more);
    assert_eq!(queue.messages.len(), 1);
    let m = &queue.messages[0];
    assert_eq!(m.source_uuid.as_deref(), Some(alice.aci.as_str()));
    assert_eq!(m.destination_uuid, bob.aci);
    assert_eq!(m.timestamp, 1234);
    assert_eq!(m.content.as_ref().unwrap().0, b"hi bob");
    // Fetching does not delete; Alice's queue is empty; Alice cannot delete Bob's message.
    assert_eq!(queue_len(&server, &bob).await, 1);
    assert!(fetch(&server, &alice).await.messages.is_empty());
    acknowledge(&server, &alice, m.guid).await;
    assert_eq!(queue_len(&server, &bob).await, 1);
    // Bob acknowledges: the message is gone and Alice gets a delivery receipt.
    acknowledge(&server, &bob, m.guid).await;
    assert!(fetch(&server, &bob).await.messages.is_empty());
    let receipts = fetch(&server, &alice).await;
    let receipt = &receipts.messages[0];
    assert_eq!(receipt.r#type, 5);
    assert_eq!(receipt.source_uuid.as_deref(), Some(bob.aci.as_str()));
    assert_eq!(receipt.timestamp, 1234);
    // Acknowledging an unknown message is still 204.
    acknowledge(&server, &bob, Uuid::new_v4()).await;
    server.stop().await;
}

#[tokio::test]
async fn device_sets_sizes_and_bodies_are_checked() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(12)).await;
    let bob = register(&server, &test_number(13)).await;
    // Stale registration id: 410.
    let mut stale = message_to(&bob, b"x");
    stale["destinationRegistrationId"] = json!((bob.registration_id % 16_000) + 1);
    let response = send(
        &server,
        Some(&alice),
        &bob.aci,
        json!({"messages": [stale]}),
    )
    .await;
    assert_eq!(response.status(), 410);
    assert_eq!(
        response.json::<Value>().await.unwrap()["staleDevices"],
        json!([1])
    );
    // Missing and extra devices: 409.
    let response = send(&server, Some(&alice), &bob.aci, json!({"messages": []})).await;
    assert_eq!(response.status(), 409);
    assert_eq!(
        response.json::<Value>().await.unwrap()["missingDevices"],
        json!([1])
    );
    let mut extra = message_to(&bob, b"x");
    extra["destinationDeviceId"] = json!(2);
    let response = send(
        &server,
        Some(&alice),
        &bob.aci,
        json!({"messages": [message_to(&bob, b"x"), extra]}),
    )
    .await;
    assert_eq!(response.status(), 409);
    assert_eq!(
        response.json::<Value>().await.unwrap()["extraDevices"],
        json!([2])
    );
    // Too large: 413.
    let big = vec![7u8; 256 * 1024 + 1];
    assert_json_error(
        send(
            &server,
            Some(&alice),
            &bob.aci,
            json!({"messages": [message_to(&bob, &big)]}),
        )
        .await,
        413,
    )
    .await;
    // Bad type, duplicate devices, empty content, negative timestamp: 422.
    let mut bad_type = message_to(&bob, b"x");
    bad_type["type"] = json!(5);
    assert_json_error(
        send(
            &server,
            Some(&alice),
            &bob.aci,
            json!({"messages": [bad_type]}),
        )
        .await,
        422,
    )
    .await;
    let dup = json!({"messages": [message_to(&bob, b"x"), message_to(&bob, b"y")]});
    assert_json_error(send(&server, Some(&alice), &bob.aci, dup).await, 422).await;
    assert_json_error(
        send(
            &server,
            Some(&alice),
            &bob.aci,
            json!({"messages": [message_to(&bob, b"")]}),
        )
        .await,
        422,
    )
    .await;
    let neg = json!({"messages": [message_to(&bob, b"x")], "timestamp": -1});
    assert_json_error(send(&server, Some(&alice), &bob.aci, neg).await, 422).await;
    // Unknown destination: 404 when identified; unknown identifiers in the path: 400.
    let nobody = uuid::Uuid::new_v4().to_string();
    assert_json_error(
        send(
            &server,
            Some(&alice),
            &nobody,
            json!({"messages": [message_to(&bob, b"x")]}),
        )
        .await,
        404,
    )
    .await;
    assert_json_error(
        send(&server, Some(&alice), "not-an-id", json!({"messages": []})).await,
        400,
    )
    .await;
    // Nothing was queued by any refused send.
    assert!(fetch(&server, &bob).await.messages.is_empty());
    server.stop().await;
}

#[tokio::test]
async fn sealed_sender_needs_the_recipients_access_key() {
    let server = TestServer::start().await;
    let bob = register(&server, &test_number(14)).await;
    let body = json!({"messages": [{"type": 6, "destinationDeviceId": 1, "destinationRegistrationId": bob.registration_id, "content": "AAEC"}]});
    let put = |key: Option<String>| {
        let mut request = server
            .client
            .put(server.url(&format!("/v1/messages/{}", bob.aci)))
            .json(&body);
        if let Some(key) = key {
            request = request.header("Unidentified-Access-Key", key);
        }
        request.send()
    };
    assert_json_error(put(None).await.unwrap(), 401).await;
    assert_json_error(put(Some(B64.encode([9u8; 16]))).await.unwrap(), 401).await;
    let response = put(Some(B64.encode(bob.unidentified_access_key)))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // An unknown recipient looks the same as a wrong key.
    let response = server
        .client
        .put(server.url(&format!("/v1/messages/{}", uuid::Uuid::new_v4())))
        .header(
            "Unidentified-Access-Key",
            B64.encode(bob.unidentified_access_key),
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_json_error(response, 401).await;
    let queue = fetch(&server, &bob).await;
    let m = &queue.messages[0];
    assert_eq!(m.r#type, 6);
    assert!(
        m.source_uuid.is_none(),
        "sealed sender has no source: {m:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn unacknowledged_messages_survive_a_restart() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(15)).await;
    let bob = register(&server, &test_number(16)).await;
    for text in [b"one", b"two"] {
        deliver_text(&server, &alice, &bob, text).await;
    }
    let first = fetch(&server, &bob).await.messages[0].guid;
    acknowledge(&server, &bob, first).await;
    let server = server.restart().await;
    let queue = fetch(&server, &bob).await;
    assert_eq!(queue.messages.len(), 1);
    assert_eq!(queue.messages[0].content.as_ref().unwrap().0, b"two");
    server.stop().await;
}

/// A multi-recipient message in libsignal's layout (version 0x23), for tests.
fn mrm(recipients: &[(&TestAccount, &[(u8, i32)])]) -> Vec<u8> {
    let mut out = vec![0x23, recipients.len() as u8];
    for (account, devices) in recipients {
        out.push(0); // ACI
        out.extend_from_slice(uuid::Uuid::parse_str(&account.aci).unwrap().as_bytes());
        for (i, (device, reg)) in devices.iter().enumerate() {
            out.push(*device);
            let more = if i + 1 < devices.len() { 0x8000 } else { 0 };
            out.extend_from_slice(&((*reg as u16 & 0x3fff) | more).to_be_bytes());
        }
        out.extend_from_slice(&[0xcc; 48]);
    }
    out.extend_from_slice(&[0xee; 32]); // ephemeral key
    out.extend_from_slice(b"shared ciphertext");
    out
}

#[tokio::test]
async fn multi_recipient_messages_fan_out_with_the_combined_access_key() {
    let server = TestServer::start().await;
    let bob = register(&server, &test_number(17)).await;
    let carol = register(&server, &test_number(18)).await;
    let xor: Vec<u8> = bob
        .unidentified_access_key
        .iter()
        .zip(carol.unidentified_access_key)
        .map(|(a, b)| a ^ b)
        .collect();
    let put = |body: Vec<u8>, key: Option<Vec<u8>>| {
        let mut request = server
            .client
            .put(server.url("/v1/messages/multi_recipient?ts=99"))
            .header("content-type", "application/vnd.signal-messenger.mrm")
            .body(body);
        if let Some(key) = key {
            request = request.header("Unidentified-Access-Key", B64.encode(key));
        }
        request.send()
    };
    let good = mrm(&[
        (&bob, &[(1, bob.registration_id)]),
        (&carol, &[(1, carol.registration_id)]),
    ]);
    assert_json_error(put(good.clone(), None).await.unwrap(), 401).await;
    assert_json_error(
        put(good.clone(), Some(bob.unidentified_access_key.to_vec()))
            .await
            .unwrap(),
        401,
    )
    .await;
    assert_json_error(
        put(b"garbage".to_vec(), Some(xor.clone())).await.unwrap(),
        400,
    )
    .await;
    let stale = mrm(&[
        (&bob, &[(1, bob.registration_id + 1)]),
        (&carol, &[(1, carol.registration_id)]),
    ]);
    let response = put(stale, Some(xor.clone())).await.unwrap();
    assert_eq!(response.status(), 410);
    assert_eq!(response.json::<Value>().await.unwrap()[0]["uuid"], bob.aci);
    let missing = mrm(&[
        (&bob, &[(1, bob.registration_id), (2, 5)]),
        (&carol, &[(1, carol.registration_id)]),
    ]);
    let response = put(missing, Some(xor.clone())).await.unwrap();
    assert_eq!(response.status(), 409);
    assert_eq!(
        response.json::<Value>().await.unwrap()[0]["devices"]["extraDevices"],
        json!([2])
    );

    let response = put(good, Some(xor)).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap()["uuids404"],
        json!([])
    );
    for account in [&bob, &carol] {
        let queue = fetch(&server, account).await;
        let m = &queue.messages[0];
        assert_eq!(m.r#type, 6);
        assert_eq!(m.timestamp, 99);
        let content = &m.content.as_ref().unwrap().0;
        assert_eq!(content[0], 0x22);
        assert!(content.ends_with(b"shared ciphertext"));
        assert_eq!(content.len(), 1 + 48 + 32 + b"shared ciphertext".len());
    }
    server.stop().await;
}

type Client = common::Socket;

async fn connect(server: &TestServer, account: &TestAccount) -> Client {
    let user = account.username();
    let opened = common::open_websocket(&server.base, Some((&user, &account.password))).await;
    opened.unwrap().0
}

async fn next_request(ws: &mut Client) -> signal_server::http::websocket::WebSocketRequestMessage {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("a frame")
            .expect("open")
            .expect("frame");
        if let Message::Binary(data) = frame {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(TYPE_REQUEST) {
                return msg.request.unwrap();
            }
        }
    }
}

async fn answer(ws: &mut Client, id: u64, status: u32) {
    let msg = WebSocketMessage {
        r#type: Some(TYPE_RESPONSE),
        request: None,
        response: Some(WebSocketResponseMessage {
            id: Some(id),
            status: Some(status),
            message: None,
            headers: vec![],
            body: None,
        }),
    };
    ws.send(Message::Binary(msg.encode_to_vec().into()))
        .await
        .unwrap();
}

/// A websocket to `/v1/websocket/?query` without an Authorization header.
async fn connect_with_query(server: &TestServer, query: &str) -> Result<Client, u16> {
    let url = format!(
        "{}/v1/websocket/?{query}",
        server.base.replace("http://", "ws://")
    );
    match tokio_tungstenite::connect_async(url).await {
        Ok((ws, _)) => Ok(ws),
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => Err(r.status().as_u16()),
        Err(e) => panic!("websocket: {e}"),
    }
}

#[tokio::test]
async fn websocket_credentials_may_come_in_the_query_percent_encoded() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(95)).await;
    // Every byte of the password escaped: decoded, it authenticates (the socket announces
    // Alice's empty queue, which an anonymous socket never gets).
    let escaped: String = alice
        .password
        .bytes()
        .map(|b| format!("%{b:02X}"))
        .collect();
    let query = format!("login={}&password={escaped}", alice.username());
    let mut ws = connect_with_query(&server, &query)
        .await
        .expect("authenticated socket");
    let request = next_request(&mut ws).await;
    assert_eq!(request.path.as_deref(), Some("/api/v1/queue/empty"));
    // A wrong or malformed password is refused.
    let query = format!("login={}&password={escaped}%2", alice.username());
    assert_eq!(connect_with_query(&server, &query).await.err(), Some(403));
    let query = format!("login={}&password=%+f", alice.username());
    assert_eq!(connect_with_query(&server, &query).await.err(), Some(403));
    server.stop().await;
}

#[tokio::test]
async fn the_websocket_delivers_queued_and_new_messages() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(19)).await;
    let bob = register(&server, &test_number(20)).await;
    deliver_text(&server, &alice, &bob, b"queued").await;
    let mut ws = connect(&server, &bob).await;
    let first = next_request(&mut ws).await;
    assert_eq!(
        (first.verb.as_deref(), first.path.as_deref()),
        (Some("PUT"), Some("/api/v1/message"))
    );
    let envelope = Envelope::decode(first.body.clone().unwrap().as_slice()).unwrap();
    assert_eq!(envelope.content.as_deref(), Some(&b"queued"[..]));
    assert_eq!(
        envelope.source_service_id.as_deref(),
        Some(alice.aci.as_str())
    );
    let empty = next_request(&mut ws).await;
    assert_eq!(empty.path.as_deref(), Some("/api/v1/queue/empty"));
    answer(&mut ws, first.id.unwrap(), 200).await;

    // A message sent while connected arrives at once.
    deliver_text(&server, &alice, &bob, b"live").await;
    let live = next_request(&mut ws).await;
    let envelope = Envelope::decode(live.body.clone().unwrap().as_slice()).unwrap();
    assert_eq!(envelope.content.as_deref(), Some(&b"live"[..]));
    answer(&mut ws, live.id.unwrap(), 200).await;
    // Both were acknowledged: nothing left to fetch; Alice got two receipts.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(fetch(&server, &bob).await.messages.is_empty());
    let receipts = fetch(&server, &alice).await;
    assert_eq!(
        receipts.messages.iter().filter(|m| m.r#type == 5).count(),
        2
    );

    // A second connection for the same device displaces the first (4409).
    let _newer = connect(&server, &bob).await;
    loop {
        match tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("close frame")
        {
            Some(Ok(Message::Close(Some(frame)))) => {
                assert_eq!(u16::from(frame.code), 4409);
                break;
            }
            Some(Ok(_)) => continue,
            other => panic!("socket ended without 4409: {other:?}"),
        }
    }
    server.stop().await;
}

#[tokio::test]
async fn delivery_certificates_are_signed_by_the_server_chain() {
    use signal_server::crypto::keys::{verify_signature, EcPublicKey};
    use signal_server::proto::{
        SenderCertificate, SenderCertificateBody, ServerCertificate, ServerCertificateBody,
    };
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(21)).await;
    let error = ok!(
        server.api().get_delivery_certificate(None).await,
        GetDeliveryCertificateResponse::CredentialsAreRequiredAndAreMissingOrWrong
    );
    assert_eq!(error.code, 401);
    let api = &server.api_as(&alice);
    let certificate = |include_e164| async move {
        let body = ok!(
            api.get_delivery_certificate(include_e164).await,
            GetDeliveryCertificateResponse::Success
        );
        let bytes = body.certificate.expect("certificate").0;
        SenderCertificate::decode(bytes.as_slice()).unwrap()
    };
    let sender = certificate(None).await;
    let inner = SenderCertificateBody::decode(sender.certificate.as_deref().unwrap()).unwrap();
    assert_eq!(inner.sender_uuid.as_deref(), Some(alice.aci.as_str()));
    assert_eq!(inner.sender_e164.as_deref(), Some(alice.number.as_str()));
    assert_eq!(inner.sender_device, Some(1));
    assert_eq!(
        inner.identity_key.as_deref(),
        Some(alice.aci_identity_key().as_slice())
    );
    let signer = ServerCertificate::decode(inner.signer.as_deref().unwrap()).unwrap();
    let signer_body =
        ServerCertificateBody::decode(signer.certificate.as_deref().unwrap()).unwrap();
    let server_key = EcPublicKey::deserialize(signer_body.key.as_deref().unwrap()).unwrap();
    assert!(verify_signature(
        &server_key,
        sender.certificate.as_deref().unwrap(),
        sender.signature.as_deref().unwrap()
    ));
    let root = std::fs::read_to_string(server.config.data_dir.join("trust-root.pub")).unwrap();
    let root = EcPublicKey::deserialize(&B64.decode(root.trim()).unwrap()).unwrap();
    assert!(verify_signature(
        &root,
        signer.certificate.as_deref().unwrap(),
        signer.signature.as_deref().unwrap()
    ));
    // Without the phone number when asked.
    let sender = certificate(Some(false)).await;
    assert!(
        SenderCertificateBody::decode(sender.certificate.as_deref().unwrap())
            .unwrap()
            .sender_e164
            .is_none()
    );
    server.stop().await;
}

#[tokio::test]
async fn spam_reports_are_accepted_from_authenticated_accounts() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(22)).await;
    let bob = register(&server, &test_number(23)).await;
    let guid = uuid::Uuid::new_v4();
    let url = server.url(&format!("/v1/messages/report/{}/{guid}", alice.aci));
    let response = bob
        .auth(server.client.post(&url))
        .json(&json!({"token": B64.encode(b"spam token")}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let by_number = server.url(&format!(
        "/v1/messages/report/{}/{guid}",
        alice.number.replace('+', "%2B")
    ));
    assert_eq!(
        bob.auth(server.client.post(&by_number))
            .send()
            .await
            .unwrap()
            .status(),
        202
    );
    assert_json_error(server.client.post(&url).send().await.unwrap(), 401).await;
    let bad = server.url(&format!("/v1/messages/report/nobody/{guid}"));
    assert_json_error(
        bob.auth(server.client.post(&bad)).send().await.unwrap(),
        400,
    )
    .await;
    server.stop().await;
}

/// `GET /v1/messages` with or without the story opt-in header.
async fn fetch_with_stories(
    server: &TestServer,
    account: &TestAccount,
    stories: bool,
) -> models::OutgoingMessageEntityList {
    let opt_in = stories.then(|| "true".to_owned());
    ok!(
        server
            .api_as(account)
            .get_pending_messages(opt_in, None)
            .await,
        GetPendingMessagesResponse::PendingMessages
    )
}

/// How many messages `GET /v1/messages` lists, with or without the story opt-in.
async fn queue_len_with_stories(
    server: &TestServer,
    account: &TestAccount,
    stories: bool,
) -> usize {
    fetch_with_stories(server, account, stories)
        .await
        .messages
        .len()
}

#[tokio::test]
async fn stories_reach_only_devices_that_opt_in() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(30)).await;
    let bob = register(&server, &test_number(31)).await;
    // Stories need no credentials; one to an unknown account is quietly dropped.
    let story = json!({"messages": [message_to(&bob, b"a story")]});
    let path = format!("{}?story=true", bob.aci);
    let response = send(&server, None, &path, story.clone()).await;
    assert_eq!(expect_json(response, 200).await["needsSync"], false);
    let nobody = format!("{}?story=true", uuid::Uuid::new_v4());
    expect_json(send(&server, None, &nobody, story.clone()).await, 200).await;

    // Fetching without the opt-in leaves the story out; with it, the story is there.
    assert!(fetch_with_stories(&server, &bob, false)
        .await
        .messages
        .is_empty());
    let listed = fetch_with_stories(&server, &bob, true).await;
    assert_eq!(listed.messages.len(), 1);
    assert!(listed.messages[0].story);
    assert!(
        listed.messages[0].source_uuid.is_none(),
        "a story has no sender"
    );

    // A socket that did not opt in never gets it: the story is deleted, the queue reads empty.
    let mut ws = connect(&server, &bob).await;
    let first = next_request(&mut ws).await;
    assert_eq!(first.path.as_deref(), Some("/api/v1/queue/empty"));
    drop(ws);
    assert!(fetch_with_stories(&server, &bob, true)
        .await
        .messages
        .is_empty());

    // Ordinary messages to the same device are unaffected.
    deliver_text(&server, &alice, &bob, b"not a story").await;
    assert_eq!(queue_len_with_stories(&server, &bob, false).await, 1);
    server.stop().await;
}

#[tokio::test]
async fn inbound_message_bytes_are_rate_limited_per_recipient() {
    let server = TestServer::start_with_rate_limits(&[("inboundMessageBytes", 100, 3600.0)]).await;
    let alice = register(&server, &test_number(32)).await;
    let bob = register(&server, &test_number(33)).await;
    let carol = register(&server, &test_number(34)).await;
    let sixty = [7u8; 60];
    let body = |to: &TestAccount| json!({"messages": [message_to(to, &sixty)]});
    assert!(!deliver(&server, &alice, &bob.aci, body(&bob)).await);
    // 120 bytes in all would overflow Bob's 100-byte bucket, whoever sends them.
    let limited = send(&server, Some(&carol), &bob.aci, body(&bob)).await;
    assert!(limited.headers().contains_key("retry-after"));
    assert_json_error(limited, 429).await;
    // Another recipient has a bucket of its own; the refused message was not queued.
    expect_json(
        send(&server, Some(&alice), &carol.aci, body(&carol)).await,
        200,
    )
    .await;
    assert_eq!(queue_len(&server, &bob).await, 1);
    server.stop().await;
}

#[tokio::test]
async fn rate_limits_come_before_device_set_checks() {
    let server = TestServer::start_with_rate_limits(&[("messages", 1, 3600.0)]).await;
    let alice = register(&server, &test_number(35)).await;
    let bob = register(&server, &test_number(36)).await;
    let body = json!({"messages": [message_to(&bob, b"one")]});
    assert!(!deliver(&server, &alice, &bob.aci, body).await);
    // Reference §5.2: rate limits (step 2) before mismatched devices (step 4), so a
    // rate-limited sender gets 429 even with a stale registration id or an extra device.
    let mut stale = message_to(&bob, b"two");
    stale["destinationRegistrationId"] = json!(bob.registration_id + 1);
    let limited = send(
        &server,
        Some(&alice),
        &bob.aci,
        json!({"messages": [stale]}),
    )
    .await;
    assert_json_error(limited, 429).await;
    let mut extra = message_to(&bob, b"three");
    extra["destinationDeviceId"] = json!(2);
    let limited = send(
        &server,
        Some(&alice),
        &bob.aci,
        json!({"messages": [extra]}),
    )
    .await;
    assert_json_error(limited, 429).await;
    server.stop().await;
}

#[tokio::test]
async fn multi_recipient_stories_are_rate_limited_before_anything_is_queued() {
    let server = TestServer::start_with_rate_limits(&[("stories", 1, 3600.0)]).await;
    let bob = register(&server, &test_number(37)).await;
    let carol = register(&server, &test_number(38)).await;
    // Bob's STORIES bucket (one permit) is used up by a single-recipient story.
    let path = format!("{}?story=true", bob.aci);
    let story = json!({"messages": [message_to(&bob, b"first story")]});
    expect_json(send(&server, None, &path, story).await, 200).await;
    assert_eq!(queue_len_with_stories(&server, &bob, true).await, 1);
    // Carol comes first: her story must not be queued when Bob's limit refuses the request.
    let body = mrm(&[
        (&carol, &[(1, carol.registration_id)]),
        (&bob, &[(1, bob.registration_id)]),
    ]);
    let response = server
        .client
        .put(server.url("/v1/messages/multi_recipient?story=true&ts=5"))
        .header("content-type", "application/vnd.signal-messenger.mrm")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_json_error(response, 429).await;
    assert!(fetch_with_stories(&server, &carol, true)
        .await
        .messages
        .is_empty());
    assert_eq!(queue_len_with_stories(&server, &bob, true).await, 1);
    server.stop().await;
}

fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[tokio::test]
async fn stale_ephemeral_messages_are_dropped_at_fetch() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(39)).await;
    let bob = register(&server, &test_number(40)).await;
    let minute_ago = now_millis() - 60_000;
    let sends = [
        (b"old ephemeral".as_slice(), minute_ago, true),
        (b"old ordinary".as_slice(), minute_ago, false),
        (b"new ephemeral".as_slice(), now_millis(), true),
    ];
    for (content, timestamp, online) in sends {
        let body = json!({"messages": [message_to(&bob, content)], "timestamp": timestamp, "online": online});
        assert!(!deliver(&server, &alice, &bob.aci, body).await);
    }
    // Reference §5.3: ephemeral messages older than 10 s by client timestamp are dropped.
    let contents = |queue: &models::OutgoingMessageEntityList| -> Vec<Vec<u8>> {
        let content = |m: &models::OutgoingMessageEntity| m.content.as_ref().unwrap().0.clone();
        queue.messages.iter().map(content).collect()
    };
    let expected = vec![b"old ordinary".to_vec(), b"new ephemeral".to_vec()];
    assert_eq!(contents(&fetch(&server, &bob).await), expected);
    // They are deleted, not merely hidden: the websocket does not deliver them either.
    let mut ws = connect(&server, &bob).await;
    for want in &expected {
        let request = next_request(&mut ws).await;
        assert_eq!(request.path.as_deref(), Some("/api/v1/message"));
        let envelope = Envelope::decode(request.body.unwrap().as_slice()).unwrap();
        assert_eq!(envelope.content.as_ref(), Some(want));
        answer(&mut ws, request.id.unwrap(), 200).await;
    }
    let last = next_request(&mut ws).await;
    assert_eq!(last.path.as_deref(), Some("/api/v1/queue/empty"));
    server.stop().await;
}

#[tokio::test]
async fn messages_older_than_thirty_days_are_not_delivered() {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    use signal_server::db::messages;
    let server = TestServer::start().await;
    let db = sea_orm::Database::connect(server.config.database_url())
        .await
        .unwrap();
    let alice = register(&server, &test_number(41)).await;
    let bob = register(&server, &test_number(42)).await;
    for content in [b"expired".as_slice(), b"fresh".as_slice()] {
        let body = json!({"messages": [message_to(&bob, content)]});
        assert!(!deliver(&server, &alice, &bob.aci, body).await);
    }
    let queue = fetch(&server, &bob).await;
    let expired_guid = queue.messages[0].guid;
    // Time passing: the first message's server timestamp moves 30 days and a minute back.
    let thirty_days_ago = now_millis() - 30 * 86_400_000 - 60_000;
    messages::Entity::update_many()
        .col_expr(
            messages::Column::ServerTimestamp,
            Expr::value(thirty_days_ago),
        )
        .filter(messages::Column::Guid.eq(expired_guid))
        .exec(&db)
        .await
        .unwrap();
    let queue = fetch(&server, &bob).await;
    assert_eq!(queue.messages.len(), 1);
    assert_eq!(queue.messages[0].content.as_ref().unwrap().0, b"fresh");
    let left = messages::Entity::find()
        .filter(messages::Column::Guid.eq(expired_guid))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(left, 0, "the expired message is deleted");
    db.close().await.unwrap();
    server.stop().await;
}
