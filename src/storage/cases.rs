//! Cases and their immutable submissions.

use super::schema::{case_recipients, cases, reference_counters, submissions};
use super::{corrupt, from_db, native, to_db, DbConn};
use crate::domain::case::{Case, Submission};
use crate::domain::codes::{IncidentStatus, Regime, ReviewStatus, Severity};
use crate::domain::deadlines::{Clock, Filed, IntermediateRequest};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::sector::Classification;
use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

#[derive(Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = cases, treat_none_as_default_value = false)]
struct CaseRow {
    id: String,
    reference: String,
    regime: String,
    entity_id: String,
    entity_type: String,
    member_state: String,
    state: String,
    timezone: String,
    trust_service_provider: bool,
    aware_at: NaiveDateTime,
    notification_submitted_at: Option<NaiveDateTime>,
    progress_reported: bool,
    handled_at: Option<NaiveDateTime>,
    title: String,
    incident_status: String,
    severity: Option<String>,
    cross_border_flagged: bool,
    #[diesel(treat_none_as_null = true)]
    next_due_stage: Option<String>,
    #[diesel(treat_none_as_null = true)]
    next_due_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    version: i64,
    #[diesel(treat_none_as_null = true)]
    intermediate_request_id: Option<String>,
    #[diesel(treat_none_as_null = true)]
    intermediate_requested_at: Option<NaiveDateTime>,
    #[diesel(treat_none_as_null = true)]
    intermediate_due_at: Option<NaiveDateTime>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = submissions, treat_none_as_default_value = false)]
struct SubmissionRow {
    id: String,
    case_id: String,
    seq: i32,
    stage: String,
    version: i32,
    supersedes_id: Option<String>,
    submitted_at: NaiveDateTime,
    submitted_by: String,
    due_at: Option<NaiveDateTime>,
    late: bool,
    review_status: String,
    facts: String,
    provided: String,
    entity_snapshot: String,
}

fn case_row(case: &Case, now: DateTime<Utc>) -> CaseRow {
    let next = case.next_due(now);
    CaseRow {
        id: case.id.to_string(),
        reference: case.reference.clone(),
        regime: case.regime.as_str().into(),
        entity_id: case.entity_id.to_string(),
        entity_type: case.entity_type.into(),
        member_state: case.member_state.as_str().into(),
        state: case.state.as_str().into(),
        timezone: case.clock.timezone.name().into(),
        trust_service_provider: case.clock.trust_service_provider,
        aware_at: to_db(case.clock.aware_at),
        notification_submitted_at: case.clock.notification_submitted_at.map(to_db),
        progress_reported: case.clock.progress_reported,
        handled_at: case.clock.handled_at.map(to_db),
        title: case.title.clone(),
        incident_status: case.incident_status.as_str().into(),
        severity: case.severity.map(|s| s.as_str().into()),
        cross_border_flagged: case.cross_border_flagged,
        next_due_stage: next.map(|(s, _)| s.as_str().into()),
        next_due_at: next.map(|(_, t)| to_db(t)),
        created_at: to_db(case.created_at),
        updated_at: to_db(case.updated_at),
        version: case.version,
        intermediate_request_id: case.clock.intermediate.map(|r| r.id.to_string()),
        intermediate_requested_at: case.clock.intermediate.map(|r| to_db(r.requested_at)),
        intermediate_due_at: case.clock.intermediate.map(|r| to_db(r.due_at)),
    }
}

fn uuid(what: &str, v: &str) -> QueryResult<Uuid> {
    Uuid::parse_str(v).map_err(|_| corrupt(what, v))
}

fn code<T>(what: &str, v: &str, parse: fn(&str) -> Option<T>) -> QueryResult<T> {
    parse(v).ok_or_else(|| corrupt(what, v))
}

/// `facts` are the latest submission's, for carrying forward; listings pass `Null`.
fn case_from_row(r: CaseRow, filed: Vec<Filed>, facts: serde_json::Value) -> QueryResult<Case> {
    let entity_type = Classification::parse_type_only(&r.entity_type)
        .ok_or_else(|| corrupt("entity type", &r.entity_type))?;
    Ok(Case {
        id: uuid("case id", &r.id)?,
        reference: r.reference,
        regime: code("regime", &r.regime, Regime::from_code)?,
        entity_id: uuid("entity id", &r.entity_id)?,
        entity_type,
        member_state: code("member state", &r.member_state, MemberState::from_code)?,
        state: code("case state", &r.state, CaseState::from_code)?,
        clock: Clock {
            aware_at: from_db(r.aware_at),
            timezone: r
                .timezone
                .parse()
                .map_err(|_| corrupt("time zone", &r.timezone))?,
            trust_service_provider: r.trust_service_provider,
            notification_submitted_at: r.notification_submitted_at.map(from_db),
            progress_reported: r.progress_reported,
            handled_at: r.handled_at.map(from_db),
            intermediate: match (
                &r.intermediate_request_id,
                r.intermediate_requested_at,
                r.intermediate_due_at,
            ) {
                (Some(id), Some(at), Some(due)) => Some(IntermediateRequest {
                    id: uuid("request id", id)?,
                    requested_at: from_db(at),
                    due_at: from_db(due),
                }),
                _ => None,
            },
        },
        title: r.title,
        incident_status: code(
            "incident status",
            &r.incident_status,
            IncidentStatus::from_code,
        )?,
        severity: r
            .severity
            .as_deref()
            .map(|s| code("severity", s, Severity::from_code))
            .transpose()?,
        cross_border_flagged: r.cross_border_flagged,
        created_at: from_db(r.created_at),
        updated_at: from_db(r.updated_at),
        version: r.version,
        filed,
        facts,
    })
}

fn submission_from_row(r: SubmissionRow) -> QueryResult<Submission> {
    Ok(Submission {
        id: uuid("submission id", &r.id)?,
        case_id: uuid("case id", &r.case_id)?,
        seq: r.seq,
        stage: code("stage", &r.stage, Stage::from_code)?,
        version: r.version,
        supersedes: r
            .supersedes_id
            .as_deref()
            .map(|s| uuid("submission id", s))
            .transpose()?,
        submitted_at: from_db(r.submitted_at),
        submitted_by: r.submitted_by,
        due_at: r.due_at.map(from_db),
        late: r.late,
        review_status: code("review status", &r.review_status, ReviewStatus::from_code)?,
        facts: serde_json::from_str(&r.facts).map_err(|_| corrupt("submission facts", &r.id))?,
        provided: serde_json::from_str(&r.provided)
            .map_err(|_| corrupt("submission fields", &r.id))?,
    })
}

/// Allocates the next `{MS}-{YYYY}-{seq6}` reference.
///
/// SQLite: a counter row, bumped inside the caller's transaction (the single writer already
/// serialises filings, so the numbers have no gaps). PostgreSQL: one sequence per prefix,
/// because a counter row would hold its lock until each filing's commit and serialise all
/// instances on it; a number is skipped if its filing rolls back, and references stay
/// unique and increasing.
pub fn allocate_reference(
    conn: &mut DbConn,
    ms: MemberState,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let prefix = format!("{}-{}", ms.as_str(), now.year());
    let n = match conn {
        DbConn::Postgres(pg) => next_in_sequence(pg, &prefix)?,
        DbConn::Sqlite(lite) => {
            use reference_counters::dsl as rc;
            let bumped = diesel::update(rc::reference_counters.find(&prefix))
                .set(rc::last_value.eq(rc::last_value + 1))
                .execute(lite)?;
            if bumped == 0 {
                diesel::insert_into(rc::reference_counters)
                    .values((rc::prefix.eq(&prefix), rc::last_value.eq(1i64)))
                    .execute(lite)?;
            }
            rc::reference_counters
                .find(&prefix)
                .select(rc::last_value)
                .first(lite)?
        }
    };
    Ok(format!("{prefix}-{n:06}"))
}

#[derive(diesel::QueryableByName)]
struct NextVal {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// `nextval` of the prefix's sequence, creating it on first use. Each step runs in a
/// savepoint, so a concurrent creation by another instance cannot abort the filing.
fn next_in_sequence(pg: &mut diesel::PgConnection, prefix: &str) -> QueryResult<i64> {
    // The prefix is a member-state code and a year: safe as an identifier.
    let seq = format!(
        "reference_seq_{}",
        prefix.to_ascii_lowercase().replace('-', "_")
    );
    let next = |pg: &mut diesel::PgConnection| {
        pg.transaction(|pg| {
            diesel::sql_query(format!("SELECT nextval('{seq}') AS n"))
                .get_result::<NextVal>(pg)
                .map(|r| r.n)
        })
    };
    if let Ok(n) = next(pg) {
        return Ok(n);
    }
    let _ = pg.transaction(|pg| {
        diesel::sql_query(format!("CREATE SEQUENCE IF NOT EXISTS {seq}")).execute(pg)
    });
    next(pg)
}

pub fn insert_case(conn: &mut DbConn, case: &Case, now: DateTime<Utc>) -> QueryResult<()> {
    let row = case_row(case, now);
    native!(conn, |c| diesel::insert_into(cases::table)
        .values(&row)
        .execute(c))
    .map(drop)
}

/// Saves `case` if nobody filed on it since `expected_version` was read; `false` otherwise.
pub fn update_case(
    conn: &mut DbConn,
    case: &Case,
    expected_version: i64,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let query = diesel::update(
        cases::table
            .find(case.id.to_string())
            .filter(cases::version.eq(expected_version)),
    )
    .set(case_row(case, now));
    let n = native!(conn, |c| query.execute(c))?;
    if n == 1 {
        let keys = diesel::update(
            case_recipients::table.filter(case_recipients::case_id.eq(case.id.to_string())),
        )
        .set((
            case_recipients::queue_due_at.eq(queue_due(case, now)),
            case_recipients::case_state.eq(case.state.as_str()),
        ));
        native!(conn, |c| keys.execute(c))?;
    }
    Ok(n == 1)
}

/// The case's most urgent open deadline as the queue sorts it; cases without one last.
pub(crate) fn queue_due(case: &Case, now: DateTime<Utc>) -> NaiveDateTime {
    case.next_due(now)
        .map(|(_, t)| to_db(t))
        .unwrap_or_else(|| {
            chrono::NaiveDate::from_ymd_opt(9999, 12, 31)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default()
        })
}

pub fn insert_submission(
    conn: &mut DbConn,
    s: &Submission,
    entity_snapshot: &str,
) -> QueryResult<()> {
    let row = SubmissionRow {
        id: s.id.to_string(),
        case_id: s.case_id.to_string(),
        seq: s.seq,
        stage: s.stage.as_str().into(),
        version: s.version,
        supersedes_id: s.supersedes.map(|u| u.to_string()),
        submitted_at: to_db(s.submitted_at),
        submitted_by: s.submitted_by.clone(),
        due_at: s.due_at.map(to_db),
        late: s.late,
        review_status: s.review_status.as_str().into(),
        facts: s.facts.to_string(),
        provided: serde_json::Value::from(s.provided.clone()).to_string(),
        entity_snapshot: entity_snapshot.to_string(),
    };
    native!(conn, |c| diesel::insert_into(submissions::table)
        .values(&row)
        .execute(c))
    .map(drop)
}

/// The filing metadata of several cases, in filing order, with one query.
fn filed_of(conn: &mut DbConn, case_ids: &[String]) -> QueryResult<Vec<(String, Filed)>> {
    let rows: Vec<(String, String, String, NaiveDateTime)> = submissions::table
        .filter(submissions::case_id.eq_any(case_ids))
        .order((submissions::case_id, submissions::seq))
        .select((
            submissions::case_id,
            submissions::id,
            submissions::stage,
            submissions::submitted_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(case_id, id, stage, at)| {
            Ok((
                case_id,
                Filed {
                    id: uuid("submission id", &id)?,
                    stage: code("stage", &stage, Stage::from_code)?,
                    submitted_at: from_db(at),
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
        .filter(cases::state.ne_all([CaseState::Closed.as_str(), CaseState::Withdrawn.as_str()]))
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
            let entity = super::entities::find_entity(conn, id)?
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
