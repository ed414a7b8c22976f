//! The one error type of the service, rendered as RFC 9457 `application/problem+json`.
//! 5xx bodies are opaque; their cause chain goes to the log.

use crate::domain::validation::{FieldError, FieldErrors};
use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Well-formed input with invalid fields (422), every one named.
    #[error("invalid input: {0}")]
    Validation(FieldErrors),
    /// Input that could not be read at all (400).
    #[error("{0}")]
    BadRequest(String),
    #[error("missing or invalid credentials")]
    Unauthorized,
    /// Absent, or not visible to the caller: the two are indistinguishable on purpose.
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed to do this (403).
    #[error("{0}")]
    Forbidden(String),
    /// The request conflicts with the current state (409).
    #[error("{0}")]
    Conflict(String),
    #[error("request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The caller's rate limit is used up; retry after this many seconds (429).
    #[error("too many requests; retry in {0} s")]
    TooManyRequests(u64),
    /// A dependency (the database) is down or overloaded; the client should retry (503).
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// RFC 9457 problem details.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For 422: every invalid field, by its path in the request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

impl AppError {
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let detail = match self {
            Self::Validation(e) => format!("{} field(s) are invalid; see errors", e.list().len()),
            Self::Unavailable(_) => "the service is temporarily unavailable; retry shortly".into(),
            Self::Unexpected(_) => "an unexpected error occurred; it has been logged".into(),
            other => other.to_string(),
        };
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors: match self {
                Self::Validation(e) => Some(e.list().to_vec()),
                _ => None,
            },
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Unexpected(e) => log::error!("unexpected error: {e:?}"),
            Self::Unavailable(cause) => log::warn!("unavailable: {cause}"),
            _ => {}
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json");
        match self {
            Self::Unauthorized => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"intake\""));
            }
            Self::Unavailable(_) => {
                res.insert_header((header::RETRY_AFTER, "5"));
            }
            Self::TooManyRequests(wait) => {
                res.insert_header((header::RETRY_AFTER, wait.to_string()));
            }
            _ => {}
        }
        res.json(self.problem())
    }
}

/// Database errors that mean "not now" rather than "wrong": a busy SQLite file, a PostgreSQL
/// server restarting or unreachable. The client gets 503 with `Retry-After`.
fn is_outage(message: &str) -> bool {
    [
        "database is locked",
        "terminating connection",
        "server closed the connection",
        "connection refused",
        "could not connect",
        "the database system is",
        "no connection to the server",
        "connection to server",
    ]
    .iter()
    .any(|m| message.contains(m))
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind as K, Error as E};
        match e {
            E::NotFound => Self::NotFound,
            E::DatabaseError(K::UniqueViolation | K::SerializationFailure, _) => {
                Self::Conflict("a concurrent change got there first; retry the request".into())
            }
            E::DatabaseError(K::ClosedConnection | K::UnableToSendCommand, info) => {
                Self::Unavailable(info.message().to_string())
            }
            E::DatabaseError(K::Unknown, info) if is_outage(info.message()) => {
                Self::Unavailable(info.message().to_string())
            }
            other => Self::Unexpected(anyhow::Error::new(other)),
        }
    }
}
