//! The one error type of the server and the one place that maps errors to HTTP responses.
//!
//! Every error response has a JSON body: `{"code": <status>, "message": "..."}`, except the
//! few whose body the API fixes (409 mismatched devices, 423 registration lock, ...), which
//! handlers build as [`Error::Json`].

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full};
use hyper::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use hyper::{Response, StatusCode};

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub type Body = BoxBody<Bytes, Infallible>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    BadRequest(String),
    #[error("authentication required")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Gone(String),
    #[error("request entity too large")]
    PayloadTooLarge,
    /// A request body in a media type the operation does not read.
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    Unprocessable(String),
    #[error("rate limit exceeded")]
    RateLimited { retry_after_secs: Option<u64> },
    #[error("not implemented: {0}")]
    NotImplemented(&'static str),
    #[error("{0}")]
    Unavailable(String),
    /// A status whose JSON body the API defines.
    #[error("status {status}")]
    Json {
        status: StatusCode,
        body: serde_json::Value,
        retry_after_secs: Option<u64>,
    },
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn json(status: u16, body: impl serde::Serialize) -> Error {
        Error::Json {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            body: serde_json::to_value(body).unwrap_or_default(),
            retry_after_secs: None,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::Unauthorized => StatusCode::UNAUTHORIZED,
            Error::Forbidden(_) => StatusCode::FORBIDDEN,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Conflict(_) => StatusCode::CONFLICT,
            Error::Gone(_) => StatusCode::GONE,
            Error::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Error::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::NotImplemented(_) => StatusCode::NOT_IMPLEMENTED,
            Error::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Error::Json { status, .. } => *status,
            Error::Db(_) | Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The HTTP response for this error. Internal details are logged, not sent.
    pub fn into_response(self) -> Response<Body> {
        let status = self.status();
        let (body, retry_after) = match self {
            Error::Json {
                body,
                retry_after_secs,
                ..
            } => (body, retry_after_secs),
            Error::Db(e) => {
                tracing::error!(error = %e, "database error");
                (message_body(status, "internal server error"), None)
            }
            Error::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                (message_body(status, "internal server error"), None)
            }
            Error::RateLimited { retry_after_secs } => (
                message_body(status, "rate limit exceeded"),
                retry_after_secs,
            ),
            other => (message_body(status, &other.to_string()), None),
        };
        let mut response = json_response(status, &body);
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// The standard error body.
pub fn message_body(status: StatusCode, message: &str) -> serde_json::Value {
    serde_json::json!({ "code": status.as_u16(), "message": message })
}

pub fn json_response(status: StatusCode, body: &serde_json::Value) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())).boxed());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

impl From<base64::DecodeError> for Error {
    fn from(e: base64::DecodeError) -> Self {
        Error::Unprocessable(format!("invalid base64: {e}"))
    }
}
