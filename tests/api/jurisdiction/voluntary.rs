//! NIS2 Art. 30, spec §7: voluntary notifications of incidents, cyber threats and near misses,
//! from entities in scope or not: `"kind"` instead of `"stage"`, `observed_at` instead of
//! `aware_at`, no deadlines (never late), below mandatory reports in the queue; mandatory
//! reports keep working without `kind`.

use super::{early_warning_at, file_as, register};
use crate::helpers::{notification, with, TestApp};
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;
use serde_json::{json, Value};

on_both_backends_at!(
    an_out_of_scope_organisation_reports_a_near_miss_without_deadlines at "2027-05-10T09:00:00Z",
    bad_voluntary_notifications_are_refused_naming_the_field at "2027-05-10T09:00:00Z",
    voluntary_and_mandatory_cases_do_not_mix at "2027-05-10T09:00:00Z",
    voluntary_notifications_come_after_mandatory_reports_in_the_queue at "2027-05-10T09:00:00Z",
);

fn ago(app: &TestApp, days: i64) -> String {
    (app.clock().now() - Duration::days(days)).to_rfc3339()
}

/// A voluntary notification of `kind` observed `days` ago.
fn voluntary(app: &TestApp, kind: &str, days: i64) -> Value {
    json!({"report": {
        "kind": kind, "observed_at": ago(app, days), "title": "Phishing wave against our payroll staff",
        "summary": "Credential-phishing mails imitating the payroll provider; nobody entered a password.",
        "threat_description": "Lookalike domain payro11.example sending credential-harvesting links.",
        "possible_impact": "Payroll account takeover and redirected salaries.",
        "suspected_malicious": "yes", "cross_border_possible": "unknown", "affected_services": ["payroll"],
        "incident_status": "resolved", "assistance_requested": false
    }})
}

fn out_of_scope(app: &TestApp) -> String {
    register(
        &app.database_url,
        "LU",
        "other",
        "other",
        Default::default(),
    )
}

async fn an_out_of_scope_organisation_reports_a_near_miss_without_deadlines(app: TestApp) {
    let key = out_of_scope(&app);
    // Observed 40 days ago: a mandatory report would be long overdue; a voluntary one is not.
    let r = file_as(
        &app,
        &key,
        "/api/v1/incidents",
        &voluntary(&app, "near_miss", 40),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["kind"], "near_miss");
    assert_eq!(r.body["deadlines"], json!([]), "Art. 30: no deadlines");
    let report = &r.body["reports"][0];
    assert_eq!(report["timeliness"], "submitted_on_time");
    assert_eq!(report["due_at"], Value::Null);
    assert!(report["report"]["observed_at"].is_string(), "{report}");
    assert!(report["report"].get("aware_at").is_none());
    assert_eq!(
        report["report"]["threat_description"],
        "Lookalike domain payro11.example sending credential-harvesting links."
    );
    // A month later nothing is overdue and an update needs no reason for lateness.
    app.clock().advance(Duration::days(35));
    let id = r.body["id"].as_str().unwrap();
    let update = json!({"report": {"possible_impact": "Also the HR portal, same credentials."}});
    let u = file_as(
        &app,
        &key,
        &format!("/api/v1/incidents/{id}/reports"),
        &update,
    )
    .await;
    assert_eq!(u.status, 201, "{}", u.body);
    assert_eq!(u.body["kind"], "near_miss", "the kind carries forward");
    assert_eq!(u.body["deadlines"], json!([]));
    assert_eq!(u.body["reports"][1]["timeliness"], "submitted_on_time");
    // Every kind of Art. 30 is accepted.
    for kind in ["voluntary_incident", "cyber_threat"] {
        let r = file_as(&app, &key, "/api/v1/incidents", &voluntary(&app, kind, 1)).await;
        assert_eq!(r.status, 201, "{kind}: {}", r.body);
        assert_eq!(r.body["kind"], kind);
    }
}

async fn bad_voluntary_notifications_are_refused_naming_the_field(app: TestApp) {
    let key = out_of_scope(&app);
    let cases: Vec<(Value, &str)> = vec![
        (json!({"kind": "rumour"}), "report.kind"),
        (json!({"stage": "early_warning"}), "report.stage"),
        (json!({"aware_at": ago(&app, 1)}), "report.aware_at"),
        (json!({"observed_at": null}), "report.observed_at"),
        (json!({"observed_at": "yesterday"}), "report.observed_at"),
        (
            json!({"kind": "cyber_threat", "threat_description": null}),
            "report.threat_description",
        ),
        (json!({"title": null}), "report.title"),
    ];
    for (change, field) in cases {
        let body = with(voluntary(&app, "near_miss", 1), change.clone());
        let r = file_as(&app, &key, "/api/v1/incidents", &body).await;
        assert_eq!(r.status, 422, "{change}: {}", r.body);
        assert!(
            r.error_fields().contains(&field.to_string()),
            "{change}: {:?}",
            r.error_fields()
        );
    }
    // Nothing was stored.
    let list = app
        .send("GET", "/api/v1/incidents", Some(&key), &[], None)
        .await;
    assert_eq!(list.body["items"], json!([]));
}

async fn voluntary_and_mandatory_cases_do_not_mix(app: TestApp) {
    // Mandatory reports keep working without `kind`.
    let m = app.open_case(&early_warning_at(&app)).await;
    assert_eq!(m.status, 201, "{}", m.body);
    assert!(m.body.get("kind").is_none());
    assert!(!m.body["deadlines"].as_array().unwrap().is_empty());
    let id = m.body["id"].as_str().unwrap();
    let v = app
        .add_report(id, &voluntary(&app, "cyber_threat", 1))
        .await;
    assert_eq!(v.status, 409, "{}", v.body);

    let key = out_of_scope(&app);
    let r = file_as(
        &app,
        &key,
        "/api/v1/incidents",
        &voluntary(&app, "voluntary_incident", 1),
    )
    .await;
    let vid = r.body["id"].as_str().unwrap();
    let n = file_as(
        &app,
        &key,
        &format!("/api/v1/incidents/{vid}/reports"),
        &notification(),
    )
    .await;
    assert!(
        n.status == 409 || n.status == 422,
        "a stage on a voluntary case: {} {}",
        n.status,
        n.body
    );
    let after = app
        .send(
            "GET",
            &format!("/api/v1/incidents/{vid}"),
            Some(&key),
            &[],
            None,
        )
        .await;
    assert_eq!(after.body["reports"].as_array().unwrap().len(), 1);
}

async fn voluntary_notifications_come_after_mandatory_reports_in_the_queue(app: TestApp) {
    let key = out_of_scope(&app);
    let v = file_as(
        &app,
        &key,
        "/api/v1/incidents",
        &voluntary(&app, "near_miss", 1),
    )
    .await;
    assert_eq!(v.status, 201, "{}", v.body);
    // A mandatory case with nothing left due, filed later: it still comes first.
    let aware = (app.clock().now() - Duration::hours(5)).to_rfc3339();
    let opening = with(
        with(early_warning_at(&app), notification()["report"].clone()),
        json!({"stage": "incident_notification", "aware_at": aware}),
    );
    let m = app.open_case(&opening).await;
    assert_eq!(m.status, 201, "{}", m.body);
    let id = m.body["id"].as_str().unwrap();
    let fin = json!({"report": {
        "stage": "final_report", "incident_status": "resolved", "handled_at": ago(&app, 0),
        "detailed_description": "x".repeat(250), "root_cause_category": "malicious_action",
        "root_cause_description": "Unpatched VPN appliance exploited by an affiliate.",
        "mitigation_applied": "Patched and restored.", "mitigation_ongoing": "none"
    }});
    let f = app.add_report(id, &fin).await;
    assert_eq!(f.status, 201, "{}", f.body);

    let mut c = intake::storage::Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let (_, token) = intake::storage::staff::create_authority_token(
        &mut c,
        &"LU-CSIRT".parse().unwrap(),
        None,
        app.clock().now(),
    )
    .unwrap();
    let q = app
        .send("GET", "/api/v1/authority/cases", Some(&token), &[], None)
        .await;
    assert_eq!(q.status, 200, "{}", q.body);
    let order: Vec<&str> = q.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(order, vec![id, v.body["id"].as_str().unwrap()]);
}
