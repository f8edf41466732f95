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
            Error::Db(e) if db_unavailable(e) => StatusCode::SERVICE_UNAVAILABLE,
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
            Error::Db(e) if db_unavailable(&e) => {
                tracing::warn!(error = %e, "database unavailable");
                (
                    message_body(status, "database unavailable, try again later"),
                    Some(DB_RETRY_AFTER_SECS),
                )
            }
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

/// `Retry-After` of a 503 answered because the database was unreachable or overloaded.
pub const DB_RETRY_AFTER_SECS: u64 = 5;

/// Whether a database error says the database is unreachable, out of resources (a full disk)
/// or busy (a deadlock or serialization failure): the request was not carried out (its
/// transaction rolled back) and may be retried, so it is a 503 with `Retry-After`, not a 500.
pub fn db_unavailable(e: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::{DbErr, RuntimeErr};
    let runtime = match e {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(r) | DbErr::Exec(r) | DbErr::Query(r) => r,
        _ => return false,
    };
    let RuntimeErr::SqlxError(e) = runtime else {
        return false;
    };
    match &**e {
        Sqlx::Io(_)
        | Sqlx::Tls(_)
        | Sqlx::PoolTimedOut
        | Sqlx::PoolClosed
        | Sqlx::WorkerCrashed => true,
        Sqlx::Database(d) => {
            let Some(code) = d.code() else {
                return false;
            };
            match code.parse::<i64>() {
                // SQLite (extended result codes; the primary code is the low byte): BUSY,
                // LOCKED, IOERR, FULL, CANTOPEN.
                Ok(n) => matches!(n & 0xff, 5 | 6 | 10 | 13 | 14),
                // PostgreSQL SQLSTATE: connection exceptions, serialization failure,
                // deadlock, insufficient resources (disk full, out of memory, too many
                // connections), operator intervention (shutdown, cannot connect now).
                Err(_) => {
                    code.starts_with("08")
                        || code.starts_with("53")
                        || code.starts_with("57P")
                        || code == "40001"
                        || code == "40P01"
                }
            }
        }
        _ => false,
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
