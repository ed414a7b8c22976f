//! Legal deadlines of a NIS2 case (spec §1.3): hours on the UTC timeline, one calendar month in
//! the recipient authority's time zone clamped to month end, verdicts frozen at submission.

use super::codes::code_enum;
use super::lifecycle::Stage;
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

code_enum!(
    /// Where a stage stands against its deadline.
    DeadlineStatus {
        NotDue = "not_due", Pending = "pending", SubmittedOnTime = "submitted_on_time",
        SubmittedLate = "submitted_late", Overdue = "overdue", NotApplicable = "not_applicable", Waived = "waived",
    }
);

/// The clock anchors of one case that deadlines derive from.
#[derive(Debug, Clone)]
pub struct Clock {
    pub aware_at: DateTime<Utc>,
    /// Time zone of the recipient authority, for "one month".
    pub timezone: Tz,
    /// Trust service providers owe the notification within 24 h, not 72 h.
    pub trust_service_provider: bool,
    pub notification_submitted_at: Option<DateTime<Utc>>,
    /// A progress report moved the final report to `handled_at + 1 month`.
    pub progress_reported: bool,
    pub handled_at: Option<DateTime<Utc>>,
    /// The authority's open request for an intermediate report (Art. 23(4)(c)), until answered.
    pub intermediate: Option<IntermediateRequest>,
}

/// An authority's request for an intermediate report: its own pending stage and due time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub stage: Stage,
    pub submitted_at: DateTime<Utc>,
}

/// One row of a case's deadline table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub stage: Stage,
    pub due_at: Option<DateTime<Utc>>,
    pub provisional: bool,
    pub status: DeadlineStatus,
    /// The submission that satisfied the stage (a notification can satisfy the early warning).
    pub satisfied_by: Option<Uuid>,
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
    /// When `stage` is due, if it has a legal due time at all.
    pub fn due(&self, stage: Stage) -> Option<Due> {
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
            Stage::FinalReport if self.progress_reported => self.handled_at.map(|h| Due {
                at: add_one_month(h, self.timezone),
                provisional: false,
            }),
            Stage::FinalReport => self.one_month_after_notification(),
            Stage::IntermediateReport => self.intermediate.map(|r| Due {
                at: r.due_at,
                provisional: false,
            }),
        }
    }

    fn one_month_after_notification(&self) -> Option<Due> {
        Some(match self.notification_submitted_at {
            Some(at) => Due {
                at: add_one_month(at, self.timezone),
                provisional: false,
            },
            None => {
                let notification_due = self.due(Stage::IncidentNotification)?.at;
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
    pub fn is_late(&self, stage: Stage, already_filed: &[Stage], at: DateTime<Utc>) -> bool {
        let missed = |s: Stage| self.due(s).is_some_and(|d| !d.provisional && at > d.at);
        if stage == Stage::IntermediateReport {
            // Only an open request has a due time; a voluntary update is never late.
            return missed(stage);
        }
        if already_filed.contains(&stage) {
            return false;
        }
        missed(stage)
            || (stage == Stage::IncidentNotification
                && !already_filed.contains(&Stage::EarlyWarning)
                && missed(Stage::EarlyWarning))
    }

    /// The deadline table at `now`, from the case's submissions in filing order.
    pub fn deadlines(&self, filed: &[Filed], now: DateTime<Utc>) -> Vec<Deadline> {
        let first = |stages: &[Stage]| filed.iter().find(|f| stages.contains(&f.stage)).copied();
        let row = |stage: Stage, satisfied: Option<Filed>| {
            let due = self.due(stage);
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
                stage,
                due_at,
                provisional,
                status,
                satisfied_by: satisfied.map(|f| f.id),
            }
        };
        let final_report = first(&[Stage::FinalReport]);
        let progress = first(&[Stage::ProgressReport]);
        let mut rows = vec![
            row(
                Stage::EarlyWarning,
                first(&[Stage::EarlyWarning, Stage::IncidentNotification]),
            ),
            row(
                Stage::IncidentNotification,
                first(&[Stage::IncidentNotification]),
            ),
        ];
        if progress.is_some() {
            rows.push(row(Stage::ProgressReport, progress));
        } else if final_report.is_some() {
            rows.push(Deadline {
                status: DeadlineStatus::NotApplicable,
                satisfied_by: None,
                ..row(Stage::ProgressReport, None)
            });
        }
        rows.push(row(Stage::FinalReport, final_report));
        // An open request is a pending stage until answered; the answer closes it.
        if self.intermediate.is_some() {
            rows.push(row(Stage::IntermediateReport, None));
        }
        rows
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
        .min_by_key(|(_, at)| *at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::{Berlin, Luxembourg};

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn clock(aware: &str) -> Clock {
        Clock {
            aware_at: t(aware),
            timezone: Luxembourg,
            trust_service_provider: false,
            notification_submitted_at: None,
            progress_reported: false,
            handled_at: None,
            intermediate: None,
        }
    }

    #[test]
    fn one_month_is_the_same_local_time_next_month_clamped_to_month_end() {
        let cases = [
            // (instant, zone, expected) – local 10:00 CET/CEST in Luxembourg unless noted
            ("2026-01-31T09:00:00Z", Luxembourg, "2026-02-28T09:00:00Z"), // clamp, non-leap
            ("2028-01-31T09:00:00Z", Luxembourg, "2028-02-29T09:00:00Z"), // clamp, leap year
            ("2026-03-31T08:00:00Z", Luxembourg, "2026-04-30T08:00:00Z"), // 30-day month, CEST both
            ("2026-03-15T09:00:00Z", Luxembourg, "2026-04-15T08:00:00Z"), // DST starts: same local 10:00 is 1 h earlier in UTC
            ("2026-10-15T08:00:00Z", Berlin, "2026-11-15T09:00:00Z"), // DST ends: same local 10:00 is 1 h later in UTC
            ("2026-12-15T12:00:00Z", Luxembourg, "2027-01-15T12:00:00Z"), // year rollover
            ("2026-04-30T22:30:00Z", Luxembourg, "2026-05-31T22:30:00Z"), // 1 May 00:30 local → 1 June, not 30 May
        ];
        for (from, tz, expected) in cases {
            assert_eq!(add_one_month(t(from), tz), t(expected), "{from} in {tz}");
        }
    }

    #[test]
    fn dst_gaps_move_forward_and_ambiguous_times_take_the_earlier_instant() {
        // 26 Mar 2028 02:30 does not exist in Luxembourg (clocks jump 02:00 → 03:00).
        assert_eq!(
            add_one_month(t("2028-02-26T01:30:00Z"), Luxembourg),
            t("2028-03-26T01:30:00Z")
        );
        // 25 Oct 2026 02:30 happens twice; the CEST one comes first.
        assert_eq!(
            add_one_month(t("2026-09-25T00:30:00Z"), Luxembourg),
            t("2026-10-25T00:30:00Z")
        );
    }

    #[test]
    fn hour_deadlines_are_exact_utc_durations_even_across_dst() {
        // Aware just before the spring-forward night: 24 h later is 25:00 local wall time.
        let c = clock("2026-03-28T12:00:00Z");
        assert_eq!(
            c.due(Stage::EarlyWarning).unwrap().at,
            t("2026-03-29T12:00:00Z")
        );
        assert_eq!(
            c.due(Stage::IncidentNotification).unwrap().at,
            t("2026-03-31T12:00:00Z")
        );
    }

    #[test]
    fn trust_service_providers_owe_the_notification_within_24_hours() {
        let c = Clock {
            trust_service_provider: true,
            ..clock("2026-05-04T10:00:00Z")
        };
        assert_eq!(
            c.due(Stage::IncidentNotification).unwrap().at,
            t("2026-05-05T10:00:00Z")
        );
    }

    #[test]
    fn final_report_is_provisional_until_the_notification_is_filed() {
        let mut c = clock("2026-01-28T09:00:00Z");
        let due = c.due(Stage::FinalReport).unwrap();
        assert_eq!(
            due,
            Due {
                at: t("2026-02-28T09:00:00Z"),
                provisional: true
            }
        ); // 31 Jan + 1 month, clamped
        c.notification_submitted_at = Some(t("2026-01-30T09:00:00Z"));
        assert_eq!(
            c.due(Stage::FinalReport).unwrap(),
            Due {
                at: t("2026-02-28T09:00:00Z"),
                provisional: false
            }
        );
        c.notification_submitted_at = Some(t("2026-01-29T15:00:00Z"));
        assert_eq!(
            c.due(Stage::FinalReport).unwrap().at,
            t("2026-02-28T15:00:00Z")
        );
    }

    #[test]
    fn after_a_progress_report_the_final_report_is_due_one_month_after_handling() {
        let c = Clock {
            notification_submitted_at: Some(t("2026-06-02T08:00:00Z")),
            progress_reported: true,
            handled_at: Some(t("2026-08-31T10:00:00Z")),
            intermediate: None,
            ..clock("2026-06-01T08:00:00Z")
        };
        assert_eq!(
            c.due(Stage::ProgressReport).unwrap().at,
            t("2026-07-02T08:00:00Z")
        );
        assert_eq!(
            c.due(Stage::FinalReport).unwrap().at,
            t("2026-09-30T10:00:00Z")
        );
        let unknown = Clock {
            handled_at: None,
            intermediate: None,
            ..c
        };
        assert_eq!(unknown.due(Stage::FinalReport), None);
    }

    #[test]
    fn statuses_freeze_verdicts_and_a_notification_satisfies_the_early_warning() {
        let c = Clock {
            notification_submitted_at: Some(t("2026-05-02T12:00:00Z")),
            ..clock("2026-05-01T10:00:00Z")
        };
        let n = Filed {
            id: Uuid::nil(),
            stage: Stage::IncidentNotification,
            submitted_at: t("2026-05-02T12:00:00Z"),
        };
        let rows = c.deadlines(&[n], t("2026-07-01T00:00:00Z"));
        let status: Vec<_> = rows.iter().map(|r| (r.stage, r.status)).collect();
        assert_eq!(
            status,
            vec![
                (Stage::EarlyWarning, DeadlineStatus::SubmittedLate), // 26 h after awareness
                (Stage::IncidentNotification, DeadlineStatus::SubmittedOnTime),
                (Stage::FinalReport, DeadlineStatus::Overdue), // due 2 June 12:00 UTC
            ]
        );
        assert_eq!(rows[0].satisfied_by, Some(Uuid::nil()));
        assert_eq!(
            next_due(&rows),
            Some((Stage::FinalReport, t("2026-06-02T12:00:00Z")))
        );
    }

    #[test]
    fn open_stages_are_pending_then_overdue() {
        let c = clock("2026-05-01T10:00:00Z");
        let early = c.deadlines(&[], t("2026-05-01T20:00:00Z"));
        assert_eq!(early[0].status, DeadlineStatus::Pending);
        assert_eq!(early[2].status, DeadlineStatus::NotDue);
        assert!(early[2].provisional);
        let late = c.deadlines(&[], t("2026-05-02T10:00:01Z"));
        assert_eq!(late[0].status, DeadlineStatus::Overdue);
        assert_eq!(late[1].status, DeadlineStatus::Pending);
        assert!(c.is_late(Stage::EarlyWarning, &[], t("2026-05-02T10:00:01Z")));
        assert!(
            !c.is_late(Stage::EarlyWarning, &[], t("2026-05-02T10:00:00Z")),
            "exactly at the due time is on time"
        );
        assert!(
            c.is_late(Stage::IncidentNotification, &[], t("2026-05-02T10:00:01Z")),
            "a combined notification answers for the early warning"
        );
        assert!(!c.is_late(
            Stage::IncidentNotification,
            &[Stage::EarlyWarning],
            t("2026-05-02T10:00:01Z")
        ));
        assert!(
            !c.is_late(
                Stage::EarlyWarning,
                &[Stage::EarlyWarning],
                t("2026-06-01T00:00:00Z")
            ),
            "a correction is not late"
        );
    }
}
