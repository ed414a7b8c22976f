//! What browser filing keeps: each case's follow-up link (as a hash) and unfinished drafts.

use super::schema::{drafts, follow_up_links};
use super::{corrupt, from_db, native, to_db, DbConn};
use crate::domain::lifecycle::Stage;
use crate::secrets::hash_token;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// Records the hash of a case's follow-up token; called in the transaction that opens it.
pub fn insert_link(
    conn: &mut DbConn,
    case_id: Uuid,
    token: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = (
        follow_up_links::token_hash.eq(hash_token(token)),
        follow_up_links::case_id.eq(case_id.to_string()),
        follow_up_links::created_at.eq(to_db(now)),
    );
    native!(conn, |c| diesel::insert_into(follow_up_links::table)
        .values(row)
        .execute(c))
    .map(drop)
}

/// The case a follow-up token opens, if any. The token starts with its case id; it opens
/// the case only if its hash is the one stored for that case.
pub fn case_of_link(conn: &mut DbConn, token: &str) -> QueryResult<Option<Uuid>> {
    let Some(case_id) = token.get(..32).and_then(|h| Uuid::try_parse(h).ok()) else {
        return Ok(None);
    };
    let stored: Option<String> = follow_up_links::table
        .find(case_id.to_string())
        .select(follow_up_links::token_hash)
        .first(conn)
        .optional()?;
    Ok(stored
        .filter(|h| crate::secrets::same(h, &hash_token(token)))
        .map(|_| case_id))
}

/// A saved, unfinished form: the fields exactly as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: Uuid,
    pub case_id: Option<Uuid>,
    pub stage: Stage,
    pub form: Vec<(String, String)>,
    pub updated_at: DateTime<Utc>,
}

type DraftRow = (String, Option<String>, Stage, String, chrono::NaiveDateTime);

fn draft_from_row((id, case_id, stage, form, at): DraftRow) -> QueryResult<Draft> {
    Ok(Draft {
        id: Uuid::parse_str(&id).map_err(|_| corrupt("draft id", &id))?,
        case_id: case_id
            .map(|c| Uuid::parse_str(&c).map_err(|_| corrupt("case id", &c)))
            .transpose()?,
        stage,
        form: serde_json::from_str(&form).map_err(|_| corrupt("draft form", &id))?,
        updated_at: from_db(at),
    })
}

const DRAFT_COLUMNS: (
    drafts::id,
    drafts::case_id,
    drafts::stage,
    drafts::form,
    drafts::updated_at,
) = (
    drafts::id,
    drafts::case_id,
    drafts::stage,
    drafts::form,
    drafts::updated_at,
);

fn form_json(form: &[(String, String)]) -> QueryResult<String> {
    serde_json::to_string(form).map_err(|e| diesel::result::Error::SerializationError(e.into()))
}

/// Saves a new report's draft under a fresh token's hash, or overwrites the draft that
/// `token` already names. `address_hash` (a keyed hash of the client address) is what the
/// per-address quota counts; an overwrite keeps the address that created the draft.
pub fn save_new_report_draft(
    conn: &mut DbConn,
    token: &str,
    address_hash: &str,
    stage: Stage,
    form: &[(String, String)],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let hash = hash_token(token);
    let json = form_json(form)?;
    let updated = diesel::update(drafts::table.filter(drafts::token_hash.eq(&hash)))
        .set((
            drafts::stage.eq(stage),
            drafts::form.eq(&json),
            drafts::updated_at.eq(to_db(now)),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(drafts::table)
            .values((
                drafts::id.eq(Uuid::now_v7().to_string()),
                drafts::token_hash.eq(Some(hash)),
                drafts::stage.eq(stage),
                drafts::form.eq(json),
                drafts::created_at.eq(to_db(now)),
                drafts::updated_at.eq(to_db(now)),
                drafts::address_hash.eq(Some(address_hash)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// How many new-report drafts saved from `address_hash` are still alive (saved after
/// `alive_since`): what the per-address quota compares with its limit.
pub fn live_drafts_of_address(
    conn: &mut DbConn,
    address_hash: &str,
    alive_since: DateTime<Utc>,
) -> QueryResult<i64> {
    drafts::table
        .filter(drafts::address_hash.eq(address_hash))
        .filter(drafts::updated_at.gt(to_db(alive_since)))
        .count()
        .get_result(conn)
}

/// The draft a draft link opens, unless it was last saved at or before `alive_since`
/// (expired drafts are gone for readers even before the cleanup job deletes them).
pub fn find_new_report_draft(
    conn: &mut DbConn,
    token: &str,
    alive_since: DateTime<Utc>,
) -> QueryResult<Option<Draft>> {
    drafts::table
        .filter(drafts::token_hash.eq(hash_token(token)))
        .filter(drafts::updated_at.gt(to_db(alive_since)))
        .select(DRAFT_COLUMNS)
        .first::<DraftRow>(conn)
        .optional()?
        .map(draft_from_row)
        .transpose()
}

/// Saves (or overwrites) the draft of `stage` on a case.
pub fn save_case_draft(
    conn: &mut DbConn,
    case_id: Uuid,
    stage: Stage,
    form: &[(String, String)],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let json = form_json(form)?;
    let updated = diesel::update(
        drafts::table
            .filter(drafts::case_id.eq(case_id.to_string()))
            .filter(drafts::stage.eq(stage)),
    )
    .set((drafts::form.eq(&json), drafts::updated_at.eq(to_db(now))))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(drafts::table)
            .values((
                drafts::id.eq(Uuid::now_v7().to_string()),
                drafts::case_id.eq(Some(case_id.to_string())),
                drafts::stage.eq(stage),
                drafts::form.eq(json),
                drafts::created_at.eq(to_db(now)),
                drafts::updated_at.eq(to_db(now)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Every live saved draft of a case (saved after `alive_since`), one per stage.
pub fn drafts_of_case(
    conn: &mut DbConn,
    case_id: Uuid,
    alive_since: DateTime<Utc>,
) -> QueryResult<Vec<Draft>> {
    drafts::table
        .filter(drafts::case_id.eq(case_id.to_string()))
        .filter(drafts::updated_at.gt(to_db(alive_since)))
        .select(DRAFT_COLUMNS)
        .load::<DraftRow>(conn)?
        .into_iter()
        .map(draft_from_row)
        .collect()
}

/// Removes the draft a filing replaced: by its link for a new report, by stage on a case.
pub fn delete_new_report_draft(conn: &mut DbConn, token: &str) -> QueryResult<()> {
    diesel::delete(drafts::table.filter(drafts::token_hash.eq(hash_token(token))))
        .execute(conn)
        .map(drop)
}

pub fn delete_case_draft(conn: &mut DbConn, case_id: Uuid, stage: Stage) -> QueryResult<()> {
    diesel::delete(
        drafts::table
            .filter(drafts::case_id.eq(case_id.to_string()))
            .filter(drafts::stage.eq(stage)),
    )
    .execute(conn)
    .map(drop)
}

/// Ends a case's private follow-up link and drops its drafts: the case now belongs to a
/// registered entity, whose API key follows it (whoever typed the organisation into the
/// public form must not keep reading or withdrawing it).
pub fn forget_link(conn: &mut DbConn, case_id: Uuid) -> QueryResult<()> {
    let id = case_id.to_string();
    diesel::delete(follow_up_links::table.find(&id)).execute(conn)?;
    diesel::delete(drafts::table.filter(drafts::case_id.eq(&id))).execute(conn)?;
    Ok(())
}
