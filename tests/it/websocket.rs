//! The chat websocket: REST requests tunnelled as protobuf frames, credentials on the upgrade,
//! and 4401 closes when the account or device behind a socket changes.

use crate::common;

use common::api::Credentials as _;
use common::TestServer;
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use reqwest::Method;
use serde_json::json;
use signal_server::http::websocket::{WebSocketMessage, TYPE_RESPONSE};
use tokio_tungstenite::tungstenite::Message;

type Client = common::Socket;

async fn connect(
    server: &TestServer,
    auth: Option<(&str, &str)>,
) -> Result<Client, tokio_tungstenite::tungstenite::Error> {
    let opened = common::open_websocket(&server.base, auth).await;
    opened.map(|(ws, _)| ws)
}

/// Sends a request frame and returns (status, body) of the matching response.
async fn call(
    ws: &mut Client,
    id: u64,
    verb: &str,
    path: &str,
    body: Option<Vec<u8>>,
) -> (u32, Vec<u8>) {
    let headers = vec!["content-type:application/json".to_string()];
    let frame = WebSocketMessage::request(id, verb, path, headers, body).encode_to_vec();
    ws.send(Message::Binary(frame.into())).await.unwrap();
    loop {
        let msg = ws.next().await.expect("socket open").expect("frame");
        if let Message::Binary(data) = msg {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(TYPE_RESPONSE) {
                let response = msg.response.unwrap();
                if response.id == Some(id) {
                    return (response.status.unwrap(), response.body.unwrap_or_default());
                }
            }
        }
    }
}

#[tokio::test]
async fn tunnels_rest_requests_over_an_anonymous_socket() {
    let server = TestServer::start().await;
    let mut ws = connect(&server, None)
        .await
        .expect("anonymous sockets are allowed");
    assert_eq!(call(&mut ws, 1, "GET", "/v1/keepalive", None).await.0, 200);
    let (status, body) = call(&mut ws, 2, "GET", "/v1/config", None).await;
    assert_eq!(status, 401);
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["code"], 401);
    let (status, _) = call(&mut ws, 3, "GET", "/v1/nothing/here", None).await;
    assert_eq!(status, 404);
    let (status, _) = call(
        &mut ws,
        4,
        "POST",
        "/v1/verification/session",
        Some(b"{".to_vec()),
    )
    .await;
    assert_eq!(status, 400);
    server.stop().await;
}

#[tokio::test]
async fn bad_credentials_on_the_upgrade_are_refused() {
    let server = TestServer::start().await;
    let err = connect(
        &server,
        Some(("9ad241c5-7f54-434e-90ed-a42766cbf0f0.1", "nope")),
    )
    .await
    .unwrap_err();
    match err {
        tokio_tungstenite::tungstenite::Error::Http(response) => assert_eq!(response.status(), 403),
        other => panic!("unexpected error {other:?}"),
    }
    server.stop().await;
}

#[tokio::test]
async fn an_unparseable_frame_closes_the_socket() {
    let server = TestServer::start().await;
    let mut ws = connect(&server, None).await.unwrap();
    ws.send(Message::Binary(vec![0xff, 0xff, 0xff].into()))
        .await
        .unwrap();
    loop {
        match ws.next().await {
            Some(Ok(Message::Close(Some(frame)))) => {
                assert_eq!(u16::from(frame.code), 1007);
                break;
            }
            Some(Ok(_)) => continue,
            _ => panic!("socket ended without a close frame"),
        }
    }
    server.stop().await;
}

/// Reads frames until the close frame and returns its code (panics after 15 s without a frame).
async fn close_code(ws: &mut Client) -> u16 {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(15), ws.next())
            .await
            .expect("closed within 15 s");
        match frame {
            Some(Ok(Message::Close(Some(frame)))) => return u16::from(frame.code),
            Some(Ok(_)) => continue,
            other => panic!("socket ended without a close frame: {other:?}"),
        }
    }
}

async fn connect_as(server: &TestServer, account: &common::TestAccount) -> Client {
    let (user, password) = account.basic();
    connect(server, Some((&user, &password))).await.unwrap()
}

#[tokio::test]
async fn a_removed_device_is_disconnected_and_cannot_reconnect() {
    let server = TestServer::start().await;
    let alice = common::register_devices(&server, &common::test_number(50), 3).await;
    let mut second = connect_as(&server, alice.device(2)).await;
    let mut third = connect_as(&server, alice.device(3)).await;
    let mut primary = connect_as(&server, alice.device(1)).await;

    // The primary removes device 2 over its own socket: device 2's socket closes with 4401.
    let (status, _) = call(&mut primary, 1, "DELETE", "/v1/devices/2", None).await;
    assert_eq!(status, 204);
    assert_eq!(close_code(&mut second).await, 4401);
    let (user, password) = alice.device(2).basic();
    assert!(connect(&server, Some((&user, &password))).await.is_err());

    // Device 3 removes itself: it gets the answer, then its socket closes.
    let (status, _) = call(&mut third, 1, "DELETE", "/v1/devices/3", None).await;
    assert_eq!(status, 204);
    assert_eq!(close_code(&mut third).await, 4401);

    // The primary's socket is unaffected.
    assert_eq!(
        call(&mut primary, 2, "GET", "/v1/keepalive", None).await.0,
        200
    );
    server.stop().await;
}

#[tokio::test]
async fn deleting_or_re_registering_an_account_disconnects_its_devices() {
    let server = TestServer::start().await;
    let alice = common::register_devices(&server, &common::test_number(51), 2).await;
    let mut primary = connect_as(&server, alice.device(1)).await;
    let mut linked = connect_as(&server, alice.device(2)).await;
    let (status, _) = call(&mut primary, 1, "DELETE", "/v1/accounts/me", None).await;
    assert_eq!(status, 204);
    assert_eq!(close_code(&mut primary).await, 4401);
    assert_eq!(close_code(&mut linked).await, 4401);

    // Bob registers again with his number (a new phone): his old socket is closed.
    let bob = common::register(&server, &common::test_number(52)).await;
    let mut old = connect_as(&server, &bob).await;
    let new = common::register(&server, &common::test_number(52)).await;
    assert_eq!(new.aci, bob.aci);
    assert_eq!(close_code(&mut old).await, 4401);
    let mut current = connect_as(&server, &new).await;
    assert_eq!(
        call(&mut current, 1, "GET", "/v1/keepalive", None).await.0,
        200
    );
    server.stop().await;
}

#[tokio::test]
async fn a_failed_registration_lock_disconnects_the_locked_devices() {
    let server = TestServer::start().await;
    let number = common::test_number(53);
    let alice = common::register(&server, &number).await;
    let lock = json!({"registrationLock": "b".repeat(64)});
    let path = "/v1/accounts/registration_lock";
    let response = common::send(&server, Some(&alice), Method::PUT, path, Some(&lock)).await;
    assert!(response.status().is_success());
    let mut ws = connect_as(&server, &alice).await;

    // Someone registers the number without the lock: 423, and Alice's credentials are locked.
    let session = common::verified_session(&server, &number).await;
    let (body, ..) = common::registration_body(&session, &[0; 16]);
    let response = server
        .client
        .post(server.url("/v1/registration"))
        .basic_auth(&number, Some("other-password"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 423);
    assert_eq!(close_code(&mut ws).await, 4401);
    server.stop().await;
}

/// The `X-Signal-Alert` header of an authenticated upgrade, if any.
async fn upgrade_alert(server: &TestServer, account: &common::TestAccount) -> Option<String> {
    let (user, password) = account.basic();
    let opened = common::open_websocket(&server.base, Some((&user, &password))).await;
    let (_ws, response) = opened.unwrap();
    let alert = response.headers().get("x-signal-alert");
    alert.map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn linked_devices_are_alerted_about_an_idle_primary() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use signal_server::db::{devices, repeated_use_prekeys};
    let server = TestServer::start().await;
    let alice = common::register_devices(&server, &common::test_number(54), 2).await;
    assert_eq!(upgrade_alert(&server, alice.device(2)).await, None);
    assert_eq!(upgrade_alert(&server, alice.device(1)).await, None);

    // Time passes for the primary (its last-seen day is moved back): the linked device is told.
    let db = sea_orm::Database::connect(server.config.database_url())
        .await
        .unwrap();
    let aci = uuid::Uuid::parse_str(&alice.aci).unwrap();
    let days_ago = |days: i64| chrono::Utc::now().timestamp_millis() - days * 86_400_000;
    let set_last_seen = |days: i64| {
        devices::Entity::update_many()
            .col_expr(devices::Column::LastSeen, days_ago(days).into())
            .filter(devices::Column::Aci.eq(aci))
            .filter(devices::Column::DeviceId.eq(1i16))
            .exec(&db)
    };
    set_last_seen(40).await.unwrap();
    let idle = Some("idle-primary-device".to_owned());
    assert_eq!(upgrade_alert(&server, alice.device(2)).await, idle);
    // 130 days: critical only once the primary has no ACI last-resort key either.
    set_last_seen(130).await.unwrap();
    assert_eq!(upgrade_alert(&server, alice.device(2)).await, idle);
    repeated_use_prekeys::Entity::delete_many()
        .filter(repeated_use_prekeys::Column::Identity.eq(aci))
        .filter(repeated_use_prekeys::Column::DeviceId.eq(1i16))
        .filter(repeated_use_prekeys::Column::Kind.eq(1i16))
        .exec(&db)
        .await
        .unwrap();
    let critical = Some("critical-idle-primary-device".to_owned());
    assert_eq!(upgrade_alert(&server, alice.device(2)).await, critical);
    db.close().await.unwrap();
    server.stop().await;
}

/// The next server request on an authenticated socket (panics after 10 s).
async fn next_request(ws: &mut Client) -> signal_server::http::websocket::WebSocketRequestMessage {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("a frame within 10 s")
            .expect("open")
            .expect("frame");
        if let Message::Binary(data) = frame {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(signal_server::http::websocket::TYPE_REQUEST) {
                return msg.request.unwrap();
            }
        }
    }
}

/// Whether the server sends a request within `ms` milliseconds.
async fn quiet_for(ws: &mut Client, ms: u64) -> bool {
    let wait = std::time::Duration::from_millis(ms);
    tokio::time::timeout(wait, next_request(ws)).await.is_err()
}

async fn answer(ws: &mut Client, id: u64, status: u32) {
    let msg = WebSocketMessage {
        r#type: Some(TYPE_RESPONSE),
        request: None,
        response: Some(signal_server::http::websocket::WebSocketResponseMessage {
            id: Some(id),
            status: Some(status),
            message: None,
            headers: vec![],
            body: None,
        }),
    };
    let frame = Message::Binary(msg.encode_to_vec().into());
    ws.send(frame).await.unwrap();
}

#[tokio::test]
async fn delivery_keeps_at_most_256_messages_unanswered() {
    let server = TestServer::start_with_rate_limits(&[("messages", 1000, 0.001)]).await;
    let alice = common::register(&server, &common::test_number(55)).await;
    let bob = common::register(&server, &common::test_number(56)).await;
    for i in 0..300u32 {
        let message = json!({"type": 1, "destinationDeviceId": 1,
            "destinationRegistrationId": bob.registration_id, "content": "AAEC"});
        let body = json!({"messages": [message], "timestamp": 1000 + i});
        let path = format!("/v1/messages/{}", bob.aci);
        let response = common::send(&server, Some(&alice), Method::PUT, &path, Some(&body)).await;
        assert_eq!(response.status(), 200);
    }
    let mut ws = connect_as(&server, &bob).await;
    let mut ids = Vec::new();
    for _ in 0..256 {
        let request = next_request(&mut ws).await;
        assert_eq!(request.path.as_deref(), Some("/api/v1/message"));
        ids.push(request.id.unwrap());
    }
    assert!(
        quiet_for(&mut ws, 500).await,
        "no 257th message before an answer"
    );

    // An answer makes room for one more. An error answer leaves the message queued but it is
    // not sent again on this socket.
    answer(&mut ws, ids[0], 200).await;
    ids.push(next_request(&mut ws).await.id.unwrap());
    answer(&mut ws, ids[1], 500).await;
    ids.push(next_request(&mut ws).await.id.unwrap());
    assert!(quiet_for(&mut ws, 300).await);
    for id in &ids[2..] {
        answer(&mut ws, *id, 200).await;
    }
    let mut rest = 0;
    loop {
        let request = next_request(&mut ws).await;
        if request.path.as_deref() == Some("/api/v1/queue/empty") {
            break;
        }
        rest += 1;
        answer(&mut ws, request.id.unwrap(), 200).await;
    }
    assert_eq!(rest, 300 - 258);
    // Frames are handled in order: once this is answered, so are all the acknowledgements.
    assert_eq!(call(&mut ws, 1, "GET", "/v1/keepalive", None).await.0, 200);
    // The refused message is delivered again on the next connection.
    drop(ws);
    let mut again = connect_as(&server, &bob).await;
    let request = next_request(&mut again).await;
    assert_eq!(request.path.as_deref(), Some("/api/v1/message"));
    let request = next_request(&mut again).await;
    assert_eq!(request.path.as_deref(), Some("/api/v1/queue/empty"));
    server.stop().await;
}

/// Queue reads that fail are retried; after five failed retries in a row the socket closes with
/// 1011. The failure is made by renaming the queue table away (on SQLite only: PostgreSQL's
/// cached plans follow a renamed table, so the rename would not make reads fail there).
#[tokio::test]
async fn failing_queue_reads_are_retried_then_close_the_socket() {
    use sea_orm::ConnectionTrait;
    if common::uses_postgres() {
        return;
    }
    let server = TestServer::start().await;
    let bob = common::register(&server, &common::test_number(57)).await;
    let db = sea_orm::Database::connect(server.config.database_url())
        .await
        .unwrap();
    let (away, back) = (
        "ALTER TABLE messages RENAME TO messages_away",
        "ALTER TABLE messages_away RENAME TO messages",
    );

    // A read fails, the queue comes back within the retry delay: delivery goes on.
    db.execute_unprepared(away).await.unwrap();
    let mut ws = connect_as(&server, &bob).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    db.execute_unprepared(back).await.unwrap();
    let request = next_request(&mut ws).await;
    assert_eq!(request.path.as_deref(), Some("/api/v1/queue/empty"));
    drop(ws);

    // The queue stays unreadable: 1011 after the retries.
    db.execute_unprepared(away).await.unwrap();
    let mut ws = connect_as(&server, &bob).await;
    let code = tokio::time::timeout(std::time::Duration::from_secs(20), close_code(&mut ws)).await;
    db.execute_unprepared(back).await.unwrap();
    assert_eq!(code.expect("closed"), 1011);
    db.close().await.unwrap();
    server.stop().await;
}

#[tokio::test]
async fn devices_with_a_push_token_and_no_socket_are_woken() {
    use signal_server::domain::push::Notification;
    let server = TestServer::start().await;
    let alice = common::register(&server, &common::test_number(58)).await;
    let bob = common::register(&server, &common::test_number(59)).await;
    // Registered with fetchesMessages (polling): no pushes until Bob gives a push token.
    let send_to_bob = |online: bool, urgent: bool| {
        let message = json!({"type": 1, "destinationDeviceId": 1,
            "destinationRegistrationId": bob.registration_id, "content": "AAEC"});
        let body = json!({"messages": [message], "online": online, "urgent": urgent});
        let path = format!("/v1/messages/{}", bob.aci);
        let server = &server;
        let alice = &alice;
        async move {
            let response = common::send(server, Some(alice), Method::PUT, &path, Some(&body)).await;
            assert_eq!(response.status(), 200);
        }
    };
    send_to_bob(false, true).await;
    let token = json!({"gcmRegistrationId": "bob-fcm"});
    let response = common::send(
        &server,
        Some(&bob),
        Method::PUT,
        "/v1/accounts/gcm",
        Some(&token),
    )
    .await;
    assert!(response.status().is_success());
    assert!(server.outbox.pushes_to("bob-fcm").is_empty());

    // Offline: a push per message that is not ephemeral, with its urgency.
    send_to_bob(false, true).await;
    send_to_bob(false, false).await;
    send_to_bob(true, true).await;
    let woken = [
        Notification::NewMessage { urgent: true },
        Notification::NewMessage { urgent: false },
    ];
    assert_eq!(server.outbox.pushes_to("bob-fcm"), woken);

    // Connected: the socket delivers, nothing is pushed; after it closes, pushes resume.
    let mut ws = connect_as(&server, &bob).await;
    assert_eq!(call(&mut ws, 1, "GET", "/v1/keepalive", None).await.0, 200);
    send_to_bob(false, true).await;
    assert_eq!(server.outbox.pushes_to("bob-fcm").len(), 2);
    ws.close(None).await.unwrap();
    drop(ws);
    let mut pushed = 2;
    for _ in 0..50 {
        send_to_bob(false, true).await;
        pushed = server.outbox.pushes_to("bob-fcm").len();
        if pushed > 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(pushed > 2, "pushes resume once the socket is gone");
    server.stop().await;
}
