//! Spec §1.5 withdrawal by the entity (`withdrawal_reason` required) from
//! early_warning_submitted, notified or progress_reported: pending stages waived, the routed
//! authorities mailed, the authority may reopen; any other withdrawal is 409 with the reason.

use super::not_significant::reopen_case;
use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    the_entity_withdraws_and_the_authority_may_reopen at "2027-03-01T09:00:00Z",
    a_closed_or_finished_case_cannot_be_withdrawn at "2027-03-01T09:00:00Z",
);

async fn the_entity_withdraws_and_the_authority_may_reopen(app: TestApp) {
    let (id, _) = early_warning_case(&app).await;
    let notified = app.add_report(&id, &notification_now(&app)).await;
    assert_eq!(notified.status, 201, "{}", notified.body);

    let empty = withdraw(&app, &id, json!({"reason": ""})).await;
    assert_eq!(empty.status, 422);
    assert_eq!(empty.error_fields(), ["reason"]);
    let typed = withdraw(&app, &id, json!({"reason": 12})).await;
    assert_eq!(typed.status, 422, "{}", typed.body);
    let unknown = withdraw(
        &app,
        &uuid::Uuid::now_v7().to_string(),
        json!({"reason": "Not significant."}),
    )
    .await;
    assert_eq!(unknown.status, 404);
    let (_, other_key) = add_entity(&app.database_url, "LU", "energy", "electricity_supplier");
    let foreign = post(
        &app,
        &other_key,
        &format!("/api/v1/incidents/{id}/withdrawal"),
        json!({"reason": "Not ours."}),
    )
    .await;
    assert_eq!(foreign.status, 404, "another entity's case");

    let done = withdraw(
        &app,
        &id,
        json!({"reason": "Assessed as not significant: no service was affected."}),
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.body["state"], "withdrawn");
    assert_eq!(done.body["closure"]["kind"], "withdrawn");
    assert_eq!(status(&done.body, "final_report"), "waived");
    assert_eq!(
        status(&done.body, "incident_notification"),
        "submitted_on_time"
    );
    assert!(done.body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "withdrawn"));
    // Both routed authorities (the CSIRT and the energy regulator) are mailed.
    assert_eq!(mail_count(&app, &id, "authority_update"), 2);
    // The mail renders and goes out (composed at send time).
    // (The app's own delivery worker may hold a message under its lease meanwhile.)
    for _ in 0..100 {
        app.notifier.deliver_due().await.unwrap();
        if sent_count(&app, &id, "authority_update") == 2 {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(sent_count(&app, &id, "authority_update"), 2);
    assert!(audited(&app, &id).iter().any(|a| a == "case.withdrawn"));

    let twice = withdraw(&app, &id, json!({"reason": "Again, please."})).await;
    assert_eq!(twice.status, 409);
    assert!(detail(&twice).contains("withdrawn"), "{}", twice.body);
    let filing = app.add_report(&id, &final_report(&app)).await;
    assert_eq!(filing.status, 409);

    // No reminders for a withdrawn case; the authority reopens and the duties are back: the
    // incident was still ongoing when the final report fell due, so a progress report is owed
    // and the final report awaits the end of handling (Art. 23(4)(e), spec §1.3 rule 7).
    app.clock().advance(Duration::days(40));
    app.notifier.scan_deadlines().await.unwrap();
    assert_eq!(mail_count(&app, &id, "overdue_notice"), 0);
    let reopened = reopen_case(&app, &id).await;
    assert_eq!(reopened["state"], "notified");
    assert_eq!(status(&reopened, "progress_report"), "overdue");
    assert_eq!(status(&reopened, "final_report"), "awaiting_handling");
}

async fn a_closed_or_finished_case_cannot_be_withdrawn(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let (closed, _) = early_warning_case(&app).await;
    let c = close(
        &app,
        &lu,
        &closed,
        json!({"kind": "not_significant", "reason": "Below the thresholds."}),
    )
    .await;
    assert_eq!(c.status, 201, "{}", c.body);
    let refused = withdraw(&app, &closed, json!({"reason": "Not significant."})).await;
    assert_eq!(refused.status, 409);
    assert!(detail(&refused).contains("closed"), "{}", refused.body);

    let (finished, _) = early_warning_case(&app).await;
    assert_eq!(
        app.add_report(&finished, &notification_now(&app))
            .await
            .status,
        201
    );
    assert_eq!(
        app.add_report(&finished, &final_report(&app)).await.status,
        201
    );
    let late = withdraw(&app, &finished, json!({"reason": "Not significant."})).await;
    assert_eq!(late.status, 409);
    assert!(detail(&late).contains("final report"), "{}", late.body);
}
