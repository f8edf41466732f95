//! Per-request context handed to every handler: who is calling (Basic auth, already
//! verified), the raw request headers, and the slot through which a handler's [`Error`]
//! reaches the one place that turns errors into responses (`server::respond`).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use hyper::HeaderMap;
use swagger::auth::{Authorization, Scopes};
use swagger::{ApiError, Has, XSpanIdString};

use crate::domain::auth::AuthenticatedDevice;
use crate::error::{Error, Result};

pub struct RequestContext {
    span_id: XSpanIdString,
    /// What the generated server checks on operations with a `security` requirement. The
    /// spec marks optional-auth operations the same way as required ones, so it is always
    /// set and each handler enforces its own mode (`require_auth`, `forbid_auth`, access keys).
    authorization: Option<Authorization>,
    /// The authenticated account and device, when valid Basic credentials were sent.
    pub auth: Option<AuthenticatedDevice>,
    pub headers: HeaderMap,
    pub remote: SocketAddr,
    error: Arc<Mutex<Option<Error>>>,
}

impl RequestContext {
    pub fn new(
        headers: HeaderMap,
        remote: SocketAddr,
        auth: Option<AuthenticatedDevice>,
        error: Arc<Mutex<Option<Error>>>,
    ) -> RequestContext {
        let span_id = headers
            .get("x-span-id")
            .and_then(|v| v.to_str().ok())
            .map(|s| XSpanIdString(s.to_owned()))
            .unwrap_or_default();
        let authorization = Some(Authorization {
            subject: auth
                .as_ref()
                .map_or_else(|| "anonymous".to_owned(), |a| a.username()),
            scopes: Scopes::All,
            issuer: None,
        });
        RequestContext {
            span_id,
            authorization,
            auth,
            headers,
            remote,
            error,
        }
    }

    /// The authenticated caller, or 401.
    pub fn require_auth(&self) -> Result<&AuthenticatedDevice> {
        self.auth.as_ref().ok_or(Error::Unauthorized)
    }

    /// For "forced unauthenticated" operations: valid credentials are a 400.
    pub fn forbid_auth(&self) -> Result<()> {
        match self.auth {
            Some(_) => Err(Error::BadRequest(
                "this operation must not be authenticated".into(),
            )),
            None => Ok(()),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Hands a handler's result to the generated server. An error is parked in the
    /// request's slot; the generated code answers 500, which `server::respond` replaces.
    pub fn finish<T>(&self, result: Result<T>) -> std::result::Result<T, ApiError> {
        result.map_err(|e| {
            let message = e.to_string();
            *self.error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
            ApiError(message)
        })
    }
}

impl Has<XSpanIdString> for RequestContext {
    fn get(&self) -> &XSpanIdString {
        &self.span_id
    }
    fn get_mut(&mut self) -> &mut XSpanIdString {
        &mut self.span_id
    }
    fn set(&mut self, value: XSpanIdString) {
        self.span_id = value
    }
}

impl Has<Option<Authorization>> for RequestContext {
    fn get(&self) -> &Option<Authorization> {
        &self.authorization
    }
    fn get_mut(&mut self) -> &mut Option<Authorization> {
        &mut self.authorization
    }
    fn set(&mut self, value: Option<Authorization>) {
        self.authorization = value
    }
}
