//! Writing cases and submissions, and allocating case references.

use super::{case_row, SubmissionRow};
use crate::domain::case::{Case, Submission};
use crate::domain::codes::IncidentStatus;
use crate::domain::member_state::MemberState;
use crate::domain::names::CaseReference;
use crate::storage::schema::{case_recipients, cases, reference_counters, submissions};
use crate::storage::{native, to_db, DbConn};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

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
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> QueryResult<CaseReference> {
    let year = CaseReference::year_at(now, tz);
    let prefix = format!("{}-{year}", ms.eu_code());
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
    Ok(CaseReference::new(ms, year, n))
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
            case_recipients::case_state.eq(case.state),
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
        stage: s.stage,
        version: s.version,
        supersedes_id: s.supersedes.map(|u| u.to_string()),
        submitted_at: to_db(s.submitted_at),
        submitted_by: s.submitted_by.clone(),
        due_at: s.due_at.map(to_db),
        late: s.late,
        review_status: s.review_status,
        facts: s.facts.to_string(),
        provided: serde_json::Value::from(s.provided.clone()).to_string(),
        entity_snapshot: entity_snapshot.to_string(),
        incident_status: s
            .facts
            .get("incident_status")
            .and_then(serde_json::Value::as_str)
            .and_then(IncidentStatus::from_code),
        regime: s.regime,
    };
    native!(conn, |c| diesel::insert_into(submissions::table)
        .values(&row)
        .execute(c))
    .map(drop)
}
