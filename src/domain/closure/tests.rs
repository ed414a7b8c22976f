//! Spec §1.5 on the aggregate: what each closing allows and waives, and what reopening restores.

use super::*;
use crate::domain::case::Reporter;
use crate::domain::member_state::MemberState;
use crate::domain::report::{Report, ReportInput};
use chrono::{Duration, TimeZone};
use serde_json::json;
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap()
}

fn early_warning_case() -> Case {
    let r = Reporter {
        entity_id: Uuid::nil(),
        entity_type: crate::domain::names::EntityType::parse("electricity_supplier").unwrap(),
        member_state: MemberState::LU,
    };
    let ctx = Case::opening_context(&r, chrono_tz::Europe::Luxembourg, now());
    let input: ReportInput = serde_json::from_value(json!({
        "stage": "early_warning", "aware_at": "2026-11-27T10:00:00+01:00", "title": "Ransomware on billing",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "no", "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    }))
    .unwrap();
    let report = Report::parse(input, &ctx).unwrap();
    let (case, _) = Case::open(
        Uuid::nil(),
        "LU-2026-000001".parse().unwrap(),
        &r,
        ctx.timezone,
        report,
        now(),
        "test",
    )
    .unwrap();
    case
}

fn status(case: &Case, stage: Stage, at: DateTime<Utc>) -> DeadlineStatus {
    case.deadlines(at)
        .into_iter()
        .find(|d| d.stage == stage)
        .unwrap()
        .status
}

#[test]
fn accept_and_close_is_refused_while_the_notification_is_owed() {
    let mut case = early_warning_case();
    let err = case
        .close_as(ClosureKind::Accepted, "done", None, now())
        .unwrap_err();
    assert!(err.english().contains("incident_notification"), "{err}");
    assert_eq!(case.state, CaseState::EarlyWarningSubmitted);
    assert!(case.waivers.is_empty());
}

#[test]
fn not_significant_waives_what_is_owed_and_reopening_restores_it() {
    let mut case = early_warning_case();
    let later = now() + Duration::days(5);
    case.close_as(ClosureKind::NotSignificant, "below thresholds", None, later)
        .unwrap();
    assert_eq!(case.state, CaseState::Closed);
    assert_eq!(
        status(&case, Stage::IncidentNotification, later),
        DeadlineStatus::Waived
    );
    assert_eq!(
        status(&case, Stage::FinalReport, later),
        DeadlineStatus::Waived
    );
    assert_eq!(
        status(&case, Stage::EarlyWarning, later),
        DeadlineStatus::SubmittedOnTime
    );
    assert!(case.next_due(later).is_none());
    assert_eq!(
        case.reopen_case(None, later),
        Ok(CaseState::EarlyWarningSubmitted)
    );
    assert_eq!(
        status(&case, Stage::IncidentNotification, later),
        DeadlineStatus::Overdue
    );
}

#[test]
fn a_duplicate_refuses_filings_naming_the_other_case() {
    let mut case = early_warning_case();
    let other: CaseReference = "LU-2026-000009".parse().unwrap();
    case.close_as(ClosureKind::Duplicate, "same incident", Some(other), now())
        .unwrap();
    let why = case.ended_refusal().unwrap();
    assert!(why.english().contains("LU-2026-000009"), "{why}");
    assert_eq!(
        case.waivers[0].duplicate_of.as_ref().map(|r| r.as_str()),
        Some("LU-2026-000009")
    );
}

#[test]
fn waiving_one_stage_leaves_the_others_and_needs_it_owed() {
    let mut case = early_warning_case();
    case.waive(
        Stage::IncidentNotification,
        "merged with CSIRT ticket",
        now(),
    )
    .unwrap();
    assert_eq!(
        status(&case, Stage::IncidentNotification, now()),
        DeadlineStatus::Waived
    );
    // The notification will never come: the final report is firmly due at its provisional time.
    assert_eq!(
        status(&case, Stage::FinalReport, now()),
        DeadlineStatus::Pending
    );
    assert!(case.waive(Stage::EarlyWarning, "x", now()).is_err());
    assert!(case
        .waive(Stage::IncidentNotification, "again", now())
        .is_err());
}

#[test]
fn withdrawal_only_from_the_open_reporting_states() {
    let mut case = early_warning_case();
    case.withdraw("assessed as not significant", now()).unwrap();
    assert_eq!(case.state, CaseState::Withdrawn);
    assert!(case.withdraw("again", now()).is_err());
    assert!(case
        .close_as(ClosureKind::NotSignificant, "x", None, now())
        .is_err());
    assert_eq!(
        case.reopen_case(None, now()),
        Ok(CaseState::EarlyWarningSubmitted)
    );
    assert!(case.waivers.is_empty());
}

fn file(case: &mut Case, v: serde_json::Value, at: DateTime<Utc>) {
    let input: ReportInput = serde_json::from_value(v).unwrap();
    let report = Report::parse(input, &case.context(at)).unwrap();
    case.file(report, at, "test").unwrap();
}

/// Art. 23(4)(e): a final report filed after the displaced deadline, without a progress
/// report, leaves that progress report overdue on the record; it can no longer be filed, so
/// it does not block accepting the final report.
#[test]
fn a_missed_progress_report_does_not_block_accepting_the_final_report() {
    let mut case = early_warning_case();
    file(
        &mut case,
        json!({"stage": "incident_notification", "initial_assessment": "LockBit 3.0 entered through an unpatched VPN appliance; billing encrypted.",
            "severity": "large", "impact_properties": ["availability"], "service_impact": "none",
            "geo_spread": "national", "mitigation_taken": "Segment isolated.",
            "incident_class": "malicious-code", "incident_type": "infected-system"}),
        now() + Duration::hours(30),
    );
    let late = now() + Duration::days(45);
    file(
        &mut case,
        json!({"stage": "final_report", "incident_status": "resolved", "handled_at": late.to_rfc3339(),
            "late_reason": "The incident lasted longer than a month; handled now.",
            "detailed_description": "x".repeat(220), "severity": "large", "impact_properties": ["availability"],
            "service_impact": "none", "geo_spread": "national", "root_cause_category": "malicious_action",
            "incident_class": "malicious-code", "incident_type": "infected-system",
            "root_cause_description": "An unpatched VPN appliance was exploited by the attackers.",
            "mitigation_applied": "Restored from backups.", "mitigation_ongoing": "Monitoring."}),
        late,
    );
    assert_eq!(
        status(&case, Stage::ProgressReport, late),
        DeadlineStatus::Overdue
    );
    case.close_as(ClosureKind::Accepted, "Final report reviewed.", None, late)
        .unwrap();
    assert_eq!(case.state, CaseState::Closed);
}
