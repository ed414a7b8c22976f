//! The progress path, Art. 23(4)(d)–(e) (spec §1.3 rule 7): the final report stays due one
//! month after the notification unless the incident is still ongoing when that passes; then
//! the progress report is due at that time and the final report one month after handling,
//! `awaiting_handling` (with a monthly status reminder) while handling has not ended. Every
//! stage row shows the due time its verdict refers to.

use super::{at, rfc, row, t};
use crate::helpers::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;
use serde_json::{json, Value};

on_both_backends_at!(
    an_early_progress_report_keeps_the_final_deadline_until_it_passes at "2027-03-01T08:00:00Z",
    a_resolved_incident_leaves_the_final_report_due_and_overdue at "2027-03-01T08:00:00Z",
);

/// A case notified at the clock's time, aware an hour before.
async fn notified(app: &TestApp) -> String {
    let now = app.clock().now();
    let aware = json!({"aware_at": rfc(now - Duration::hours(1))});
    let opened = app.open_case(&with(early_warning(), aware)).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let id = opened.body["id"].as_str().unwrap().to_string();
    let outage = json!({"outage_start": rfc(now - Duration::hours(2))});
    let n = app.add_report(&id, &with(notification(), outage)).await;
    assert_eq!(n.status, 201, "{}", n.body);
    id
}

fn progress() -> Value {
    json!({"report": {"stage": "progress_report", "incident_status": "contained",
        "status_summary": "Billing restored; forensic analysis continues.",
        "mitigation_applied": "Restore from backups.", "mitigation_ongoing": "Forensics."}})
}

fn final_report(handled_at: &str) -> Value {
    json!({"report": {"stage": "final_report", "incident_status": "resolved", "handled_at": handled_at,
        "detailed_description": "A".repeat(210), "root_cause_category": "malicious_action",
        "root_cause_description": "Unpatched VPN appliance exploited by an affiliate.",
        "mitigation_applied": "Patched, rebuilt, credentials rotated.", "mitigation_ongoing": "none"}})
}

async fn an_early_progress_report_keeps_the_final_deadline_until_it_passes(app: TestApp) {
    let id = notified(&app).await;
    let due = at("2027-04-01T07:00:00Z"); // 09:00 CET + 1 month = 09:00 CEST in Luxembourg
                                          // The day after the notification: a progress report changes nothing yet.
    app.clock().advance(Duration::days(1));
    let p = app.add_report(&id, &progress()).await;
    assert_eq!(p.status, 201, "{}", p.body);
    let fin = row(&p.body, "final_report");
    assert_eq!(t(&fin["due_at"]), due, "never null: {fin}");
    assert_eq!(fin["status"], "pending");
    assert_eq!(t(&row(&p.body, "progress_report")["due_at"]), due);

    // The deadline passes with the incident still contained: the progress report answered it.
    app.clock().set(due + Duration::seconds(1));
    let case = app.get_case(&id).await.body;
    let progress_row = row(&case, "progress_report");
    assert_eq!(progress_row["status"], "submitted_on_time");
    assert_eq!(t(&progress_row["due_at"]), due);
    let fin = row(&case, "final_report");
    assert_eq!(fin["status"], "awaiting_handling");
    assert_eq!(fin["due_at"], Value::Null);
    assert_eq!(t(&fin["next_reminder_at"]), at("2027-05-01T07:00:00Z"));

    // A status reminder a month on, once; not an overdue notice.
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 0);
    app.clock().set(at("2027-04-30T20:00:00Z"));
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 1);
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 0);

    // Handling ended on 10 May: the final report is due a month later and judged against it.
    app.clock().set(at("2027-05-20T08:00:00Z"));
    let done = app
        .add_report(&id, &final_report("2027-05-10T12:00:00Z"))
        .await;
    assert_eq!(done.status, 201, "{}", done.body);
    let fin = row(&done.body, "final_report");
    assert_eq!(t(&fin["due_at"]), at("2027-06-10T12:00:00Z"));
    assert_eq!(fin["status"], "submitted_on_time");
    let filed = done.body["reports"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(t(&filed["due_at"]), at("2027-06-10T12:00:00Z"));
    assert_eq!(filed["timeliness"], "submitted_on_time");
}

async fn a_resolved_incident_leaves_the_final_report_due_and_overdue(app: TestApp) {
    let id = notified(&app).await;
    let due = at("2027-04-01T07:00:00Z");
    app.clock().advance(Duration::days(1));
    assert_eq!(app.add_report(&id, &progress()).await.status, 201);
    // Resolved before the deadline (an update says so): no progress path.
    app.clock().advance(Duration::days(5));
    let update = json!({"report": {"stage": "intermediate_report", "incident_status": "resolved",
        "status_update": "Service fully restored, incident resolved."}});
    assert_eq!(app.add_report(&id, &update).await.status, 201);
    app.clock().set(due + Duration::seconds(1));
    let case = app.get_case(&id).await.body;
    let fin = row(&case, "final_report");
    assert_eq!(
        (t(&fin["due_at"]), fin["status"].clone()),
        (due, json!("overdue"))
    );

    // Filed late, it needs a reason and keeps the deadline it was judged against.
    let body = final_report("2027-03-07T12:00:00Z");
    let refused = app.add_report(&id, &body).await;
    assert_eq!(refused.error_fields(), vec!["report.late_reason"]);
    let body = with(
        body,
        json!({"late_reason": "Waited for the forensic report."}),
    );
    let late = app.add_report(&id, &body).await;
    assert_eq!(late.status, 201, "{}", late.body);
    let fin = row(&late.body, "final_report");
    assert_eq!(
        (t(&fin["due_at"]), fin["status"].clone()),
        (due, json!("submitted_late"))
    );
    let filed = late.body["reports"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(t(&filed["due_at"]), due);
    assert_eq!(filed["timeliness"], "submitted_late");
}
