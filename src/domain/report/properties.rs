//! Property tests of the one parse step: whatever a client sends, it answers with a report or
//! with errors naming real fields, never a panic; valid text round-trips unchanged.

use super::*;
use crate::domain::case::{Case, Reporter};
use crate::domain::member_state::MemberState;
use chrono::TimeZone;
use proptest::prelude::*;
use uuid::Uuid;

fn context() -> Context {
    let reporter = Reporter {
        entity_id: Uuid::nil(),
        entity_type: crate::domain::names::EntityType::parse("cloud_computing_provider").unwrap(),
        member_state: MemberState::LU,
    };
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap();
    Case::opening_context(&reporter, chrono_tz::Europe::Luxembourg, now)
}

/// The names `ReportInput` accepts.
fn fields() -> Vec<String> {
    serde_json::to_value(ReportInput::default())
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// The fields that take one text value, and those that take a list of them.
fn scalar_and_list_fields() -> (Vec<String>, Vec<String>) {
    let takes = |name: &str, v: serde_json::Value| {
        serde_json::from_value::<ReportInput>(serde_json::json!({ name: v })).is_ok()
    };
    let names = fields();
    (
        names
            .iter()
            .filter(|n| takes(n, "x".into()))
            .cloned()
            .collect(),
        names
            .iter()
            .filter(|n| takes(n, serde_json::json!(["x"])))
            .cloned()
            .collect(),
    )
}

/// Any text, including control characters, bidi overrides, emoji and huge strings.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z_]{0,20}",
        "\\PC{0,300}",
        Just("9999-12-31T23:59:59Z".to_string()),
        Just("2026-11-27T11:00:00Z".to_string()),
        Just("yes".to_string()),
        Just("unknown".to_string()),
        (0usize..30_000).prop_map(|n| "x".repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_input_gives_a_report_or_errors_naming_real_fields(
        values in proptest::collection::vec((0usize..64, text()), 0..25),
        lists in proptest::collection::vec((0usize..64, proptest::collection::vec(text(), 0..4)), 0..4),
        stage in prop_oneof![Just("early_warning"), Just("incident_notification"), Just("final_report"), Just("nonsense")],
    ) {
        let names = fields();
        let (scalars, list_fields) = scalar_and_list_fields();
        let mut obj = serde_json::Map::new();
        obj.insert("stage".into(), stage.into());
        for (i, v) in values {
            obj.insert(scalars[i % scalars.len()].clone(), v.into());
        }
        for (i, l) in lists {
            obj.insert(list_fields[i % list_fields.len()].clone(), l.into());
        }
        let input = serde_json::from_value::<ReportInput>(serde_json::Value::Object(obj));
        prop_assert!(input.is_ok(), "text in text fields and lists in list fields always read");
        if let Ok(input) = input {
            match Report::parse(input.clone(), &context()) {
                Ok(report) => prop_assert!(report.title.chars().count() <= 200),
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in errors.list() {
                        let top = e.field.trim_start_matches("report.").split(['.', '[']).next().unwrap();
                        prop_assert!(names.iter().any(|n| n == top), "unknown field in error: {}", e.field);
                        prop_assert!(!e.message.is_empty());
                    }
                }
            }
            // Deterministic: the same input gives the same answer.
            let again = Report::parse(input.clone(), &context()).map(|r| r.facts.to_json());
            let first = Report::parse(input, &context()).map(|r| r.facts.to_json());
            prop_assert_eq!(format!("{first:?}"), format!("{again:?}"));
        }
    }

    #[test]
    fn valid_titles_are_kept_exactly(title in "[\\p{L}\\p{N} .,'-]{5,200}") {
        prop_assume!(title.trim().chars().count() >= 5);
        let input: ReportInput = serde_json::from_value(serde_json::json!({
            "stage": "early_warning", "aware_at": "2026-11-27T10:00:00+01:00", "title": title,
            "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
            "cross_border_possible": "no", "affected_services": ["billing"], "incident_status": "ongoing",
            "assistance_requested": false
        })).unwrap();
        let report = Report::parse(input, &context());
        prop_assert!(report.is_ok(), "{:?}", report.err());
        prop_assert_eq!(report.unwrap().title, title.trim());
    }
}
