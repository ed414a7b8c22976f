//! Reading cases (one, an entity's, those due) and their submissions.

use super::{case_from_row, submission_from_row, uuid, CaseRow, SubmissionRow};
use crate::domain::case::{Case, Submission};
use crate::domain::codes::{IncidentStatus, Regime};
use crate::domain::deadlines::Filed;
use crate::domain::lifecycle::{CaseState, Stage};
use crate::storage::schema::{cases, submissions};
use crate::storage::{corrupt, from_db, to_db, DbConn};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// The filing metadata of several cases, in filing order, with one query.
fn filed_of(conn: &mut DbConn, case_ids: &[String]) -> QueryResult<Vec<(String, Filed)>> {
    type Row = (
        String,
        String,
        Regime,
        Stage,
        NaiveDateTime,
        Option<IncidentStatus>,
    );
    let rows: Vec<Row> = submissions::table
        .filter(submissions::case_id.eq_any(case_ids))
        .order((submissions::case_id, submissions::seq))
        .select((
            submissions::case_id,
            submissions::id,
            submissions::regime,
            submissions::stage,
            submissions::submitted_at,
            submissions::incident_status,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(case_id, id, regime, stage, at, incident_status)| {
            Ok((
                case_id,
                Filed {
                    id: uuid("submission id", &id)?,
                    regime,
                    stage,
                    submitted_at: from_db(at),
                    incident_status,
                },
            ))
        })
        .collect()
}

/// A case, only if it belongs to `entity_id` when one is given (no existence leak).
pub fn find_case(
    conn: &mut DbConn,
    id: Uuid,
    entity_id: Option<Uuid>,
) -> QueryResult<Option<Case>> {
    let mut q = cases::table
        .find(id.to_string())
        .select(CaseRow::as_select())
        .into_boxed();
    if let Some(e) = entity_id {
        q = q.filter(cases::entity_id.eq(e.to_string()));
    }
    let Some(row) = q.first(conn).optional()? else {
        return Ok(None);
    };
    let filed = filed_of(conn, std::slice::from_ref(&row.id))?
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let latest: Option<String> = submissions::table
        .filter(submissions::case_id.eq(&row.id))
        .order(submissions::seq.desc())
        .select(submissions::facts)
        .first(conn)
        .optional()?;
    let facts = match latest {
        Some(f) => serde_json::from_str(&f).map_err(|_| corrupt("submission facts", &row.id))?,
        None => serde_json::Value::Null,
    };
    case_from_row(row, filed, facts).map(Some)
}

/// Like [`find_case`], holding the case's row lock until the transaction ends (PostgreSQL; on
/// SQLite the single writer already serialises filings).
pub fn lock_case(
    conn: &mut DbConn,
    id: Uuid,
    entity_id: Option<Uuid>,
) -> QueryResult<Option<Case>> {
    let mut q = diesel::update(cases::table.find(id.to_string())).into_boxed();
    if let Some(e) = entity_id {
        q = q.filter(cases::entity_id.eq(e.to_string()));
    }
    if q.set(cases::version.eq(cases::version)).execute(conn)? == 0 {
        return Ok(None);
    }
    find_case(conn, id, entity_id)
}

/// An entity's cases, newest first, `limit` at a time, before the cursor `(created_at, id)`.
pub fn list_cases(
    conn: &mut DbConn,
    entity_id: Uuid,
    limit: i64,
    before: Option<(DateTime<Utc>, Uuid)>,
) -> QueryResult<Vec<Case>> {
    let mut q = cases::table
        .filter(cases::entity_id.eq(entity_id.to_string()))
        .select(CaseRow::as_select())
        .into_boxed();
    if let Some((at, id)) = before {
        let at = to_db(at);
        q = q.filter(
            cases::created_at
                .lt(at)
                .or(cases::created_at.eq(at).and(cases::id.lt(id.to_string()))),
        );
    }
    let rows: Vec<CaseRow> = q
        .order((cases::created_at.desc(), cases::id.desc()))
        .limit(limit)
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut filed = filed_of(conn, &ids)?;
    rows.into_iter()
        .map(|r| {
            let mine: Vec<Filed> = filed
                .iter()
                .filter(|(c, _)| *c == r.id)
                .map(|(_, f)| *f)
                .collect();
            filed.retain(|(c, _)| *c != r.id);
            case_from_row(r, mine, serde_json::Value::Null)
        })
        .collect()
}

/// Open cases with a deadline before `until` (the reminder scan), with their entity.
pub fn due_before(
    conn: &mut DbConn,
    until: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<(Case, crate::domain::entity::EntityProfile)>> {
    let rows: Vec<CaseRow> = cases::table
        .filter(cases::next_due_at.le(to_db(until)))
        .filter(cases::state.ne_all([CaseState::Closed, CaseState::Withdrawn]))
        .order(cases::next_due_at)
        .limit(limit)
        .select(CaseRow::as_select())
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let filed = filed_of(conn, &ids)?;
    let mut profiles: std::collections::HashMap<String, crate::domain::entity::EntityProfile> =
        Default::default();
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if !profiles.contains_key(&r.entity_id) {
            let id = uuid("entity id", &r.entity_id)?;
            let entity = crate::storage::entities::find_entity(conn, id)?
                .ok_or_else(|| corrupt("case entity", &r.entity_id))?;
            profiles.insert(r.entity_id.clone(), entity.profile);
        }
        let profile = profiles[&r.entity_id].clone();
        let mine = filed
            .iter()
            .filter(|(c, _)| *c == r.id)
            .map(|(_, f)| *f)
            .collect();
        out.push((case_from_row(r, mine, serde_json::Value::Null)?, profile));
    }
    Ok(out)
}

/// Every submission of a case, in filing order.
pub fn submissions_of(conn: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<Submission>> {
    let rows: Vec<SubmissionRow> = submissions::table
        .filter(submissions::case_id.eq(case_id.to_string()))
        .order(submissions::seq)
        .select(SubmissionRow::as_select())
        .load(conn)?;
    rows.into_iter().map(submission_from_row).collect()
}

/// Several cases with all their submissions and their entity's profile, in three queries
/// whatever their number: the mail worker composes a batch's messages from these.
pub fn cases_for_mail(
    conn: &mut DbConn,
    ids: &[Uuid],
) -> QueryResult<Vec<(Case, Vec<Submission>, crate::domain::entity::EntityProfile)>> {
    let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let rows: Vec<CaseRow> = cases::table
        .filter(cases::id.eq_any(&ids))
        .select(CaseRow::as_select())
        .load(conn)?;
    type Loaded = (Vec<Submission>, Vec<Filed>);
    let mut by_case: std::collections::HashMap<String, Loaded> = Default::default();
    let submission_rows: Vec<SubmissionRow> = submissions::table
        .filter(submissions::case_id.eq_any(&ids))
        .order((submissions::case_id, submissions::seq))
        .select(SubmissionRow::as_select())
        .load(conn)?;
    for r in submission_rows {
        let (case_id, incident_status) = (r.case_id.clone(), r.incident_status);
        let s = submission_from_row(r)?;
        let (subs, filed) = by_case.entry(case_id).or_default();
        filed.push(Filed {
            id: s.id,
            regime: s.regime,
            stage: s.stage,
            submitted_at: s.submitted_at,
            incident_status,
        });
        subs.push(s);
    }
    let entity_ids: Vec<Uuid> = rows
        .iter()
        .map(|r| uuid("entity id", &r.entity_id))
        .collect::<QueryResult<_>>()?;
    let profiles = crate::storage::entities::find_entities(conn, &entity_ids)?;
    rows.into_iter()
        .map(|r| {
            let (subs, filed) = by_case.remove(&r.id).unwrap_or_default();
            let facts = subs
                .last()
                .map_or(serde_json::Value::Null, |s| s.facts.clone());
            let profile = profiles
                .get(&r.entity_id)
                .cloned()
                .ok_or_else(|| corrupt("case entity", &r.entity_id))?;
            Ok((case_from_row(r, filed, facts)?, subs, profile))
        })
        .collect()
}

/// The id of the case with `reference`, if there is one (a duplicate's other case).
pub fn case_id_by_reference(
    conn: &mut DbConn,
    reference: &crate::domain::names::CaseReference,
) -> QueryResult<Option<Uuid>> {
    let id: Option<String> = cases::table
        .filter(cases::reference.eq(reference))
        .select(cases::id)
        .first(conn)
        .optional()?;
    id.map(|i| uuid("case id", &i)).transpose()
}
