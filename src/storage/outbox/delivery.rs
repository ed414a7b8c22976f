//! Delivery bookkeeping: leasing due messages to a worker, recording each attempt, backing off
//! after a failure and giving up after [`super::MAX_ATTEMPTS`].

use super::{from_row, Message, Row, Status, MAX_ATTEMPTS};
use crate::storage::schema::{outbox, outbox_attempts};
use crate::storage::{native, to_db, DbConn};
use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// Leases up to `limit` due messages to `owner` for `lease`. The due rows are read whole and
/// then leased by id; where the lease took fewer rows than were read (another worker's
/// transaction came between, possible on SQLite only), the rows are read again by lease.
pub fn claim(
    conn: &mut DbConn,
    owner: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: i64,
) -> QueryResult<Vec<Message>> {
    let now_db = to_db(now);
    let free = outbox::leased_until
        .is_null()
        .or(outbox::leased_until.lt(now_db));
    let due = outbox::table
        .filter(outbox::status.eq(Status::Pending.as_str()))
        .filter(outbox::next_attempt_at.le(now_db))
        .filter(free)
        .order(outbox::next_attempt_at)
        .limit(limit);
    let rows: Vec<Row> = match conn {
        DbConn::Postgres(c) => due
            .select(Row::as_select())
            .for_update()
            .skip_locked()
            .load(c)?,
        DbConn::Sqlite(c) => due.select(Row::as_select()).load(c)?,
    };
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let until = to_db(now + lease);
    // By id, and still free: not by status as well, or SQLite walks every pending row of the
    // status index instead of looking up 500 ids. The rows were read in this transaction:
    // locked on PostgreSQL (FOR UPDATE), and on SQLite a write since the read makes this
    // update fail (SQLITE_BUSY_SNAPSHOT) rather than lease a row that changed.
    let leased = diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)).filter(free))
        .set((
            outbox::leased_until.eq(until),
            outbox::lease_owner.eq(owner),
        ))
        .execute(conn)?;
    if leased == rows.len() {
        return rows.into_iter().map(from_row).collect();
    }
    let ids: Vec<String> = ids.into_iter().map(str::to_string).collect();
    let rows: Vec<Row> = outbox::table
        .filter(outbox::id.eq_any(&ids))
        .filter(outbox::lease_owner.eq(owner))
        .filter(outbox::leased_until.eq(until))
        .order(outbox::next_attempt_at)
        .select(Row::as_select())
        .load(conn)?;
    rows.into_iter().map(from_row).collect()
}

/// Extends `owner`'s lease on `ids` to `until` (a batch that waited long for its turn);
/// returns those still leased to it: another worker may have taken one whose lease ran out.
pub fn renew_lease(
    conn: &mut DbConn,
    ids: &[Uuid],
    owner: &str,
    until: DateTime<Utc>,
) -> QueryResult<Vec<Uuid>> {
    let keys: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let until = to_db(until);
    let own = outbox::id.eq_any(&keys).and(outbox::lease_owner.eq(owner));
    diesel::update(outbox::table.filter(own))
        .set(outbox::leased_until.eq(until))
        .execute(conn)?;
    let kept: Vec<String> = outbox::table
        .filter(outbox::id.eq_any(&keys))
        .filter(outbox::lease_owner.eq(owner))
        .filter(outbox::leased_until.eq(until))
        .select(outbox::id)
        .load(conn)?;
    Ok(ids
        .iter()
        .filter(|id| kept.contains(&id.to_string()))
        .copied()
        .collect())
}

fn record_attempt(
    conn: &mut DbConn,
    id: Uuid,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = (
        outbox_attempts::id.eq(Uuid::now_v7().to_string()),
        outbox_attempts::outbox_id.eq(id.to_string()),
        outbox_attempts::attempted_at.eq(to_db(now)),
        outbox_attempts::error.eq(error),
    );
    native!(conn, |c| diesel::insert_into(outbox_attempts::table)
        .values(&row)
        .execute(c))
    .map(drop)
}

/// Records that all of `ids` were sent: per 500 messages one UPDATE and one multi-row INSERT
/// of their attempt rows, so the bookkeeping of a delivered batch costs one transaction and a
/// few statements, not a statement per message.
pub fn mark_all_sent(
    conn: &mut DbConn,
    ids: &[Uuid],
    owner: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    for chunk in ids.chunks(500) {
        let keys: Vec<String> = chunk.iter().map(Uuid::to_string).collect();
        diesel::update(
            outbox::table
                .filter(outbox::id.eq_any(&keys))
                .filter(outbox::lease_owner.eq(owner)),
        )
        .set((
            outbox::status.eq(Status::Sent.as_str()),
            outbox::sent_at.eq(Some(to_db(now))),
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::leased_until.eq(None::<chrono::NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
        let attempted_at = to_db(now);
        let rows: Vec<_> = keys
            .iter()
            .map(|key| {
                (
                    outbox_attempts::id.eq(Uuid::now_v7().to_string()),
                    outbox_attempts::outbox_id.eq(key.as_str()),
                    outbox_attempts::attempted_at.eq(attempted_at),
                    outbox_attempts::error.eq(None::<&str>),
                )
            })
            .collect();
        native!(conn, |c| diesel::insert_into(outbox_attempts::table)
            .values(&rows)
            .execute(c))?;
    }
    Ok(())
}

/// Records that one message was sent.
pub fn mark_sent(conn: &mut DbConn, id: Uuid, owner: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(
        outbox::table
            .find(id.to_string())
            .filter(outbox::lease_owner.eq(owner)),
    )
    .set((
        outbox::status.eq(Status::Sent.as_str()),
        outbox::sent_at.eq(Some(to_db(now))),
        outbox::attempts.eq(outbox::attempts + 1),
        outbox::leased_until.eq(None::<chrono::NaiveDateTime>),
        outbox::last_error.eq(None::<String>),
    ))
    .execute(conn)?;
    record_attempt(conn, id, None, now)
}

/// Exponential backoff from `base` (30 s by default), capped at one hour, with ±20 % jitter
/// so that a queue that piled up during an outage does not retry in lockstep.
pub fn backoff(attempts: i32, base: Duration) -> Duration {
    let ms = base
        .num_milliseconds()
        .max(1)
        .saturating_mul(1i64 << (attempts.clamp(1, 8) - 1))
        .min(3_600_000);
    let jitter = rand::random_range(-0.2..0.2);
    Duration::milliseconds(((ms as f64) * (1.0 + jitter)) as i64)
}

/// Records a failed attempt; after [`MAX_ATTEMPTS`] the message is `failed`.
pub fn mark_failed(
    conn: &mut DbConn,
    m: &Message,
    owner: &str,
    error: &str,
    now: DateTime<Utc>,
    base: Duration,
) -> QueryResult<Status> {
    let attempts = m.attempts + 1;
    let status = if attempts >= MAX_ATTEMPTS {
        Status::Failed
    } else {
        Status::Pending
    };
    diesel::update(
        outbox::table
            .find(m.id.to_string())
            .filter(outbox::lease_owner.eq(owner)),
    )
    .set((
        outbox::status.eq(status.as_str()),
        outbox::attempts.eq(attempts),
        outbox::next_attempt_at.eq(to_db(now + backoff(attempts, base))),
        outbox::leased_until.eq(None::<chrono::NaiveDateTime>),
        outbox::last_error.eq(Some(error)),
    ))
    .execute(conn)?;
    record_attempt(conn, m.id, Some(error), now)?;
    Ok(status)
}

/// Puts failed messages (all, or one) back in the queue; returns how many.
pub fn retry_failed(conn: &mut DbConn, id: Option<Uuid>, now: DateTime<Utc>) -> QueryResult<usize> {
    let mut q = diesel::update(outbox::table)
        .filter(outbox::status.eq(Status::Failed.as_str()))
        .into_boxed();
    if let Some(id) = id {
        q = q.filter(outbox::id.eq(id.to_string()));
    }
    q.set((
        outbox::status.eq(Status::Pending.as_str()),
        outbox::attempts.eq(0),
        outbox::next_attempt_at.eq(to_db(now)),
    ))
    .execute(conn)
}
