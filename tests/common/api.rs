//! The typed test client: the client openapi-generator makes from `api.yaml`
//! (`signal_api::Client`), bound to a test server and, optionally, to a device's credentials.
//! Each operation is a method taking the spec's parameters and models and returning the
//! operation's response enum, whose variants carry the decoded body: a response that does
//! not match its schema in `api.yaml` fails the call.
//!
//! Tests about the wire itself (malformed bodies, headers, unknown routes, exact error
//! texts) use `TestServer::client` (reqwest) instead.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use hyper_util::client::legacy::connect::HttpConnector;
use signal_api::{Client, ContextWrapperExt};
use swagger::auth::AuthData;
use swagger::{
    make_context, make_context_ty, ContextBuilder, ContextWrapper, DropContextService,
    EmptyContext, Push, XSpanIdString,
};

use super::{TestAccount, TestServer};

/// What the generated client carries with each call: the credentials and a span id.
pub type Context = make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

/// The generated client over plain HTTP, bound to its [`Context`]; its methods are the
/// operations of `signal_api::ApiNoContext`.
pub type Api = ContextWrapper<
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<HttpConnector, BoxBody<Bytes, Infallible>>,
            >,
            Context,
        >,
        Context,
    >,
    Context,
>;

/// A device's Basic credentials (user `aci.deviceId`, its password).
pub trait Credentials {
    fn basic(&self) -> (String, String);
}

/// Credentials given as they are: (user, password).
pub struct Basic(pub String, pub String);

impl Credentials for Basic {
    fn basic(&self) -> (String, String) {
        (self.0.clone(), self.1.clone())
    }
}

impl Basic {
    /// Adds these credentials to a raw request.
    pub fn auth(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        request.basic_auth(&self.0, Some(&self.1))
    }
}

impl Credentials for TestAccount {
    fn basic(&self) -> (String, String) {
        (self.username(), self.password.clone())
    }
}

/// A request model from JSON (the form the tests write bodies in). Panics when `value` does
/// not match the model, so a test body that drifts from `api.yaml` fails where it is built.
pub fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    let text = value.to_string();
    serde_json::from_value(value)
        .unwrap_or_else(|e| panic!("{} from {text}: {e}", std::any::type_name::<T>()))
}

/// The value of an `Authorization: Basic` header, for operations that take the header as a
/// parameter (registration and linking authenticate with the number and a new password).
pub fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    let pair = format!("{user}:{password}");
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    )
}

/// Unwraps an operation's response as the given variant, panicking with the response
/// otherwise: `let list = ok!(api.get_devices().await, GetDevicesResponse::Success);`.
#[macro_export]
macro_rules! ok {
    ($response:expr, $variant:path) => {
        match $response {
            Ok($variant(body)) => body,
            other => panic!("expected {}, got {other:?}", stringify!($variant)),
        }
    };
}

impl TestServer {
    /// The typed client, unauthenticated.
    pub fn api(&self) -> Api {
        self.api_with(None)
    }

    /// The typed client, authenticated as `device`.
    pub fn api_as(&self, device: &impl Credentials) -> Api {
        let (user, password) = device.basic();
        self.api_with(Some(AuthData::Basic(user, password)))
    }

    fn api_with(&self, auth: Option<AuthData>) -> Api {
        let context: Context =
            make_context!(ContextBuilder, EmptyContext, auth, XSpanIdString::default());
        Client::try_new_http(&self.base)
            .expect("a client for the test server")
            .with_context(context)
    }
}
