//! Spec §1.5 "close as duplicate of" another case: the reference is required, must name another
//! case routed to the same authority; further filings are refused naming the case to file on.

use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    a_duplicate_sends_further_filings_to_the_other_case at "2027-03-01T09:00:00Z",
);

async fn a_duplicate_sends_further_filings_to_the_other_case(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let (first, first_ref) = early_warning_case(&app).await;
    let (second, second_ref) = early_warning_case(&app).await;
    let (_, de_key) = add_entity(&app.database_url, "DE", "energy", "electricity_supplier");
    let aware = rfc(app.clock().now() - Duration::hours(1));
    let de = post(
        &app,
        &de_key,
        "/api/v1/incidents",
        with(early_warning(), json!({"aware_at": aware})),
    )
    .await;
    assert_eq!(de.status, 201, "{}", de.body);
    let de_ref = de.body["reference"].as_str().unwrap().to_string();

    // Another entity's case routed to the same authority (Art. 23(1): each reports its own).
    let (_, lu_key) = add_entity(&app.database_url, "LU", "energy", "electricity_supplier");
    let other = post(
        &app,
        &lu_key,
        "/api/v1/incidents",
        with(early_warning(), json!({"aware_at": aware})),
    )
    .await;
    assert_eq!(other.status, 201, "{}", other.body);
    let other_ref = other.body["reference"].as_str().unwrap().to_string();
    // A case that has ended: its entity could not file there.
    let (ended, ended_ref) = early_warning_case(&app).await;
    let why = json!({"kind": "not_significant", "reason": "Below every threshold."});
    assert_eq!(close(&app, &lu, &ended, why).await.status, 201);

    let dup = |of: Value| json!({"kind": "duplicate", "reason": "Same ransomware incident.", "duplicate_of": of});
    for (of, why) in [
        (Value::Null, "required"),
        (json!("LU-2027-999999"), "no case"),
        (json!("not a reference"), "reference"),
        (json!(second_ref.clone()), "itself"),
        (json!(de_ref), "another authority's case"),
        (json!(other_ref), "another entity's case"),
        (json!(ended_ref), "an ended case"),
    ] {
        let r = close(&app, &lu, &second, dup(of.clone())).await;
        assert_eq!(r.status, 422, "{of} ({why}): {}", r.body);
        assert_eq!(r.error_fields(), ["duplicate_of"], "{of}: {}", r.body);
    }
    let stray = close(
        &app,
        &lu,
        &second,
        json!({"kind": "not_significant", "reason": "No.", "duplicate_of": first_ref}),
    )
    .await;
    assert_eq!(stray.error_fields(), ["duplicate_of"]);

    let closed = close(&app, &lu, &second, dup(json!(first_ref.clone()))).await;
    assert_eq!(closed.status, 201, "{}", closed.body);
    assert_eq!(closed.body["closure"]["duplicate_of"], first_ref);
    assert_eq!(status(&closed.body, "incident_notification"), "waived");
    let waivers = closed.body["waivers"].as_array().unwrap();
    assert!(
        waivers.iter().all(|w| w["duplicate_of"] == first_ref),
        "{waivers:?}"
    );

    // Further filings are refused with the reference of the case to file on.
    let refused = app.add_report(&second, &notification_now(&app)).await;
    assert_eq!(refused.status, 409);
    assert!(detail(&refused).contains(&first_ref), "{}", refused.body);
    // The entity is told, on its case and by mail; the other case is untouched.
    let seen = app.get_case(&second).await.body;
    assert!(seen["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "closed"));
    assert_eq!(mail_count(&app, &second, "reporter_update"), 1);
    let other = app.add_report(&first, &notification_now(&app)).await;
    assert_eq!(other.status, 201, "{}", other.body);
}
