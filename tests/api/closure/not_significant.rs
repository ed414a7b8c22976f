//! Spec §1.5 "close as not significant" from any open state: the stages still owed are waived
//! with the reason, the entity is told, a closed case sends no reminders or overdue notices,
//! and reopening restores the stages and resumes them.

use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    not_significant_waives_then_reopening_restores at "2027-03-01T09:00:00Z",
);

async fn not_significant_waives_then_reopening_restores(app: TestApp) {
    let lu = token(&app, "LU-CSIRT");
    let (id, _) = early_warning_case(&app).await;
    let no_reason = close(
        &app,
        &lu,
        &id,
        json!({"kind": "not_significant", "reason": " "}),
    )
    .await;
    assert_eq!(no_reason.status, 422);
    assert_eq!(no_reason.error_fields(), ["reason"]);

    let closed = close(
        &app,
        &lu,
        &id,
        json!({"kind": "not_significant", "reason": "Below every threshold of Art. 23(3)."}),
    )
    .await;
    assert_eq!(closed.status, 201, "{}", closed.body);
    assert_eq!(closed.body["state"], "closed");
    assert_eq!(status(&closed.body, "incident_notification"), "waived");
    assert_eq!(status(&closed.body, "final_report"), "waived");
    assert_eq!(status(&closed.body, "early_warning"), "submitted_on_time");
    assert_eq!(
        closed.body["waivers"][0]["reason"],
        "Below every threshold of Art. 23(3)."
    );
    assert_eq!(
        mail_count(&app, &id, "reporter_update"),
        1,
        "the entity is mailed"
    );
    let refused = app.add_report(&id, &notification_now(&app)).await;
    assert_eq!(refused.status, 409);
    assert!(
        detail(&refused).contains("not significant"),
        "{}",
        refused.body
    );

    // Past the notification's deadline: no reminder, no overdue notice.
    app.clock().advance(Duration::hours(75));
    app.notifier.scan_deadlines().await.unwrap();
    assert_eq!(mail_count(&app, &id, "deadline_reminder"), 0);
    assert_eq!(mail_count(&app, &id, "overdue_notice"), 0);

    // Reopened: the stages are owed again and the notices resume.
    let reopened = reopen_case(&app, &id).await;
    assert_eq!(reopened["state"], "early_warning_submitted");
    assert_eq!(status(&reopened, "incident_notification"), "overdue");
    assert!(reopened.get("waivers").is_none(), "{reopened}");
    app.notifier.scan_deadlines().await.unwrap();
    assert!(mail_count(&app, &id, "overdue_notice") >= 1);
    let late = with(
        notification_now(&app),
        json!({"late_reason": "We waited for the authority's decision."}),
    );
    assert_eq!(app.add_report(&id, &late).await.status, 201);
}

/// Reopens through the handling use case behind the case page's form (the authority API has
/// no reopening route; the workspace form is covered in `workspace::actions`).
pub async fn reopen_case(app: &TestApp, id: &str) -> Value {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let routing = intake::config::Settings::from_lookup(|_| None)
        .unwrap()
        .routing()
        .unwrap();
    let officer = intake::app::handling::Officer {
        authority: "LU-CSIRT".parse().unwrap(),
        role: intake::domain::staff::StaffRole::Reviewer,
        user_id: None,
        who: intake::domain::audit::Actor::System("test".into()),
    };
    let action = intake::app::handling::Action::parse(
        "reopen",
        &intake::app::handling::ActionInput {
            reason: Some("New information from the entity.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let key = crate::helpers::test_audit_key();
    intake::app::handling::act(
        &mut c,
        &key,
        &routing,
        &officer,
        uuid::Uuid::parse_str(id).unwrap(),
        action,
        app.clock().now(),
    )
    .unwrap();
    app.get_case(id).await.body
}
