//! Bad input: every status is the right 4xx, every invalid field is named, nothing is stored.

use crate::helpers::*;
use crate::on_both_backends;
use serde_json::json;

on_both_backends!(
    invalid_fields_are_all_named_and_nothing_is_stored,
    unreadable_bodies_get_400_413_and_415,
    a_body_of_the_wrong_shape_names_the_field,
);

async fn invalid_fields_are_all_named_and_nothing_is_stored(app: TestApp) {
    let bad = json!({"report": {
        "stage": "incident_notification", "aware_at": "2026-11-27T10:00:00", "title": "x",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "yes", "cross_border_ms": ["FR", "US"], "affected_services": ["billing"],
        "incident_status": "burning", "assistance_requested": false, "severity": "catastrophic",
        "initial_assessment": "too short", "impact_properties": ["availability"], "service_impact": "none",
        "geo_spread": "national", "mitigation_taken": "Isolated.", "incident_class": "intrusions", "incident_type": "phishing",
        "iocs": [{"type": "ipv4", "value": "192.0.2.1"}, {"type": "url", "value": "not a url"}, {"type": "md5"}],
        "cve_ids": ["CVE-2024-3400", "CVE-24"], "financial_loss_eur": "-5"
    }});

    let r = app.open_case(&bad).await;

    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.content_type, "application/problem+json");
    let mut fields = r.error_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec![
            "report.aware_at",
            "report.cross_border_ms[1]",
            "report.cve_ids[1]",
            "report.financial_loss_eur",
            "report.incident_status",
            "report.incident_type",
            "report.initial_assessment",
            "report.iocs[1].value",
            "report.iocs[2].value",
            "report.severity",
            "report.title",
        ]
    );
    assert!(r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| !e["message"].as_str().unwrap().is_empty()));
    assert_eq!(app.list_cases("").await.body["items"], json!([]));
}

async fn unreadable_bodies_get_400_413_and_415(app: TestApp) {
    let truncated = post_raw(
        &app,
        Some("application/json"),
        b"{\"report\": {\"stage\": ".to_vec(),
    )
    .await;
    let not_utf8 = post_raw(
        &app,
        Some("application/json"),
        b"{\"report\": {\"title\": \"\xff\xfe\"}}".to_vec(),
    )
    .await;
    let form = post_raw(
        &app,
        Some("application/x-www-form-urlencoded"),
        b"stage=early_warning".to_vec(),
    )
    .await;
    let none = post_raw(&app, None, serde_json::to_vec(&early_warning()).unwrap()).await;
    let huge = post_raw(
        &app,
        Some("application/json"),
        format!(
            "{{\"report\": {{\"summary\": \"{}\"}}}}",
            "a".repeat(2 * 1024 * 1024)
        )
        .into_bytes(),
    )
    .await;
    let deep = post_raw(
        &app,
        Some("application/json"),
        format!(
            "{{\"report\": {{\"iocs\": {}{}}}}}",
            "[".repeat(5000),
            "]".repeat(5000)
        )
        .into_bytes(),
    )
    .await;

    assert_eq!(truncated.status, 400);
    assert!(truncated.body["detail"]
        .as_str()
        .unwrap()
        .contains("malformed JSON at line"));
    assert_eq!(not_utf8.status, 400);
    assert_eq!(form.status, 415);
    assert_eq!(none.status, 415);
    assert_eq!(huge.status, 413);
    assert!(
        (400..500).contains(&deep.status),
        "deep nesting gave {}",
        deep.status
    );
    for r in [&truncated, &not_utf8, &form, &huge] {
        assert_eq!(r.content_type, "application/problem+json");
    }
    assert_eq!(app.list_cases("").await.body["items"], json!([]));
}

async fn post_raw(app: &TestApp, content_type: Option<&str>, body: Vec<u8>) -> Reply {
    let headers: Vec<(&str, &str)> = content_type
        .map(|c| ("Content-Type", c))
        .into_iter()
        .collect();
    app.send(
        "POST",
        "/api/v1/incidents",
        Some(&app.api_key.clone()),
        &headers,
        Some(body),
    )
    .await
}

async fn a_body_of_the_wrong_shape_names_the_field(app: TestApp) {
    let unknown = app
        .open_case(&with(early_warning(), json!({"titel": "typo"})))
        .await;
    let object_for_text = app
        .open_case(&with(early_warning(), json!({"title": {"en": "x"}})))
        .await;
    let dup = app
        .send(
            "POST",
            "/api/v1/incidents",
            Some(&app.api_key.clone()),
            &[("Content-Type", "application/json")],
            Some(br#"{"report": {"stage": "early_warning", "stage": "final_report"}}"#.to_vec()),
        )
        .await;
    let not_object = app.open_case(&json!([1, 2])).await;
    let numbers_as_text = app
        .open_case(&with(
            early_warning(),
            json!({"assistance_requested": "no", "title": 12345}),
        ))
        .await;

    assert_eq!(unknown.status, 422);
    assert_eq!(
        unknown.error_fields(),
        vec!["report.titel"],
        "the unknown field itself"
    );
    assert!(unknown.body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("is not a field of this request"));
    assert_eq!(object_for_text.status, 422);
    assert_eq!(object_for_text.error_fields(), vec!["report.title"]);
    assert_eq!(
        dup.status, 422,
        "a duplicated key is ambiguous: {}",
        dup.body
    );
    assert_eq!(not_object.status, 422);
    // v0.2 (issue 11 item 8): the API is strict about types, nothing is read as text.
    assert_eq!(numbers_as_text.status, 422, "{}", numbers_as_text.body);
    let mut typed = numbers_as_text.error_fields();
    typed.sort();
    assert_eq!(typed, vec!["report.assistance_requested", "report.title"]);
}
