//! Spec §1.5 "waive one stage" while it is pending or overdue; the other stages stay owed.
//! Bad input is named, unknown and foreign cases are 404, every waiver audited and told.

use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    one_stage_is_waived_and_the_others_stay_owed at "2027-03-01T09:00:00Z",
    a_waiver_needs_a_stage_owed_and_a_reason at "2027-03-01T09:00:00Z",
);

async fn a_waiver_needs_a_stage_owed_and_a_reason(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let de = token(&app, "DE-BSI");
    let (id, _) = early_warning_case(&app).await;
    let path = format!("/api/v1/authority/cases/{id}/waivers");

    let missing = post(
        &app,
        &lu,
        &path,
        json!({"stage": "final_stage", "reason": ""}),
    )
    .await;
    assert_eq!(missing.status, 422);
    let mut fields = missing.error_fields();
    fields.sort();
    assert_eq!(fields, ["reason", "stage"]);
    let filed = post(
        &app,
        &lu,
        &path,
        json!({"stage": "early_warning", "reason": "Already in."}),
    )
    .await;
    assert_eq!(
        filed.status, 409,
        "a filed stage is not owed: {}",
        filed.body
    );
    assert!(
        detail(&filed).contains("pending or overdue"),
        "{}",
        filed.body
    );
    let not_due = post(
        &app,
        &lu,
        &path,
        json!({"stage": "final_report", "reason": "Not yet."}),
    )
    .await;
    assert_eq!(not_due.status, 409, "{}", not_due.body);
    let unknown = format!("/api/v1/authority/cases/{}/waivers", uuid::Uuid::now_v7());
    assert_eq!(
        post(
            &app,
            &lu,
            &unknown,
            json!({"stage": "incident_notification", "reason": "Why"})
        )
        .await
        .status,
        404
    );
    assert_eq!(
        post(
            &app,
            &de,
            &path,
            json!({"stage": "incident_notification", "reason": "Why"})
        )
        .await
        .status,
        404
    );
}

async fn one_stage_is_waived_and_the_others_stay_owed(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let (id, _) = early_warning_case(&app).await;
    let path = format!("/api/v1/authority/cases/{id}/waivers");
    // Overdue, then waived; the final report is still owed.
    app.clock().advance(Duration::hours(80));
    assert_eq!(
        status(&app.get_case(&id).await.body, "incident_notification"),
        "overdue"
    );
    let waived = post(&app, &lu, &path, json!({"stage": "incident_notification", "reason": "Covered by the sector CSIRT's report."})).await;
    assert_eq!(waived.status, 201, "{}", waived.body);
    assert_eq!(waived.body["state"], "early_warning_submitted");
    assert_eq!(status(&waived.body, "incident_notification"), "waived");
    assert_eq!(status(&waived.body, "early_warning"), "submitted_on_time");
    // Still owed, and no longer provisional: the notification it counted from will never come,
    // so its provisional due time (notification due + 1 month) stands.
    assert_eq!(status(&waived.body, "final_report"), "pending");
    let fin = waived.body["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == "final_report")
        .unwrap();
    assert_eq!(fin["provisional"], false, "{fin}");
    assert!(fin["due_at"].is_string(), "{fin}");
    assert_eq!(
        waived.body["waivers"][0]["reason"],
        "Covered by the sector CSIRT's report."
    );
    let again = post(
        &app,
        &lu,
        &path,
        json!({"stage": "incident_notification", "reason": "Again"}),
    )
    .await;
    assert_eq!(again.status, 409);

    // The entity is told and sees it; the waiver is audited.
    let seen = app.get_case(&id).await.body;
    assert!(seen["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "stage_waived"));
    assert_eq!(mail_count(&app, &id, "reporter_update"), 1);
    assert!(audited(&app, &id).iter().any(|a| a == "case.stage_waived"));
    // No overdue notice for a waived stage.
    app.notifier.scan_deadlines().await.unwrap();
    assert_eq!(mail_count(&app, &id, "overdue_notice"), 0);
}
