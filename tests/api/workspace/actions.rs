//! What staff do to a case reaches the reporter, the mail and the audit trail.

use super::{act, add_user, login, world, World, PASSWORD};
use crate::helpers::notification;
use crate::helpers::Kind;
use crate::pages::{file_early_warning, Browser};
use diesel::prelude::*;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};
use serde_json::{json, Value};
use uuid::Uuid;

async fn actions_change_the_case_reach_the_reporter_and_are_audited(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    let me = add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    let b = &mut w.b;
    assert_eq!(login(b, "ana@ilr.example", PASSWORD).await, 303);
    let case = w.lu_case.clone();

    let _ = b;
    feedback_clears_the_owed_filter(&mut w, &case).await;
    a_requested_report_is_pending_until_answered(&mut w, &case).await;
    review_assignment_and_public_awareness(&mut w, &case, me).await;
    closing_stops_filing_and_reopening_restores(&mut w, &case).await;
    the_reporter_is_mailed_and_everything_audited(&db, &case);
    exports_carry_the_case(&mut w, &case).await;
}

async fn feedback_clears_the_owed_filter(w: &mut World, case: &str) {
    let b = &mut w.b;
    // Feedback owed, then given.
    assert!(b
        .get("/authority/queue?feedback_owed=1")
        .await
        .body
        .contains(case));
    assert_eq!(
        act(
            b,
            case,
            "feedback",
            &[
                ("kind", "initial_feedback"),
                ("message", "Isolate the VPN appliance.")
            ]
        )
        .await,
        303
    );
    assert!(!b
        .get("/authority/queue?feedback_owed=1")
        .await
        .body
        .contains(case));
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let messages = seen["messages"].as_array().unwrap();
    assert_eq!(messages[0]["kind"], "feedback");
    assert_eq!(messages[0]["body"], "Isolate the VPN appliance.");
}

async fn a_requested_report_is_pending_until_answered(w: &mut World, case: &str) {
    let b = &mut w.b;
    // An intermediate report is requested: a pending stage with its deadline.
    let due = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    assert_eq!(
        act(
            b,
            case,
            "request",
            &[("questions", "How did they get in?"), ("due_at", &due)]
        )
        .await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let row = seen["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == "intermediate_report")
        .cloned()
        .unwrap();
    assert_eq!(row["status"], "pending");
    assert!(b
        .get("/authority/queue?awaited=intermediate_report")
        .await
        .body
        .contains(case));
    // The reporter answers; the request is closed.
    let answer = json!({"report": {"stage": "intermediate_report", "status_update": "Entry through an unpatched VPN appliance.", "incident_status": "ongoing"}});
    assert_eq!(
        b.api(
            "POST",
            &format!("/api/v1/incidents/{case}/reports"),
            &w.lu_key,
            Some(answer)
        )
        .await
        .0,
        201
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert!(!seen["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["stage"] == "intermediate_report"));
    // The reporter writes back through the API; staff see it.
    assert_eq!(
        b.api(
            "POST",
            &format!("/api/v1/incidents/{case}/messages"),
            &w.lu_key,
            Some(json!({"message": "Thanks, done."}))
        )
        .await
        .0,
        201
    );
    assert!(b
        .get(&format!("/authority/cases/{case}"))
        .await
        .body
        .contains("Thanks, done."));
}

async fn review_assignment_and_public_awareness(w: &mut World, case: &str, me: Uuid) {
    let b = &mut w.b;
    // Review, assignment, public awareness.
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let first = seen["reports"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        act(
            b,
            case,
            "review",
            &[("submission_id", &first), ("status", "revision_requested")]
        )
        .await,
        422,
        "a revision request needs a comment"
    );
    assert_eq!(
        act(
            b,
            case,
            "review",
            &[("submission_id", &first), ("status", "accepted")]
        )
        .await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert_eq!(seen["reports"][0]["review_status"], "accepted");
    assert_eq!(
        act(b, case, "assign", &[("user_id", &me.to_string())]).await,
        303
    );
    let mine = b.get("/authority/queue?assignee=me").await;
    assert!(mine.body.contains(case) && !mine.body.contains(&w.cross_case));
    assert_eq!(
        act(
            b,
            case,
            "public-awareness",
            &[
                ("decision", "not_needed"),
                ("message", "Consulted the entity.")
            ]
        )
        .await,
        303
    );
}

async fn closing_stops_filing_and_reopening_restores(w: &mut World, case: &str) {
    let b = &mut w.b;
    // Close: the reporter can no longer file; reopen restores the state. Spec v0.2 §1.5: at
    // the early-warning stage only a close as not significant (or duplicate) is possible.
    assert_eq!(
        act(
            b,
            case,
            "close",
            &[("kind", "not_significant"), ("reason", "x")]
        )
        .await,
        422,
        "a reason of 3+ characters"
    );
    assert_eq!(
        act(
            b,
            case,
            "close",
            &[
                ("kind", "accepted"),
                ("reason", "Handled; no further reports needed.")
            ]
        )
        .await,
        409,
        "accept and close only once the final report is in"
    );
    assert_eq!(
        act(
            b,
            case,
            "close",
            &[
                ("kind", "not_significant"),
                ("reason", "Handled; no further reports needed.")
            ]
        )
        .await,
        303
    );
    let (s, _) = b
        .api(
            "POST",
            &format!("/api/v1/incidents/{case}/reports"),
            &w.lu_key,
            Some(notification()),
        )
        .await;
    assert_eq!(s, 409);
    assert_eq!(
        act(b, case, "reopen", &[("reason", "New information")]).await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert_eq!(seen["state"], "early_warning_submitted");
}

fn the_reporter_is_mailed_and_everything_audited(db: &str, case: &str) {
    // Mail: the reporter was told about feedback, the request, closing and reopening.
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let updates: i64 = schema::outbox::table
        .filter(schema::outbox::kind.eq("reporter_update"))
        .filter(schema::outbox::case_id.eq(&case))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(updates, 4);
    // Audit: every act and view, chained.
    let actions: Vec<String> = schema::audit_log::table
        .filter(schema::audit_log::case_id.eq(&case))
        .select(schema::audit_log::action)
        .load(&mut c)
        .unwrap();
    for a in [
        "case.view",
        "case.feedback",
        "case.intermediate_request",
        "case.review",
        "case.assignment",
        "case.closed",
        "case.reopened",
        "case.public_awareness",
        "case.message_from_reporter",
    ] {
        assert!(
            actions.iter().any(|x| x == a),
            "{a} missing from {actions:?}"
        );
    }
    assert_eq!(
        intake::storage::audit::verify(&mut c, &crate::helpers::test_audit_key(), &[])
            .unwrap()
            .map(|v| v.entries > 10),
        Ok(true)
    );
}

async fn exports_carry_the_case(w: &mut World, case: &str) {
    let b = &mut w.b;
    // Case export and the ENISA summary.
    let export = b.get(&format!("/authority/cases/{case}/export.json")).await;
    let export: Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(export["case"]["id"], case);
    let quarter = {
        use chrono::Datelike;
        let t = chrono::Utc::now();
        format!("{}-Q{}", t.year(), (t.month() - 1) / 3 + 1)
    };
    let path = format!("/authority/exports/enisa?quarter={quarter}&format=json");
    // v0.2 (Art. 23(9)): only the member state's single point of contact produces it.
    assert_eq!(b.get(&path).await.status, 403);
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-SPOC",
        "sam@spoc.example",
        StaffRole::Reviewer,
        false,
    );
    let csrf = b.get("/authority/queue").await.csrf();
    b.post("/authority/logout", &[("csrf", &csrf)]).await;
    assert_eq!(login(b, "sam@spoc.example", PASSWORD).await, 303);
    let enisa = b.get(&path).await;
    let enisa: Value = serde_json::from_str(&enisa.body).unwrap();
    assert_eq!(
        enisa["cases"],
        Value::Null,
        "2 cases is below the suppression threshold"
    );
    assert_eq!(enisa["breakdown"]["sector"][0]["value"], "energy");
}

async fn reporters_see_feedback_and_answer_on_their_follow_up_page(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    let follow_up = file_early_warning(&mut b).await;
    let follow_up = follow_up.split('?').next().unwrap().to_string();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "ana@ilr.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    let at = q.body.find("/authority/cases/").unwrap() + 17;
    let case = q.body[at..at + 36].to_string();
    assert_eq!(
        act(
            &mut b,
            &case,
            "message",
            &[("message", "Please call our duty officer.")]
        )
        .await,
        303
    );
    let page = b.get(&follow_up).await;
    assert!(page.body.contains("Please call our duty officer."));
    let csrf = page.csrf();
    let p = b
        .post(
            &format!("{follow_up}/message"),
            &[("csrf", &csrf), ("message", "Called at 10:00.")],
        )
        .await;
    assert_eq!(p.status, 303);
    assert!(b
        .get(&format!("/authority/cases/{case}"))
        .await
        .body
        .contains("Called at 10:00."));
}

crate::on_both_kinds!(
    actions_change_the_case_reach_the_reporter_and_are_audited,
    reporters_see_feedback_and_answer_on_their_follow_up_page,
);
