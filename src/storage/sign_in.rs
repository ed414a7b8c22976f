//! What sign-in remembers between attempts: failed attempts and locks per (typed e-mail,
//! client address), and the last TOTP time step each user signed in with.
//!
//! Locks are keyed by the SHA-256 of the typed e-mail, so an unknown address locks exactly like
//! a real account (nothing to enumerate), and by the client address, so a stranger who knows a
//! staff address locks only themselves out.

use super::schema::{sign_in_failures as f, staff_totp_steps as t};
use super::staff::{self, StaffUser};
use super::{from_db, to_db, DbConn};
use crate::secrets::hash_token;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// Failed attempts (password or code) from one address before the lock, and its length.
pub const MAX_FAILURES: i32 = 5;
pub const LOCK_MINUTES: i64 = 15;

/// Who is trying: the typed e-mail (any case, trimmed) from one client address.
pub struct Attempt<'a> {
    pub email: &'a str,
    pub address: &'a str,
}

impl Attempt<'_> {
    fn key(&self) -> (String, String) {
        (
            hash_token(&self.email.trim().to_ascii_lowercase()),
            self.address.to_string(),
        )
    }
}

/// When the lock on this attempt's (e-mail, address) ends, if it holds at `now`.
pub fn lock_of(
    c: &mut DbConn,
    who: &Attempt,
    now: DateTime<Utc>,
) -> QueryResult<Option<DateTime<Utc>>> {
    let (email, address) = who.key();
    let until: Option<Option<NaiveDateTime>> = f::table
        .find((email, address))
        .select(f::locked_until)
        .first(c)
        .optional()?;
    Ok(until.flatten().map(from_db).filter(|u| *u > now))
}

/// Counts a failure; returns the lock's end when this failure (or an earlier one) locked.
/// A failure while locked changes nothing: it never clears or extends the lock.
pub fn record_failure(
    c: &mut DbConn,
    who: &Attempt,
    now: DateTime<Utc>,
) -> QueryResult<Option<DateTime<Utc>>> {
    if let Some(until) = lock_of(c, who, now)? {
        return Ok(Some(until));
    }
    let (email, address) = who.key();
    let row = || f::table.find((email.clone(), address.clone()));
    insert_if_absent(c, |c| {
        diesel::insert_into(f::table)
            .values((
                f::email_hash.eq(&email),
                f::address.eq(&address),
                f::failures.eq(0),
                f::locked_until.eq(None::<NaiveDateTime>),
            ))
            .execute(c)
    })?;
    // A lock that has run out starts the count afresh.
    diesel::update(row().filter(f::locked_until.le(to_db(now))))
        .set((f::failures.eq(0), f::locked_until.eq(None::<NaiveDateTime>)))
        .execute(c)?;
    diesel::update(row())
        .set((
            f::failures.eq(f::failures + 1),
            f::last_failure_at.eq(Some(to_db(now))),
        ))
        .execute(c)?;
    let failures: i32 = row().select(f::failures).first(c)?;
    if failures < MAX_FAILURES {
        return Ok(None);
    }
    let until = now + Duration::minutes(LOCK_MINUTES);
    diesel::update(row())
        .set((f::failures.eq(0), f::locked_until.eq(to_db(until))))
        .execute(c)?;
    Ok(Some(until))
}

/// Forgets the failures of an attempt that signed in completely.
pub fn clear_failures(c: &mut DbConn, who: &Attempt) -> QueryResult<()> {
    let (email, address) = who.key();
    diesel::delete(f::table.find((email, address)))
        .execute(c)
        .map(drop)
}

/// Takes TOTP time step `step` for the user: true once, false if it (or a later step) was
/// already used, so a code seen over a shoulder or in a proxy log cannot be replayed.
pub fn accept_totp_step(c: &mut DbConn, user_id: Uuid, step: i64) -> QueryResult<bool> {
    let id = user_id.to_string();
    let advanced = diesel::update(t::table.find(&id).filter(t::last_step.lt(step)))
        .set(t::last_step.eq(step))
        .execute(c)?;
    if advanced == 1 {
        return Ok(true);
    }
    let inserted = insert_if_absent(c, |c| {
        diesel::insert_into(t::table)
            .values((t::user_id.eq(&id), t::last_step.eq(step)))
            .execute(c)
    })?;
    Ok(inserted == 1)
}

/// Runs an insert in a savepoint; a row already there (a concurrent insert) counts as 0 rows.
fn insert_if_absent(
    c: &mut DbConn,
    insert: impl FnOnce(&mut DbConn) -> QueryResult<usize>,
) -> QueryResult<usize> {
    use diesel::result::{DatabaseErrorKind, Error};
    match c.transaction(insert) {
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(0),
        done => done,
    }
}

/// The enabled accounts with this e-mail, in every authority (an address is unique only
/// within one): sign-in tries the password against each.
pub fn accounts_of(c: &mut DbConn, email: &str) -> QueryResult<Vec<StaffUser>> {
    use super::schema::staff_users as u;
    let ids: Vec<String> = u::table
        .filter(u::email.eq(email.trim().to_ascii_lowercase()))
        .filter(u::disabled.eq(false))
        .order(u::id)
        .select(u::id)
        .load(c)?;
    let mut accounts = Vec::new();
    for id in ids {
        let id = Uuid::parse_str(&id).map_err(|_| super::corrupt("user id", &id))?;
        accounts.extend(staff::find_user(c, id)?);
    }
    Ok(accounts)
}
