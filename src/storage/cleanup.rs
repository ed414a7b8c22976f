//! The cleanup job's deletes: what the service keeps only for a while (drafts, stored
//! idempotent responses, staff sessions, sign-in failures) goes once it can no longer be used.
//! Each delete is one indexed range, so the job's cost follows what it removes.

use super::schema::{drafts, idempotency_keys, sign_in_failures, staff_sessions};
use super::{to_db, DbConn};
use chrono::{DateTime, Utc};
use diesel::prelude::*;

/// Up to when each kind of record is dead: anything at or before its instant goes.
#[derive(Debug, Clone, Copy)]
pub struct Cutoffs {
    pub now: DateTime<Utc>,
    /// Drafts last saved at or before this.
    pub drafts: DateTime<Utc>,
    /// Idempotent responses stored at or before this.
    pub idempotency: DateTime<Utc>,
    /// Staff sessions last seen before this (idle past the timeout).
    pub sessions: DateTime<Utc>,
    /// Sign-in failures last counted at or before this, when no lock holds at `now`.
    pub sign_in_failures: DateTime<Utc>,
}

/// How many records of each kind one run removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub drafts: usize,
    pub idempotency_records: usize,
    pub sessions: usize,
    pub sign_in_failures: usize,
}

/// Deletes every record past its cutoff.
pub fn sweep(c: &mut DbConn, cut: &Cutoffs) -> QueryResult<Swept> {
    let drafts = diesel::delete(drafts::table.filter(drafts::updated_at.le(to_db(cut.drafts))))
        .execute(c)?;
    let idempotency_records = diesel::delete(
        idempotency_keys::table.filter(idempotency_keys::created_at.le(to_db(cut.idempotency))),
    )
    .execute(c)?;
    let sessions = diesel::delete(
        staff_sessions::table.filter(staff_sessions::last_seen_at.lt(to_db(cut.sessions))),
    )
    .execute(c)?;
    let f = sign_in_failures::table;
    let sign_in_failures = diesel::delete(
        f.filter(
            sign_in_failures::locked_until
                .is_null()
                .or(sign_in_failures::locked_until.le(to_db(cut.now))),
        )
        .filter(
            sign_in_failures::last_failure_at
                .is_null()
                .or(sign_in_failures::last_failure_at.le(to_db(cut.sign_in_failures))),
        ),
    )
    .execute(c)?;
    Ok(Swept {
        drafts,
        idempotency_records,
        sessions,
        sign_in_failures,
    })
}
