//! Which contact addresses have answered the service: an address a filer typed into the
//! public form is unverified until someone opens the follow-up link from a mail sent to it.
//! Mail to an address that has not answered carries no text the filer typed (`notify::mail`).

use super::schema::mail_answers as a;
use super::{to_db, DbConn};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

fn normal(address: &str) -> String {
    address.trim().to_lowercase()
}

/// Records that `address`, the contact of `entity_id`, answered (idempotent).
pub fn record(
    c: &mut DbConn,
    entity_id: Uuid,
    address: &str,
    at: DateTime<Utc>,
) -> QueryResult<()> {
    if has_answered(c, entity_id, address)? {
        return Ok(());
    }
    let insert = |c: &mut DbConn| {
        diesel::insert_into(a::table)
            .values((
                a::entity_id.eq(entity_id.to_string()),
                a::address.eq(normal(address)),
                a::answered_at.eq(to_db(at)),
            ))
            .execute(c)
    };
    use diesel::result::{DatabaseErrorKind, Error};
    match c.transaction(insert) {
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) | Ok(_) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Whether `address` has answered as the contact of `entity_id`.
pub fn has_answered(c: &mut DbConn, entity_id: Uuid, address: &str) -> QueryResult<bool> {
    let n: i64 = a::table
        .find((entity_id.to_string(), normal(address)))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

/// Whether mail to `address`, the contact of `entity_id`, may carry what the filer typed: the
/// entity is registered (its address set by an operator or through its own API key), or the
/// address answered.
pub fn may_quote_filer(c: &mut DbConn, entity_id: Uuid, address: &str) -> QueryResult<bool> {
    Ok(super::entities::is_web_entity(c, entity_id)? == Some(false)
        || has_answered(c, entity_id, address)?)
}
