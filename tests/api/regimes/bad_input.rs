//! Bad regime input (spec §7): every mistake is a 422 naming its field, and nothing is
//! stored: an unknown regime, a stage of another regime, DORA for a non-financial entity
//! (DORA Art. 2(1)), the same (regime, stage) twice, malformed CRA product identifiers
//! (PURL/CPE) and CVSS vector (CRA Art. 14), more than ten answers.

use super::cra::cra_early_warning;
use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    bad_regimes_and_answers_are_refused_field_by_field at "2027-03-01T09:00:00Z",
    malformed_product_ids_and_cvss_vector_are_refused at "2027-03-01T09:00:00Z",
);

async fn bad_regimes_and_answers_are_refused_field_by_field(app: TestApp) {
    let key = app.api_key.clone();
    let aware = rfc(app.clock().now() - Duration::hours(1));
    let ew = with(early_warning(), json!({"aware_at": aware}));
    let eleven: Vec<Value> = (0..11)
        .map(|_| json!({"regime": "nis2", "stage": "early_warning"}))
        .collect();
    let cases = [
        (json!({"regime": "hipaa"}), vec!["report.regime"]),
        (json!({"regime": "gdpr"}), vec!["report.stage"]),
        (json!({"regime": "dora"}), vec!["report.regime"]),
        (
            json!({"stage": null, "answers": [
                {"regime": "nis2", "stage": "early_warning"},
                {"regime": "nis2", "stage": "early_warning"}]}),
            vec!["report.answers[1].stage"],
        ),
        (
            json!({"stage": null, "answers": [
                {"regime": "nis2", "stage": "breach_notification"},
                {"regime": "sox", "stage": "early_warning"}]}),
            vec!["report.answers[0].stage", "report.answers[1].regime"],
        ),
        (
            json!({"stage": null, "answers": eleven}),
            vec!["report.answers"],
        ),
    ];
    for (extra, fields) in cases {
        let mut body = with(ew.clone(), extra.clone());
        if extra.get("stage").is_some_and(Value::is_null) {
            body["report"].as_object_mut().unwrap().remove("stage");
        }
        let r = post(&app, &key, "/api/v1/incidents", &body).await;
        assert_eq!(r.status, 422, "{extra}: {:?}", r.body);
        let got = r.error_fields();
        for f in &fields {
            assert!(got.contains(&f.to_string()), "{extra}: {f} not in {got:?}");
        }
    }
    assert_eq!(case_count(&app, &key).await, 0, "nothing stored");
}

async fn malformed_product_ids_and_cvss_vector_are_refused(app: TestApp) {
    let key = manufacturer(&app);
    let now = app.clock().now();
    let body = with(
        cra_early_warning("cra_vulnerability", now),
        json!({"product_ids": ["pkg:generic/ok@1.0", "router x1"]}),
    );
    let r = post(&app, &key, "/api/v1/incidents", &body).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    assert!(
        r.error_fields()
            .iter()
            .all(|f| f.starts_with("report.product_ids")),
        "{:?}",
        r.body
    );
    let id = {
        let r = post(
            &app,
            &key,
            "/api/v1/incidents",
            &cra_early_warning("cra_vulnerability", now),
        )
        .await;
        assert_eq!(r.status, 201, "{:?}", r.body);
        r.body["id"].as_str().unwrap().to_string()
    };
    let notification = json!({"report": {
        "stage": "vulnerability_notification", "product_name": "Example Router X1",
        "product_versions": ["2.4.1"], "vulnerability_nature": "Command injection in the web UI.",
        "mitigation_taken": "None yet.", "user_measures": "Disable remote administration.",
        "information_sensitivity": "TLP:AMBER", "cvss_vector": "CVSS:3.1/AV:X/oops"}});
    let path = format!("/api/v1/incidents/{id}/reports");
    let r = post(&app, &key, &path, &notification).await;
    assert_fields(&r, &["report.cvss_vector"]);
    let case = get(&app, &key, &id).await;
    assert_eq!(
        case["reports"].as_array().unwrap().len(),
        1,
        "nothing stored"
    );
}
