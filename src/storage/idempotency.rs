//! `Idempotency-Key`: the first response to a key is stored in the same transaction as the
//! filing it created, so a retry gets that response back instead of a second case.

use super::schema::idempotency_keys::dsl as ik;
use super::{to_db, DbConn};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// A stored first response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

pub fn find(conn: &mut DbConn, key_id: Uuid, key: &str) -> QueryResult<Option<Recorded>> {
    let row: Option<(String, i32, String)> = ik::idempotency_keys
        .find((key_id.to_string(), key))
        .select((ik::request_hash, ik::status, ik::body))
        .first(conn)
        .optional()?;
    Ok(row.map(|(request_hash, status, body)| Recorded {
        request_hash,
        status: status as u16,
        body,
    }))
}

pub fn record(
    conn: &mut DbConn,
    key_id: Uuid,
    key: &str,
    r: &Recorded,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(ik::idempotency_keys)
        .values((
            ik::api_key_id.eq(key_id.to_string()),
            ik::idem_key.eq(key),
            ik::request_hash.eq(&r.request_hash),
            ik::status.eq(r.status as i32),
            ik::body.eq(&r.body),
            ik::created_at.eq(to_db(now)),
        ))
        .execute(conn)
        .map(drop)
}
