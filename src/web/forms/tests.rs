//! Form decoding, prefill and error placement.

use super::render::field_of;
use super::*;

fn form(pairs: &[(&str, &str)]) -> FormData {
    FormData(
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    )
}

#[test]
fn a_form_becomes_the_api_input_with_local_times_and_lists() {
    let f = form(&[
        ("csrf", "x"),
        ("legal_name", "Acme"),
        ("aware_at", "2026-03-01T08:30"),
        ("tz", "Europe/Luxembourg"),
        ("cross_border_ms", "DE"),
        ("cross_border_ms", "FR"),
        ("affected_services", "billing\n\n  portal  \n"),
        ("iocs", "ipv4 192.0.2.1 C2 server\ndomain evil.example"),
        ("title", "  "),
    ]);
    let (entity, report) = decode(&f, Stage::EarlyWarning, timezone(&f, chrono_tz::UTC)).unwrap();
    assert_eq!(entity.legal_name.as_deref(), Some("Acme"));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["aware_at"], "2026-03-01T08:30:00+01:00");
    assert_eq!(json["cross_border_ms"], serde_json::json!(["DE", "FR"]));
    assert_eq!(
        json["affected_services"],
        serde_json::json!(["billing", "portal"])
    );
    assert_eq!(json["iocs"][0]["note"], "C2 server");
    assert_eq!(json["iocs"][1]["value"], "evil.example");
    assert!(json["title"].is_null(), "blank means not provided");
}

#[test]
fn unknown_fields_and_error_paths_land_on_their_field() {
    let err = decode(
        &form(&[("titel", "x")]),
        Stage::EarlyWarning,
        chrono_tz::UTC,
    )
    .unwrap_err();
    assert_eq!(err.list()[0].field, "report.titel");
    let names = fields::names(Stage::IncidentNotification, true);
    assert_eq!(
        field_of("report.iocs[2].value", &names),
        Some(("iocs", Some(2)))
    );
    assert_eq!(field_of("legal_name", &names), Some(("legal_name", None)));
    assert_eq!(field_of("report.nonsense", &names), None);
}

#[test]
fn a_name_and_a_dotted_name_below_it_are_an_error_not_a_panic() {
    let f = form(&[
        ("cross_border_impact", "x"),
        ("cross_border_impact.ms", "DE"),
    ]);
    let err = decode(&f, Stage::FinalReport, chrono_tz::UTC).unwrap_err();
    assert_eq!(err.list()[0].field, "report.cross_border_impact.ms");
    let f = form(&[("a", "1"), ("a.b", "2")]);
    assert!(decode(&f, Stage::EarlyWarning, chrono_tz::UTC).is_err());
}

#[test]
fn prefill_round_trips_through_decode() {
    let facts = serde_json::json!({
        "aware_at": "2026-03-01T07:30:00Z", "title": "Ransomware",
        "cross_border_ms": ["DE"], "affected_services": ["a", "b"],
        "assistance_requested": false,
    });
    let tz: Tz = "Europe/Luxembourg".parse().unwrap();
    let names = fields::names(Stage::IncidentNotification, false);
    let f = prefill(&facts, &names, tz);
    assert_eq!(f.get("aware_at"), Some("2026-03-01T08:30:00"));
    let (_, report) = decode(&f, Stage::IncidentNotification, tz).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["aware_at"], "2026-03-01T08:30:00+01:00");
    assert_eq!(json["assistance_requested"], "false");
    assert!(f.minus(&f).0.iter().all(|(n, _)| n == "tz"));
}

/// Every registry field has its words: a label, and a hint exactly where the registry says the
/// form shows one. A new field without words fails here.
#[test]
fn every_registry_field_has_its_words_in_the_catalogue() {
    use crate::domain::report::fields as registry;
    use crate::words::text_or_empty;
    for name in registry::form_names() {
        assert!(
            !text_or_empty("label", &name).is_empty(),
            "templates/locales/en/catalogue.ftl has no label-{name}"
        );
        let hinted = registry::find(&name).is_some_and(|f| f.hint);
        assert_eq!(
            !text_or_empty("hint", &name).is_empty(),
            hinted,
            "[hint] {name} and the registry's `hint` disagree"
        );
    }
}

/// The forms show only fields their stage asks for, every field it requires, and each report
/// field's choices from the registry's code list.
#[test]
fn the_forms_follow_the_registry() {
    use crate::domain::report::fields::{self as registry, Need};
    for stage in crate::domain::lifecycle::NIS2_STAGES {
        let sections = fields::sections(stage, false);
        let shown: Vec<&str> = sections
            .iter()
            .flat_map(|(_, l)| l.iter().copied())
            .collect();
        for name in &shown {
            let Some(f) = registry::find(name) else {
                assert_eq!(
                    *name, "tz",
                    "{name} is on the {stage} form but not in the registry"
                );
                continue;
            };
            assert_ne!(f.need(stage), Need::No, "{name} is not asked at {stage}");
            if let Some(list) = f.codes() {
                let values: Vec<String> = match fields::kind(name) {
                    fields::Kind::Tri => fields::choices("tri"),
                    _ => fields::choices(name),
                }
                .into_iter()
                .map(|c| c.value)
                .collect();
                assert_eq!(values, list.codes(), "{name}");
            }
        }
        for f in registry::all() {
            if f.need(stage) == Need::Required && f.name != "stage" {
                assert!(shown.contains(&f.name), "{stage} form lacks {}", f.name);
            }
        }
    }
}
