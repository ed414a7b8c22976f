//! Deadline arithmetic against the spec (§1.3): month ends, leap years, DST, trust services, verdicts.

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
        c.due(Stage::EarlyWarning, &[], c.aware_at).unwrap().at,
        t("2026-03-29T12:00:00Z")
    );
    assert_eq!(
        c.due(Stage::IncidentNotification, &[], c.aware_at)
            .unwrap()
            .at,
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
        c.due(Stage::IncidentNotification, &[], c.aware_at)
            .unwrap()
            .at,
        t("2026-05-05T10:00:00Z")
    );
}

#[test]
fn final_report_is_provisional_until_the_notification_is_filed() {
    let mut c = clock("2026-01-28T09:00:00Z");
    let due = c.due(Stage::FinalReport, &[], c.aware_at).unwrap();
    assert_eq!(
        due,
        Due {
            at: t("2026-02-28T09:00:00Z"),
            provisional: true
        }
    ); // 31 Jan + 1 month, clamped
    c.notification_submitted_at = Some(t("2026-01-30T09:00:00Z"));
    assert_eq!(
        c.due(Stage::FinalReport, &[], c.aware_at).unwrap(),
        Due {
            at: t("2026-02-28T09:00:00Z"),
            provisional: false
        }
    );
    c.notification_submitted_at = Some(t("2026-01-29T15:00:00Z"));
    assert_eq!(
        c.due(Stage::FinalReport, &[], c.aware_at).unwrap().at,
        t("2026-02-28T15:00:00Z")
    );
}

/// Art. 23(4)(e): once the final report's deadline passed with the incident ongoing, the
/// final report is due one month after handling; unknown handling leaves it awaiting.
#[test]
fn after_the_displacement_the_final_report_is_due_one_month_after_handling() {
    let c = Clock {
        notification_submitted_at: Some(t("2026-06-02T08:00:00Z")),
        progress_reported: true,
        handled_at: Some(t("2026-08-31T10:00:00Z")),
        intermediate: None,
        ..clock("2026-06-01T08:00:00Z")
    };
    let history = [Filed {
        regime: crate::domain::codes::Regime::Nis2,
        id: Uuid::nil(),
        stage: Stage::ProgressReport,
        submitted_at: t("2026-07-01T08:00:00Z"),
        incident_status: Some(crate::domain::codes::IncidentStatus::Ongoing),
    }];
    let later = t("2026-07-03T00:00:00Z");
    assert_eq!(
        c.due(Stage::ProgressReport, &history, later).unwrap().at,
        t("2026-07-02T08:00:00Z")
    );
    assert_eq!(
        c.due(Stage::FinalReport, &history, later).unwrap().at,
        t("2026-09-30T10:00:00Z")
    );
    let unknown = Clock {
        handled_at: None,
        intermediate: None,
        ..c
    };
    assert_eq!(unknown.due(Stage::FinalReport, &history, later), None);
}

#[test]
fn statuses_freeze_verdicts_and_a_notification_satisfies_the_early_warning() {
    let c = Clock {
        notification_submitted_at: Some(t("2026-05-02T12:00:00Z")),
        ..clock("2026-05-01T10:00:00Z")
    };
    let n = Filed {
        regime: crate::domain::codes::Regime::Nis2,
        id: Uuid::nil(),
        stage: Stage::IncidentNotification,
        submitted_at: t("2026-05-02T12:00:00Z"),
        // Resolved by then: no progress path (spec §1.3 rule 7), the final report is overdue.
        incident_status: Some(crate::domain::codes::IncidentStatus::Resolved),
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

fn ew() -> Filed {
    Filed {
        regime: crate::domain::codes::Regime::Nis2,
        id: Uuid::nil(),
        stage: Stage::EarlyWarning,
        submitted_at: t("2026-05-01T12:00:00Z"),
        incident_status: None,
    }
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
        &[ew()],
        t("2026-05-02T10:00:01Z")
    ));
    assert!(
        !c.is_late(Stage::EarlyWarning, &[ew()], t("2026-06-01T00:00:00Z")),
        "a correction is not late"
    );
}
