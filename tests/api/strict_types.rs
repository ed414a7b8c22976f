//! The JSON API is strict about types (issue 11 item 8; domain spec v0.2 §2 "Types": `str`,
//! `text`, `dt`, `tri` and `eur` are JSON strings, `int≥0` a JSON number, `bool` a JSON
//! boolean, `[]` lists): a value of another JSON type is a 422 problem document naming the
//! field, like any other invalid value, never coerced to text and never a 400 without the field.
//! The OpenAPI document states the same types. HTML forms keep sending text (tests/api/pages).

use crate::helpers::*;
use crate::on_both_backends_at;
use serde_json::{json, Value};

on_both_backends_at!(
    a_number_boolean_list_or_object_for_text_is_refused_by_name at "2026-11-27T10:00:00Z",
    text_for_a_boolean_number_or_list_is_refused_by_name at "2026-11-27T10:00:00Z",
    nested_fields_and_list_entries_are_typed_too at "2026-11-27T10:00:00Z",
    every_documented_field_refuses_a_value_of_another_type at "2026-11-27T10:00:00Z",
    values_of_the_right_type_are_filed at "2026-11-27T10:00:00Z",
);

/// A valid early warning on the test clock (aware two hours before 10:00 UTC).
fn warning() -> Value {
    json!({"report": {
        "stage": "early_warning", "aware_at": "2026-11-27T08:00:00Z",
        "title": "Ransomware on billing servers",
        "summary": "Billing servers encrypted; invoices cannot be issued.",
        "suspected_malicious": "yes", "cross_border_possible": "no",
        "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    }})
}

/// A valid incident notification on the test clock, for the existing case.
fn notification() -> Value {
    json!({"report": {
        "stage": "incident_notification",
        "initial_assessment": "LockBit 3.0 entered through an unpatched VPN appliance; billing cluster encrypted.",
        "severity": "large", "impact_properties": ["availability"], "service_impact": "none",
        "geo_spread": "national", "mitigation_taken": "Segment isolated, restore from backups started.",
        "incident_class": "malicious-code", "incident_type": "infected-system"
    }})
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The reply is a 422 problem document naming exactly `fields`, each with a message.
fn assert_refused(r: &Reply, fields: &[&str]) {
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.content_type, "application/problem+json");
    let want: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    assert_eq!(sorted(r.error_fields()), sorted(want), "{}", r.body);
    for e in r.body["errors"].as_array().unwrap() {
        assert!(
            e["message"].as_str().unwrap().starts_with("must be "),
            "{e}"
        );
    }
}

async fn a_number_boolean_list_or_object_for_text_is_refused_by_name(app: TestApp) {
    for wrong in [
        json!(12345),
        json!(true),
        json!(["Ransomware"]),
        json!({"en": "x"}),
    ] {
        let r = app
            .open_case(&with(warning(), json!({ "title": wrong })))
            .await;
        assert_refused(&r, &["report.title"]);
    }
    let r = app
        .open_case(&with(warning(), json!({"title": 12345})))
        .await;
    assert_eq!(
        r.body["errors"][0]["message"],
        "must be a string, not a number"
    );
    // Other text-like kinds: a code, a time, a tri-state, euros and a UUID.
    let r = app
        .open_case(&with(
            warning(),
            json!({"stage": 1, "aware_at": 1764230400, "suspected_malicious": true,
                   "financial_loss_eur": 1250.5, "supersedes_submission_id": 7}),
        ))
        .await;
    assert_refused(
        &r,
        &[
            "report.stage",
            "report.aware_at",
            "report.suspected_malicious",
            "report.financial_loss_eur",
            "report.supersedes_submission_id",
        ],
    );
    assert_eq!(app.list_cases("").await.body["items"], json!([]));
}

async fn text_for_a_boolean_number_or_list_is_refused_by_name(app: TestApp) {
    let r = app
        .open_case(&with(
            warning(),
            json!({"assistance_requested": "false", "deaths": "3", "users_total_eu": "10",
                   "users_affected": "5000", "affected_services": "billing",
                   "cross_border_ms": "DE", "significance_basis": {"a": 1}}),
        ))
        .await;
    assert_refused(
        &r,
        &[
            "report.assistance_requested",
            "report.deaths",
            "report.users_total_eu",
            "report.users_affected",
            "report.affected_services",
            "report.cross_border_ms",
            "report.significance_basis",
        ],
    );
    let opened = app.open_case(&warning()).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let id = opened.body["id"].as_str().unwrap();
    // The second route holds to the same types.
    let r = app
        .add_report(
            id,
            &with(notification(), json!({"outage_duration_min": "90"})),
        )
        .await;
    assert_refused(&r, &["report.outage_duration_min"]);
    // Other bodies are typed as strictly: a number for the message text is refused by name.
    let r = app
        .post_json(
            &format!("/api/v1/incidents/{id}/messages"),
            &json!({"message": 12345}),
            &[],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_fields(), vec!["message"]);
    assert_eq!(
        app.get_case(id).await.body["reports"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

async fn nested_fields_and_list_entries_are_typed_too(app: TestApp) {
    let r = app
        .open_case(&with(
            warning(),
            json!({
                "stage": "incident_notification",
                "iocs": [{"type": "ipv4", "value": 3232235777u32}, 7, {"type": ["url"], "value": "https://x.example", "note": false}],
                "cve_ids": ["CVE-2024-3400", 2024],
                "affected_services": ["billing", null],
                "timeline": [{"at": "2026-11-27T08:00:00Z", "event": 5}],
                "cross_border_impact": {"ms": "DE", "description": ["x"]},
            }),
        ))
        .await;
    assert_refused(
        &r,
        &[
            "report.iocs[0].value",
            "report.iocs[1]",
            "report.iocs[2].type",
            "report.iocs[2].note",
            "report.cve_ids[1]",
            "report.affected_services[1]",
            "report.timeline[0].event",
            "report.cross_border_impact.ms",
            "report.cross_border_impact.description",
        ],
    );
    let r = app
        .open_case(&with(
            warning(),
            json!({"iocs": "192.0.2.1", "timeline": [[1]]}),
        ))
        .await;
    assert_refused(&r, &["report.iocs", "report.timeline[0]"]);
}

/// The JSON types a documented property allows (`null` aside); a `$ref` is an object.
fn documented_types(p: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |t: &Value| match t {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => out.extend(a.iter().filter_map(|s| s.as_str().map(String::from))),
        _ => {}
    };
    add(&p["type"]);
    for branch in ["anyOf", "oneOf"] {
        for b in p[branch].as_array().into_iter().flatten() {
            add(&b["type"]);
            if b.get("$ref").is_some() {
                add(&json!("object"));
            }
        }
    }
    if p.get("$ref").is_some() {
        add(&json!("object"));
    }
    out.retain(|t| t != "null");
    out
}

/// A value of a JSON type the property does not take, as a confused client would send it.
fn wrong_value(types: &[String]) -> Value {
    let has = |t: &str| types.iter().any(|x| x == t);
    if has("boolean") {
        json!("true")
    } else if has("integer") {
        json!("12")
    } else if types == ["string"] {
        json!(12345)
    } else {
        json!("x")
    }
}

async fn every_documented_field_refuses_a_value_of_another_type(app: TestApp) {
    let doc = app
        .send("GET", "/api/v1/openapi.json", None, &[], None)
        .await;
    let props = doc.body["components"]["schemas"]["ReportInput"]["properties"]
        .as_object()
        .unwrap()
        .clone();
    let mut report = serde_json::Map::new();
    for (name, p) in &props {
        let types = documented_types(p);
        assert!(!types.is_empty(), "{name} has no documented type: {p}");
        report.insert(name.clone(), wrong_value(&types));
    }
    let r = app.open_case(&json!({ "report": report })).await;
    let named: Vec<String> = props.keys().map(|k| format!("report.{k}")).collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    assert_refused(&r, &named);
    // Every registry field is documented, so every field was tried.
    assert_eq!(props.len(), intake::domain::report::fields::all().len());
    assert_eq!(app.list_cases("").await.body["items"], json!([]));
}

async fn values_of_the_right_type_are_filed(app: TestApp) {
    let r = app
        .open_case(&with(
            warning(),
            json!({"assistance_requested": true, "assistance_details": "Help with forensics.",
                   "cross_border_ms": ["DE"], "detected_at": null}),
        ))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.body["id"].as_str().unwrap().to_string();
    let r = app
        .add_report(
            &id,
            &with(
                notification(),
                json!({"users_affected": 5000, "users_total_eu": 90000, "deaths": 0,
                       "outage_duration_min": 90.0, "financial_loss_eur": "1250.50"}),
            ),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let case = app.get_case(&id).await.body;
    let facts = &case["reports"][1]["report"];
    assert_eq!(facts["users_affected"], json!(5000), "{case}");
    assert_eq!(facts["deaths"], json!(0));
    assert_eq!(facts["assistance_requested"], json!(true));
    let unknown = app
        .add_report(
            &id,
            &json!({"report": {"stage": "intermediate_report", "users_affected": "unknown",
                    "status_update": "Restore from backups is half done."}}),
        )
        .await;
    assert_eq!(unknown.status, 201, "{}", unknown.body);
}
