//! The progress path of Art. 23(4)(d)–(e) (spec §1.3 rule 7): the final report is due one
//! month after the notification unless the incident is still ongoing when that passes; then a
//! progress report is due at that time and the final report one month after handling, with a
//! monthly status reminder while handling has not ended.

use super::{add_one_month, Clock, Due, Filed};
use crate::domain::codes::IncidentStatus;
use crate::domain::lifecycle::Stage;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// How the final report's deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalDue {
    /// Due one month after the notification (provisional until the notification is filed).
    Nominal(Due),
    /// The incident was still ongoing when `at` (notification + 1 month) passed: a progress
    /// report was due then, and the final report is due one month after handling
    /// (`None` while `handled_at` is unknown).
    Displaced {
        at: DateTime<Utc>,
        after_handling: Option<DateTime<Utc>>,
    },
}

/// `n` calendar months after `t` in `tz`, one month at a time (each clamped to month end).
pub fn add_months(t: DateTime<Utc>, tz: Tz, n: u32) -> DateTime<Utc> {
    (0..n).fold(t, |at, _| add_one_month(at, tz))
}

/// The first monthly status reminder after `now` for a final report displaced at `displaced`.
pub(super) fn next_status_reminder(
    displaced: DateTime<Utc>,
    tz: Tz,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    let mut at = add_one_month(displaced, tz);
    // Bounded: one step per month since the displacement (at most ~100 000 for year 9999).
    while at <= now {
        let next = add_one_month(at, tz);
        if next <= at {
            break;
        }
        at = next;
    }
    at
}

/// How many monthly status reminders are owed at `now` (the first one month after
/// `displaced`), counting a reminder `lead` early.
pub fn status_reminders_due(
    displaced: DateTime<Utc>,
    tz: Tz,
    now: DateTime<Utc>,
    lead: chrono::Duration,
) -> u32 {
    let mut n = 0;
    let mut at = add_one_month(displaced, tz);
    while at <= now + lead && n < 100_000 {
        n += 1;
        at = add_one_month(at, tz);
    }
    n
}

impl Clock {
    /// Where the final report's deadline stands at `now`. The progress path applies only once
    /// the nominal deadline has passed without a final report and the latest incident status
    /// filed by then was not `resolved`.
    pub fn final_due(&self, filed: &[Filed], now: DateTime<Utc>) -> Option<FinalDue> {
        let nominal = self.one_month_after_notification()?;
        let in_time = |f: &&Filed| f.submitted_at <= nominal.at;
        let final_in_time = filed
            .iter()
            .filter(in_time)
            .any(|f| f.stage == Stage::FinalReport);
        if nominal.provisional || final_in_time || now <= nominal.at {
            return Some(FinalDue::Nominal(nominal));
        }
        let status_then = filed
            .iter()
            .rev()
            .find(|f| f.submitted_at <= nominal.at)
            .and_then(|f| f.incident_status);
        // Handled by then (as a later filing may state): not ongoing when the report fell due.
        let handled_in_time = self.handled_at.is_some_and(|h| h <= nominal.at);
        if status_then == Some(IncidentStatus::Resolved) || handled_in_time {
            return Some(FinalDue::Nominal(nominal));
        }
        Some(FinalDue::Displaced {
            at: nominal.at,
            after_handling: self.handled_at.map(|h| add_one_month(h, self.timezone)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deadlines::DeadlineStatus;
    use chrono_tz::Europe::Luxembourg;
    use uuid::Uuid;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn filed(stage: Stage, at: &str, status: IncidentStatus) -> Filed {
        Filed {
            regime: crate::domain::codes::Regime::Nis2,
            id: Uuid::now_v7(),
            stage,
            submitted_at: t(at),
            incident_status: Some(status),
        }
    }

    fn clock() -> Clock {
        Clock {
            aware_at: t("2027-03-01T08:00:00Z"),
            timezone: Luxembourg,
            trust_service_provider: false,
            notification_submitted_at: Some(t("2027-03-02T08:00:00Z")),
            progress_reported: true,
            handled_at: None,
            intermediate: None,
        }
    }

    /// Art. 23(4)(e) displaces the deadline only for an incident ongoing when it falls due: one
    /// handled on day 20 (as the late final report says) keeps notification + 1 month (same
    /// local time in Luxembourg: 09:00 CET → 09:00 CEST).
    #[test]
    fn an_incident_handled_before_the_deadline_keeps_the_nominal_final_due() {
        let mut c = clock();
        c.handled_at = Some(t("2027-03-20T08:00:00Z"));
        let history = [
            filed(
                Stage::IncidentNotification,
                "2027-03-02T08:00:00Z",
                IncidentStatus::Ongoing,
            ),
            filed(
                Stage::FinalReport,
                "2027-04-20T08:00:00Z",
                IncidentStatus::Resolved,
            ),
        ];
        let due = c.final_due(&history, t("2027-04-20T08:00:00Z"));
        assert!(
            matches!(due, Some(FinalDue::Nominal(d)) if d.at == t("2027-04-02T07:00:00Z")),
            "{due:?}"
        );
    }

    /// Art. 23(4)(e): an early progress report does not move the final report's deadline.
    #[test]
    fn an_early_progress_report_keeps_the_final_deadline_until_it_passes() {
        let c = clock();
        let history = [
            filed(
                Stage::IncidentNotification,
                "2027-03-02T08:00:00Z",
                IncidentStatus::Ongoing,
            ),
            filed(
                Stage::ProgressReport,
                "2027-03-03T08:00:00Z",
                IncidentStatus::Ongoing,
            ),
        ];
        let due = t("2027-04-02T07:00:00Z"); // 09:00 CET → 09:00 CEST
        let before = c.deadlines(&history, t("2027-03-10T00:00:00Z"));
        let fin = before
            .iter()
            .find(|r| r.stage == Stage::FinalReport)
            .unwrap();
        assert_eq!(
            (fin.due_at, fin.status),
            (Some(due), DeadlineStatus::Pending)
        );
        let after = c.deadlines(&history, due + chrono::Duration::seconds(1));
        let fin = after
            .iter()
            .find(|r| r.stage == Stage::FinalReport)
            .unwrap();
        assert_eq!(fin.status, DeadlineStatus::AwaitingHandling);
        assert_eq!(fin.next_reminder_at, Some(t("2027-05-02T07:00:00Z")));
        let resolved = [
            history[0],
            filed(
                Stage::IntermediateReport,
                "2027-03-20T08:00:00Z",
                IncidentStatus::Resolved,
            ),
        ];
        let rows = c.deadlines(&resolved, due + chrono::Duration::seconds(1));
        let fin = rows.iter().find(|r| r.stage == Stage::FinalReport).unwrap();
        assert_eq!(
            (fin.due_at, fin.status),
            (Some(due), DeadlineStatus::Overdue)
        );
    }

    #[test]
    fn status_reminders_come_monthly_after_the_displacement() {
        let d = t("2027-01-31T10:00:00Z");
        let lead = chrono::Duration::hours(12);
        assert_eq!(status_reminders_due(d, Luxembourg, d, lead), 0);
        assert_eq!(
            status_reminders_due(d, Luxembourg, t("2027-02-28T00:00:00Z"), lead),
            1
        );
        assert_eq!(
            status_reminders_due(d, Luxembourg, t("2027-03-28T12:00:00Z"), lead),
            2
        );
        assert_eq!(add_months(d, Luxembourg, 2), t("2027-03-28T09:00:00Z"));
    }
}
