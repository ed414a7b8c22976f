//! Spec §1.5 "accept and close" only from `final_reported`: staff could close at the
//! early-warning stage and the entity's due notification (Art. 23(4)(b)) was then refused.

use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    accepting_needs_the_final_report_and_strands_no_duty at "2027-03-01T09:00:00Z",
);

async fn accepting_needs_the_final_report_and_strands_no_duty(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let (id, _) = early_warning_case(&app).await;

    // At the early-warning stage: refused, with the reason naming what is still owed.
    let early = close(
        &app,
        &lu,
        &id,
        json!({"kind": "accepted", "reason": "Handled."}),
    )
    .await;
    assert_eq!(early.status, 409, "{}", early.body);
    assert!(
        detail(&early).contains("incident notification"),
        "{}",
        early.body
    );
    assert!(detail(&early).contains("final report"), "{}", early.body);

    // So the legally due notification is still accepted.
    let notified = app.add_report(&id, &notification_now(&app)).await;
    assert_eq!(notified.status, 201, "{}", notified.body);
    let again = close(
        &app,
        &lu,
        &id,
        json!({"kind": "accepted", "reason": "Handled."}),
    )
    .await;
    assert_eq!(
        again.status, 409,
        "notified is not final_reported: {}",
        again.body
    );

    let finished = app.add_report(&id, &final_report(&app)).await;
    assert_eq!(finished.status, 201, "{}", finished.body);
    let accepted = close(
        &app,
        &lu,
        &id,
        json!({"kind": "accepted", "reason": "Final report accepted."}),
    )
    .await;
    assert_eq!(accepted.status, 201, "{}", accepted.body);
    assert_eq!(accepted.body["state"], "closed");
    assert_eq!(accepted.body["closure"]["kind"], "accepted");
    assert!(
        accepted.body.get("waivers").is_none(),
        "nothing was owed: {}",
        accepted.body
    );

    // Closed: no further filings, no second close; unknown kinds and reasons are named.
    let late = app.add_report(&id, &final_report(&app)).await;
    assert_eq!(late.status, 409);
    let twice = close(
        &app,
        &lu,
        &id,
        json!({"kind": "not_significant", "reason": "Again."}),
    )
    .await;
    assert_eq!(twice.status, 409);
    let bad = close(&app, &lu, &id, json!({"kind": "finished", "reason": "x"})).await;
    assert_eq!(bad.status, 422);
    let mut fields = bad.error_fields();
    fields.sort();
    assert_eq!(fields, ["kind", "reason"]);
    let withdrawn_by_staff = close(
        &app,
        &lu,
        &id,
        json!({"kind": "withdrawn", "reason": "Not ours."}),
    )
    .await;
    assert_eq!(withdrawn_by_staff.error_fields(), ["kind"]);
    assert!(audited(&app, &id).iter().any(|a| a == "case.closed"));
}
