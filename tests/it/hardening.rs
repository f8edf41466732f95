//! Exposure to the internet (issue 12): bounded request bodies refused while they stream,
//! credentials checked before bodies, idle connections closed, a cap on connections,
//! websocket messages over the limit closed with 1009, quiet logs, per-number verification
//! limits and captcha verification through a (fake, local) provider.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{register, set_rate_limit, test_config, test_number, TestServer};
use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use signal_server::http::limits::{DEFAULT_BODY_LIMIT, MULTI_RECIPIENT_BODY_LIMIT};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// Guards against a hang; never an assertion about speed.
const HANG: Duration = Duration::from_secs(60);

/// A raw HTTP/1.1 response: status, lower-cased headers, body.
struct RawResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl RawResponse {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }
}

async fn read_response<R: tokio::io::AsyncRead + Unpin>(reader: R) -> RawResponse {
    let mut reader = BufReader::new(reader);
    let mut line = String::new();
    reader.read_line(&mut line).await.expect("status line");
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {line:?}"));
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).await.expect("header line");
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let (name, value) = trimmed.split_once(':').expect("header");
        headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await.expect("body");
    RawResponse {
        status,
        headers,
        body,
    }
}

fn addr(server: &TestServer) -> String {
    server.base.trim_start_matches("http://").to_owned()
}

/// Sends a request head only (a declared length, no body) and reads the answer.
async fn head_only(server: &TestServer, head: &str) -> RawResponse {
    let mut stream = TcpStream::connect(addr(server)).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::timeout(HANG, read_response(stream))
        .await
        .expect("an answer before any body was sent")
}

/// Streams a chunked body of up to `total` bytes of `fill` until the server answers.
async fn chunked(server: &TestServer, head: &str, fill: u8, total: usize) -> RawResponse {
    let stream = TcpStream::connect(addr(server)).await.unwrap();
    let (reader, mut writer) = stream.into_split();
    let head = head.to_owned();
    let sender = tokio::spawn(async move {
        writer.write_all(head.as_bytes()).await?;
        let chunk = vec![fill; 16 * 1024];
        let mut sent = 0;
        while sent < total {
            writer
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .await?;
            writer.write_all(&chunk).await?;
            writer.write_all(b"\r\n").await?;
            sent += chunk.len();
        }
        writer.write_all(b"0\r\n\r\n").await?;
        Ok::<_, std::io::Error>(())
    });
    let response = tokio::time::timeout(HANG, read_response(reader))
        .await
        .expect("an answer");
    sender.abort();
    response
}

fn basic(account: &common::TestAccount) -> String {
    common::basic(&account.username(), &account.password)
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_while_streaming() {
    let server = TestServer::start().await;
    let bodies = server.state().bodies.clone();
    // A declared 200 MB: refused before a byte of it is sent.
    let head = "POST /v1/verification/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n";
    let response = head_only(&server, head).await;
    assert_eq!(response.status, 413);
    assert_eq!(response.header("content-type"), Some("application/json"));
    assert_eq!(response.json()["code"], 413);
    assert_eq!(bodies.refused(), 1);
    assert_eq!(bodies.max_bytes_read(), 0);

    // 8 MiB chunked with no declared length: refused once the limit is passed.
    let head = "POST /v1/verification/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    let response = chunked(&server, head, b' ', 8 << 20).await;
    assert_eq!(response.status, 413);
    assert_eq!(bodies.refused(), 2);
    let read = bodies.max_bytes_read();
    assert!(
        read > DEFAULT_BODY_LIMIT && read <= DEFAULT_BODY_LIMIT + 64 * 1024,
        "read {read} bytes before refusing"
    );

    // A multi-recipient message stops at the reference's 762,176 bytes.
    let head = format!("PUT /v1/messages/multi_recipient?ts=1&story=true HTTP/1.1\r\nHost: x\r\nContent-Type: application/vnd.signal-messenger.mrm\r\nContent-Length: {}\r\n\r\n", MULTI_RECIPIENT_BODY_LIMIT + 1);
    assert_eq!(head_only(&server, &head).await.status, 413);
    let head = "PUT /v1/messages/multi_recipient?ts=1&story=true HTTP/1.1\r\nHost: x\r\nContent-Type: application/vnd.signal-messenger.mrm\r\nTransfer-Encoding: chunked\r\n\r\n";
    let response = chunked(&server, head, 0x22, 300 << 20).await;
    assert_eq!(response.status, 413);
    let read = bodies.max_bytes_read();
    assert!(
        read > MULTI_RECIPIENT_BODY_LIMIT && read <= MULTI_RECIPIENT_BODY_LIMIT + 64 * 1024,
        "read {read} bytes before refusing"
    );

    // The built-in CDN's unsigned form upload: a declared length over its 10 MiB policies.
    let head = "POST /cdn/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 200000000\r\n\r\n";
    assert_eq!(head_only(&server, head).await.status, 413);
    // Streamed with no declared length: refused once it passes the limit.
    let head = "POST /cdn/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n";
    assert_eq!(chunked(&server, head, b'x', 200 << 20).await.status, 413);
    // Not a multipart form as it claims: 400.
    let response = server
        .client
        .post(server.url("/cdn/"))
        .header("content-type", "multipart/form-data; boundary=b")
        .body("--b\r\nno headers, no end")
        .send()
        .await
        .unwrap();
    common::assert_json_error(response, 400).await;

    // Authenticated callers are bounded too.
    let alice = register(&server, &test_number(1)).await;
    let head = format!(
        "PUT /v2/keys HTTP/1.1\r\nHost: x\r\nAuthorization: {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        basic(&alice)
    );
    assert_eq!(chunked(&server, &head, b' ', 200 << 20).await.status, 413);
    assert!(bodies.max_bytes_read() <= MULTI_RECIPIENT_BODY_LIMIT + 64 * 1024);
    // A body within the limit still works.
    let response = alice
        .auth(server.client.get(server.url("/v1/accounts/whoami")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    server.stop().await;
}

#[tokio::test]
async fn credentials_are_checked_before_the_body() {
    let server = TestServer::start().await;
    // An invalid body without credentials: 401, not 400.
    let response = server
        .client
        .put(server.url("/v1/profile"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    common::assert_json_error(response, 401).await;
    // A declared 200 MB to an operation that needs credentials: 401 before anything is read.
    let head = "PUT /v2/keys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n";
    let response = head_only(&server, head).await;
    assert_eq!(response.status, 401);
    assert_eq!(response.json()["code"], 401);
    // Wrong credentials are no credentials.
    let response = server
        .client
        .put(server.url("/v1/profile"))
        .basic_auth("9ad241c5-7f54-434e-90ed-a42766cbf0f0", Some("nope"))
        .json(&json!({"unknown": 1}))
        .send()
        .await
        .unwrap();
    common::assert_json_error(response, 401).await;
    // Operations without required credentials still parse their body (422 on a bad number).
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": "nope"}))
        .send()
        .await
        .unwrap();
    common::assert_json_error(response, 422).await;
    server.stop().await;
}

#[tokio::test]
async fn unknown_fields_are_ignored_silently_and_nesting_is_bounded() {
    let server = TestServer::start().await;
    let bodies = server.state().bodies.clone();
    let mut body = serde_json::Map::new();
    body.insert("number".into(), json!(test_number(2)));
    for n in 0..5000 {
        body.insert(format!("f{n}"), json!(n));
    }
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("warning").is_none());

    // Jackson's 1000 levels: one more is refused before any parser walks it.
    let nested = |depth: usize| {
        format!(
            "{{\"number\":\"{}\",\"x\":{}{}}}",
            test_number(3),
            "[".repeat(depth - 1),
            "]".repeat(depth - 1)
        )
    };
    let post = |body: String| {
        server
            .client
            .post(server.url("/v1/verification/session"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let refused = bodies.refused();
    common::assert_json_error(post(nested(1001)).await.unwrap(), 400).await;
    assert_eq!(bodies.refused(), refused + 1);
    common::assert_json_error(post(nested(30_000)).await.unwrap(), 400).await;
    assert_eq!(bodies.refused(), refused + 2);
    // At the limit the body reaches the parser (whatever it makes of it, it is not refused).
    let _ = post(nested(1000)).await.unwrap();
    assert_eq!(bodies.refused(), refused + 2);
    server.stop().await;
}

#[tokio::test]
async fn idle_connections_are_closed_but_busy_ones_are_not() {
    let (mut config, dir, pg) = test_config().await;
    config.idle_timeout_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    // A client that connects and says nothing.
    let mut silent = TcpStream::connect(addr(&server)).await.unwrap();
    let mut buf = [0u8; 64];
    let n = tokio::time::timeout(HANG, silent.read(&mut buf))
        .await
        .expect("closed by the server")
        .unwrap_or(0);
    assert_eq!(n, 0, "the server closed the silent connection");
    // A keep-alive connection after its request.
    let mut kept = TcpStream::connect(addr(&server)).await.unwrap();
    kept.write_all(b"GET /v1/keepalive HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let (reader, _writer) = kept.into_split();
    let mut reader = BufReader::new(reader);
    let mut line = String::new();
    reader.read_line(&mut line).await.unwrap();
    assert!(line.contains(" 200 "), "{line}");
    let mut rest = Vec::new();
    tokio::time::timeout(HANG, reader.read_to_end(&mut rest))
        .await
        .expect("closed by the server")
        .unwrap();
    // A websocket keeps its own rules: it outlives the HTTP idle timeout.
    let url = format!(
        "{}/v1/websocket/provisioning/",
        server.base.replace("http", "ws")
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let first = ws.next().await.unwrap().unwrap();
    assert!(first.is_binary());
    tokio::time::sleep(Duration::from_millis(2500)).await;
    ws.send(tokio_tungstenite::tungstenite::Message::Ping(
        b"p".to_vec().into(),
    ))
    .await
    .unwrap();
    let pong = tokio::time::timeout(HANG, ws.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(pong.is_pong(), "{pong:?}");
    server.stop().await;
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_for_a_free_slot() {
    let (mut config, dir, pg) = test_config().await;
    config.max_connections = 2;
    let server = TestServer::start_with(config, dir, pg).await;
    let first = TcpStream::connect(addr(&server)).await.unwrap();
    let _second = TcpStream::connect(addr(&server)).await.unwrap();
    let mut third = TcpStream::connect(addr(&server)).await.unwrap();
    third
        .write_all(b"GET /v1/keepalive HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(500), third.peek(&mut buf)).await;
    assert!(
        early.is_err(),
        "the third connection was served while two were open"
    );
    drop(first);
    let response = tokio::time::timeout(HANG, read_response(third))
        .await
        .expect("served once a slot is free");
    assert_eq!(response.status, 200);
    server.stop().await;
}

#[tokio::test]
async fn oversized_websocket_messages_are_closed_with_1009() {
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
    use tokio_tungstenite::tungstenite::Message;
    let server = TestServer::start().await;
    let url = format!(
        "{}/v1/websocket/provisioning/",
        server.base.replace("http", "ws")
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let _address = ws.next().await.unwrap().unwrap();
    ws.send(Message::Binary(vec![0u8; 600 * 1024].into()))
        .await
        .unwrap();
    let mut code = None;
    while let Some(Ok(message)) = tokio::time::timeout(HANG, ws.next()).await.unwrap() {
        if let Message::Close(frame) = message {
            code = frame.map(|f| f.code);
            break;
        }
    }
    assert_eq!(code, Some(CloseCode::Size));
    server.stop().await;
}

/// Creates a session for `number` and answers its captcha; the session id.
async fn unlocked_session(server: &TestServer, number: &str) -> String {
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": number}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = server
        .client
        .patch(server.url(&format!("/v1/verification/session/{id}")))
        .json(&json!({"captcha": "solved"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    id
}

#[tokio::test]
async fn verification_is_limited_per_number() {
    let (mut config, dir, pg) = test_config().await;
    set_rate_limit(&mut config, "verificationSessionNumber", 4, 3600.0);
    let server = TestServer::start_with(config, dir, pg).await;
    // Codes to one (real, not test) number across sessions: two SMS, then 429.
    let number = "+14155550123";
    for _ in 0..2 {
        let id = unlocked_session(&server, number).await;
        let response = server
            .client
            .post(server.url(&format!("/v1/verification/session/{id}/code")))
            .json(&json!({"transport": "sms", "client": "ios"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
    let id = unlocked_session(&server, number).await;
    let response = server
        .client
        .post(server.url(&format!("/v1/verification/session/{id}/code")))
        .json(&json!({"transport": "sms", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0);
    let session: Value = response.json().await.unwrap();
    assert_eq!(session["id"], id.as_str());
    assert_eq!(session["nextSms"], 0, "the refused send was not recorded");
    assert_eq!(server.outbox.codes_to(number).len(), 2);
    // Sessions per number: the fourth was the last.
    let _ = unlocked_session(&server, number).await;
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": number}))
        .send()
        .await
        .unwrap();
    assert!(response.headers().contains_key("retry-after"));
    common::assert_json_error(response, 429).await;
    // Another number is not affected.
    let other = "+14155550124";
    let id = unlocked_session(&server, other).await;
    let response = server
        .client
        .post(server.url(&format!("/v1/verification/session/{id}/code")))
        .json(&json!({"transport": "voice", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(server.outbox.codes_to(other).len(), 1);
    server.stop().await;
}

/// A stand-in for hCaptcha's and reCAPTCHA's `siteverify`, on plain HTTP: the token
/// `human` scores as a human, `bot` as a bot, anything else is unsolved; a wrong secret
/// fails. It records the forms it was posted.
struct FakeProvider {
    url: String,
    forms: Forms,
    task: tokio::task::JoinHandle<()>,
}

/// The forms posted to the fake provider: path, fields.
type Forms = Arc<Mutex<Vec<(String, Vec<(String, String)>)>>>;

async fn fake_provider() -> FakeProvider {
    use http_body_util::{BodyExt, Full};
    use hyper::service::service_fn;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let forms: Forms = Default::default();
    let seen = forms.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let seen = seen.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let seen = seen.clone();
                    async move {
                        let path = req.uri().path().to_owned();
                        let body = req.into_body().collect().await.unwrap().to_bytes();
                        let form: Vec<(String, String)> = String::from_utf8_lossy(&body)
                            .split('&')
                            .filter_map(|pair| pair.split_once('='))
                            .map(|(k, v)| (k.to_owned(), v.to_owned()))
                            .collect();
                        let field = |name: &str| {
                            form.iter()
                                .find(|(k, _)| k == name)
                                .map(|(_, v)| v.clone())
                                .unwrap_or_default()
                        };
                        let hcaptcha = path == "/hcaptcha";
                        let secret_ok =
                            field("secret") == if hcaptcha { "h-secret" } else { "r-secret" };
                        // hCaptcha scores risk (0 human), reCAPTCHA humanity (1 human).
                        let answer = match (secret_ok, field("response").as_str(), hcaptcha) {
                            (false, _, _) => {
                                json!({"success": false, "error-codes": ["invalid-input-secret"]})
                            }
                            (true, "human", true) => json!({"success": true, "score": 0.1}),
                            (true, "bot", true) => json!({"success": true, "score": 0.9}),
                            (true, "human", false) => json!({"success": true, "score": 0.9}),
                            (true, "bot", false) => json!({"success": true, "score": 0.1}),
                            _ => json!({"success": false}),
                        };
                        seen.lock().unwrap().push((path, form));
                        let mut response =
                            hyper::Response::new(Full::new(bytes::Bytes::from(answer.to_string())));
                        response.headers_mut().insert(
                            "content-type",
                            hyper::header::HeaderValue::from_static("application/json"),
                        );
                        Ok::<_, std::convert::Infallible>(response)
                    }
                });
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
            });
        }
    });
    FakeProvider { url, forms, task }
}

#[tokio::test]
async fn captchas_are_verified_by_the_provider() {
    use signal_server::domain::captcha::ProviderConfig;
    let provider = fake_provider().await;
    let (mut config, dir, pg) = test_config().await;
    config.captcha.accept_any_for_development = false;
    config.captcha.hcaptcha = Some(ProviderConfig {
        secret: "h-secret".into(),
        site_keys: vec!["site-key".into()],
        siteverify_url: Some(format!("{}/hcaptcha", provider.url)),
    });
    config.captcha.recaptcha = Some(ProviderConfig {
        secret: "r-secret".into(),
        site_keys: vec![],
        siteverify_url: Some(format!("{}/recaptcha", provider.url)),
    });
    let server = TestServer::start_with(config, dir, pg).await;
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": test_number(7)}))
        .send()
        .await
        .unwrap();
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = server.url(&format!("/v1/verification/session/{id}"));
    let patch = |captcha: &str| {
        server
            .client
            .patch(&url)
            .json(&json!({"captcha": captcha}))
            .send()
    };
    // Not in the provider format, another action, an unknown site key: 400.
    for malformed in [
        "solved",
        "signal-hcaptcha.site-key.challenge.human",
        "signal-hcaptcha.other-key.registration.human",
        "signal-unknown.site-key.registration.human",
    ] {
        common::assert_json_error(patch(malformed).await.unwrap(), 400).await;
    }
    // The provider says bot, or unsolved: 403 with the session, still wanting a captcha.
    for rejected in [
        "signal-hcaptcha.site-key.registration.bot",
        "signal-hcaptcha.site-key.registration.unsolved",
    ] {
        let response = patch(rejected).await.unwrap();
        assert_eq!(response.status(), 403);
        let session: Value = response.json().await.unwrap();
        assert_eq!(session["requestedInformation"], json!(["captcha"]));
    }
    let response = patch("signal-hcaptcha.site-key.registration.human")
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let session: Value = response.json().await.unwrap();
    assert_eq!(session["allowedToRequestCode"], true);
    {
        let forms = provider.forms.lock().unwrap();
        let (path, form) = forms.last().unwrap();
        assert_eq!(path, "/hcaptcha");
        assert!(form.contains(&("secret".into(), "h-secret".into())));
        assert!(form.contains(&("response".into(), "human".into())));
        assert_eq!(
            forms.len(),
            3,
            "malformed solutions never reach the provider"
        );
    }

    // reCAPTCHA, for a rate-limit challenge of a registered account (registration here
    // uses a push challenge instead of a captcha).
    let alice = register_with_push(&server, 8).await;
    let challenge = |captcha: &str| {
        alice
            .auth(server.client.put(server.url("/v1/challenge")))
            .json(&json!({"type": "captcha", "token": "t", "captcha": captcha}))
            .send()
    };
    let bot = challenge("signal-recaptcha.any.challenge.bot")
        .await
        .unwrap();
    common::assert_json_error(bot, 428).await;
    let human = challenge("signal-recaptcha.any.challenge.human")
        .await
        .unwrap();
    assert_eq!(human.status(), 200);
    provider.task.abort();
    server.stop().await;
}

/// Registers test number `n` through a session unlocked by push challenge.
async fn register_with_push(server: &TestServer, n: u16) -> common::TestAccount {
    // The shared helper answers a captcha; with real verification the session is unlocked
    // by a push challenge, then the usual registration follows.
    let number = test_number(n);
    let response = server
        .client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": number, "pushToken": "tok", "pushTokenType": "fcm"}))
        .send()
        .await
        .unwrap();
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let challenge = server
        .outbox
        .pushes_to("tok")
        .into_iter()
        .find_map(|n| match n {
            signal_server::domain::push::Notification::VerificationChallenge(c) => Some(c),
            _ => None,
        })
        .expect("a push challenge");
    let url = server.url(&format!("/v1/verification/session/{id}"));
    let response = server
        .client
        .patch(&url)
        .json(&json!({"pushChallenge": challenge}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = server
        .client
        .post(server.url(&format!("/v1/verification/session/{id}/code")))
        .json(&json!({"transport": "sms", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = server
        .client
        .put(server.url(&format!("/v1/verification/session/{id}/code")))
        .json(&json!({"code": common::TEST_CODE}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    common::register_verified(server, &number, &id).await
}

/// The binary, with a flood of unknown fields: no line per field, nothing echoed; an
/// unrelated `SIGNAL_*` variable is warned about, not fatal; development captchas are
/// announced.
#[tokio::test]
async fn a_flood_of_unknown_fields_writes_no_log_lines() {
    use std::process::Stdio;
    let (config, dir, pg) = test_config().await;
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_signal-server"));
    command
        .env_clear()
        .env("SIGNAL_LISTEN", "127.0.0.1:0")
        .env("SIGNAL_DATA_DIR", dir.path())
        .env("SIGNAL_LOG", "info")
        .env("SIGNAL_CAPTCHA", "{accept_any_for_development = true}")
        .env("SIGNAL_SERVER_BIN", "/not/a/setting")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(url) = &config.database_url {
        command.env("SIGNAL_DATABASE_URL", url);
    }
    let mut child = command.spawn().unwrap();
    // The log goes to stderr.
    let log = child.stderr.take().unwrap();
    let mut lines = BufReader::new(log).lines();
    let mut startup = Vec::new();
    let address = loop {
        let line = tokio::time::timeout(HANG, lines.next_line())
            .await
            .expect("server output")
            .unwrap()
            .unwrap_or_else(|| panic!("server exited: {startup:?}"));
        let line = strip_ansi(&line);
        startup.push(line.clone());
        if line.contains("listening") {
            let start = line.find("addr=").expect(&line) + 5;
            break line[start..].split_whitespace().next().unwrap().to_owned();
        }
    };
    assert!(
        startup.iter().any(|l| l.contains("SIGNAL_SERVER_BIN")),
        "{startup:?}"
    );
    assert!(
        startup
            .iter()
            .any(|l| l.contains("accept_any_for_development")),
        "{startup:?}"
    );
    // The rest of the output is collected meanwhile (a full pipe would stall the server).
    let collector = tokio::spawn(async move {
        let mut after = Vec::new();
        while let Ok(Some(line)) = lines.next_line().await {
            after.push(strip_ansi(&line));
        }
        after
    });
    let client = reqwest::Client::new();
    let mut body = serde_json::Map::new();
    body.insert("number".into(), json!(test_number(9)));
    for n in 0..3000 {
        body.insert(format!("flood{n}"), json!(0));
    }
    let response = client
        .post(format!("http://{address}/v1/verification/session"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("warning").is_none());
    let response = client
        .get(format!("http://{address}/v1/keepalive"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    child.kill().await.unwrap();
    let mut after = collector.await.unwrap();
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .await
        .unwrap();
    after.extend(stdout.lines().map(str::to_owned));
    assert!(
        after.len() <= 2,
        "at most one line per request, got {after:#?}"
    );
    assert!(!after.iter().any(|l| l.contains("flood")), "{after:#?}");
    drop_pg(pg).await;
}

/// The text of a log line without its terminal colours.
fn strip_ansi(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[tokio::test]
async fn request_headers_must_arrive_in_time() {
    let (mut config, dir, pg) = test_config().await;
    config.header_read_timeout_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    // A client trickling a header that never ends, a byte every 200 ms (never idle).
    let mut slow = TcpStream::connect(addr(&server)).await.unwrap();
    slow.write_all(b"GET /v1/keepalive HTTP/1.1\r\nX-Slow: ")
        .await
        .unwrap();
    let trickle = async {
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if slow.write_all(b"a").await.is_err() {
                return;
            }
            let mut buf = [0u8; 256];
            // Whatever the server answers (a 408, or nothing), it then closes.
            match tokio::time::timeout(Duration::from_millis(1), slow.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return,
                _ => {}
            }
        }
    };
    tokio::time::timeout(HANG, trickle)
        .await
        .expect("the server closed the connection");
    server.stop().await;
}

/// The binary out of file descriptors: accept errors back off and are logged rarely, and
/// clients are served again once descriptors are free.
#[tokio::test]
async fn running_out_of_file_descriptors_does_not_flood_the_log() {
    use std::process::Stdio;
    let (config, dir, pg) = test_config().await;
    let script = format!(
        "ulimit -n 64 && exec {}",
        env!("CARGO_BIN_EXE_signal-server")
    );
    let mut command = tokio::process::Command::new("sh");
    command
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("NO_COLOR", "1")
        .env("SIGNAL_LISTEN", "127.0.0.1:0")
        .env("SIGNAL_DATA_DIR", dir.path())
        .env("SIGNAL_LOG", "info")
        .env("SIGNAL_MAINTENANCE_INTERVAL_SECS", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(url) = &config.database_url {
        command.env("SIGNAL_DATABASE_URL", url);
    }
    let mut child = command.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let address = loop {
        let line = tokio::time::timeout(HANG, lines.next_line())
            .await
            .expect("server output")
            .unwrap()
            .expect("server running");
        let line = strip_ansi(&line);
        if line.contains("listening") {
            let start = line.find("addr=").expect(&line) + 5;
            break line[start..].split_whitespace().next().unwrap().to_owned();
        }
    };
    // More connections than the server has descriptors.
    let mut held = Vec::new();
    for _ in 0..120 {
        held.push(TcpStream::connect(&address).await.unwrap());
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    drop(held);
    // Served again once descriptors are free (the accept loop backs off at most a second).
    let client = reqwest::Client::new();
    let mut served = false;
    for _ in 0..100 {
        if let Ok(r) = client
            .get(format!("http://{address}/v1/keepalive"))
            .timeout(Duration::from_secs(5))
            .send()
            .await
        {
            served = r.status() == 200;
            if served {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(served, "served again after the descriptors were freed");
    child.kill().await.unwrap();
    let mut log = Vec::new();
    while let Some(line) = lines.next_line().await.unwrap() {
        log.push(strip_ansi(&line));
    }
    let accept_lines = log.iter().filter(|l| l.contains("accept failed")).count();
    assert!(
        accept_lines >= 1,
        "the server ran out of descriptors: {log:#?}"
    );
    assert!(
        accept_lines <= 2,
        "{accept_lines} accept error lines: {log:#?}"
    );
    drop_pg(pg).await;
}

async fn drop_pg(pg: Option<String>) {
    if let Some(name) = pg {
        if let Ok(admin) = sea_orm::Database::connect(common::pg_admin_url()).await {
            use sea_orm::ConnectionTrait;
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
    }
}
