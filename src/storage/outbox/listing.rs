//! Reading the outbox for people: `intake outbox list` and a case's delivery state.

use super::{from_row, Message, Row, Status};
use crate::storage::from_db;
use crate::storage::schema::{cases, outbox, outbox_attempts};
use crate::storage::DbConn;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

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
