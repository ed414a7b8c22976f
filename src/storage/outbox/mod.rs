//! The notification outbox: messages are written in the same transaction as the filing that
//! causes them, then claimed by delivery workers under a lease (and, on PostgreSQL,
//! `FOR UPDATE SKIP LOCKED`), so several instances never send one message twice while it is
//! leased. Every attempt is recorded; after the last one a message is `failed` and visible.

mod delivery;
mod listing;
pub mod payload;
mod recipients;

pub use delivery::{
    backoff, claim, mark_all_sent, mark_failed, mark_sent, renew_lease, retry_failed,
};
pub use listing::{list, of_case, Attempt, Listed};
pub use payload::Payload;
pub use recipients::{add_recipients, recipients_of};

use super::schema::outbox;
use super::{corrupt, from_db, native, to_db, DbConn};
use crate::domain::codes::code_enum;
use crate::domain::names::AuthorityCode;
use chrono::{DateTime, Utc};
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
        AuditCheckpoint = "audit_checkpoint",
        SharePackage = "share_package",
        AuthorityUpdate = "authority_update",
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
    /// Unique per logical message: a reminder is queued once however often it is computed.
    pub dedupe_key: String,
    pub case_id: Option<Uuid>,
    pub submission_id: Option<Uuid>,
    pub authority_code: Option<AuthorityCode>,
    pub recipients: Vec<String>,
    pub payload: Payload,
}

impl NewMessage {
    /// What the message is, from its payload.
    pub fn kind(&self) -> Kind {
        self.payload.kind()
    }
}

/// A queued message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: Uuid,
    pub kind: Kind,
    pub case_id: Option<Uuid>,
    pub submission_id: Option<Uuid>,
    pub authority_code: Option<AuthorityCode>,
    pub recipients: Vec<String>,
    pub payload: Payload,
    pub status: Status,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub(super) struct Row {
    id: String,
    kind: Kind,
    case_id: Option<String>,
    submission_id: Option<String>,
    authority_code: Option<AuthorityCode>,
    recipients: String,
    payload: String,
    status: Status,
    attempts: i32,
    next_attempt_at: chrono::NaiveDateTime,
    sent_at: Option<chrono::NaiveDateTime>,
    last_error: Option<String>,
    created_at: chrono::NaiveDateTime,
}

pub(super) fn from_row(r: Row) -> QueryResult<Message> {
    let uuid = |v: &str| Uuid::parse_str(v).map_err(|_| corrupt("outbox id", v));
    let kind = r.kind;
    Ok(Message {
        id: uuid(&r.id)?,
        kind,
        case_id: r.case_id.as_deref().map(uuid).transpose()?,
        submission_id: r.submission_id.as_deref().map(uuid).transpose()?,
        authority_code: r.authority_code,
        recipients: serde_json::from_str(&r.recipients)
            .map_err(|_| corrupt("outbox recipients", &r.id))?,
        payload: Payload::from_json(kind, &r.payload)
            .map_err(|_| corrupt("outbox payload", &r.id))?,
        status: r.status,
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
    authority_code: Option<AuthorityCode>,
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
        kind: m.kind().as_str(),
        dedupe_key: m.dedupe_key.clone(),
        case_id: m.case_id.map(|u| u.to_string()),
        submission_id: m.submission_id.map(|u| u.to_string()),
        authority_code: m.authority_code.clone(),
        recipients: serde_json::Value::from(m.recipients.clone()).to_string(),
        payload: m.payload.to_json(),
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
                kind: m.kind(),
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
