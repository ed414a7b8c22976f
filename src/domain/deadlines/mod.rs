//! Legal deadlines of a NIS2 case (spec §1.3): hours on the UTC timeline, one calendar month in
//! the recipient authority's time zone clamped to month end, verdicts frozen at submission.

mod progress;

pub use progress::{add_months, status_reminders_due, FinalDue};

use super::codes::{code_enum, IncidentStatus, Regime, Tri};
use super::lifecycle::Stage;
use super::regimes::calendar::WeekendRule;
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

code_enum!(
    /// Where a stage stands against its deadline.
    DeadlineStatus {
        NotDue = "not_due", Pending = "pending", SubmittedOnTime = "submitted_on_time",
        SubmittedLate = "submitted_late", Overdue = "overdue", NotApplicable = "not_applicable", Waived = "waived",
        AwaitingHandling = "awaiting_handling",
        /// CRA: the final report's clock starts when a corrective measure is available.
        AwaitingMeasure = "awaiting_measure",
    }
);

/// The clock anchors of one case that deadlines derive from.
#[derive(Debug, Clone)]
pub struct Clock {
    pub aware_at: DateTime<Utc>,
    /// Time zone of the recipient authority, for "one month".
    pub timezone: Tz,
    /// The notification is due within 24 h, not 72 h: a trust service provider whose incident
    /// affects (or may affect) its trust services ([`Clock::notification_24h`]).
    pub trust_service_provider: bool,
    pub notification_submitted_at: Option<DateTime<Utc>>,
    /// A progress report was filed. Whether it displaced the final report's deadline is
    /// decided when that deadline passes ([`FinalDue`]), not by filing it.
    pub progress_reported: bool,
    pub handled_at: Option<DateTime<Utc>>,
    /// The authority's open request for an intermediate report (Art. 23(4)(c)), until answered.
    pub intermediate: Option<IntermediateRequest>,
}

/// An authority's request for an intermediate report: its own pending stage and due time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct IntermediateRequest {
    pub id: Uuid,
    pub requested_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
}

/// When a stage is due; `provisional` until its anchor is known (spec §1.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub at: DateTime<Utc>,
    pub provisional: bool,
}

/// A submission as the deadline view needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filed {
    pub id: Uuid,
    /// The thread the filing answered.
    pub regime: Regime,
    pub stage: Stage,
    pub submitted_at: DateTime<Utc>,
    /// The incident status the filing stated: decides whether the progress path applies.
    pub incident_status: Option<IncidentStatus>,
}

/// One row of a case's deadline table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The thread this row belongs to (spec §7).
    pub regime: Regime,
    pub stage: Stage,
    pub due_at: Option<DateTime<Utc>>,
    pub provisional: bool,
    pub status: DeadlineStatus,
    /// The submission that satisfied the stage (a notification can satisfy the early warning).
    pub satisfied_by: Option<Uuid>,
    /// `awaiting_handling` only: when the entity is next asked for a status update (monthly,
    /// spec §1.3 rule 7): a reminder, not a deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_reminder_at: Option<DateTime<Utc>>,
    /// DORA only: which weekend and bank-holiday rule decided `due_at` (Delegated Regulation 2025/301 Art. 5(4)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekend_rule: Option<WeekendRule>,
}

/// Same local date and time one calendar month later in `tz`, clamped to the month's last day.
/// A local time that falls in a DST gap moves forward by the gap; an ambiguous one takes the
/// earlier instant, the stricter reading.
pub fn add_one_month(t: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let local = t.with_timezone(&tz).naive_local();
    let (year, month) = if local.month() == 12 {
        (local.year() + 1, 1)
    } else {
        (local.year(), local.month() + 1)
    };
    let last_day = (28..=31)
        .rev()
        .find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some())
        .unwrap_or(28);
    let date =
        NaiveDate::from_ymd_opt(year, month, local.day().min(last_day)).unwrap_or(local.date());
    let naive = date.and_time(local.time());
    let resolve = |n| match tz.from_local_datetime(&n) {
        LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => Some(x.with_timezone(&Utc)),
        LocalResult::None => None,
    };
    resolve(naive)
        .or_else(|| resolve(naive + Duration::hours(1)))
        .unwrap_or(t + Duration::days(31))
}

impl Clock {
    /// Whether the incident notification is due within 24 h (Art. 23(4) 2nd subpara.): a
    /// trust-service provider whose incident affects its trust services, where `unknown` or
    /// an unanswered question counts as affecting them (the stricter clock, spec §1.2).
    pub fn notification_24h(trust_service_provider: bool, affects: Option<Tri>) -> bool {
        trust_service_provider && affects != Some(Tri::No)
    }

    /// When `stage` is due for a filing at `now`, given the case's filings so far, if it has
    /// a legal due time at all. The final report's due time depends on whether the
    /// progress path took over (spec §1.3 rule 7, [`FinalDue`]).
    pub fn due(&self, stage: Stage, filed: &[Filed], now: DateTime<Utc>) -> Option<Due> {
        let fixed = |at| {
            Some(Due {
                at,
                provisional: false,
            })
        };
        match stage {
            Stage::EarlyWarning => fixed(self.aware_at + Duration::hours(24)),
            Stage::IncidentNotification => fixed(
                self.aware_at + Duration::hours(if self.trust_service_provider { 24 } else { 72 }),
            ),
            Stage::ProgressReport => self.one_month_after_notification(),
            Stage::FinalReport => match self.final_due(filed, now)? {
                FinalDue::Nominal(d) => Some(d),
                FinalDue::Displaced { after_handling, .. } => after_handling.and_then(fixed),
            },
            Stage::IntermediateReport => self.intermediate.map(|r| Due {
                at: r.due_at,
                provisional: false,
            }),
            // Other regimes' stages have their own clocks (`regimes::clocks`).
            _ => None,
        }
    }

    fn one_month_after_notification(&self) -> Option<Due> {
        Some(match self.notification_submitted_at {
            Some(at) => Due {
                at: add_one_month(at, self.timezone),
                provisional: false,
            },
            None => {
                let notification_due = self.aware_at
                    + Duration::hours(if self.trust_service_provider { 24 } else { 72 });
                Due {
                    at: add_one_month(notification_due, self.timezone),
                    provisional: true,
                }
            }
        })
    }

    /// Whether filing `stage` at `at` misses a deadline it is the first to satisfy. A new
    /// version of a stage already filed is a correction, never late; a notification filed
    /// without an early warning also answers for the early warning's 24 h.
    pub fn is_late(&self, stage: Stage, filed: &[Filed], at: DateTime<Utc>) -> bool {
        let missed = |s: Stage| {
            self.due(s, filed, at)
                .is_some_and(|d| !d.provisional && at > d.at)
        };
        if stage == Stage::IntermediateReport {
            // Only an open request has a due time; a voluntary update is never late.
            return missed(stage);
        }
        let already = |s: Stage| filed.iter().any(|f| f.stage == s);
        if already(stage) {
            return false;
        }
        missed(stage)
            || (stage == Stage::IncidentNotification
                && !already(Stage::EarlyWarning)
                && missed(Stage::EarlyWarning))
    }

    /// The deadline table at `now`, from the case's submissions in filing order. Every row
    /// shows the due time its verdict refers to.
    pub fn deadlines(&self, filed: &[Filed], now: DateTime<Utc>) -> Vec<Deadline> {
        let first = |stages: &[Stage]| filed.iter().find(|f| stages.contains(&f.stage)).copied();
        let row = |stage, due, satisfied| row(stage, due, satisfied, now);
        let due = |stage| self.due(stage, filed, now);
        let final_report = first(&[Stage::FinalReport]);
        let progress = first(&[Stage::ProgressReport]);
        let mut rows = vec![
            row(
                Stage::EarlyWarning,
                due(Stage::EarlyWarning),
                first(&[Stage::EarlyWarning, Stage::IncidentNotification]),
            ),
            row(
                Stage::IncidentNotification,
                due(Stage::IncidentNotification),
                first(&[Stage::IncidentNotification]),
            ),
        ];
        let progress_due = due(Stage::ProgressReport);
        match self.final_due(filed, now) {
            Some(FinalDue::Displaced {
                at,
                after_handling: None,
            }) if final_report.is_none() => {
                rows.push(row(Stage::ProgressReport, progress_due, progress));
                rows.push(Deadline {
                    status: DeadlineStatus::AwaitingHandling,
                    next_reminder_at: Some(progress::next_status_reminder(at, self.timezone, now)),
                    ..row(Stage::FinalReport, None, None)
                });
            }
            Some(FinalDue::Displaced { .. }) => {
                rows.push(row(Stage::ProgressReport, progress_due, progress));
                rows.push(row(
                    Stage::FinalReport,
                    due(Stage::FinalReport),
                    final_report,
                ));
            }
            _ => {
                if progress.is_some() {
                    rows.push(row(Stage::ProgressReport, progress_due, progress));
                } else if final_report.is_some() {
                    rows.push(Deadline {
                        status: DeadlineStatus::NotApplicable,
                        ..row(Stage::ProgressReport, progress_due, None)
                    });
                }
                rows.push(row(
                    Stage::FinalReport,
                    due(Stage::FinalReport),
                    final_report,
                ));
            }
        }
        // An open request is a pending stage until answered; the answer closes it.
        if self.intermediate.is_some() {
            rows.push(row(
                Stage::IntermediateReport,
                due(Stage::IntermediateReport),
                None,
            ));
        }
        rows
    }
}

/// One NIS2 row: `satisfied` is the first filing of the stage, judged against `due`.
fn row(stage: Stage, due: Option<Due>, satisfied: Option<Filed>, now: DateTime<Utc>) -> Deadline {
    judged(Regime::Nis2, stage, due, satisfied, now)
}

/// One row of any regime's thread: `satisfied` is the first filing of the stage, judged
/// against `due`.
pub fn judged(
    regime: Regime,
    stage: Stage,
    due: Option<Due>,
    satisfied: Option<Filed>,
    now: DateTime<Utc>,
) -> Deadline {
    let (due_at, provisional) = (due.map(|d| d.at), due.is_some_and(|d| d.provisional));
    let status = match (satisfied, due) {
        (Some(f), Some(d)) if f.submitted_at > d.at => DeadlineStatus::SubmittedLate,
        (Some(_), _) => DeadlineStatus::SubmittedOnTime,
        (None, None) => DeadlineStatus::NotDue,
        (None, Some(d)) if d.provisional => DeadlineStatus::NotDue,
        (None, Some(d)) if now > d.at => DeadlineStatus::Overdue,
        (None, Some(_)) => DeadlineStatus::Pending,
    };
    Deadline {
        regime,
        stage,
        due_at,
        provisional,
        status,
        satisfied_by: satisfied.map(|f| f.id),
        next_reminder_at: None,
        weekend_rule: None,
    }
}

/// The earliest deadline still open, for ordering queues by urgency.
pub fn next_due(rows: &[Deadline]) -> Option<(Stage, DateTime<Utc>)> {
    rows.iter()
        .filter(|r| {
            matches!(
                r.status,
                DeadlineStatus::Pending | DeadlineStatus::Overdue | DeadlineStatus::NotDue
            )
        })
        .filter_map(|r| r.due_at.map(|at| (r.stage, at)))
        .chain(
            rows.iter()
                .filter(|r| r.status == DeadlineStatus::AwaitingHandling)
                .filter_map(|r| r.next_reminder_at.map(|at| (r.stage, at))),
        )
        .min_by_key(|(_, at)| *at)
}

#[cfg(test)]
mod tests;
