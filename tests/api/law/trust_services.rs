//! Art. 23(4) second subparagraph (spec §1.2): a trust-service provider owes the incident
//! notification within 24 h only for an incident affecting its trust services;
//! `affects_trust_services: no` keeps 72 h, `unknown` (or no answer) means 24 h. Other
//! entities may not answer the question.

use super::{at, row, t};
use crate::helpers::*;
use crate::on_both_backends_at;
use serde_json::json;

on_both_backends_at!(
    the_notification_clock_follows_affects_trust_services at "2027-03-10T12:00:00Z",
);

async fn the_notification_clock_follows_affects_trust_services(app: TestApp) {
    let (_, tsp) = add_entity(
        &app.database_url,
        "LU",
        "digital_infrastructure",
        "trust_service_provider",
    );
    let aware = "2027-03-10T10:00:00Z";
    let open = |answer: Option<&str>| {
        let mut body = with(early_warning(), json!({"aware_at": aware}));
        if let Some(a) = answer {
            body = with(body, json!({"affects_trust_services": a}));
        }
        let body = serde_json::to_vec(&body).unwrap();
        let (app, tsp) = (&app, tsp.clone());
        async move {
            let json = [("Content-Type", "application/json")];
            app.send("POST", "/api/v1/incidents", Some(&tsp), &json, Some(body))
                .await
        }
    };
    for (answer, due) in [
        (Some("no"), "2027-03-13T10:00:00Z"),
        (Some("yes"), "2027-03-11T10:00:00Z"),
        (Some("unknown"), "2027-03-11T10:00:00Z"),
        (None, "2027-03-11T10:00:00Z"),
    ] {
        let opened = open(answer).await;
        assert_eq!(opened.status, 201, "{answer:?}: {}", opened.body);
        let n = row(&opened.body, "incident_notification");
        assert_eq!(t(&n["due_at"]), at(due), "{answer:?}");
    }

    // An entity that provides no trust services cannot answer for them.
    let other = with(
        with(early_warning(), json!({"aware_at": aware})),
        json!({"affects_trust_services": "yes"}),
    );
    let refused = app.open_case(&other).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.error_fields(),
        vec!["report.affects_trust_services"]
    );
}
