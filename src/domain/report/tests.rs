use super::*;
use crate::domain::case::{Case, Reporter};
use crate::domain::lifecycle::CaseState;
use crate::domain::member_state::MemberState;
use chrono::TimeZone;
use serde_json::json;
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap()
}

fn reporter(entity_type: &'static str) -> Reporter {
    Reporter {
        entity_id: Uuid::nil(),
        entity_type: crate::domain::names::EntityType::parse(entity_type).unwrap(),
        member_state: MemberState::LU,
    }
}

fn input(v: serde_json::Value) -> ReportInput {
    serde_json::from_value(v).unwrap()
}

fn early_warning() -> serde_json::Value {
    json!({
        "stage": "early_warning", "aware_at": "2026-11-27T10:00:00+01:00", "title": "Ransomware on billing",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "no", "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    })
}

fn open(v: serde_json::Value) -> Case {
    let r = reporter("electricity_supplier");
    let ctx = Case::opening_context(&r, chrono_tz::Europe::Luxembourg, now());
    let report = Report::parse(input(v), &ctx).unwrap();
    Case::open(
        Uuid::nil(),
        "LU-2026-000001".parse().unwrap(),
        &r,
        ctx.timezone,
        report,
        now(),
        "test",
    )
    .unwrap()
    .0
}

fn errors(v: serde_json::Value, ctx: &Context) -> Vec<String> {
    Report::parse(input(v), ctx)
        .unwrap_err()
        .list()
        .iter()
        .map(|e| e.field.clone())
        .collect()
}

#[test]
fn a_valid_early_warning_parses() {
    let case = open(early_warning());
    assert_eq!(case.state, CaseState::EarlyWarningSubmitted);
    assert_eq!(
        case.clock.aware_at,
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    );
}

#[test]
fn every_invalid_field_is_reported_with_its_full_path() {
    let ctx = Case::opening_context(
        &reporter("electricity_supplier"),
        chrono_tz::Europe::Luxembourg,
        now(),
    );
    let bad = json!({
        "stage": "early_warning", "aware_at": "2026-11-27T10:00:00", "title": "x", "summary": "short",
        "suspected_malicious": "maybe", "cross_border_possible": "no", "affected_services": [],
        "incident_status": "ongoing", "assistance_requested": "perhaps", "cross_border_ms": ["LU", "XX"],
        "iocs": [{"type": "ipv4", "value": "192.0.2.1"}, {"type": "sha256", "value": "abc"}, {"type": "nope", "value": "x"}]
    });
    let fields = errors(bad, &ctx);
    for f in [
        "report.aware_at",
        "report.title",
        "report.summary",
        "report.suspected_malicious",
        "report.affected_services",
        "report.assistance_requested",
        "report.cross_border_ms[1]",
        "report.iocs[1].value",
        "report.iocs[2].type",
    ] {
        assert!(
            fields.contains(&f.to_string()),
            "{f} missing from {fields:?}"
        );
    }
    assert!(!fields.contains(&"report.iocs[0].value".to_string()));
}

#[test]
fn a_missing_stage_and_missing_required_fields_are_named() {
    let ctx = Case::opening_context(
        &reporter("electricity_supplier"),
        chrono_tz::Europe::Luxembourg,
        now(),
    );
    let fields = errors(json!({}), &ctx);
    for f in [
        "report.stage",
        "report.aware_at",
        "report.title",
        "report.incident_status",
    ] {
        assert!(
            fields.contains(&f.to_string()),
            "{f} missing from {fields:?}"
        );
    }
}

#[test]
fn clock_anchors_must_be_in_order_and_not_in_the_future() {
    let ctx = Case::opening_context(
        &reporter("electricity_supplier"),
        chrono_tz::Europe::Luxembourg,
        now(),
    );
    let mut v = early_warning();
    v["detected_at"] = json!("2026-11-27T09:30:00Z");
    v["started_at"] = json!("2026-11-27T09:45:00Z");
    let fields = errors(v.clone(), &ctx);
    assert_eq!(fields, vec!["report.detected_at", "report.started_at"]);
    v["aware_at"] = json!("2026-11-28T09:00:00Z");
    v["detected_at"] = json!(null);
    v["started_at"] = json!(null);
    assert_eq!(errors(v, &ctx), vec!["report.aware_at"]);
}

#[test]
fn a_late_filing_needs_a_reason() {
    let ctx = Case::opening_context(
        &reporter("electricity_supplier"),
        chrono_tz::Europe::Luxembourg,
        now(),
    );
    let mut v = early_warning();
    v["aware_at"] = json!("2026-11-25T10:00:00Z");
    assert_eq!(errors(v.clone(), &ctx), vec!["report.late_reason"]);
    v["late_reason"] = json!("Our SOC was itself offline during the attack.");
    assert!(Report::parse(input(v), &ctx).unwrap().late);
}

#[test]
fn the_notification_carries_the_early_warning_forward_and_adds_its_own_rules() {
    let mut case = open(early_warning());
    let ctx = case.context(now());
    let fields = errors(json!({"stage": "incident_notification"}), &ctx);
    assert_eq!(
        fields,
        vec![
            "report.initial_assessment",
            "report.severity",
            "report.impact_properties",
            "report.service_impact",
            "report.geo_spread",
            "report.mitigation_taken",
            "report.incident_class",
            "report.incident_type"
        ]
    );
    let notification = json!({
        "stage": "incident_notification", "initial_assessment": "Initial assessment: LockBit variant entered through the VPN appliance.",
        "severity": "large", "impact_properties": ["availability"], "service_impact": "partial_outage",
        "outage_start": "2026-11-27T08:00:00Z", "geo_spread": "national", "mitigation_taken": "Isolated the segment.",
        "incident_class": "malicious_code", "incident_type": "infected-system",
        "iocs": [{"type": "domain", "value": "evil.example"}]
    });
    let report = Report::parse(input(notification), &case.context(now())).unwrap();
    assert_eq!(
        report.facts.title.as_deref(),
        Some("Ransomware on billing"),
        "carried forward"
    );
    assert!(report.provided.contains(&"severity".to_string()));
    assert!(!report.provided.contains(&"title".to_string()));
    case.file(report, now(), "test").unwrap();
    assert_eq!(case.state, CaseState::Notified);
    // The stored facts round-trip: a final report inherits IoCs and impact from them.
    let merged = ReportInput::default().over(Some(&case.facts)).0;
    assert_eq!(merged.iocs.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        merged.severity.as_ref().map(|s| s.0.as_str()),
        Some("large")
    );
}

#[test]
fn final_report_requires_resolution_and_progress_report_refuses_it() {
    let mut v = early_warning();
    v["stage"] = json!("incident_notification");
    v["initial_assessment"] =
        json!("Initial assessment: a misconfigured switch broke the control network.");
    v["suspected_malicious"] = json!("no");
    for (k, x) in [
        ("severity", json!("minor")),
        ("impact_properties", json!(["availability"])),
        ("service_impact", json!("none")),
        ("geo_spread", json!("local")),
        ("mitigation_taken", json!("Rolled back.")),
    ] {
        v[k] = x;
    }
    let case = open(v);
    let final_fields = errors(json!({"stage": "final_report"}), &case.context(now()));
    for f in [
        "report.detailed_description",
        "report.root_cause_category",
        "report.handled_at",
        "report.incident_status",
    ] {
        assert!(
            final_fields.contains(&f.to_string()),
            "{f} missing from {final_fields:?}"
        );
    }
    let progress = json!({"stage": "progress_report", "incident_status": "resolved", "status_summary": "Everything is back to normal now.",
        "mitigation_applied": "x", "mitigation_ongoing": "none"});
    assert_eq!(
        errors(progress, &case.context(now())),
        vec!["report.incident_status"]
    );
}

/// A case whose facts are not an object (its submissions are gone) merges nothing, and the
/// parse step reads the input as anchored to the case, not the map built before that.
#[test]
fn facts_that_are_not_an_object_leave_the_input_to_be_read_after_anchoring() {
    let (_, provided, fields) = ReportInput::default().over(Some(&serde_json::Value::Null));
    assert!(provided.is_empty());
    assert!(fields.is_none());
    let (_, _, first) = ReportInput::default().over(None);
    assert!(first.is_some(), "a first report's map is reused");
}
