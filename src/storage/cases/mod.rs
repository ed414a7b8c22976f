//! Cases and their immutable submissions: the rows and their conversion to domain types.
//! Writing lives in `write`, reading in `read`.

mod language;
mod read;
mod write;

pub use language::{insert_case_speaking, languages_of, set_language};

pub use read::{
    case_id_by_reference, cases_for_mail, due_before, find_case, list_cases, lock_case,
    submissions_of,
};
pub(crate) use write::queue_due;
pub use write::{allocate_reference, insert_case, insert_submission, update_case};

use super::schema::{cases, submissions};
use super::{corrupt, from_db, to_db};
use crate::domain::case::{Case, Submission};
use crate::domain::codes::{IncidentStatus, Regime, ReviewStatus, Severity};
use crate::domain::deadlines::{Clock, Filed, IntermediateRequest};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::names::{CaseReference, EntityType};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

#[derive(Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = cases, treat_none_as_default_value = false)]
pub(super) struct CaseRow {
    pub(super) id: String,
    pub(super) reference: CaseReference,
    pub(super) regime: Regime,
    pub(super) entity_id: String,
    pub(super) entity_type: EntityType,
    pub(super) member_state: MemberState,
    pub(super) state: CaseState,
    pub(super) timezone: String,
    pub(super) trust_service_provider: bool,
    pub(super) aware_at: NaiveDateTime,
    pub(super) notification_submitted_at: Option<NaiveDateTime>,
    pub(super) progress_reported: bool,
    pub(super) handled_at: Option<NaiveDateTime>,
    pub(super) title: String,
    pub(super) incident_status: IncidentStatus,
    pub(super) severity: Option<Severity>,
    pub(super) cross_border_flagged: bool,
    #[diesel(treat_none_as_null = true)]
    pub(super) next_due_stage: Option<Stage>,
    #[diesel(treat_none_as_null = true)]
    pub(super) next_due_at: Option<NaiveDateTime>,
    pub(super) created_at: NaiveDateTime,
    pub(super) updated_at: NaiveDateTime,
    pub(super) version: i64,
    #[diesel(treat_none_as_null = true)]
    pub(super) intermediate_request_id: Option<String>,
    #[diesel(treat_none_as_null = true)]
    pub(super) intermediate_requested_at: Option<NaiveDateTime>,
    #[diesel(treat_none_as_null = true)]
    pub(super) intermediate_due_at: Option<NaiveDateTime>,
    /// How the case ended (spec §1.5), JSON; `NULL` while open.
    #[diesel(treat_none_as_null = true)]
    pub(super) closure: Option<String>,
    /// The stages waived (spec §1.5), a JSON array.
    pub(super) waivers: String,
    pub(super) report_kind: Option<String>,
    pub(super) voluntary: bool,
    /// The sibling regimes' threads (spec §7), a JSON array.
    pub(super) threads: String,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = submissions, treat_none_as_default_value = false)]
pub(super) struct SubmissionRow {
    pub(super) id: String,
    pub(super) case_id: String,
    pub(super) seq: i32,
    pub(super) stage: Stage,
    pub(super) version: i32,
    pub(super) supersedes_id: Option<String>,
    pub(super) submitted_at: NaiveDateTime,
    pub(super) submitted_by: String,
    pub(super) due_at: Option<NaiveDateTime>,
    pub(super) late: bool,
    pub(super) review_status: ReviewStatus,
    pub(super) facts: String,
    pub(super) provided: String,
    pub(super) entity_snapshot: String,
    pub(super) incident_status: Option<IncidentStatus>,
    pub(super) regime: Regime,
}

pub(super) fn case_row(case: &Case, now: DateTime<Utc>) -> CaseRow {
    let next = case.next_due(now);
    CaseRow {
        id: case.id.to_string(),
        reference: case.reference.clone(),
        regime: case.regime,
        entity_id: case.entity_id.to_string(),
        entity_type: case.entity_type,
        member_state: case.member_state,
        state: case.state,
        timezone: case.clock.timezone.name().into(),
        trust_service_provider: case.clock.trust_service_provider,
        aware_at: to_db(case.clock.aware_at),
        notification_submitted_at: case.clock.notification_submitted_at.map(to_db),
        progress_reported: case.clock.progress_reported,
        handled_at: case.clock.handled_at.map(to_db),
        title: case.title.clone(),
        incident_status: case.incident_status,
        severity: case.severity,
        cross_border_flagged: case.cross_border_flagged,
        next_due_stage: next.map(|(s, _)| s),
        next_due_at: next.map(|(_, t)| to_db(t)),
        created_at: to_db(case.created_at),
        updated_at: to_db(case.updated_at),
        version: case.version,
        intermediate_request_id: case.clock.intermediate.map(|r| r.id.to_string()),
        intermediate_requested_at: case.clock.intermediate.map(|r| to_db(r.requested_at)),
        intermediate_due_at: case.clock.intermediate.map(|r| to_db(r.due_at)),
        closure: case
            .closure
            .as_ref()
            .and_then(|c| serde_json::to_string(c).ok()),
        waivers: serde_json::to_string(&case.waivers).unwrap_or_else(|_| "[]".into()),
        report_kind: case.kind.map(|k| k.as_str().to_string()),
        voluntary: case.kind.is_some(),
        threads: serde_json::to_string(&case.threads).unwrap_or_else(|_| "[]".into()),
    }
}

pub(super) fn uuid(what: &str, v: &str) -> QueryResult<Uuid> {
    Uuid::parse_str(v).map_err(|_| corrupt(what, v))
}

/// `facts` are the latest submission's, for carrying forward; listings pass `Null`.
pub(super) fn case_from_row(
    r: CaseRow,
    filed: Vec<Filed>,
    facts: serde_json::Value,
) -> QueryResult<Case> {
    Ok(Case {
        id: uuid("case id", &r.id)?,
        reference: r.reference,
        regime: r.regime,
        kind: match &r.report_kind {
            Some(k) => Some(
                crate::domain::report::ReportKind::from_code(k)
                    .ok_or_else(|| corrupt("report kind", k))?,
            ),
            None => None,
        },
        entity_id: uuid("entity id", &r.entity_id)?,
        entity_type: r.entity_type,
        member_state: r.member_state,
        state: r.state,
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
        incident_status: r.incident_status,
        severity: r.severity,
        cross_border_flagged: r.cross_border_flagged,
        created_at: from_db(r.created_at),
        updated_at: from_db(r.updated_at),
        version: r.version,
        filed,
        facts,
        closure: r
            .closure
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|_| corrupt("case closure", &r.id))?,
        waivers: serde_json::from_str(&r.waivers).map_err(|_| corrupt("case waivers", &r.id))?,
        threads: serde_json::from_str(&r.threads).map_err(|_| corrupt("case threads", &r.id))?,
    })
}

pub(super) fn submission_from_row(r: SubmissionRow) -> QueryResult<Submission> {
    Ok(Submission {
        id: uuid("submission id", &r.id)?,
        case_id: uuid("case id", &r.case_id)?,
        regime: r.regime,
        seq: r.seq,
        stage: r.stage,
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
        review_status: r.review_status,
        facts: serde_json::from_str(&r.facts).map_err(|_| corrupt("submission facts", &r.id))?,
        provided: serde_json::from_str(&r.provided)
            .map_err(|_| corrupt("submission fields", &r.id))?,
    })
}
