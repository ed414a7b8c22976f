//! The one error type of the use cases, named for what the caller sees. It knows no HTTP:
//! `web::error` renders it as an RFC 9457 problem document or an HTML page, in one place.

use crate::domain::msg::Msg;
use crate::domain::validation::FieldErrors;
use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Well-formed input with invalid fields (422), every one named.
    #[error("invalid input: {0}")]
    Validation(FieldErrors),
    /// Input that could not be read at all (400).
    #[error("{0}")]
    BadRequest(Msg),
    #[error("missing or invalid credentials")]
    Unauthorized,
    /// A real credential that no longer works (revoked or expired), said so to its holder
    /// (401): only someone holding the secret can learn it.
    #[error("{0}")]
    CredentialRefused(Msg),
    /// Absent, or not visible to the caller: the two are indistinguishable on purpose.
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed to do this (403).
    #[error("{0}")]
    Forbidden(Msg),
    /// The request conflicts with the current state (409).
    #[error("{0}")]
    Conflict(Msg),
    #[error("request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    UnsupportedMediaType(Msg),
    /// The caller's rate limit is used up; retry after this many seconds (429).
    #[error("too many requests; retry in {0} s")]
    TooManyRequests(u64),
    /// The request body did not arrive whole within this many seconds (408).
    #[error("the request body did not arrive within {0} s; send it again, all at once")]
    RequestTimeout(u64),
    /// A dependency (the database) is down or overloaded; the client should retry (503).
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => Self::NotFound,
            StorageError::Conflict(_) => Self::Conflict(Msg::t("api-concurrent-change")),
            StorageError::Unavailable(m) => Self::Unavailable(m),
            StorageError::Unexpected(e) => Self::Unexpected(e),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        StorageError::from(e).into()
    }
}
