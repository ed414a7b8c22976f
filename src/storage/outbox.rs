//! The notification outbox: messages are written in the same transaction as the filing that
//! causes them, then claimed by delivery workers under a lease (and, on PostgreSQL,
//! `FOR UPDATE SKIP LOCKED`), so several instances never send one message twice while it is
//! leased. Every attempt is recorded; after the last one a message is `failed` and visible.

use super::schema::{case_recipients, cases, outbox, outbox_attempts};
use super::{corrupt, from_db, native, to_db, DbConn};
use crate::domain::codes::code_enum;
use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use uuid::Uuid;

code_enum!(
    /// What a message is; decides its template.
    Kind {
        AuthorityNotification = "authority_notification",
        ReporterAcknowledgement = "reporter_acknowledgement",
        UnroutedAlert = "unrouted_alert",
        DeadlineReminder = "deadline_reminder",
        OverdueNotice = "overdue_notice",
        ReporterUpdate = "reporter_update",
    }
);

code_enum!(
    /// Delivery state of a message.
    Status { Pending = "pending", Sent = "sent", Failed = "failed" }
);

/// Attempts before a message is marked `failed` (about 6.5 hours of retrying).
pub const MAX_ATTEMPTS: i32 = 12;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub kind: Kind,
    /// Unique per logical message: a reminder is queued once however often it is computed.
    pub dedupe_key: String,
    pub case_id: Option<Uuid>,
    pub submission_id: Option<Uuid>,
    pub authority_code: Option<String>,
    pub recipients: Vec<String>,
    pub payload: serde_json::Value,
}

/// A queued message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: Uuid,
    pub kind: Kind,
    pub case_id: Option<Uuid>,
    pub submission_id: Option<Uuid>,
    pub authority_code: Option<String>,
    pub recipients: Vec<String>,
    pub payload: serde_json::Value,
    pub status: Status,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = outbox)]
struct Row {
    id: String,
    kind: String,
    case_id: Option<String>,
    submission_id: Option<String>,
    authority_code: Option<String>,
    recipients: String,
    payload: String,
    status: String,
    attempts: i32,
    next_attempt_at: chrono::NaiveDateTime,
    sent_at: Option<chrono::NaiveDateTime>,
    last_error: Option<String>,
    created_at: chrono::NaiveDateTime,
}

fn from_row(r: Row) -> QueryResult<Message> {
    let uuid = |v: &str| Uuid::parse_str(v).map_err(|_| corrupt("outbox id", v));
    Ok(Message {
        id: uuid(&r.id)?,
        kind: Kind::from_code(&r.kind).ok_or_else(|| corrupt("outbox kind", &r.kind))?,
        case_id: r.case_id.as_deref().map(uuid).transpose()?,
        submission_id: r.submission_id.as_deref().map(uuid).transpose()?,
        authority_code: r.authority_code,
        recipients: serde_json::from_str(&r.recipients)
            .map_err(|_| corrupt("outbox recipients", &r.id))?,
        payload: serde_json::from_str(&r.payload).map_err(|_| corrupt("outbox payload", &r.id))?,
        status: Status::from_code(&r.status).ok_or_else(|| corrupt("outbox status", &r.status))?,
        attempts: r.attempts,
        next_attempt_at: from_db(r.next_attempt_at),
        sent_at: r.sent_at.map(from_db),
        last_error: r.last_error,
        created_at: from_db(r.created_at),
    })
}

#[derive(Insertable)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
pub(crate) struct NewRow {
    id: String,
    kind: &'static str,
    dedupe_key: String,
    case_id: Option<String>,
    submission_id: Option<String>,
    authority_code: Option<String>,
    recipients: String,
    payload: String,
    status: &'static str,
    attempts: i32,
    next_attempt_at: chrono::NaiveDateTime,
    created_at: chrono::NaiveDateTime,
}

fn values(m: &NewMessage, now: DateTime<Utc>) -> NewRow {
    NewRow {
        id: Uuid::now_v7().to_string(),
        kind: m.kind.as_str(),
        dedupe_key: m.dedupe_key.clone(),
        case_id: m.case_id.map(|u| u.to_string()),
        submission_id: m.submission_id.map(|u| u.to_string()),
        authority_code: m.authority_code.clone(),
        recipients: serde_json::Value::from(m.recipients.clone()).to_string(),
        payload: m.payload.to_string(),
        status: Status::Pending.as_str(),
        attempts: 0,
        next_attempt_at: to_db(now),
        created_at: to_db(now),
    }
}

/// Queues messages inside the caller's transaction and returns them as stored.
pub fn enqueue(
    conn: &mut DbConn,
    messages: Vec<NewMessage>,
    now: DateTime<Utc>,
) -> QueryResult<Vec<Message>> {
    let rows: Vec<NewRow> = messages.iter().map(|m| values(m, now)).collect();
    // One cached single-row statement per message beats a multi-row statement that SQLite
    // must parse anew for each row count.
    for row in &rows {
        native!(conn, |c| diesel::insert_into(outbox::table)
            .values(row)
            .execute(c))?;
    }
    rows.iter()
        .zip(messages)
        .map(|(row, m)| {
            Ok(Message {
                id: Uuid::parse_str(&row.id).map_err(|_| corrupt("outbox id", &row.id))?,
                kind: m.kind,
                case_id: m.case_id,
                submission_id: m.submission_id,
                authority_code: m.authority_code,
                recipients: m.recipients,
                payload: m.payload,
                status: Status::Pending,
                attempts: 0,
                next_attempt_at: now,
                sent_at: None,
                last_error: None,
                created_at: now,
            })
        })
        .collect()
}

/// Queues a message unless one with its dedupe key exists; `true` when queued.
pub fn enqueue_once(conn: &mut DbConn, m: &NewMessage, now: DateTime<Utc>) -> QueryResult<bool> {
    let row = values(m, now);
    let n = native!(conn, |c| diesel::insert_into(outbox::table)
        .values(&row)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// Leases up to `limit` due messages to `owner` for `lease`.
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
        .limit(limit)
        .select(outbox::id);
    let ids: Vec<String> = match conn {
        DbConn::Postgres(c) => due.for_update().skip_locked().load(c)?,
        DbConn::Sqlite(c) => due.load(c)?,
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let until = to_db(now + lease);
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .filter(outbox::status.eq(Status::Pending.as_str()))
            .filter(free),
    )
    .set((
        outbox::leased_until.eq(until),
        outbox::lease_owner.eq(owner),
    ))
    .execute(conn)?;
    let rows: Vec<Row> = outbox::table
        .filter(outbox::id.eq_any(&ids))
        .filter(outbox::lease_owner.eq(owner))
        .filter(outbox::leased_until.eq(until))
        .order(outbox::next_attempt_at)
        .select(Row::as_select())
        .load(conn)?;
    rows.into_iter().map(from_row).collect()
}

fn record_attempt(
    conn: &mut DbConn,
    id: Uuid,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(outbox_attempts::table)
        .values((
            outbox_attempts::id.eq(Uuid::now_v7().to_string()),
            outbox_attempts::outbox_id.eq(id.to_string()),
            outbox_attempts::attempted_at.eq(to_db(now)),
            outbox_attempts::error.eq(error),
        ))
        .execute(conn)
        .map(drop)
}

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

/// One delivery attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub error: Option<String>,
}

/// A message as `intake outbox list` shows it.
pub struct Listed {
    pub message: Message,
    /// Reference of the message's case, if any.
    pub reference: Option<String>,
    pub attempts: Vec<Attempt>,
}

/// Messages, newest first, optionally of one status, with their case reference and attempts.
pub fn list(conn: &mut DbConn, status: Option<Status>, limit: i64) -> QueryResult<Vec<Listed>> {
    let mut q = outbox::table.select(Row::as_select()).into_boxed();
    if let Some(s) = status {
        q = q.filter(outbox::status.eq(s.as_str()));
    }
    let messages: Vec<Message> = q
        .order(outbox::created_at.desc())
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(from_row)
        .collect::<QueryResult<_>>()?;
    let ids: Vec<String> = messages.iter().map(|m| m.id.to_string()).collect();
    let attempts: Vec<(String, chrono::NaiveDateTime, Option<String>)> = outbox_attempts::table
        .filter(outbox_attempts::outbox_id.eq_any(&ids))
        .order(outbox_attempts::attempted_at)
        .select((
            outbox_attempts::outbox_id,
            outbox_attempts::attempted_at,
            outbox_attempts::error,
        ))
        .load(conn)?;
    let case_ids: Vec<String> = messages
        .iter()
        .filter_map(|m| m.case_id.map(|c| c.to_string()))
        .collect();
    let references: Vec<(String, String)> = cases::table
        .filter(cases::id.eq_any(&case_ids))
        .select((cases::id, cases::reference))
        .load(conn)?;
    Ok(messages
        .into_iter()
        .map(|message| {
            let id = message.id.to_string();
            let case = message.case_id.map(|c| c.to_string());
            Listed {
                reference: references
                    .iter()
                    .find(|(c, _)| Some(c) == case.as_ref())
                    .map(|(_, r)| r.clone()),
                attempts: attempts
                    .iter()
                    .filter(|(o, _, _)| *o == id)
                    .map(|(_, at, e)| Attempt {
                        at: from_db(*at),
                        error: e.clone(),
                    })
                    .collect(),
                message,
            }
        })
        .collect())
}

/// The messages a case caused, for showing delivery state.
pub fn of_case(conn: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<Message>> {
    let rows: Vec<Row> = outbox::table
        .filter(outbox::case_id.eq(case_id.to_string()))
        .order(outbox::created_at)
        .select(Row::as_select())
        .load(conn)?;
    rows.into_iter().map(from_row).collect()
}

/// A case's routed authorities, as stored when it was filed.
pub fn recipients_of(conn: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<(String, String, bool)>> {
    case_recipients::table
        .filter(case_recipients::case_id.eq(case_id.to_string()))
        .select((
            case_recipients::authority_code,
            case_recipients::role,
            case_recipients::informed,
        ))
        .load(conn)
}

/// Records that a case was routed to these authorities `(code, role, informed)`; the caller
/// passes only new ones.
pub fn add_recipients(
    conn: &mut DbConn,
    case: &crate::domain::case::Case,
    now: DateTime<Utc>,
    new: &[(&str, &str, bool)],
) -> QueryResult<()> {
    let case_id = case.id;
    let (due, state) = (super::cases::queue_due(case, now), case.state.as_str());
    if new.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = new
        .iter()
        .map(|(code, role, informed)| {
            (
                case_recipients::case_id.eq(case_id.to_string()),
                case_recipients::authority_code.eq(*code),
                case_recipients::role.eq(*role),
                case_recipients::informed.eq(*informed),
                case_recipients::queue_due_at.eq(due),
                case_recipients::case_state.eq(state),
                case_recipients::received_at.eq(super::to_db(case.created_at)),
            )
        })
        .collect();
    for row in &rows {
        native!(conn, |c| diesel::insert_into(case_recipients::table)
            .values(row)
            .execute(c))?;
    }
    Ok(())
}
