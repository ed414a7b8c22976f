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
    BadRequest(String),
    #[error("missing or invalid credentials")]
    Unauthorized,
    /// A real credential that no longer works (revoked or expired), said so to its holder
    /// (401): only someone holding the secret can learn it.
    #[error("{0}")]
    CredentialRefused(String),
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
    /// The request body did not arrive whole within this many seconds (408).
    #[error("the request body did not arrive within {0} s; send it again, all at once")]
    RequestTimeout(u64),
    /// A dependency (the database) is down or overloaded; the client should retry (503).
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// As [`AppError::BadRequest`] (400), in words of the `api` catalogue, so the reader
    /// gets them in their language; the `String` variants stay for sentences not yet there.
    #[error("{0}")]
    BadRequestMsg(Msg),
    /// As [`AppError::Forbidden`] (403), in words of the `api` catalogue.
    #[error("{0}")]
    ForbiddenMsg(Msg),
    /// As [`AppError::Conflict`] (409), in words of the `api` catalogue.
    #[error("{0}")]
    ConflictMsg(Msg),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl AppError {
    /// A conflict (409) said by the `api` message `msg`.
    pub fn conflict(msg: Msg) -> Self {
        Self::ConflictMsg(msg)
    }

    /// A refusal (403) said by the `api` message `msg`.
    pub fn forbidden(msg: Msg) -> Self {
        Self::ForbiddenMsg(msg)
    }

    /// A request that cannot be read (400) said by the `api` message `msg`.
    pub fn bad_request(msg: Msg) -> Self {
        Self::BadRequestMsg(msg)
    }

    /// Whether this is a conflict (409), whichever way its words were given.
    pub fn is_conflict(&self) -> bool {
        matches!(self, Self::Conflict(_) | Self::ConflictMsg(_))
    }

    /// Whether this is a refusal (403), whichever way its words were given.
    pub fn is_forbidden(&self) -> bool {
        matches!(self, Self::Forbidden(_) | Self::ForbiddenMsg(_))
    }
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => Self::NotFound,
            StorageError::Conflict(m) => Self::Conflict(m),
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
