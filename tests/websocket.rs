//! The chat websocket: REST requests tunnelled as protobuf frames, credentials on the upgrade.

mod common;

use common::TestServer;
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use signal_server::websocket::{WebSocketMessage, TYPE_RESPONSE};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

type Client =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(
    server: &TestServer,
    auth: Option<(&str, &str)>,
) -> Result<Client, tokio_tungstenite::tungstenite::Error> {
    let url = format!("{}/v1/websocket/", server.base.replace("http://", "ws://"));
    let mut request = url.into_client_request().unwrap();
    if let Some((user, password)) = auth {
        use base64::Engine;
        let value = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        );
        request
            .headers_mut()
            .insert("authorization", value.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request)
        .await
        .map(|(ws, _)| ws)
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
