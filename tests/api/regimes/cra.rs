//! CRA (Regulation 2024/2847 Art. 14): a manufacturer's actively exploited vulnerability
//! (early warning 24 h, notification 72 h, final report 14 days after a corrective measure
//! is available, `awaiting_measure` until then) and severe incident (final report one month
//! after the notification), to the coordinator CSIRT (LU-CSIRT-CRA), which may ask for
//! intermediate reports (Art. 14(6)); a CRA thread may join a NIS2 case.

use super::*;
use crate::closure::token;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    an_exploited_vulnerability_awaits_the_measure_then_runs_14_days at "2027-03-01T09:00:00Z",
    a_severe_incident_final_report_is_due_a_month_after_the_notification at "2027-01-29T09:00:00Z",
    a_cra_thread_joins_a_nis2_case_and_the_coordinator_asks_for_an_intermediate at "2027-03-01T09:00:00Z",
);

/// A CRA early warning of `regime`, aware an hour before `now`.
pub fn cra_early_warning(regime: &str, now: chrono::DateTime<Utc>) -> Value {
    let mut body = json!({"report": {
        "regime": regime, "stage": "early_warning", "aware_at": rfc(now - Duration::hours(1)),
        "title": "Router firmware exploited", "summary": "Remote code execution in the web UI exploited in the wild.",
        "incident_status": "ongoing", "product_name": "Example Router X1",
        "ms_made_available": ["LU", "DE"],
        "product_ids": ["pkg:generic/example/router-x1@2.4.1", "cpe:2.3:h:example:router_x1:2.4.1:*:*:*:*:*:*:*"]
    }});
    if regime == "cra_incident" {
        body["report"]["suspected_malicious"] = json!("yes");
    }
    body
}

fn vulnerability_notification() -> Value {
    json!({"report": {
        "stage": "vulnerability_notification", "product_name": "Example Router X1",
        "product_versions": ["2.4.0", "2.4.1"],
        "vulnerability_nature": "Command injection in the diagnostics page of the web UI.",
        "mitigation_taken": "Web UI disabled remotely where possible.",
        "user_measures": "Disable remote administration.",
        "information_sensitivity": "TLP:AMBER until a fix ships.",
        "cvss_vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
    }})
}

/// Art. 14(2)(c): the final report row is `awaiting_measure` until a filing states
/// `corrective_measure_available_at`, then due 14 days later (same local time).
async fn an_exploited_vulnerability_awaits_the_measure_then_runs_14_days(app: TestApp) {
    let key = manufacturer(&app);
    let now = app.clock().now();
    let r = post(
        &app,
        &key,
        "/api/v1/incidents",
        &cra_early_warning("cra_vulnerability", now),
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let case = &r.body;
    let id = case["id"].as_str().unwrap().to_string();
    assert_eq!(case["regime"], "cra_vulnerability");
    assert_eq!(
        notified(report(case, "cra_vulnerability", "early_warning")),
        // CRA Art. 14(1): ENISA is notified simultaneously with the coordinator CSIRT.
        vec!["EU-ENISA", "LU-CSIRT-CRA"]
    );
    let vn = row(case, "cra_vulnerability", "vulnerability_notification");
    assert_eq!(vn["due_at"], rfc(now + Duration::hours(71)));
    let fin = row(case, "cra_vulnerability", "final_report");
    assert_eq!(fin["status"], "awaiting_measure");
    assert!(fin["due_at"].is_null());
    let path = format!("/api/v1/incidents/{id}/reports");
    app.clock().advance(Duration::hours(20));
    let r = post(&app, &key, &path, &vulnerability_notification()).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(
        row(&r.body, "cra_vulnerability", "final_report")["status"],
        "awaiting_measure"
    );
    let measure = at("2027-03-05T15:00:00Z");
    app.clock().set(measure + Duration::hours(1));
    let update = json!({"report": {"stage": "vulnerability_notification",
        "product_name": "Example Router X1", "product_versions": ["2.4.0", "2.4.1"],
        "vulnerability_nature": "Command injection in the diagnostics page of the web UI.",
        "mitigation_taken": "Firmware 2.4.2 released.", "user_measures": "Install 2.4.2.",
        "information_sensitivity": "Public since the advisory.",
        "corrective_measure_available_at": rfc(measure)}});
    let r = post(&app, &key, &path, &update).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(
        thread(&r.body, "cra_vulnerability")["corrective_measure_available_at"],
        rfc(measure)
    );
    let fin = row(&r.body, "cra_vulnerability", "final_report");
    assert_eq!(fin["status"], "pending");
    assert_eq!(fin["due_at"], rfc(measure + Duration::days(14)));
}

/// Art. 14(4)(c): the final report one month after the incident notification (29 Jan →
/// 28 Feb: clamped to the month's end, the authority's local time).
async fn a_severe_incident_final_report_is_due_a_month_after_the_notification(app: TestApp) {
    let key = manufacturer(&app);
    let now = app.clock().now();
    let mut body = cra_early_warning("cra_incident", now);
    let r = body["report"].as_object_mut().unwrap();
    r.insert("stage".into(), json!("incident_notification"));
    r.insert(
        "initial_assessment".into(),
        json!(
            "Build server compromised; the signed 2.4.1 update was tampered with before release."
        ),
    );
    r.insert(
        "mitigation_taken".into(),
        json!("Update pulled, signing keys rotated."),
    );
    r.insert("user_measures".into(), json!("Do not install 2.4.1."));
    r.insert(
        "information_sensitivity".into(),
        json!("Restricted to CSIRTs."),
    );
    app.clock().set(at("2027-01-31T10:00:00Z"));
    let r = post(&app, &key, "/api/v1/incidents", &body).await;
    // Aware two days before: the notification (72 h) is on time, the early warning it
    // answers for (24 h) was missed: a reason is needed.
    assert_fields(&r, &["report.late_reason"]);
    let body = with(
        body,
        json!({"late_reason": "The tampering was found only now by the audit."}),
    );
    let r = post(&app, &key, "/api/v1/incidents", &body).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(r.body["regime"], "cra_incident");
    let fin = row(&r.body, "cra_incident", "final_report");
    assert_eq!(fin["due_at"], "2027-02-28T10:00:00Z");
    assert_eq!(fin["provisional"], false);
}

/// A CRA thread joins a NIS2 case (one incident, two regimes); the coordinator CSIRT asks
/// for an intermediate report on it (Art. 14(6)); the NIS2 CSIRT may not; a filing answers it.
async fn a_cra_thread_joins_a_nis2_case_and_the_coordinator_asks_for_an_intermediate(app: TestApp) {
    let now = app.clock().now();
    let ew = with(
        early_warning(),
        json!({"aware_at": rfc(now - Duration::hours(1))}),
    );
    let r = app.open_case(&ew).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let id = r.body["id"].as_str().unwrap().to_string();
    let mut cra = cra_early_warning("cra_vulnerability", now);
    cra["report"].as_object_mut().unwrap().remove("aware_at");
    let r = app.add_report(&id, &cra).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(r.body["regime"], "nis2");
    assert_eq!(thread(&r.body, "cra_vulnerability")["status"], "open");
    assert_eq!(
        row(&r.body, "nis2", "incident_notification")["status"],
        "pending"
    );
    let ask = |regime: &str| {
        json!({"questions": "Which firmware versions are exploited?",
               "due_at": rfc(now + Duration::days(3)), "regime": regime})
    };
    let path = format!("/api/v1/authority/cases/{id}/intermediate-requests");
    let csirt = token(&app, "LU-CSIRT");
    let r = post(&app, &csirt, &path, &ask("cra_vulnerability")).await;
    assert_eq!(r.status, 403, "{:?}", r.body);
    let coordinator = token(&app, "LU-CSIRT-CRA");
    assert_fields(
        &post(&app, &coordinator, &path, &ask("gdpr")).await,
        &["regime"],
    );
    let r = post(&app, &coordinator, &path, &ask("cra_vulnerability")).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let case = get(&app, &app.api_key.clone(), &id).await;
    let t = thread(&case, "cra_vulnerability");
    assert_eq!(
        t["intermediate_request"]["due_at"],
        rfc(now + Duration::days(3))
    );
    let inter = row(&case, "cra_vulnerability", "intermediate_report");
    assert_eq!(inter["status"], "pending");
    assert!(
        case["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["regime"] != "nis2" || d["stage"] != "intermediate_report"),
        "NIS2 was not asked"
    );
    let answer = json!({"report": {"regime": "cra_vulnerability", "stage": "intermediate_report",
        "status_update": "Versions 2.4.0 and 2.4.1 are exploited; 2.3 is not affected."}});
    app.clock().advance(Duration::hours(5));
    let r = app.add_report(&id, &answer).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert!(thread(&r.body, "cra_vulnerability")["intermediate_request"].is_null());
    assert_eq!(
        row(&r.body, "cra_vulnerability", "intermediate_report")["status"],
        "submitted_on_time"
    );
}
