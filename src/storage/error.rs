//! What can go wrong below the use cases: the row is absent, a concurrent change won, the
//! database is down, or something unexpected. Callers map it to their own error type.

/// A failed storage operation, classified by what a caller can do about it.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    /// A unique key or a serialisation check refused the write; retrying may succeed.
    #[error("{0}")]
    Conflict(String),
    /// The database is down, busy or restarting: "not now" rather than "wrong".
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
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

impl From<diesel::result::Error> for StorageError {
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
