//! Deadlines driven by the app's clock, not by today's date: the test sets the time (31
//! January, a DST change, a deadline one second away, an idle session, a lockout) and moves it.

use crate::helpers::*;
use crate::on_both_backends_at;
use chrono::{DateTime, Duration, Utc};
use intake::domain::clock::{Clock, ManualClock};
use serde_json::{json, Value};

on_both_backends_at!(
    a_final_report_after_31_january_is_due_on_the_last_day_of_february at "2027-01-31T10:00:00Z",
    deadlines_across_the_end_of_summer_time at "2027-10-15T08:00:00Z",
    a_deadline_one_second_away_is_met_then_missed at "2027-03-10T12:00:00Z",
);

fn t(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("a time: {v}")))
        .unwrap()
        .to_utc()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The row of `stage` in a case's deadline table.
fn row<'a>(case: &'a Value, stage: &str) -> &'a Value {
    case["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == stage)
        .unwrap_or_else(|| panic!("no {stage} row in {}", case["deadlines"]))
}

/// A case opened by an early warning `aware_at`, then notified, both at the clock's time.
async fn notified_case(app: &TestApp, aware_at: DateTime<Utc>) -> Value {
    let opened = app
        .open_case(&with(early_warning(), json!({"aware_at": rfc(aware_at)})))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let id = opened.body["id"].as_str().unwrap().to_string();
    let outage = rfc(aware_at - Duration::hours(1));
    let notified = app
        .add_report(&id, &with(notification(), json!({"outage_start": outage})))
        .await;
    assert_eq!(notified.status, 201, "{}", notified.body);
    notified.body
}

async fn a_final_report_after_31_january_is_due_on_the_last_day_of_february(app: TestApp) {
    // 11:00 in Luxembourg on 31 January 2027; the notification is filed now.
    let case = notified_case(&app, at("2027-01-31T08:00:00Z")).await;

    assert_eq!(case["reference"], "LU-2027-000001", "the year of the clock");
    let fin = row(&case, "final_report");
    assert_eq!(fin["provisional"], false);
    // One month in Luxembourg time, clamped: 28 February 2027, 11:00 local.
    assert_eq!(t(&fin["due_at"]), at("2027-02-28T10:00:00Z"));
    assert_eq!(fin["status"], "pending");

    let id = case["id"].as_str().unwrap();
    app.clock().set(at("2027-02-28T10:00:00Z"));
    assert_eq!(
        row(&app.get_case(id).await.body, "final_report")["status"],
        "pending"
    );
    app.clock().advance(Duration::seconds(1));
    // The incident is still ongoing (spec v0.2 §1.3 rule 7): the progress report was due at
    // that instant and is now overdue; the final report awaits the end of handling.
    let later = app.get_case(id).await.body;
    assert_eq!(row(&later, "progress_report")["status"], "overdue");
    assert_eq!(
        t(&row(&later, "progress_report")["due_at"]),
        at("2027-02-28T10:00:00Z")
    );
    assert_eq!(row(&later, "final_report")["status"], "awaiting_handling");
}

async fn deadlines_across_the_end_of_summer_time(app: TestApp) {
    // Notified at 10:00 CEST on 15 October; summer time ends on 31 October.
    let case = notified_case(&app, at("2027-10-15T06:00:00Z")).await;
    // Same local time a month later is 10:00 CET: one hour later on the UTC timeline.
    assert_eq!(
        t(&row(&case, "final_report")["due_at"]),
        at("2027-11-15T09:00:00Z")
    );

    // Hour deadlines are elapsed time, whatever the local clocks do in between.
    app.clock().set(at("2027-10-30T13:00:00Z"));
    let aware = at("2027-10-30T12:00:00Z");
    let opened = app
        .open_case(&with(early_warning(), json!({"aware_at": rfc(aware)})))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let ew = row(&opened.body, "early_warning");
    assert_eq!(t(&ew["due_at"]), at("2027-10-31T12:00:00Z"));
    assert_eq!(ew["status"], "submitted_on_time");
    let notification_due = t(&row(&opened.body, "incident_notification")["due_at"]);
    assert_eq!(notification_due, at("2027-11-02T12:00:00Z"));
    assert_eq!(notification_due - aware, Duration::hours(72));
}

async fn a_deadline_one_second_away_is_met_then_missed(app: TestApp) {
    let aware = app.clock().now() - Duration::hours(23);
    let due = aware + Duration::hours(24);
    let filing = with(early_warning(), json!({"aware_at": rfc(aware)}));

    app.clock().set(due - Duration::seconds(1));
    let on_time = app.open_case(&filing).await;
    assert_eq!(on_time.status, 201, "{}", on_time.body);
    assert_eq!(t(&row(&on_time.body, "early_warning")["due_at"]), due);
    assert_eq!(
        row(&on_time.body, "early_warning")["status"],
        "submitted_on_time"
    );
    assert_eq!(
        on_time.body["reports"][0]["timeliness"],
        "submitted_on_time"
    );

    app.clock().set(due + Duration::seconds(1));
    let refused = app.open_case(&filing).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.error_fields(), vec!["report.late_reason"]);
    let explained = with(
        filing,
        json!({"late_reason": "The alert reached us one second too late."}),
    );
    let late = app.open_case(&explained).await;
    assert_eq!(late.status, 201, "{}", late.body);
    assert_eq!(row(&late.body, "early_warning")["status"], "submitted_late");
    assert_eq!(late.body["reports"][0]["timeliness"], "submitted_late");
    // The first case keeps its verdict, frozen at submission.
    let first = app.get_case(on_time.body["id"].as_str().unwrap()).await;
    assert_eq!(
        row(&first.body, "early_warning")["status"],
        "submitted_on_time"
    );
}

crate::on_both_kinds!(staff_sessions_and_lockouts_end_by_the_clock);

/// A staff session ends after 30 idle minutes, and a locked account opens again after 15,
/// both measured on the app's clock.
async fn staff_sessions_and_lockouts_end_by_the_clock(kind: Kind) {
    use crate::pages::Browser;
    use crate::workspace::{add_user, login, PASSWORD};
    let clock = ManualClock::at(at("2027-06-01T08:00:00Z"));
    let mut b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock.clone())).await;
    let email = "analyst@ilr.example";
    let role = intake::domain::staff::StaffRole::Reviewer;
    add_user(&b.database_url, "LU-ILR-ENERGY", email, role, false);

    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    clock.advance(Duration::minutes(29));
    assert_eq!(
        b.get("/authority/queue").await.status,
        200,
        "29 idle minutes"
    );
    clock.advance(Duration::minutes(29));
    assert_eq!(
        b.get("/authority/queue").await.status,
        200,
        "the last visit counts"
    );
    clock.advance(Duration::minutes(30) + Duration::seconds(1));
    let idle = b.get("/authority/queue").await;
    assert_eq!(idle.status, 303, "30 idle minutes and a second");
    assert!(idle.location.unwrap().starts_with("/authority/login"));

    for _ in 0..5 {
        assert_eq!(login(&mut b, email, "wrong password").await, 401);
    }
    assert_eq!(login(&mut b, email, PASSWORD).await, 429, "locked");
    clock.advance(Duration::minutes(15) - Duration::seconds(1));
    assert_eq!(login(&mut b, email, PASSWORD).await, 429, "still locked");
    clock.advance(Duration::seconds(2));
    assert_eq!(login(&mut b, email, PASSWORD).await, 303, "open again");
}
