//! Two server processes on one database: a message sent through one reaches a websocket
//! held by the other (over Redis pub/sub), and the device is not woken by a push meanwhile
//! (presence is shared in Redis); a long poll on one is answered by a record written through
//! the other.

mod common;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::redis::PrivateRedis;
use common::{register, test_config, test_number, TestServer};
use futures::StreamExt;
use prost::Message as _;
use signal_server::http::websocket::{WebSocketMessage, TYPE_REQUEST};
use signal_server::proto::Envelope;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn a_message_sent_through_one_server_reaches_a_socket_on_the_other() {
    // A private Redis: the shared one would keep this test's rate-limit buckets between runs.
    let redis = PrivateRedis::start();
    let (mut config, dir, pg) = test_config().await;
    config.redis_url = Some(redis.url.clone());
    if config.database_url.is_none() {
        // Both processes share the SQLite file.
        config.database_url = Some(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("shared.db").display()
        ));
    }
    let first = TestServer::start_with(config.clone(), dir, pg).await;
    let second = TestServer::start_with(config, tempfile::tempdir().unwrap(), None).await;

    let alice = register(&first, &test_number(60)).await;
    let bob = register(&first, &test_number(61)).await;
    // Bob's phone takes pushes (FCM) instead of polling.
    let token = serde_json::json!({"gcmRegistrationId": "bob-multiprocess"});
    let response = bob
        .auth(first.client.put(first.url("/v1/accounts/gcm")))
        .json(&token)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    // Bob listens on the second server.
    let user = bob.username();
    let opened = common::open_websocket(&second.base, Some((&user, &bob.password))).await;
    let (mut ws, _) = opened.unwrap();
    // The empty queue is announced first.
    let empty = next_request(&mut ws).await;
    assert_eq!(empty.path.as_deref(), Some("/api/v1/queue/empty"));
    // Alice sends through the first server.
    let body = serde_json::json!({"messages": [{"type": 1, "destinationDeviceId": 1,
        "destinationRegistrationId": bob.registration_id, "content": B64.encode(b"across processes")}]});
    let path = format!("/v1/messages/{}", bob.aci);
    let send_to_bob = || async {
        let request = alice.auth(first.client.put(first.url(&path))).json(&body);
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200);
    };
    send_to_bob().await;
    let pushed = next_request(&mut ws).await;
    assert_eq!(pushed.path.as_deref(), Some("/api/v1/message"));
    let envelope = Envelope::decode(pushed.body.unwrap().as_slice()).unwrap();
    assert_eq!(envelope.content.as_deref(), Some(&b"across processes"[..]));
    // Bob's socket is on the second server: the first did not wake him.
    assert!(first.outbox.pushes_to("bob-multiprocess").is_empty());
    // Once the socket is gone, the next message wakes him.
    drop(ws);
    let mut woken = false;
    for _ in 0..50 {
        send_to_bob().await;
        if !first.outbox.pushes_to("bob-multiprocess").is_empty() {
            woken = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(woken, "a push once no socket holds the device");

    // A long poll on one server is answered by a record written through the other (the
    // writer announces it on the bus).
    let restore = |server: &TestServer, query: &str| {
        server.url(&format!(
            "/v1/devices/restore_account/multiprocess-token{query}"
        ))
    };
    let waiter = {
        let request = second.client.get(restore(&second, "?timeout=30"));
        tokio::spawn(async move { request.send().await.unwrap() })
    };
    let response = first
        .client
        .put(restore(&first, ""))
        .json(&serde_json::json!({"method": "DECLINE"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let response = waiter.await.unwrap();
    assert_eq!(response.status(), 200);
    let got: serde_json::Value = response.json().await.unwrap();
    assert_eq!(got["method"], "DECLINE");
    second.stop().await;
    first.stop().await;
}

type Client =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn next_request(ws: &mut Client) -> signal_server::http::websocket::WebSocketRequestMessage {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("frame in time")
            .unwrap()
            .unwrap();
        if let Message::Binary(data) = frame {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(TYPE_REQUEST) {
                return msg.request.unwrap();
            }
        }
    }
}
