//! Case references `{MS}-{YYYY}-{seq6}` (spec §2.1): the EU label (EL for Greece) and the year
//! in the jurisdiction authority's time zone at the first filing. Single-line fields refuse
//! line breaks and control characters (spec §2.8).

use crate::helpers::*;
use crate::on_both_backends_at;
use serde_json::json;

on_both_backends_at!(
    the_year_is_the_authoritys_local_year at "2027-12-31T23:30:00Z",
    greek_references_read_el at "2027-06-01T12:00:00Z",
    single_line_fields_refuse_line_breaks_and_controls at "2027-06-01T12:00:00Z",
);

fn aware_now(app: &TestApp) -> serde_json::Value {
    use intake::domain::clock::Clock;
    let aware = app.clock().now() - chrono::Duration::minutes(10);
    with(early_warning(), json!({"aware_at": super::rfc(aware)}))
}

async fn the_year_is_the_authoritys_local_year(app: TestApp) {
    // 00:30 on 1 January 2028 in Luxembourg, still 2027 in UTC.
    let opened = app.open_case(&aware_now(&app)).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    assert_eq!(opened.body["reference"], "LU-2028-000001");
}

async fn greek_references_read_el(app: TestApp) {
    let (_, key) = add_entity(&app.database_url, "GR", "energy", "electricity_supplier");
    let body = serde_json::to_vec(&aware_now(&app)).unwrap();
    let json = [("Content-Type", "application/json")];
    let opened = app
        .send("POST", "/api/v1/incidents", Some(&key), &json, Some(body))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    assert_eq!(opened.body["reference"], "EL-2027-000001");
    assert_eq!(opened.body["member_state"], "GR", "stored as ISO 3166");
}

async fn single_line_fields_refuse_line_breaks_and_controls(app: TestApp) {
    for (field, value) in [
        ("title", "Ransomware\non billing servers"),
        ("title", "Ransomware\r\non billing"),
        ("title", "Ransomware\ton billing"),
        ("entity_internal_ref", "INC-1\nBcc: x@evil.example"),
    ] {
        let body = with(aware_now(&app), json!({ field: value }));
        let refused = app.open_case(&body).await;
        assert_eq!(refused.status, 422, "{field}: {}", refused.body);
        assert_eq!(refused.error_fields(), vec![format!("report.{field}")]);
        let message = refused.body["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("single line") || message.contains("control characters"),
            "{message}"
        );
    }
    // Multi-line text keeps its line breaks.
    let summary = "Billing servers encrypted.\nInvoices cannot be issued.";
    let ok = app
        .open_case(&with(aware_now(&app), json!({ "summary": summary })))
        .await;
    assert_eq!(ok.status, 201, "{}", ok.body);
    assert_eq!(ok.body["reports"][0]["report"]["summary"], summary);
    assert_eq!(
        app.list_cases("").await.body["items"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}
