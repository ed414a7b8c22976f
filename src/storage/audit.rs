//! The append-only, hash-chained audit log (see `domain::audit`); new entries are keyed
//! (see `domain::audit_chain`).

use super::schema::audit_log;
use super::{corrupt, from_db, to_db, DbConn};
use crate::domain::audit::{self, AuditAction, Entry, Stored, GENESIS};
use crate::domain::audit_chain::{self, ChainKey, Checkpoint, Finding, Linked, Verified};
use crate::domain::names::AuthorityCode;
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// Who did something, and for which authority, for the log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub who: audit::Actor,
    pub authority_code: Option<AuthorityCode>,
}

/// Appends one entry, chained to the last by its keyed hash under `key`. Runs inside the
/// caller's transaction; on PostgreSQL a transaction-scoped advisory lock orders concurrent
/// appends (SQLite has one writer already).
pub fn append(
    c: &mut DbConn,
    key: &ChainKey,
    actor: &Actor,
    action: AuditAction,
    case_id: Option<Uuid>,
    detail: serde_json::Value,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    if let DbConn::Postgres(pg) = c {
        diesel::sql_query("SELECT pg_advisory_xact_lock(74410023)").execute(pg)?;
    }
    let last: Option<(i64, String)> = audit_log::table
        .order(audit_log::seq.desc())
        .select((audit_log::seq, audit_log::hash))
        .first(c)
        .optional()?;
    let (seq, prev) = last.unwrap_or((0, GENESIS.to_string()));
    let entry = Entry {
        seq: seq + 1,
        at: now,
        actor: actor.who.clone(),
        authority_code: actor.authority_code.clone(),
        action,
        case_id: case_id.map(|c| c.to_string()),
        detail: detail.to_string(),
    };
    let hash = key.entry_hash(&entry.stored(), &prev);
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::seq.eq(entry.seq),
            audit_log::at.eq(to_db(now)),
            audit_log::actor.eq(entry.actor.to_string()),
            audit_log::authority_code.eq(&entry.authority_code),
            audit_log::action.eq(entry.action.to_string()),
            audit_log::case_id.eq(&entry.case_id),
            audit_log::detail.eq(&entry.detail),
            audit_log::prev_hash.eq(prev),
            audit_log::hash.eq(hash),
            audit_log::chain.eq(audit_chain::KEYED),
        ))
        .execute(c)
        .map(drop)
}

type Row = (
    i64,
    NaiveDateTime,
    String,
    Option<AuthorityCode>,
    String,
    Option<String>,
    String,
    String,
    String,
    i32,
);

fn entry(r: Row) -> QueryResult<(Entry, String, String)> {
    Ok((
        Entry {
            seq: r.0,
            at: from_db(r.1),
            actor: audit::Actor::parse(&r.2).ok_or_else(|| corrupt("audit actor", &r.2))?,
            authority_code: r.3,
            action: AuditAction::parse(&r.4).ok_or_else(|| corrupt("audit action", &r.4))?,
            case_id: r.5,
            detail: r.6,
        },
        r.7,
        r.8,
    ))
}

/// The row as text, for verification: no field is parsed.
type StoredRow = (
    i64,
    NaiveDateTime,
    String,
    Option<String>,
    String,
    Option<String>,
    String,
    String,
    String,
    i32,
);

fn stored(r: StoredRow) -> Linked {
    Linked {
        entry: Stored {
            seq: r.0,
            at: from_db(r.1),
            actor: r.2,
            authority_code: r.3,
            action: r.4,
            case_id: r.5,
            detail: r.6,
        },
        prev_hash: r.7,
        hash: r.8,
        chain: r.9,
    }
}

/// The details of every read of a package shared from `case_id`, whoever read it: the
/// sender sees how often its packages were read, never by whom.
pub fn package_reads(c: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<String>> {
    audit_log::table
        .filter(audit_log::case_id.eq(case_id.to_string()))
        .filter(audit_log::action.eq("package.viewed"))
        .select(audit_log::detail)
        .load(c)
}

/// A case's trail as `viewer` may see it, oldest first: its own staff's entries and those
/// of no authority (the reporter, API keys), never another authority's staff or actions.
pub fn of_case(c: &mut DbConn, case_id: Uuid, viewer: &AuthorityCode) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .filter(audit_log::case_id.eq(case_id.to_string()))
        .filter(
            audit_log::authority_code
                .is_null()
                .or(audit_log::authority_code.eq(viewer.as_str())),
        )
        .order(audit_log::seq)
        .load::<Row>(c)?
        .into_iter()
        .map(|r| entry(r).map(|e| e.0))
        .collect()
}

/// The last entry's sequence number and hash: `(0, GENESIS)` for an empty log.
pub fn head(c: &mut DbConn) -> QueryResult<(i64, String)> {
    Ok(audit_log::table
        .order(audit_log::seq.desc())
        .select((audit_log::seq, audit_log::hash))
        .first(c)
        .optional()?
        .unwrap_or((0, GENESIS.to_string())))
}

/// Verifies the whole chain in pages under `key`, then the `checkpoints` (numbered by their
/// line in the checkpoint file) against it; the first disagreement.
pub fn verify(
    c: &mut DbConn,
    key: &ChainKey,
    checkpoints: &[(usize, Checkpoint)],
) -> QueryResult<Result<Verified, Finding>> {
    let mut all = Vec::new();
    let mut after = 0i64;
    loop {
        let page: Vec<StoredRow> = audit_log::table
            .filter(audit_log::seq.gt(after))
            .order(audit_log::seq)
            .limit(10_000)
            .load(c)?;
        let Some(last) = page.last() else { break };
        after = last.0;
        all.extend(page.into_iter().map(stored));
    }
    Ok(audit_chain::verify(all, key, checkpoints))
}
