//! Provisioning: the provisioning websocket announces an address; a message sent to that
//! address with `PUT /v1/provisioning/{address}` is forwarded to the socket, which closes
//! (1000 "Closed") once the client has answered it, or (1000 "Timeout") when its time is up.

use crate::common;

use reqwest::Method;

use common::{send, TestServer};
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use signal_api::{ApiNoContext as _, SendProvisioningMessageResponse};
use signal_server::http::websocket::{
    ProvisioningAddress, WebSocketMessage, TYPE_REQUEST, TYPE_RESPONSE,
};
use tokio_tungstenite::tungstenite::Message;

type Client =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn open(server: &TestServer) -> (Client, String) {
    let url = format!(
        "{}/v1/websocket/provisioning/",
        server.base.replace("http://", "ws://")
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("provisioning socket opens");
    let request = next_request(&mut ws).await;
    assert_eq!(
        (request.verb.as_deref(), request.path.as_deref()),
        (Some("PUT"), Some("/v1/address"))
    );
    let address = ProvisioningAddress::decode(request.body.unwrap().as_slice())
        .unwrap()
        .address
        .unwrap();
    assert!(address.len() >= 20, "address {address:?}");
    (ws, address)
}

async fn next_request(ws: &mut Client) -> signal_server::http::websocket::WebSocketRequestMessage {
    loop {
        if let Message::Binary(data) = ws.next().await.expect("open").expect("frame") {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(TYPE_REQUEST) {
                return msg.request.unwrap();
            }
        }
    }
}

/// Answers a request from the server with 200, as clients do.
async fn answer(
    ws: &mut Client,
    request: &signal_server::http::websocket::WebSocketRequestMessage,
) {
    let response = WebSocketMessage {
        r#type: Some(TYPE_RESPONSE),
        request: None,
        response: Some(signal_server::http::websocket::WebSocketResponseMessage {
            id: request.id,
            status: Some(200),
            message: Some("OK".into()),
            headers: vec![],
            body: None,
        }),
    };
    ws.send(Message::Binary(response.encode_to_vec().into()))
        .await
        .unwrap();
}

/// The next close frame's code and reason; panics if the socket ends without one.
async fn next_close(ws: &mut Client) -> (u16, String) {
    loop {
        match ws.next().await {
            Some(Ok(Message::Close(Some(frame)))) => {
                return (u16::from(frame.code), frame.reason.to_string())
            }
            Some(Ok(Message::Close(None))) => panic!("close frame without a status"),
            Some(Ok(_)) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    }
}

/// Sends `payload` to `address` as `who`, expecting 204.
/// `PUT /v1/provisioning/{address}` of `payload` as `who`, which must be delivered.
async fn provision(server: &TestServer, who: &common::TestAccount, address: &str, payload: &[u8]) {
    use base64::Engine;
    let body = base64::engine::general_purpose::STANDARD.encode(payload);
    let message = common::model(serde_json::json!({ "body": body }));
    let api = server.api_as(who);
    assert_eq!(
        api.send_provisioning_message(address.to_owned(), message, None)
            .await
            .unwrap(),
        SendProvisioningMessageResponse::TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress
    );
}

/// `PUT /v1/provisioning/{address}` with `body` as it is (some are not valid messages), as
/// `who` when given.
async fn put_message(
    server: &TestServer,
    who: Option<&common::TestAccount>,
    address: String,
    body: serde_json::Value,
) -> reqwest::Response {
    let path = format!("/v1/provisioning/{address}");
    send(server, who, Method::PUT, &path, Some(&body)).await
}

#[tokio::test]
async fn the_socket_gets_an_address_and_answers_keepalives() {
    let server = TestServer::start().await;
    let (mut ws, _address) = open(&server).await;
    let keepalive = WebSocketMessage::request(7, "GET", "/v1/keepalive/provisioning", vec![], None);
    ws.send(Message::Binary(keepalive.encode_to_vec().into()))
        .await
        .unwrap();
    loop {
        if let Message::Binary(data) = ws.next().await.unwrap().unwrap() {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if msg.r#type == Some(TYPE_RESPONSE) {
                let response = msg.response.unwrap();
                assert_eq!((response.id, response.status), (Some(7), Some(200)));
                break;
            }
        }
    }
    server.stop().await;
}

#[tokio::test]
async fn sending_needs_authentication() {
    let server = TestServer::start().await;
    let (_ws, address) = open(&server).await;
    let response = put_message(&server, None, address, serde_json::json!({"body": "AAAA"})).await;
    common::assert_json_error(response, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn a_message_reaches_the_listening_socket_which_then_closes() {
    let server = TestServer::start().await;
    let alice = common::register(&server, &common::test_number(30)).await;
    let (mut ws, address) = open(&server).await;
    let put = |address: String, body| put_message(&server, Some(&alice), address, body);
    // Nobody listens on an unknown address; bodies must be base64.
    common::assert_json_error(
        put("nobody-here".into(), serde_json::json!({"body": "AAAA"})).await,
        404,
    )
    .await;
    common::assert_json_error(
        put(address.clone(), serde_json::json!({"body": "AAAAA"})).await,
        400,
    )
    .await;
    let payload = b"provisioning envelope";
    provision(&server, &alice, &address, payload).await;
    let request = next_request(&mut ws).await;
    assert_eq!(
        (request.verb.as_deref(), request.path.as_deref()),
        (Some("PUT"), Some("/v1/message"))
    );
    assert_eq!(request.body.as_deref(), Some(&payload[..]));
    answer(&mut ws, &request).await;
    assert_eq!(next_close(&mut ws).await, (1000, "Closed".into()));
    // The address is gone with its socket.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    common::assert_json_error(put(address, serde_json::json!({"body": "AAAA"})).await, 404).await;
    server.stop().await;
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_the_limiter_and_mime_base64_is_accepted() {
    use base64::Engine;
    let server = TestServer::start_with_rate_limits(&[("messages", 1, 3600.0)]).await;
    let alice = common::register(&server, &common::test_number(31)).await;
    let (mut ws, address) = open(&server).await;
    let put = |body| put_message(&server, Some(&alice), address.clone(), body);
    // Too large (measured on the base64 text): 400, and no permit is used up.
    for _ in 0..2 {
        let body = serde_json::json!({"body": "A".repeat(256 * 1024 + 4)});
        common::assert_json_error(put(body).await, 400).await;
    }
    // The body is read like Java's MIME decoder: line breaks and spaces are ignored and
    // padding is optional.
    let payload = b"a provisioning envelope of some length, wrapped like MIME base64";
    let encoded = base64::engine::general_purpose::STANDARD_NO_PAD.encode(payload);
    let (head, tail) = encoded.split_at(20);
    let wrapped = format!("{head}\r\n {tail}\n");
    let response = put(serde_json::json!({"body": wrapped})).await;
    assert_eq!(response.status(), 204);
    let request = next_request(&mut ws).await;
    assert_eq!(request.body.as_deref(), Some(&payload[..]));
    // That send used the only permit.
    let response = put(serde_json::json!({"body": "AAAA"})).await;
    common::assert_json_error(response, 429).await;
    server.stop().await;
}

#[tokio::test]
async fn a_client_that_answers_late_still_gets_the_message_and_then_the_close() {
    let server = TestServer::start().await;
    let alice = common::register(&server, &common::test_number(32)).await;
    let (mut ws, address) = open(&server).await;
    let payload = b"an envelope for a slow client";
    provision(&server, &alice, &address, payload).await;
    let request = next_request(&mut ws).await;
    assert_eq!(request.path.as_deref(), Some("/v1/message"));
    assert_eq!(request.body.as_deref(), Some(&payload[..]));
    assert!(request
        .headers
        .iter()
        .any(|h| h.to_ascii_lowercase().starts_with("x-signal-timestamp:")));
    // For a second the client does not answer: the socket stays open, nothing else comes.
    let early = tokio::time::timeout(std::time::Duration::from_secs(1), ws.next()).await;
    assert!(
        early.is_err(),
        "the server sent {early:?} before the answer"
    );
    // Still open: a keep-alive is answered.
    let keepalive = WebSocketMessage::request(9, "GET", "/v1/keepalive/provisioning", vec![], None);
    ws.send(Message::Binary(keepalive.encode_to_vec().into()))
        .await
        .unwrap();
    loop {
        if let Message::Binary(data) = ws.next().await.unwrap().unwrap() {
            let msg = WebSocketMessage::decode(data.as_ref()).unwrap();
            if let Some(response) = msg.response {
                assert_eq!((response.id, response.status), (Some(9), Some(200)));
                break;
            }
        }
    }
    // An answer to some other request id does not end the socket either.
    let mut other = request.clone();
    other.id = Some(request.id.unwrap() ^ 1);
    answer(&mut ws, &other).await;
    let early = tokio::time::timeout(std::time::Duration::from_millis(300), ws.next()).await;
    assert!(
        early.is_err(),
        "the server sent {early:?} before the answer"
    );
    answer(&mut ws, &request).await;
    assert_eq!(next_close(&mut ws).await, (1000, "Closed".into()));
    server.stop().await;
}

#[tokio::test]
async fn an_unanswered_message_is_closed_at_the_socket_timeout() {
    let (mut config, dir, pg) = common::test_config().await;
    config.provisioning_timeout_secs = 3;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = common::register(&server, &common::test_number(33)).await;
    let opened = std::time::Instant::now();
    let (mut ws, address) = open(&server).await;
    provision(&server, &alice, &address, b"never answered").await;
    let request = next_request(&mut ws).await;
    assert_eq!(request.body.as_deref(), Some(&b"never answered"[..]));
    // The client never answers: the socket closes when its time is up, not before.
    assert_eq!(next_close(&mut ws).await, (1000, "Timeout".into()));
    assert!(
        opened.elapsed() >= std::time::Duration::from_secs(3),
        "closed after {:?}",
        opened.elapsed()
    );
    server.stop().await;
}

#[tokio::test]
async fn an_idle_socket_closes_at_its_timeout_and_forgets_its_address() {
    let (mut config, dir, pg) = common::test_config().await;
    config.provisioning_timeout_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = common::register(&server, &common::test_number(34)).await;
    let (mut ws, address) = open(&server).await;
    assert_eq!(next_close(&mut ws).await, (1000, "Timeout".into()));
    let response = common::send(
        &server,
        Some(&alice),
        Method::PUT,
        &format!("/v1/provisioning/{address}"),
        Some(&serde_json::json!({"body": "AAAA"})),
    )
    .await;
    common::assert_json_error(response, 404).await;
    server.stop().await;
}
