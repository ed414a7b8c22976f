//! The clocks of the DORA, GDPR and CRA threads (spec §7): when each stage is due, from the
//! shared `aware_at`, the thread's own anchors and the filings before it.
//!
//! - DORA (Delegated Regulation 2025/301 Art. 5(1)): initial notification within 4 h of
//!   classification as major and at the latest 24 h after awareness (classified later than
//!   that: 4 h after classification, Art. 5(2)); intermediate report 72 h after the initial
//!   notification; final report one month after the latest intermediate report; weekends and
//!   bank holidays per Art. 5(4)–(5) ([`calendar`]).
//! - GDPR Art. 33(1): breach notification 72 h after awareness; supplements (Art. 33(4))
//!   have no fixed due time.
//! - CRA Art. 14(2) and (4): early warning 24 h and notification 72 h after awareness; the
//!   final report 14 days after a corrective measure is available (vulnerability) or one
//!   month after the notification (incident); intermediate reports on request (Art. 14(6)).

use super::calendar::{self, WeekendRule};
use super::{Thread, ThreadStatus};
use crate::domain::codes::Regime;
use crate::domain::deadlines::{add_one_month, judged, Deadline, DeadlineStatus, Due, Filed};
use crate::domain::lifecycle::Stage;
use chrono::{DateTime, Duration, LocalResult, TimeZone, Utc};
use chrono_tz::Tz;

/// What a thread's clock reads from: the thread, the shared awareness time, the authority's
/// time zone and the thread's own filings in order.
pub struct ThreadClock<'a> {
    pub thread: &'a Thread,
    pub aware_at: DateTime<Utc>,
    pub tz: Tz,
    pub filed: &'a [Filed],
}

fn fixed(at: DateTime<Utc>) -> Option<Due> {
    Some(Due {
        at,
        provisional: false,
    })
}

fn provisional(at: DateTime<Utc>) -> Option<Due> {
    Some(Due {
        at,
        provisional: true,
    })
}

/// Same local time `days` calendar days later in `tz` (a DST change keeps the wall clock).
fn add_days(t: DateTime<Utc>, days: i64, tz: Tz) -> DateTime<Utc> {
    let local = t.with_timezone(&tz).naive_local() + Duration::days(days);
    match tz.from_local_datetime(&local) {
        LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => x.with_timezone(&Utc),
        LocalResult::None => t + Duration::days(days) + Duration::hours(1),
    }
}

impl ThreadClock<'_> {
    fn first(&self, stages: &[Stage]) -> Option<Filed> {
        self.filed
            .iter()
            .find(|f| stages.contains(&f.stage))
            .copied()
    }

    /// When `stage` is due, before any weekend rule; `None` when it has no due time.
    fn nominal(&self, stage: Stage) -> Option<Due> {
        let hours = |h| self.aware_at + Duration::hours(h);
        let proposed = self.thread.status == ThreadStatus::Proposed;
        match (self.thread.regime, stage) {
            // Art. 5(1)(a); classified only after the first 24 h: 4 h from then (Art. 5(2)).
            (Regime::Dora, Stage::InitialNotification) => match self.thread.classified_major_at {
                Some(c) if c > hours(24) => fixed(c + Duration::hours(4)),
                Some(c) => fixed((c + Duration::hours(4)).min(hours(24))),
                None => provisional(hours(24)),
            },
            (Regime::Dora, Stage::IntermediateReport) => {
                match self.first(&[Stage::InitialNotification]) {
                    Some(f) => fixed(f.submitted_at + Duration::hours(72)),
                    None => provisional(
                        self.nominal(Stage::InitialNotification)?.at + Duration::hours(72),
                    ),
                }
            }
            (Regime::Dora, Stage::FinalReport) => {
                let final_at = self.first(&[Stage::FinalReport]).map(|f| f.submitted_at);
                let latest = self.filed.iter().rfind(|f| {
                    f.stage == Stage::IntermediateReport
                        && final_at.is_none_or(|at| f.submitted_at <= at)
                });
                match latest {
                    Some(f) => fixed(add_one_month(f.submitted_at, self.tz)),
                    None => provisional(add_one_month(
                        self.nominal(Stage::IntermediateReport)?.at,
                        self.tz,
                    )),
                }
            }
            (Regime::Gdpr, Stage::BreachNotification) if proposed => provisional(hours(72)),
            (Regime::Gdpr, Stage::BreachNotification) => fixed(hours(72)),
            (Regime::CraVulnerability | Regime::CraIncident, Stage::EarlyWarning) => {
                fixed(hours(24))
            }
            (Regime::CraVulnerability, Stage::VulnerabilityNotification)
            | (Regime::CraIncident, Stage::IncidentNotification) => fixed(hours(72)),
            (Regime::CraVulnerability, Stage::FinalReport) => self
                .thread
                .corrective_measure_available_at
                .and_then(|at| fixed(add_days(at, 14, self.tz))),
            (Regime::CraIncident, Stage::FinalReport) => {
                match self.first(&[Stage::IncidentNotification]) {
                    Some(f) => fixed(add_one_month(f.submitted_at, self.tz)),
                    None => provisional(add_one_month(hours(72), self.tz)),
                }
            }
            (Regime::CraVulnerability | Regime::CraIncident, Stage::IntermediateReport) => {
                self.thread.intermediate.and_then(|r| fixed(r.due_at))
            }
            _ => None,
        }
    }

    /// When `stage` is due for this entity, and for DORA the weekend rule that decided it.
    pub fn due(&self, stage: Stage) -> (Option<Due>, Option<WeekendRule>) {
        let due = self.nominal(stage);
        match (self.thread.regime, due) {
            (Regime::Dora, Some(d)) => {
                // Art. 5(5) withholds the relief from initial and intermediate reports only.
                let relief = self.thread.weekend_relief || stage == Stage::FinalReport;
                let (at, rule) =
                    calendar::working_day_due(d.at, self.tz, &self.thread.holidays, relief);
                (Some(Due { at, ..d }), Some(rule))
            }
            _ => (due, None),
        }
    }

    /// Whether filing `stage` at `at` misses a deadline it is the first to satisfy; a
    /// correction is never late, a notification without an early warning answers for both.
    pub fn is_late(&self, stage: Stage, at: DateTime<Utc>) -> bool {
        let missed = |s| {
            self.due(s)
                .0
                .is_some_and(|d: Due| !d.provisional && at > d.at)
        };
        if stage == Stage::IntermediateReport && self.thread.regime != Regime::Dora {
            return missed(stage);
        }
        let already = |s| self.filed.iter().any(|f| f.stage == s);
        if already(stage) {
            return false;
        }
        let notification = matches!(
            stage,
            Stage::VulnerabilityNotification | Stage::IncidentNotification
        );
        missed(stage)
            || (notification && !already(Stage::EarlyWarning) && missed(Stage::EarlyWarning))
    }

    /// The thread's deadline table at `now`.
    pub fn rows(&self, now: DateTime<Utc>) -> Vec<Deadline> {
        let regime = self.thread.regime;
        let mut rows = Vec::new();
        for &stage in super::stages(regime) {
            let satisfied = match stage {
                Stage::EarlyWarning => self.first(&[
                    Stage::EarlyWarning,
                    Stage::VulnerabilityNotification,
                    Stage::IncidentNotification,
                ]),
                _ => self.first(&[stage]),
            };
            let (due, rule) = self.due(stage);
            let on_request = stage == Stage::IntermediateReport && regime != Regime::Dora;
            let never_due = matches!(
                stage,
                Stage::Supplement | Stage::MajorIncidentReclassifiedAsNonMajor
            );
            if satisfied.is_none() && ((on_request && due.is_none()) || never_due) {
                continue;
            }
            let mut row = judged(regime, stage, due, satisfied, now);
            row.weekend_rule = rule;
            if satisfied.is_none() {
                if self.thread.is_ended() {
                    row.status = DeadlineStatus::NotApplicable;
                } else if regime == Regime::CraVulnerability
                    && stage == Stage::FinalReport
                    && due.is_none()
                {
                    row.status = DeadlineStatus::AwaitingMeasure;
                }
            }
            rows.push(row);
        }
        rows
    }
}
