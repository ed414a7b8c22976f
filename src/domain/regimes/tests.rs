//! The sibling regimes' clocks and state machines (spec §7): DORA (RTS 2025/301 Art. 5),
//! GDPR Art. 33, CRA Art. 14.

use super::calendar::{working_day_due, WeekendRule};
use super::clocks::ThreadClock;
use super::*;
use crate::domain::deadlines::{DeadlineStatus, Filed};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Luxembourg as LUX;

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn filed(regime: Regime, stage: Stage, at: DateTime<Utc>) -> Filed {
    Filed {
        id: uuid::Uuid::now_v7(),
        regime,
        stage,
        submitted_at: at,
        incident_status: None,
    }
}

fn dora(relief: bool, classified: Option<DateTime<Utc>>) -> Thread {
    let mut t = Thread::new(Regime::Dora, ThreadStatus::Open, utc(2026, 3, 2, 9, 0));
    t.weekend_relief = relief;
    t.classified_major_at = classified;
    t.holidays = vec![NaiveDate::from_ymd_opt(2026, 6, 23).unwrap()];
    t
}

fn due(
    t: &Thread,
    aware: DateTime<Utc>,
    filed: &[Filed],
    stage: Stage,
) -> (DateTime<Utc>, Option<WeekendRule>) {
    let clock = ThreadClock {
        thread: t,
        aware_at: aware,
        tz: LUX,
        filed,
    };
    let (d, rule) = clock.due(stage);
    (d.unwrap().at, rule)
}

/// Delegated Regulation 2025/301 Art. 5(1)(a): 4 h after classification, at the latest 24 h after awareness.
#[test]
fn dora_initial_notification_is_the_earlier_of_4h_after_classification_and_24h_after_awareness() {
    let aware = utc(2026, 3, 2, 9, 0); // Monday
    let early = dora(true, Some(utc(2026, 3, 2, 10, 0)));
    assert_eq!(
        due(&early, aware, &[], Stage::InitialNotification).0,
        utc(2026, 3, 2, 14, 0)
    );
    let late = dora(true, Some(utc(2026, 3, 3, 7, 30)));
    assert_eq!(
        due(&late, aware, &[], Stage::InitialNotification).0,
        utc(2026, 3, 3, 9, 0)
    );
    // Art. 5(2): classified only after the first 24 h: 4 h from the classification.
    let later = dora(true, Some(utc(2026, 3, 4, 8, 0)));
    assert_eq!(
        due(&later, aware, &[], Stage::InitialNotification).0,
        utc(2026, 3, 4, 12, 0)
    );
    // Before classification the 24 h bound is shown, provisionally.
    let none = dora(true, None);
    let clock = ThreadClock {
        thread: &none,
        aware_at: aware,
        tz: LUX,
        filed: &[],
    };
    assert!(clock.due(Stage::InitialNotification).0.unwrap().provisional);
}

/// Delegated Regulation 2025/301 Art. 5(4): a deadline on a Saturday moves to 12:00 of Monday, except for
/// credit institutions, CCPs and trading venues.
#[test]
fn dora_saturday_deadline_moves_to_monday_noon_only_for_entities_with_relief() {
    let aware = utc(2026, 3, 6, 9, 0); // Friday 10:00 in Luxembourg
    let classified = Some(utc(2026, 3, 7, 8, 0)); // Saturday: due 12:00 UTC Saturday
    let (at, rule) = due(
        &dora(true, classified),
        aware,
        &[],
        Stage::InitialNotification,
    );
    assert_eq!(
        (at, rule),
        (
            utc(2026, 3, 9, 11, 0),
            Some(WeekendRule::NextWorkingDayNoon)
        )
    );
    let (at, rule) = due(
        &dora(false, classified),
        aware,
        &[],
        Stage::InitialNotification,
    );
    assert_eq!(
        (at, rule),
        (utc(2026, 3, 7, 9, 0), Some(WeekendRule::NoRelief))
    );
}

/// A bank holiday of the reporting entity's member state counts like a weekend day (LU National
/// Day, Tuesday 23 June 2026); the noon moves with summer time.
#[test]
fn dora_bank_holiday_moves_to_next_working_day_noon_in_local_summer_time() {
    let aware = utc(2026, 6, 22, 8, 0); // Monday: 24 h → Tuesday 23 June, a holiday
    let (at, rule) = due(&dora(true, None), aware, &[], Stage::InitialNotification);
    assert_eq!(
        (at, rule),
        (
            utc(2026, 6, 24, 10, 0),
            Some(WeekendRule::NextWorkingDayNoon)
        )
    );
    let (at, rule) = due(&dora(false, None), aware, &[], Stage::InitialNotification);
    assert_eq!(
        (at, rule),
        (utc(2026, 6, 23, 8, 0), Some(WeekendRule::NoRelief))
    );
    assert_eq!(
        working_day_due(utc(2026, 6, 24, 8, 0), LUX, &[], true).1,
        WeekendRule::WorkingDay
    );
}

/// Intermediate 72 h after the initial notification; final one month after the latest
/// intermediate report, clamped to the month's end (31 January → 28 February).
#[test]
fn dora_later_clocks_run_from_the_filing_before() {
    let aware = utc(2027, 1, 25, 9, 0);
    let t = dora(true, Some(utc(2027, 1, 25, 10, 0)));
    let initial = filed(
        Regime::Dora,
        Stage::InitialNotification,
        utc(2027, 1, 25, 12, 0),
    );
    let (at, _) = due(&t, aware, &[initial], Stage::IntermediateReport);
    assert_eq!(at, utc(2027, 1, 28, 12, 0));
    let i1 = filed(
        Regime::Dora,
        Stage::IntermediateReport,
        utc(2027, 1, 27, 10, 0),
    );
    let i2 = filed(
        Regime::Dora,
        Stage::IntermediateReport,
        utc(2027, 1, 31, 10, 0),
    );
    // 28 February 2027 is a Sunday: moved to Monday 1 March 12:00 CET.
    let (at, rule) = due(&t, aware, &[initial, i1, i2], Stage::FinalReport);
    assert_eq!(
        (at, rule),
        (
            utc(2027, 3, 1, 11, 0),
            Some(WeekendRule::NextWorkingDayNoon)
        )
    );
}

/// GDPR Art. 33(1): 72 h from awareness; a proposed thread's due time is only provisional.
#[test]
fn gdpr_breach_notification_is_due_72h_after_awareness_once_confirmed() {
    let aware = utc(2026, 10, 23, 22, 0);
    let mut t = Thread::new(Regime::Gdpr, ThreadStatus::Proposed, aware);
    let clock = ThreadClock {
        thread: &t,
        aware_at: aware,
        tz: LUX,
        filed: &[],
    };
    let rows = clock.rows(utc(2026, 10, 28, 0, 0));
    assert_eq!(rows.len(), 1);
    assert!(rows[0].provisional && rows[0].status == DeadlineStatus::NotDue);
    t.status = ThreadStatus::Open;
    let clock = ThreadClock {
        thread: &t,
        aware_at: aware,
        tz: LUX,
        filed: &[],
    };
    let rows = clock.rows(utc(2026, 10, 28, 0, 0));
    assert_eq!(rows[0].due_at, Some(utc(2026, 10, 26, 22, 0)));
    assert_eq!(rows[0].status, DeadlineStatus::Overdue);
}

/// CRA Art. 14(2)(c): the final report waits for a corrective measure, then is due 14 days
/// after it (across the end of summer time: same local time).
#[test]
fn cra_vulnerability_final_report_awaits_the_measure_then_runs_14_days() {
    let aware = utc(2026, 10, 14, 8, 0);
    let mut t = Thread::new(Regime::CraVulnerability, ThreadStatus::Open, aware);
    let notified = [filed(
        Regime::CraVulnerability,
        Stage::VulnerabilityNotification,
        utc(2026, 10, 15, 8, 0),
    )];
    let clock = ThreadClock {
        thread: &t,
        aware_at: aware,
        tz: LUX,
        filed: &notified,
    };
    let last = clock.rows(utc(2026, 10, 20, 0, 0)).pop().unwrap();
    assert_eq!(
        (last.stage, last.status),
        (Stage::FinalReport, DeadlineStatus::AwaitingMeasure)
    );
    t.corrective_measure_available_at = Some(utc(2026, 10, 20, 10, 0)); // 12:00 CEST
    let clock = ThreadClock {
        thread: &t,
        aware_at: aware,
        tz: LUX,
        filed: &notified,
    };
    // 3 November 12:00 CET.
    assert_eq!(
        clock.due(Stage::FinalReport).0.unwrap().at,
        utc(2026, 11, 3, 11, 0)
    );
    let rows = clock.rows(utc(2026, 10, 20, 0, 0));
    assert_eq!(
        rows[0].status,
        DeadlineStatus::SubmittedOnTime,
        "the notification answers the early warning"
    );
}

/// CRA Art. 14(4)(c): the incident's final report one month after the notification.
#[test]
fn cra_incident_final_report_is_one_month_after_the_notification() {
    let aware = utc(2026, 1, 30, 8, 0);
    let t = Thread::new(Regime::CraIncident, ThreadStatus::Open, aware);
    let n = [filed(
        Regime::CraIncident,
        Stage::IncidentNotification,
        utc(2026, 1, 31, 9, 0),
    )];
    let clock = ThreadClock {
        thread: &t,
        aware_at: aware,
        tz: LUX,
        filed: &n,
    };
    assert_eq!(
        clock.due(Stage::FinalReport).0.unwrap().at,
        utc(2026, 2, 28, 9, 0)
    );
    assert!(
        !clock.is_late(Stage::IncidentNotification, utc(2026, 3, 9, 0, 0)),
        "a correction is never late"
    );
    assert!(clock.is_late(Stage::FinalReport, utc(2026, 2, 28, 9, 1)));
}

#[test]
fn each_thread_keeps_its_own_order_of_stages() {
    use Stage as S;
    assert!(admits(Regime::Dora, S::FinalReport, &[S::InitialNotification]).is_err());
    assert!(admits(
        Regime::Dora,
        S::FinalReport,
        &[S::InitialNotification, S::IntermediateReport]
    )
    .is_ok());
    assert!(admits(Regime::Dora, S::EarlyWarning, &[]).is_err());
    assert!(admits(Regime::Gdpr, S::Supplement, &[]).is_err());
    assert!(admits(
        Regime::CraVulnerability,
        S::EarlyWarning,
        &[S::VulnerabilityNotification]
    )
    .is_err());
    assert!(admits(Regime::CraIncident, S::IncidentNotification, &[]).is_ok());
}

/// NIS2 Art. 4 and DORA Art. 2(1): financial entities report under DORA only.
#[test]
fn financial_entities_report_under_dora_and_others_cannot() {
    let bank = crate::domain::names::EntityType::parse("credit_institution").unwrap();
    let grid = crate::domain::names::EntityType::parse("electricity_supplier").unwrap();
    assert_eq!(default_primary(bank), Regime::Dora);
    assert_eq!(default_primary(grid), Regime::Nis2);
    assert!(refused_for(bank, Regime::Nis2).is_some() && refused_for(bank, Regime::Gdpr).is_none());
    assert!(refused_for(grid, Regime::Dora).is_some());
    assert!(!dora::weekend_relief(
        bank,
        crate::domain::codes::EntityCategory::NotInScope
    ));
    let payments = crate::domain::names::EntityType::parse("credit_institution").unwrap();
    assert!(!dora::weekend_relief(
        payments,
        crate::domain::codes::EntityCategory::Essential
    ));
}

/// Every name the sibling regimes' table uses is a registry field.
#[test]
fn the_regimes_name_only_registry_fields() {
    for name in fields::named() {
        assert!(
            crate::domain::report::fields::find(name).is_some(),
            "{name}"
        );
    }
    let dpa = fields::field_set(Regime::Gdpr);
    assert!(dpa.contains(&"likely_consequences") && dpa.contains(&"summary"));
    assert!(!dpa.contains(&"classified_major_at") && !dpa.contains(&"major_criteria"));
}

/// Spec §7: a DPA sees the GDPR thread's facts and the shared ones, not DORA's classification.
#[test]
fn each_recipient_sees_the_facts_its_regime_names() {
    let facts = serde_json::json!({
        "title": "Ransomware", "summary": "Core banking encrypted", "classified_major_at": "2026-03-02T10:00:00Z",
        "major_criteria": ["critical_services"], "likely_consequences": "Identity theft risk",
        "significance_basis": ["a23_3_a"]
    });
    let dpa = fields::facts_for(&facts, &[Regime::Gdpr]);
    assert!(dpa.get("likely_consequences").is_some() && dpa.get("title").is_some());
    assert!(dpa.get("classified_major_at").is_none() && dpa.get("major_criteria").is_none());
    assert!(
        dpa.get("significance_basis").is_none(),
        "NIS2's own section stays with NIS2"
    );
    let dora = fields::facts_for(&facts, &[Regime::Dora]);
    assert!(dora.get("classified_major_at").is_some() && dora.get("likely_consequences").is_none());
}

/// DORA Art. 64 and CRA Art. 71(2): the duties start on a date; NIS2 joins no other case.
#[test]
fn duties_start_on_their_day_and_only_nis2_must_open_its_case() {
    assert_eq!(applies_from(Regime::Dora), Some(utc(2025, 1, 17, 0, 0)));
    assert_eq!(
        applies_from(Regime::CraIncident),
        Some(utc(2026, 9, 11, 0, 0))
    );
    assert_eq!(applies_from(Regime::Gdpr), None);
    assert!(
        may_join(Regime::Gdpr, Regime::Dora),
        "DORA after a first GDPR filing"
    );
    assert!(!may_join(Regime::CraVulnerability, Regime::Nis2));
}
