//! JSON views of cases, shared by the API responses and the OpenAPI document.

use crate::domain::case::{Case, Submission};
use crate::domain::codes::{IncidentStatus, Regime, ReviewStatus, Severity};
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::lifecycle::{CaseState, Stage};
use crate::storage::outbox::Message;
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A stage's deadline and where it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeadlineView {
    /// The thread this row belongs to (spec §7).
    pub regime: Regime,
    pub stage: Stage,
    /// The due time the stage's verdict refers to; absent while it is not determined (a final
    /// report `awaiting_handling`, spec §1.3 rule 7).
    pub due_at: Option<DateTime<Utc>>,
    /// The due time depends on an anchor not yet known and may move.
    pub provisional: bool,
    pub status: DeadlineStatus,
    pub satisfied_by: Option<Uuid>,
    /// `awaiting_handling` only: when the entity is next asked for a status update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_reminder_at: Option<DateTime<Utc>>,
    /// DORA only: which weekend and bank-holiday rule decided `due_at` (`working_day`,
    /// `next_working_day_noon` or `no_relief`; RTS 2025/301 Art. 5(2)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekend_rule: Option<crate::domain::regimes::calendar::WeekendRule>,
}

/// Delivery state of one notification a filing caused.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationView {
    /// `authority_notification`, `reporter_acknowledgement` or `unrouted_alert`.
    pub kind: String,
    /// The authority notified; absent for the reporter's acknowledgement and admin alerts.
    pub authority: Option<crate::domain::names::AuthorityCode>,
    /// `pending`, `sent` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub sent_at: Option<DateTime<Utc>>,
}

/// One filed stage with its content.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    pub id: Uuid,
    /// The thread this filing answers (spec §7); one filing answering several threads is
    /// one report per thread.
    pub regime: Regime,
    pub stage: Stage,
    pub version: i32,
    pub supersedes_submission_id: Option<Uuid>,
    pub submitted_at: DateTime<Utc>,
    pub due_at: Option<DateTime<Utc>>,
    /// `submitted_on_time` or `submitted_late`, frozen at submission.
    pub timeliness: DeadlineStatus,
    pub review_status: ReviewStatus,
    /// Fields this filing provided itself; the rest of `report` was carried forward.
    pub provided_fields: Vec<String>,
    /// The checked content, with the field names of the request.
    #[schema(value_type = Object)]
    pub report: serde_json::Value,
    /// Whether the routed authorities (and the reporter) have been notified of this filing.
    pub notifications: Vec<NotificationView>,
}

/// One filed stage, without content (case lists).
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportSummary {
    pub id: Uuid,
    pub regime: Regime,
    pub stage: Stage,
    pub submitted_at: DateTime<Utc>,
}

/// A case with its deadlines; `reports` has full submissions or summaries.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseView<R: ToSchema> {
    pub id: Uuid,
    pub reference: crate::domain::names::CaseReference,
    /// The primary regime: the thread a filing answers when it names none (spec §7).
    pub regime: Regime,
    /// The case's sibling threads beside the primary NIS2 one (DORA, GDPR, CRA), each with
    /// its own clock; their rows are in `deadlines`.
    pub threads: Vec<ThreadView>,
    /// `voluntary_incident`, `cyber_threat` or `near_miss` for a voluntary notification
    /// (NIS2 Art. 30, no deadlines); absent for a mandatory report.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub kind: Option<String>,
    pub state: CaseState,
    pub member_state: String,
    pub title: String,
    pub incident_status: IncidentStatus,
    pub severity: Option<Severity>,
    pub aware_at: DateTime<Utc>,
    /// Time zone in which "one month" deadlines are computed (the recipient authority's).
    pub timezone: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deadlines: Vec<DeadlineView>,
    pub reports: Vec<R>,
    /// The conversation with the authorities (feedback, messages, requests), oldest first;
    /// only in single-case responses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<MessageView>,
    /// How the case ended (closed by the authority or withdrawn by the entity); absent while
    /// the case is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closure: Option<ClosureView>,
    /// Stages the entity no longer owes (their deadline rows say `waived`), with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<crate::domain::closure::Waiver>,
}

/// One regime's thread of a case (spec §7).
#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadView {
    pub regime: Regime,
    /// `proposed` (e.g. a GDPR breach suggested by a filing with personal data; confirm or
    /// decline it with `POST /api/v1/incidents/{id}/threads/{regime}`), `open` or `ended`.
    pub status: crate::domain::regimes::ThreadStatus,
    /// Why it ended: `reclassified_non_major` (DORA) or `declined` (GDPR).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<crate::domain::regimes::ThreadEnd>,
    /// DORA: when the incident was classified as major (RTS 2025/301 Art. 5(1)(a)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub classified_major_at: Option<DateTime<Utc>>,
    /// CRA: when a corrective or mitigating measure became available (Art. 14(2)(c)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrective_measure_available_at: Option<DateTime<Utc>>,
    /// CRA: the coordinator CSIRT's open request for an intermediate report (Art. 14(6)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intermediate_request: Option<IntermediateRequestView>,
    /// DORA: deadlines on a weekend or bank holiday move to noon of the next working day for
    /// this entity (RTS 2025/301 Art. 5(2)); false for credit institutions, CCPs and trading
    /// venues.
    pub weekend_relief: bool,
}

/// An authority's open request for an intermediate report on a thread.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntermediateRequestView {
    pub id: Uuid,
    pub requested_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
}

fn thread_view(t: &crate::domain::regimes::Thread) -> ThreadView {
    ThreadView {
        regime: t.regime,
        status: t.status,
        ended: t.ended,
        classified_major_at: t.classified_major_at,
        corrective_measure_available_at: t.corrective_measure_available_at,
        intermediate_request: t.intermediate.map(|r| IntermediateRequestView {
            id: r.id,
            requested_at: r.requested_at,
            due_at: r.due_at,
        }),
        weekend_relief: t.weekend_relief,
    }
}

/// How and why a case ended (spec §1.5).
#[derive(Debug, Serialize, ToSchema)]
pub struct ClosureView {
    /// `accepted`, `not_significant`, `duplicate` or `withdrawn`.
    pub kind: crate::domain::closure::ClosureKind,
    pub reason: String,
    /// For a duplicate: the case further reports are filed on.
    pub duplicate_of: Option<String>,
    pub at: DateTime<Utc>,
}

/// One entry of the conversation between the authorities and the reporter.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageView {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    /// The authority's code, or `reporter`.
    pub from: String,
    /// `feedback`, `message_to_reporter`, `message_from_reporter`, `intermediate_request`, `closed`,
    /// `reopened`, `stage_waived` or `withdrawn`.
    pub kind: String,
    pub body: String,
    /// Feedback type, request id and due time, where they apply.
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

impl<R: ToSchema> CaseView<R> {
    /// Adds the conversation a reporter may see.
    pub fn with_messages(mut self, events: &[crate::storage::handling::Event]) -> Self {
        self.messages = events
            .iter()
            .filter(|e| e.kind.visible_to_reporter())
            .map(|e| MessageView {
                id: e.id,
                at: e.at,
                from: e
                    .authority_code
                    .as_ref()
                    .map_or("reporter".into(), String::from),
                kind: e.kind.as_str().into(),
                body: e.body.clone(),
                data: serde_json::to_value(&e.data).unwrap_or_default(),
            })
            .collect();
        self
    }
}

/// A page of the caller's cases, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseList {
    pub items: Vec<CaseView<ReportSummary>>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

fn case_view<R: ToSchema>(case: &Case, reports: Vec<R>, now: DateTime<Utc>) -> CaseView<R> {
    CaseView {
        id: case.id,
        reference: case.reference.clone(),
        regime: case.regime,
        threads: case.threads.iter().map(thread_view).collect(),
        kind: case.kind.map(|k| k.as_str().to_string()),
        state: case.state,
        member_state: case.member_state.as_str().into(),
        title: case.title.clone(),
        incident_status: case.incident_status,
        severity: case.severity,
        aware_at: case.clock.aware_at,
        timezone: case.clock.timezone.name().into(),
        created_at: case.created_at,
        updated_at: case.updated_at,
        deadlines: case
            .deadlines(now)
            .into_iter()
            .map(|d| DeadlineView {
                regime: d.regime,
                stage: d.stage,
                due_at: d.due_at,
                provisional: d.provisional,
                status: d.status,
                satisfied_by: d.satisfied_by,
                next_reminder_at: d.next_reminder_at,
                weekend_rule: d.weekend_rule,
            })
            .collect(),
        reports,
        messages: Vec::new(),
        closure: case.closure.as_ref().map(|c| ClosureView {
            kind: c.kind,
            reason: c.reason.clone(),
            duplicate_of: c.duplicate_of.as_ref().map(|r| r.as_str().to_string()),
            at: c.at,
        }),
        waivers: case.waivers.clone(),
    }
}

pub fn full(
    case: &Case,
    submissions: &[Submission],
    messages: &[Message],
    now: DateTime<Utc>,
) -> CaseView<ReportView> {
    let reports = submissions
        .iter()
        .map(|s| ReportView {
            id: s.id,
            regime: s.regime,
            stage: s.stage,
            version: s.version,
            supersedes_submission_id: s.supersedes,
            submitted_at: s.submitted_at,
            due_at: s.due_at,
            timeliness: if s.late {
                DeadlineStatus::SubmittedLate
            } else {
                DeadlineStatus::SubmittedOnTime
            },
            review_status: s.review_status,
            provided_fields: s.provided.clone(),
            report: s.facts.clone(),
            notifications: messages
                .iter()
                .filter(|m| m.submission_id == Some(s.id))
                .map(|m| NotificationView {
                    kind: m.kind.as_str().into(),
                    authority: m.authority_code.clone(),
                    status: m.status.as_str().into(),
                    attempts: m.attempts,
                    sent_at: m.sent_at,
                })
                .collect(),
        })
        .collect();
    case_view(case, reports, now)
}

pub fn summary(case: &Case, now: DateTime<Utc>) -> CaseView<ReportSummary> {
    let reports = case
        .filed
        .iter()
        .map(|f| ReportSummary {
            id: f.id,
            regime: f.regime,
            stage: f.stage,
            submitted_at: f.submitted_at,
        })
        .collect();
    case_view(case, reports, now)
}
