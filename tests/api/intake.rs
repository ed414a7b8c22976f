//! Opening a case and reading it back.

use crate::helpers::*;
use crate::on_both_backends;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

on_both_backends!(
    an_early_warning_opens_a_case_with_a_reference_and_deadlines,
    cases_are_visible_only_to_their_own_entity,
    requests_without_a_valid_api_key_get_401,
    a_trust_service_provider_owes_the_notification_within_24_hours,
    a_late_early_warning_needs_a_reason_and_is_flagged_late,
    the_case_list_pages_newest_first,
    health_and_openapi_are_public,
);

fn t(v: &serde_json::Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("not a time: {v}")))
        .unwrap()
        .with_timezone(&Utc)
}

async fn an_early_warning_opens_a_case_with_a_reference_and_deadlines(app: TestApp) {
    let body = early_warning();
    let aware: DateTime<Utc> = t(&body["report"]["aware_at"]);

    let r = app.open_case(&body).await;

    assert_eq!(r.status, 201, "{}", r.body);
    let year = t(&r.body["created_at"]).format("%Y");
    assert_eq!(r.body["reference"], format!("LU-{year}-000001"));
    assert_eq!(r.body["state"], "early_warning_submitted");
    assert_eq!(r.body["timezone"], "Europe/Luxembourg");
    let id = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/api/v1/incidents/{id}").as_str())
    );
    let d = &r.body["deadlines"];
    assert_eq!(d[0]["stage"], "early_warning");
    assert_eq!(t(&d[0]["due_at"]), aware + Duration::hours(24));
    assert_eq!(d[0]["status"], "submitted_on_time");
    assert_eq!(d[1]["stage"], "incident_notification");
    assert_eq!(t(&d[1]["due_at"]), aware + Duration::hours(72));
    assert_eq!(d[1]["status"], "pending");
    assert_eq!(d[2]["stage"], "final_report");
    assert_eq!(d[2]["provisional"], true);
    assert_eq!(
        r.body["reports"][0]["report"]["title"],
        "Ransomware on billing servers"
    );

    let again = app.get_case(&id).await;
    assert_eq!(again.status, 200);
    assert_eq!(
        again.body["reports"][0]["report"],
        r.body["reports"][0]["report"]
    );
    assert_eq!(again.body["reports"][0]["id"], r.body["reports"][0]["id"]);
    let second = app.open_case(&early_warning()).await;
    assert_eq!(second.body["reference"], format!("LU-{year}-000002"));
}

async fn cases_are_visible_only_to_their_own_entity(app: TestApp) {
    let mine = app.open_case(&early_warning()).await;
    let id = mine.body["id"].as_str().unwrap();
    let (_, other_key) = add_entity(&app.database_url, "DE", "banking", "credit_institution");

    let read = app
        .send(
            "GET",
            &format!("/api/v1/incidents/{id}"),
            Some(&other_key),
            &[],
            None,
        )
        .await;
    let list = app
        .send("GET", "/api/v1/incidents", Some(&other_key), &[], None)
        .await;
    let body = serde_json::to_vec(&notification()).unwrap();
    let file = app
        .send(
            "POST",
            &format!("/api/v1/incidents/{id}/reports"),
            Some(&other_key),
            &[("Content-Type", "application/json")],
            Some(body),
        )
        .await;

    assert_eq!(read.status, 404, "another entity's case must look absent");
    assert_eq!(
        read.body["detail"],
        app.get_case(&uuid::Uuid::new_v4().to_string()).await.body["detail"]
    );
    assert_eq!(list.body["items"], json!([]));
    assert_eq!(file.status, 404);
    assert_eq!(
        app.get_case(id).await.body["reports"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing was filed"
    );
}

async fn requests_without_a_valid_api_key_get_401(app: TestApp) {
    let body = Some(serde_json::to_vec(&early_warning()).unwrap());
    for key in [None, Some("iik_wrong"), Some("")] {
        let r = app
            .send(
                "POST",
                "/api/v1/incidents",
                key,
                &[("Content-Type", "application/json")],
                body.clone(),
            )
            .await;
        assert_eq!(r.status, 401, "key {key:?}");
        assert_eq!(r.content_type, "application/problem+json");
        assert!(r.headers.get("www-authenticate").is_some());
    }
    assert_eq!(
        app.send("GET", "/api/v1/incidents", None, &[], None)
            .await
            .status,
        401
    );
}

async fn a_trust_service_provider_owes_the_notification_within_24_hours(app: TestApp) {
    let (_, key) = add_entity(
        &app.database_url,
        "BE",
        "digital_infrastructure",
        "trust_service_provider",
    );
    let body = early_warning();
    let aware = t(&body["report"]["aware_at"]);

    let r = app
        .send(
            "POST",
            "/api/v1/incidents",
            Some(&key),
            &[("Content-Type", "application/json")],
            Some(serde_json::to_vec(&body).unwrap()),
        )
        .await;

    assert_eq!(r.status, 201, "{}", r.body);
    assert!(r.body["reference"].as_str().unwrap().starts_with("BE-"));
    assert_eq!(
        t(&r.body["deadlines"][1]["due_at"]),
        aware + Duration::hours(24)
    );
}

async fn a_late_early_warning_needs_a_reason_and_is_flagged_late(app: TestApp) {
    let late = with(early_warning(), json!({"aware_at": hours_ago(30)}));

    let refused = app.open_case(&late).await;
    let accepted = app
        .open_case(&with(
            late,
            json!({"late_reason": "Our monitoring was down with the rest of the network."}),
        ))
        .await;

    assert_eq!(refused.status, 422);
    assert_eq!(refused.error_fields(), vec!["report.late_reason"]);
    assert_eq!(accepted.status, 201, "{}", accepted.body);
    assert_eq!(accepted.body["deadlines"][0]["status"], "submitted_late");
    assert_eq!(accepted.body["reports"][0]["timeliness"], "submitted_late");
    let reference = accepted.body["reference"].as_str().unwrap();
    assert!(
        reference.ends_with("000001"),
        "the refused filing used no reference: {reference}"
    );
}

async fn the_case_list_pages_newest_first(app: TestApp) {
    let mut ids = Vec::new();
    for _ in 0..5 {
        ids.push(
            app.open_case(&early_warning()).await.body["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }

    let first = app.list_cases("?limit=2").await;
    let cursor = first.body["next_cursor"].as_str().unwrap().to_string();
    let second = app.list_cases(&format!("?limit=2&cursor={cursor}")).await;
    let third = app
        .list_cases(&format!(
            "?limit=2&cursor={}",
            second.body["next_cursor"].as_str().unwrap()
        ))
        .await;

    let got: Vec<String> = [&first, &second, &third]
        .iter()
        .flat_map(|p| {
            p.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_string())
        })
        .collect();
    ids.reverse();
    assert_eq!(got, ids);
    assert!(third.body["next_cursor"].is_null());
    assert_eq!(
        first.body["items"][0]["reports"][0]["stage"],
        "early_warning"
    );
    assert!(first.body["items"][0]["deadlines"].as_array().is_some());
    assert_eq!(app.list_cases("?limit=0").await.status, 400);
    assert_eq!(app.list_cases("?cursor=garbage").await.status, 400);
    let not_a_number = app.list_cases("?limit=abc").await;
    assert_eq!(not_a_number.status, 400);
    assert_eq!(not_a_number.content_type, "application/problem+json");
}

async fn health_and_openapi_are_public(app: TestApp) {
    let health = app.send("GET", "/healthz", None, &[], None).await;
    let doc = app
        .send("GET", "/api/v1/openapi.json", None, &[], None)
        .await;

    assert_eq!(health.status, 200);
    assert_eq!(doc.status, 200);
    assert!(doc.body["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc.body["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/incidents", "post"),
        ("/api/v1/incidents", "get"),
        ("/api/v1/incidents/{id}", "get"),
        ("/api/v1/incidents/{id}/reports", "post"),
    ] {
        assert!(
            paths[path][method].is_object(),
            "{method} {path} undocumented"
        );
    }
    for path in ["/api/v1/incidents", "/api/v1/incidents/{id}/reports"] {
        let responses = paths[path]["post"]["responses"].as_object().unwrap();
        for status in ["201", "400", "401", "409", "413", "415", "422"] {
            assert!(
                responses.contains_key(status),
                "POST {path} does not document {status}"
            );
        }
    }
    // The documented request fields are exactly the ones the server accepts.
    let schema = &doc.body["components"]["schemas"]["ReportInput"]["properties"];
    let documented: Vec<&String> = schema.as_object().unwrap().keys().collect();
    let accepted = serde_json::to_value(intake::domain::report::ReportInput::default()).unwrap();
    let accepted: Vec<&String> = accepted.as_object().unwrap().keys().collect();
    let (mut d, mut a) = (documented.clone(), accepted.clone());
    d.sort();
    a.sort();
    assert_eq!(d, a);
    assert_eq!(
        health.headers.get("x-content-type-options").unwrap(),
        "nosniff"
    );
}
