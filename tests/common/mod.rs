//! Test harness: starts a real server in-process on an ephemeral port, on SQLite (a fresh
//! file in a temporary directory) or, with `TEST_DB=postgres`, on a fresh database
//! created in the PostgreSQL at `TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/test`).
#![allow(dead_code)]

pub mod api;
pub mod redis;

use std::sync::{Arc, Mutex};

use sea_orm::{ConnectionTrait, Database};
use serde_json::{json, Value};

pub use api::{basic, model};
use signal_api::ApiNoContext as _;
use signal_server::domain::push::{Notification, PushSender, PushTarget};
use signal_server::domain::verification::{CodeSender, Transport};
use signal_server::{Config, RunningServer};

pub struct TestServer {
    pub base: String,
    pub client: reqwest::Client,
    server: Option<RunningServer>,
    pub config: Config,
    /// What the server sent outside HTTP (pushes, verification codes): the devices' inboxes.
    pub outbox: Arc<Outbox>,
    _dir: tempfile::TempDir,
    pg_database: Option<String>,
}

/// Records every push and verification code the server sends, standing in for APNs/FCM
/// and the SMS gateway.
#[derive(Default)]
pub struct Outbox {
    pushes: Mutex<Vec<(PushTarget, Notification)>>,
    codes: Mutex<Vec<(String, String, Transport)>>,
}

impl Outbox {
    /// Notifications pushed to `token`, oldest first.
    pub fn pushes_to(&self, token: &str) -> Vec<Notification> {
        let pushes = self.pushes.lock().unwrap();
        pushes
            .iter()
            .filter(|(to, _)| to.token == token)
            .map(|(_, n)| n.clone())
            .collect()
    }

    /// Verification codes sent to `number` (code, transport), oldest first.
    pub fn codes_to(&self, number: &str) -> Vec<(String, Transport)> {
        let codes = self.codes.lock().unwrap();
        codes
            .iter()
            .filter(|(n, _, _)| n == number)
            .map(|(_, c, t)| (c.clone(), *t))
            .collect()
    }
}

#[async_trait::async_trait]
impl PushSender for Outbox {
    async fn send(
        &self,
        to: &PushTarget,
        notification: &Notification,
    ) -> signal_server::error::Result<()> {
        let sent = (to.clone(), notification.clone());
        self.pushes.lock().unwrap().push(sent);
        Ok(())
    }
}

#[async_trait::async_trait]
impl CodeSender for Outbox {
    async fn send(
        &self,
        number: &str,
        code: &str,
        transport: Transport,
    ) -> signal_server::error::Result<()> {
        let sent = (number.to_owned(), code.to_owned(), transport);
        self.codes.lock().unwrap().push(sent);
        Ok(())
    }
}

pub fn pg_admin_url() -> String {
    std::env::var("TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub fn uses_postgres() -> bool {
    std::env::var("TEST_DB").is_ok_and(|v| v == "postgres")
}

/// A configuration for a test server with its own empty database.
pub async fn test_config() -> (Config, tempfile::TempDir, Option<String>) {
    // Server logs show up in failing tests' output (RUST_LOG picks the level; default warn).
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_test_writer()
        .try_init();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().to_path_buf(),
        shutdown_grace_secs: 2,
        ..Config::default()
    };
    // Tests answer captchas with any token (tests/it/hardening.rs checks real verification).
    config.captcha.accept_any_for_development = true;
    for n in 0..1000 {
        config.test_numbers.insert(test_number(n), TEST_CODE.into());
    }
    let mut pg_database = None;
    if uses_postgres() {
        let name = format!("sigtest_{}", uuid::Uuid::new_v4().simple());
        let admin = Database::connect(pg_admin_url())
            .await
            .expect("connect to PostgreSQL");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        let base = pg_admin_url();
        let (prefix, _) = base.rsplit_once('/').expect("database URL with a path");
        config.database_url = Some(format!("{prefix}/{name}"));
        pg_database = Some(name);
    }
    (config, dir, pg_database)
}

/// Overrides the rate limiter `name` in `config`: `bucket_size` permits, one back every
/// `permit_every_secs`.
pub fn set_rate_limit(config: &mut Config, name: &str, bucket_size: u64, permit_every_secs: f64) {
    let limit = signal_server::domain::ratelimit::LimitConfig {
        bucket_size,
        permit_every_secs,
    };
    config.rate_limits.insert(name.into(), limit);
}

impl TestServer {
    pub async fn start() -> TestServer {
        let (config, dir, pg_database) = test_config().await;
        Self::start_with(config, dir, pg_database).await
    }

    /// A server whose rate limiters `(name, bucket size, seconds per permit)` are overridden.
    pub async fn start_with_rate_limits(limits: &[(&str, u64, f64)]) -> TestServer {
        let (mut config, dir, pg_database) = test_config().await;
        for (name, bucket_size, permit_every_secs) in limits {
            set_rate_limit(&mut config, name, *bucket_size, *permit_every_secs);
        }
        Self::start_with(config, dir, pg_database).await
    }

    pub async fn start_with(
        config: Config,
        dir: tempfile::TempDir,
        pg_database: Option<String>,
    ) -> TestServer {
        let outbox = Arc::new(Outbox::default());
        let senders = signal_server::state::Senders {
            code: outbox.clone(),
            push: outbox.clone(),
        };
        let server = signal_server::start_with(config.clone(), senders)
            .await
            .expect("server starts");
        TestServer {
            base: format!("http://{}", server.addr),
            client: reqwest::Client::new(),
            server: Some(server),
            config,
            outbox,
            _dir: dir,
            pg_database,
        }
    }

    /// The running server's state (its accounting).
    pub fn state(&self) -> &Arc<signal_server::state::AppState> {
        &self.server.as_ref().expect("running").state
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Stops the server and drops its PostgreSQL database.
    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        if let Some(name) = self.pg_database.take() {
            if let Ok(admin) = Database::connect(pg_admin_url()).await {
                let _ = admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await;
            }
        }
    }

    /// Stops the server but keeps its database and data directory, to start another on them.
    pub async fn restart(mut self) -> TestServer {
        let server = self.server.take().expect("running");
        server.stop().await;
        let mut config = self.config.clone();
        config.listen = "127.0.0.1:0".parse().unwrap();
        let dir = std::mem::replace(&mut self._dir, tempfile::tempdir().unwrap());
        let pg = self.pg_database.take();
        TestServer::start_with(config, dir, pg).await
    }
}

/// Asserts that a response is an error with the given status and a JSON body `{code, message}`.
pub async fn assert_json_error(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status().as_u16(), status, "unexpected status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "error content type was {content_type:?}"
    );
    let body: Value = response.json().await.expect("JSON error body");
    assert_eq!(body["code"], status, "error body {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "error body {body}"
    );
    body
}

// ---------------------------------------------------------------------------------------
// Accounts registered through the real HTTP flow.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use signal_server::crypto::xeddsa::KeyPair;

/// Test numbers with the fixed verification code [`TEST_CODE`]: `+1555555` followed by four digits.
pub const TEST_CODE: &str = "123456";

pub fn test_number(n: u16) -> String {
    format!("+1555555{n:04}")
}

/// A registered account (its primary device, or a linked device when `device_id` > 1).
pub struct TestAccount {
    pub aci: String,
    pub pni: String,
    pub number: String,
    pub password: String,
    pub device_id: u8,
    pub aci_identity: KeyPair,
    pub pni_identity: KeyPair,
    pub registration_id: i32,
    pub pni_registration_id: i32,
    pub unidentified_access_key: [u8; 16],
}

impl TestAccount {
    pub fn username(&self) -> String {
        format!("{}.{}", self.aci, self.device_id)
    }

    /// Adds this device's Basic credentials to a request.
    pub fn auth(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        request.basic_auth(self.username(), Some(&self.password))
    }

    /// The 33-byte serialized identity public key (ACI).
    pub fn aci_identity_key(&self) -> Vec<u8> {
        serialized_ec(&self.aci_identity)
    }

    pub fn pni_identity_key(&self) -> Vec<u8> {
        serialized_ec(&self.pni_identity)
    }
}

pub fn serialized_ec(key: &KeyPair) -> Vec<u8> {
    let mut out = vec![0x05];
    out.extend_from_slice(key.public_key());
    out
}

/// `{keyId, publicKey, signature}` for a fresh EC key signed by `identity`.
pub fn signed_ec_key(identity: &KeyPair, key_id: u32) -> Value {
    let public = serialized_ec(&KeyPair::generate());
    let signature = identity.sign(&public);
    serde_json::json!({"keyId": key_id, "publicKey": B64.encode(&public), "signature": B64.encode(signature)})
}

/// `{keyId, publicKey}` for a fresh unsigned EC one-time key.
pub fn ec_key(key_id: u32) -> Value {
    serde_json::json!({"keyId": key_id, "publicKey": B64.encode(serialized_ec(&KeyPair::generate()))})
}

/// `{keyId, publicKey, signature}` for a KEM key (1569 bytes, type 0x08) signed by `identity`.
/// The server only checks the key's type, length and signature, so random bytes serve.
pub fn signed_kem_key(identity: &KeyPair, key_id: u32) -> Value {
    let mut public = vec![0x08];
    public.extend((0..1568).map(|_| rand::random::<u8>()));
    let signature = identity.sign(&public);
    serde_json::json!({"keyId": key_id, "publicKey": B64.encode(&public), "signature": B64.encode(signature)})
}

/// Runs the verification flow for `number` and returns the verified session id.
pub async fn verified_session(server: &TestServer, number: &str) -> String {
    use signal_api::{
        CreateSessionResponse as Create, RequestVerificationCodeResponse as Request,
        UpdateSessionResponse as Update, VerifyCodeResponse as Verify,
    };
    let api = server.api();
    let session = crate::ok!(
        api.create_session(model(json!({"number": number}))).await,
        Create::TheVerificationSessionWasCreatedSuccessfully
    );
    let id = session.id;
    let captcha = model(json!({"captcha": "test-captcha"}));
    crate::ok!(
        api.update_session(id.clone(), captcha, None).await,
        Update::SessionWasUpdatedSuccessfullyWithTheInformationProvided
    );
    let transport = model(json!({"transport": "sms", "client": "ios"}));
    crate::ok!(
        api.request_verification_code(id.clone(), transport, None, None)
            .await,
        Request::VerificationCodeWasSuccessfullySent
    );
    let code = model(json!({"code": TEST_CODE}));
    let session = crate::ok!(
        api.verify_code(id.clone(), code, None).await,
        Verify::TheRequestToCheckAVerificationCodeWasProcessed
    );
    assert!(session.verified, "session {session:?}");
    id
}

/// The registration body for fresh identities; returns it with the key pairs used.
pub fn registration_body(session_id: &str, uak: &[u8; 16]) -> (Value, KeyPair, KeyPair, i32, i32) {
    let (aci_identity, pni_identity) = (KeyPair::generate(), KeyPair::generate());
    let registration_id = rand::random_range(1..16_384);
    let pni_registration_id = rand::random_range(1..16_384);
    let body = serde_json::json!({
        "sessionId": session_id,
        "accountAttributes": {
            "fetchesMessages": true,
            "registrationId": registration_id,
            "pniRegistrationId": pni_registration_id,
            "unidentifiedAccessKey": B64.encode(uak),
            "unrestrictedUnidentifiedAccess": false,
            "discoverableByPhoneNumber": true,
            "capabilities": {"storage": true, "deleteSync": true},
        },
        "skipDeviceTransfer": true,
        "aciIdentityKey": B64.encode(serialized_ec(&aci_identity)),
        "pniIdentityKey": B64.encode(serialized_ec(&pni_identity)),
        "aciSignedPreKey": signed_ec_key(&aci_identity, 1),
        "pniSignedPreKey": signed_ec_key(&pni_identity, 2),
        "aciPqLastResortPreKey": signed_kem_key(&aci_identity, 3),
        "pniPqLastResortPreKey": signed_kem_key(&pni_identity, 4),
    });
    (
        body,
        aci_identity,
        pni_identity,
        registration_id,
        pni_registration_id,
    )
}

/// Registers `number` through the HTTP flow (session, captcha, code, registration).
pub async fn register(server: &TestServer, number: &str) -> TestAccount {
    let session = verified_session(server, number).await;
    register_verified(server, number, &session).await
}

/// `POST /v1/registration` for `number` with `password`, through the typed client: the body
/// must be a `RegistrationRequest`, the answer is the operation's response (an error for a
/// status the operation does not declare).
pub async fn post_registration(
    server: &TestServer,
    number: &str,
    password: &str,
    body: &Value,
) -> Result<signal_api::RegisterResponse, swagger::ApiError> {
    let (api, registration) = (server.api(), model(body.clone()));
    let answer = api.register(basic(number, password), registration, None, None);
    answer.await
}

/// Registers `number` with the verified session `session`.
pub async fn register_verified(server: &TestServer, number: &str, session: &str) -> TestAccount {
    let uak: [u8; 16] = rand::random();
    let (body, aci_identity, pni_identity, registration_id, pni_registration_id) =
        registration_body(session, &uak);
    let password = format!("pw-{}", uuid::Uuid::new_v4().simple());
    let created = crate::ok!(
        post_registration(server, number, &password, &body).await,
        signal_api::RegisterResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
    );
    TestAccount {
        aci: created.uuid.expect("uuid").to_string(),
        pni: created.pni.expect("pni").to_string(),
        number: number.to_owned(),
        password,
        device_id: 1,
        aci_identity,
        pni_identity,
        registration_id,
        pni_registration_id,
        unidentified_access_key: uak,
    }
}

/// Links a new device to `primary`'s account through the API (`GET /v1/devices/provisioning/code`
/// as the primary, then `PUT /v1/devices/link` with the new device's own password) and returns
/// the new device. It shares the account's identities and gets fresh registration ids.
pub async fn link_device(server: &TestServer, primary: &TestAccount) -> TestAccount {
    let token = crate::ok!(
        server.api_as(primary).create_device_token().await,
        signal_api::CreateDeviceTokenResponse::TokenWasGeneratedSuccessfully
    );
    let code = token.verification_code.expect("verificationCode");
    let registration_id = rand::random_range(1..16_384);
    let pni_registration_id = rand::random_range(1..16_384);
    let password = format!("pw-{}", uuid::Uuid::new_v4().simple());
    let body = serde_json::json!({
        "verificationCode": code,
        "accountAttributes": {
            "fetchesMessages": true,
            "registrationId": registration_id,
            "pniRegistrationId": pni_registration_id,
            "capabilities": {"storage": true, "deleteSync": true},
        },
        "aciSignedPreKey": signed_ec_key(&primary.aci_identity, 11),
        "pniSignedPreKey": signed_ec_key(&primary.pni_identity, 12),
        "aciPqLastResortPreKey": signed_kem_key(&primary.aci_identity, 13),
        "pniPqLastResortPreKey": signed_kem_key(&primary.pni_identity, 14),
    });
    let linked = crate::ok!(
        server
            .api()
            .link_device(model(body), Some(basic(&primary.number, &password)), None)
            .await,
        signal_api::LinkDeviceResponse::TheNewDeviceWasLinkedToTheCallingAccount
    );
    assert_eq!(
        linked.uuid.map(|u| u.to_string()),
        Some(primary.aci.clone()),
        "link response {linked:?}"
    );
    TestAccount {
        aci: primary.aci.clone(),
        pni: primary.pni.clone(),
        number: primary.number.clone(),
        password,
        device_id: linked.device_id.expect("deviceId") as u8,
        aci_identity: primary.aci_identity.clone(),
        pni_identity: primary.pni_identity.clone(),
        registration_id,
        pni_registration_id,
        unidentified_access_key: primary.unidentified_access_key,
    }
}

// ---------------------------------------------------------------------------------------
// Requests and responses.

/// Sends `method path` with an optional JSON body, authenticated as `account` when given.
pub async fn send(
    server: &TestServer,
    account: Option<&TestAccount>,
    method: reqwest::Method,
    path: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = server.client.request(method, server.url(path));
    if let Some(account) = account {
        request = account.auth(request);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.unwrap()
}

/// `GET path`, authenticated as `account` when given.
pub async fn get(
    server: &TestServer,
    account: Option<&TestAccount>,
    path: &str,
) -> reqwest::Response {
    send(server, account, reqwest::Method::GET, path, None).await
}

/// Asserts the response's status (showing the body when it differs) and returns its JSON body
/// (`null` when the body is empty).
pub async fn expect_json(response: reqwest::Response, status: u16) -> Value {
    let actual = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() {
        return Value::Null;
    }
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("JSON body ({e}): {text}"))
}

/// A chat websocket opened by [`open_websocket`].
pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens the chat websocket (`/v1/websocket/`) of the server at `base`, with Basic
/// `credentials` (user, password) on the upgrade when given; the socket and the upgrade's
/// response, or the refusal.
pub async fn open_websocket(
    base: &str,
    credentials: Option<(&str, &str)>,
) -> Result<
    (
        Socket,
        tokio_tungstenite::tungstenite::handshake::client::Response,
    ),
    tokio_tungstenite::tungstenite::Error,
> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let url = format!("{}/v1/websocket/", base.replace("http://", "ws://"));
    let mut request = url.into_client_request().unwrap();
    if let Some((user, password)) = credentials {
        let value = basic(user, password).parse().unwrap();
        request.headers_mut().insert("authorization", value);
    }
    tokio_tungstenite::connect_async(request).await
}

/// Asserts the response's status, showing the body when it differs.
pub async fn expect_status(response: reqwest::Response, status: u16) {
    let actual = response.status().as_u16();
    if actual != status {
        let text = response.text().await.unwrap_or_default();
        panic!("expected status {status}, got {actual}; body: {text}");
    }
}

/// An account with linked devices: its devices by id, primary first. It derefs to the primary.
pub struct AccountDevices {
    pub devices: Vec<TestAccount>,
}

impl std::ops::Deref for AccountDevices {
    type Target = TestAccount;
    fn deref(&self) -> &TestAccount {
        &self.devices[0]
    }
}

impl AccountDevices {
    /// Device `id` (1 = the primary).
    pub fn device(&self, id: u8) -> &TestAccount {
        &self.devices[usize::from(id) - 1]
    }
}

/// Registers `number` and links devices until the account has `count` devices.
pub async fn register_devices(server: &TestServer, number: &str, count: u8) -> AccountDevices {
    let mut devices = vec![register(server, number).await];
    for _ in 1..count {
        let linked = link_device(server, &devices[0]).await;
        devices.push(linked);
    }
    AccountDevices { devices }
}

/// Posts an S3-style policy upload form (as handed out by the upload-form operations) with
/// `file` to the built-in CDN, as a client's multipart upload.
pub async fn post_policy_form(server: &TestServer, form: &Value, file: &[u8]) -> reqwest::Response {
    let boundary = "----test-boundary-7d1f";
    let mut body = Vec::new();
    let fields = [
        ("key", form["key"].as_str().unwrap()),
        ("acl", form["acl"].as_str().unwrap()),
        ("x-amz-algorithm", form["algorithm"].as_str().unwrap()),
        ("x-amz-credential", form["credential"].as_str().unwrap()),
        ("x-amz-date", form["date"].as_str().unwrap()),
        ("policy", form["policy"].as_str().unwrap()),
        ("x-amz-signature", form["signature"].as_str().unwrap()),
        ("Content-Type", "application/octet-stream"),
    ];
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    server
        .client
        .post(server.url("/cdn/"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .unwrap()
}

impl TestServer {
    /// The running in-process server (for its health signals).
    pub fn running(&self) -> &RunningServer {
        self.server.as_ref().expect("running")
    }
}
