//! Filing on a sibling regime's thread (spec §7): opening it on its first stage, its state
//! machine, its verdicts, and the GDPR thread a filing with personal data proposes.

use super::clocks::ThreadClock;
use super::{Thread, ThreadEnd, ThreadStatus};
use crate::domain::case::{Case, Refusal, Submission};
use crate::domain::codes::{Regime, Tri};
use crate::domain::deadlines::Deadline;
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::msg::Msg;
use crate::domain::report::{Answer, Report};
use chrono::{DateTime, Utc};

impl Case {
    /// Files one stage of a sibling regime's thread, opening the thread on its first filing
    /// (or confirming a proposed one).
    pub(crate) fn file_thread(
        &mut self,
        report: &Report,
        answer: Answer,
        now: DateTime<Utc>,
        by: &str,
    ) -> Result<Submission, Refusal> {
        if let Some(why) = self.ended_refusal() {
            return Err(Refusal::NotAllowed(why));
        }
        let regime = answer.regime;
        let mut thread = self
            .threads
            .iter()
            .find(|t| t.regime == regime)
            .cloned()
            .unwrap_or_else(|| {
                Thread::opened(regime, report.weekend_relief, &report.holidays, now)
            });
        if thread.is_ended() {
            return Err(Refusal::NotAllowed(Msg::t2(
                "api-thread-ended",
                ("regime", regime.as_str()),
                ("how", thread.ended.map_or("ended", |e| e.as_str())),
            )));
        }
        let filed = self.filed_in(regime);
        let stages: Vec<Stage> = filed.iter().map(|f| f.stage).collect();
        super::admits(regime, answer.stage, &stages).map_err(Refusal::NotAllowed)?;
        thread.status = ThreadStatus::Open;
        thread.apply_anchors(&report.facts);
        let clock = ThreadClock {
            thread: &thread,
            aware_at: self.clock.aware_at,
            tz: self.clock.timezone,
            filed: &filed,
        };
        let due_at = clock
            .due(answer.stage)
            .0
            .filter(|d| !d.provisional)
            .map(|d| d.at);
        let same_stage: Vec<_> = filed.iter().filter(|f| f.stage == answer.stage).collect();
        let submission = Submission {
            version: same_stage.len() as i32 + 1,
            supersedes: same_stage.last().map(|f| f.id),
            due_at,
            late: answer.late,
            ..self.submission(report, regime, answer.stage, now, by)
        };
        if answer.stage == Stage::IntermediateReport && regime != Regime::Dora {
            thread.intermediate = None;
        }
        if answer.stage == Stage::MajorIncidentReclassifiedAsNonMajor {
            thread.status = ThreadStatus::Ended;
            thread.ended = Some(ThreadEnd::ReclassifiedNonMajor);
        }
        if regime == self.regime {
            self.state = primary_state(self.state, answer.stage);
        }
        self.put(thread);
        self.record(&submission, report);
        Ok(submission)
    }

    /// Replaces (or adds) the thread of its regime.
    pub(crate) fn put(&mut self, thread: Thread) {
        match self.threads.iter_mut().find(|t| t.regime == thread.regime) {
            Some(t) => *t = thread,
            None => self.threads.push(thread),
        }
    }

    /// The sibling regime's thread, if the case has one.
    pub fn thread(&self, regime: Regime) -> Option<&Thread> {
        self.threads.iter().find(|t| t.regime == regime)
    }

    /// The entity confirms (a filing of the thread does too) or declines a proposed thread.
    pub fn settle_proposal(
        &mut self,
        regime: Regime,
        confirm: bool,
        now: DateTime<Utc>,
    ) -> Result<(), Msg> {
        if let Some(why) = self.ended_refusal() {
            return Err(why);
        }
        let Some(t) = self.threads.iter_mut().find(|t| t.regime == regime) else {
            return Err(Msg::t1("api-thread-none", "regime", regime.as_str()));
        };
        if t.status != ThreadStatus::Proposed {
            return Err(Msg::t2(
                "api-thread-not-proposed",
                ("regime", regime.as_str()),
                ("thread_status", t.status.as_str()),
            ));
        }
        if confirm {
            t.status = ThreadStatus::Open;
        } else {
            t.status = ThreadStatus::Ended;
            t.ended = Some(ThreadEnd::Declined);
        }
        self.updated_at = now;
        self.version += 1;
        Ok(())
    }
}

/// A case whose primary thread is not NIS2 moves through the same coarse states: the first
/// warning, the notification, the final report.
fn primary_state(state: CaseState, stage: Stage) -> CaseState {
    use CaseState as S;
    match (state, stage) {
        (S::Draft, Stage::EarlyWarning) => S::EarlyWarningSubmitted,
        (
            S::Draft | S::EarlyWarningSubmitted,
            Stage::IntermediateReport | Stage::FinalReport | Stage::EarlyWarning,
        ) => state.max(S::EarlyWarningSubmitted),
        (S::Draft | S::EarlyWarningSubmitted, _) => S::Notified,
        (_, Stage::FinalReport) => S::FinalReported,
        _ => state,
    }
}

/// A NIS2 or DORA filing that says personal data are involved proposes a GDPR thread
/// (spec §7; GDPR Art. 33): the entity confirms it by filing it or on its page.
pub(crate) fn propose_gdpr(case: &mut Case, report: &Report, now: DateTime<Utc>) {
    let answers_primary = report
        .answers
        .iter()
        .any(|a| matches!(a.regime, Regime::Nis2 | Regime::Dora));
    if case.kind.is_none()
        && answers_primary
        && report.facts.personal_data_involved == Some(Tri::Yes)
        && case.thread(Regime::Gdpr).is_none()
    {
        case.threads
            .push(Thread::new(Regime::Gdpr, ThreadStatus::Proposed, now));
    }
}

/// The deadline rows of every sibling thread of the case.
pub(crate) fn thread_rows(case: &Case, now: DateTime<Utc>) -> Vec<Deadline> {
    case.threads
        .iter()
        .filter(|t| t.regime != Regime::Nis2)
        .flat_map(|t| {
            let filed = case.filed_in(t.regime);
            ThreadClock {
                thread: t,
                aware_at: case.clock.aware_at,
                tz: case.clock.timezone,
                filed: &filed,
            }
            .rows(now)
        })
        .collect()
}
