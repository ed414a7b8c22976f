//! Persistence with diesel: one code path for SQLite and PostgreSQL. Functions take a
//! connection and domain types, and return domain types.

pub mod audit;
pub mod authority_tokens;
pub mod cases;
pub mod checkpoints;
pub mod cleanup;
pub mod db;
pub mod entities;
pub mod error;
pub mod follow_up;
pub mod handling;
pub mod idempotency;
pub mod mail_answers;
pub mod outbox;
pub mod packages;
pub mod queue;
pub mod routed_regimes;
pub mod schema;
pub mod sign_in;
mod sql_text;
pub mod staff;
pub mod statistics;
pub mod totp_seeds;

pub use db::{Backend, Db, DbConn};
pub use error::StorageError;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

/// Runs one diesel statement on the concrete connection inside a [`DbConn`]. The same query
/// text serves both backends; this skips the multi-backend bind layer, which profiles showed
/// as the largest user-space cost of the intake path's inserts.
macro_rules! native {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::storage::DbConn::Postgres($c) => $body,
            $crate::storage::DbConn::Sqlite($c) => $body,
        }
    };
}
pub(crate) use native;

/// Times are stored as UTC `TIMESTAMP`s on both backends.
pub(crate) fn to_db(t: DateTime<Utc>) -> NaiveDateTime {
    t.naive_utc()
}

pub(crate) fn from_db(t: NaiveDateTime) -> DateTime<Utc> {
    Utc.from_utc_datetime(&t)
}

/// A stored value that no longer parses: the database was edited by hand or is newer.
pub(crate) fn corrupt(what: &str, value: &str) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(
        format!("unreadable {what} in database: {value:?}").into(),
    )
}
