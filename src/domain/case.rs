//! A case: one incident of one reporting entity, its threads (one per regime, spec §7) and its
//! immutable submissions. NIS2's thread is the case's own clock and state; the sibling
//! regimes' threads file through [`crate::domain::regimes::filing`].

use super::closure::{apply_waivers, Closure, Waiver};
use super::codes::{IncidentStatus, Regime, Severity, Tri};
use super::deadlines::{self, Clock, Deadline, Filed, IntermediateRequest};
use super::lifecycle::{CaseState, Stage};
use super::member_state::MemberState;
use super::names::{CaseReference, EntityType};
use super::report::{CaseSoFar, Context, Report, ReportKind};
pub use super::submission::Submission;
use super::validation::{FieldErrors, Msg};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

/// Why a filing was refused after it parsed.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// The state machine does not allow this stage now (HTTP 409).
    NotAllowed(Msg),
    /// A field is inconsistent with the case (HTTP 422).
    Invalid(FieldErrors),
}

/// The case aggregate: state, clock anchors and the submissions' metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: Uuid,
    pub reference: CaseReference,
    /// The primary regime: the thread a filing answers when it names none (spec §7).
    pub regime: Regime,
    /// A voluntary notification (Art. 30): no deadlines, below mandatory reports in queues.
    pub kind: Option<ReportKind>,
    pub entity_id: Uuid,
    pub entity_type: EntityType,
    pub member_state: MemberState,
    pub state: CaseState,
    pub clock: Clock,
    pub title: String,
    pub incident_status: IncidentStatus,
    pub severity: Option<Severity>,
    pub cross_border_flagged: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped on every filing: optimistic concurrency between readers and the writer.
    pub version: i64,
    pub filed: Vec<Filed>,
    /// The merged facts of the latest filing, carried forward into the next. Storage loads
    /// them only for a single case (`Null` in listings, which never file).
    pub facts: serde_json::Value,
    /// How a closed or withdrawn case ended (spec §1.5); `None` while open.
    pub closure: Option<Closure>,
    /// Stages the entity no longer owes (spec §1.5).
    pub waivers: Vec<Waiver>,
    /// The sibling regimes' threads (DORA, GDPR, CRA); NIS2's is the case's own clock.
    pub threads: Vec<crate::domain::regimes::Thread>,
}

impl PartialEq for Clock {
    fn eq(&self, o: &Self) -> bool {
        (
            self.aware_at,
            self.timezone,
            self.trust_service_provider,
            self.notification_submitted_at,
            self.progress_reported,
            self.handled_at,
            self.intermediate,
        ) == (
            o.aware_at,
            o.timezone,
            o.trust_service_provider,
            o.notification_submitted_at,
            o.progress_reported,
            o.handled_at,
            o.intermediate,
        )
    }
}

/// Who opens a case: the parts of the entity profile the case depends on.
#[derive(Debug, Clone, Copy)]
pub struct Reporter {
    pub entity_id: Uuid,
    pub entity_type: EntityType,
    pub member_state: MemberState,
}

impl Case {
    /// The parse context for a report that would open a new case.
    pub fn opening_context(reporter: &Reporter, timezone: Tz, now: DateTime<Utc>) -> Context {
        Context {
            now,
            entity_type: reporter.entity_type,
            timezone,
            case: None,
            kind: None,
            primary: None,
            holidays: Vec::new(),
            weekend_relief: false,
        }
    }

    /// The parse context for a report added to this case.
    pub fn context(&self, now: DateTime<Utc>) -> Context {
        Context {
            now,
            entity_type: self.entity_type,
            timezone: self.clock.timezone,
            case: Some(CaseSoFar {
                clock: self.clock.clone(),
                filed: self.filed.clone(),
                cross_border_flagged: self.cross_border_flagged,
                facts: self.facts.clone(),
                threads: self.threads.clone(),
            }),
            kind: self.kind,
            primary: Some(self.regime),
            holidays: Vec::new(),
            weekend_relief: false,
        }
    }

    /// Opens a case with its first filing (an early warning or incident notification, or the
    /// first stage of another regime, which becomes the case's primary regime).
    pub fn open(
        id: Uuid,
        reference: CaseReference,
        reporter: &Reporter,
        timezone: Tz,
        report: Report,
        now: DateTime<Utc>,
        by: &str,
    ) -> Result<(Case, Vec<Submission>), Refusal> {
        let mut case = Case {
            id,
            reference,
            regime: report.regime,
            kind: report.kind,
            entity_id: reporter.entity_id,
            entity_type: reporter.entity_type,
            member_state: reporter.member_state,
            state: CaseState::Draft,
            clock: Clock {
                aware_at: report.aware_at,
                timezone,
                trust_service_provider: Clock::notification_24h(
                    reporter.entity_type.is_trust_service_provider(),
                    report.facts.affects_trust_services,
                ),
                notification_submitted_at: None,
                progress_reported: false,
                handled_at: None,
                intermediate: None,
            },
            title: report.title.clone(),
            incident_status: report.incident_status,
            severity: None,
            cross_border_flagged: false,
            created_at: now,
            updated_at: now,
            version: 0,
            filed: Vec::new(),
            facts: serde_json::Value::Null,
            closure: None,
            waivers: Vec::new(),
            threads: Vec::new(),
        };
        let submissions = case.file(report, now, by)?;
        Ok((case, submissions))
    }

    /// Files `report` on this case: each thread it answers checks its state machine and
    /// freezes its verdict against its due time; the shared facts and anchors move once.
    /// Returns one immutable submission per thread answered, in the report's order.
    pub fn file(
        &mut self,
        report: Report,
        now: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<Submission>, Refusal> {
        let before = self.clone();
        let mut out = Vec::new();
        for answer in report.answers.clone() {
            let filed = if answer.regime == Regime::Nis2 {
                self.file_nis2(&report, answer.stage, answer.late, now, by)
            } else {
                self.file_thread(&report, answer, now, by)
            };
            match filed {
                Ok(s) => out.push(s),
                Err(e) => {
                    *self = before;
                    return Err(e);
                }
            }
        }
        // Every submission holds the same facts: the case takes the first one's, serialised once.
        let facts = out
            .first()
            .map_or_else(|| report.facts.to_json(), |s| s.facts.clone());
        self.after_filing(&report, facts, now);
        Ok(out)
    }

    /// Files one NIS2 stage (spec §1.4).
    fn file_nis2(
        &mut self,
        report: &Report,
        stage: Stage,
        late: bool,
        now: DateTime<Utc>,
        by: &str,
    ) -> Result<Submission, Refusal> {
        let next_state = self.admit(report, stage).map_err(Refusal::NotAllowed)?;
        let same_stage: Vec<Filed> = self
            .filed
            .iter()
            .filter(|f| f.regime == Regime::Nis2 && f.stage == stage)
            .copied()
            .collect();
        let supersedes = match report.facts.supersedes_submission_id {
            Some(id) if same_stage.iter().any(|f| f.id == id) => Some(id),
            Some(_) => {
                return Err(Refusal::Invalid(FieldErrors::single(
                    "report.supersedes_submission_id",
                    Msg::t1("api-supersedes-earlier", "stage", stage.as_str()),
                )))
            }
            None => same_stage.last().map(|f| f.id),
        };
        self.move_anchors(report);
        let nis2_filed = self.filed_in(Regime::Nis2);
        let due_at = self
            .clock
            .due(stage, &nis2_filed, now)
            .filter(|d| !d.provisional && self.kind.is_none())
            .map(|d| d.at);
        let submission = self.submission(report, Regime::Nis2, stage, now, by);
        let submission = Submission {
            version: same_stage.len() as i32 + 1,
            supersedes,
            due_at,
            late,
            ..submission
        };
        if stage == Stage::IncidentNotification && self.clock.notification_submitted_at.is_none() {
            self.clock.notification_submitted_at = Some(now);
        }
        if stage == Stage::ProgressReport {
            self.clock.progress_reported = true;
        }
        if stage == Stage::IntermediateReport {
            // Any intermediate report answers the open request; its verdict is frozen above.
            self.clock.intermediate = None;
        }
        self.state = next_state;
        self.record(&submission, report);
        Ok(submission)
    }

    /// What every filing changes once, whichever threads it answered: the shared facts.
    fn after_filing(&mut self, report: &Report, facts: serde_json::Value, now: DateTime<Utc>) {
        self.cross_border_flagged |= report.facts.cross_border_possible == Some(Tri::Yes);
        self.title = report.title.clone();
        self.incident_status = report.incident_status;
        self.severity = report.facts.severity.or(self.severity);
        self.updated_at = now;
        self.version += 1;
        self.facts = facts;
        crate::domain::regimes::filing::propose_gdpr(self, report, now);
    }

    /// The filings of one thread, in order.
    pub fn filed_in(&self, regime: Regime) -> Vec<Filed> {
        self.filed
            .iter()
            .filter(|f| f.regime == regime)
            .copied()
            .collect()
    }

    /// The state after filing `report`, or why it cannot be filed on this case: the case has
    /// ended, the report is of the other sort (voluntary or mandatory), or the stage is not
    /// allowed now (a stage filed before can always be corrected while the case is open).
    fn admit(&self, report: &Report, stage: Stage) -> Result<CaseState, Msg> {
        if let Some(why) = self.ended_refusal() {
            return Err(why);
        }
        if let Some(why) = self.kind_mismatch(report.kind.is_some()) {
            return Err(why);
        }
        self.state.file_given(stage, &self.filed_stages())
    }

    /// The NIS2 stages filed so far (each once), for corrections (spec §1.5).
    pub fn filed_stages(&self) -> Vec<Stage> {
        let mut out: Vec<Stage> = self
            .filed
            .iter()
            .filter(|f| f.regime == Regime::Nis2)
            .map(|f| f.stage)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Why a filing of the other sort (voluntary vs mandatory) cannot join this case.
    pub fn kind_mismatch(&self, voluntary: bool) -> Option<Msg> {
        match (self.kind, voluntary) {
            (Some(k), false) => Some(Msg::t1("api-kind-voluntary-case", "kind", k.as_str())),
            (None, true) => Some(Msg::t("api-kind-mandatory-case")),
            _ => None,
        }
    }

    /// The anchors a filing states move before its verdict is judged, so that it is judged
    /// against them: a changed aware_at (spec §1.1; the parse step made sure the change is
    /// explicit), the trust-service question (§1.2), the end of handling (§1.3 rule 7).
    fn move_anchors(&mut self, report: &Report) {
        // A sub-second difference (a form shows whole seconds) is no correction.
        if report.aware_at.timestamp() != self.clock.aware_at.timestamp() {
            self.clock.aware_at = report.aware_at;
        }
        // Only a filing that states the trust-service answer moves the notification clock;
        // one that leaves it out keeps the answer given before.
        if report
            .provided
            .iter()
            .any(|p| p == "affects_trust_services")
        {
            self.clock.trust_service_provider = Clock::notification_24h(
                self.entity_type.is_trust_service_provider(),
                report.facts.affects_trust_services,
            );
        }
        if report.facts.handled_at.is_some() {
            self.clock.handled_at = report.facts.handled_at;
        }
    }

    /// The authority asks for an intermediate report by `due_at` (spec §1.4): a new pending
    /// stage with its own deadline. A newer request replaces an unanswered one.
    pub fn request_intermediate(
        &mut self,
        id: Uuid,
        due_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), Msg> {
        if self.state.is_terminal() || self.state == CaseState::Draft {
            return Err(Msg::t1(
                "api-request-case-state",
                "case_state",
                self.state.as_str(),
            ));
        }
        if due_at <= now {
            return Err(Msg::t("api-request-due-future"));
        }
        self.clock.intermediate = Some(IntermediateRequest {
            id,
            requested_at: now,
            due_at,
        });
        self.touch(now);
        Ok(())
    }

    fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
        self.version += 1;
    }

    /// The deadline table at `now`, with the stages the entity no longer owes `waived`; a
    /// voluntary notification has none (Art. 30).
    pub fn deadlines(&self, now: DateTime<Utc>) -> Vec<Deadline> {
        if self.kind.is_some() {
            return Vec::new();
        }
        let mut rows = Vec::new();
        if self.regime == Regime::Nis2 {
            rows = self.clock.deadlines(&self.filed_in(Regime::Nis2), now);
            apply_waivers(&mut rows, self, now);
        }
        rows.extend(crate::domain::regimes::filing::thread_rows(self, now));
        rows
    }

    /// The most urgent open deadline, stored for ordering queues.
    pub fn next_due(&self, now: DateTime<Utc>) -> Option<(Stage, DateTime<Utc>)> {
        deadlines::next_due(&self.deadlines(now))
    }
}
