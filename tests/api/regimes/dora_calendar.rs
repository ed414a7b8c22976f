//! DORA's calendar: the final report one month after the latest intermediate report (RTS
//! 2025/301 Art. 5(1)(c)) in the authority's time zone, clamped at month ends and across a
//! DST change; deadlines on a Saturday or a bank holiday of the authority's member state
//! (Art. 5(2)) stand for a credit institution, and the row says `no_relief`.

use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    the_final_report_is_due_a_month_after_the_intermediate_at_a_month_end at "2027-01-29T09:00:00Z",
    the_final_report_keeps_the_local_time_across_dst at "2027-03-08T09:00:00Z",
    a_saturday_deadline_stands_for_a_credit_institution at "2027-06-02T09:00:00Z",
    a_bank_holiday_deadline_stands_for_a_credit_institution at "2027-06-20T08:00:00Z",
);

/// Opens a DORA case at the clock (aware an hour before, classified now); returns its id.
async fn open(app: &TestApp, key: &str) -> String {
    let now = app.clock().now();
    let r = post(
        app,
        key,
        "/api/v1/incidents",
        &dora_initial(now - Duration::hours(1), now),
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    r.body["id"].as_str().unwrap().to_string()
}

/// Art. 5(1)(c): intermediate 31 Jan 11:00 CET → final 28 Feb 11:00 CET, a Sunday: even a
/// credit institution may file its final report by 12:00 on Monday (Art. 5(4); Art. 5(5)
/// withholds that only from initial notifications and intermediate reports).
async fn the_final_report_is_due_a_month_after_the_intermediate_at_a_month_end(app: TestApp) {
    let key = bank(&app);
    let id = open(&app, &key).await;
    app.clock().set(at("2027-01-31T10:00:00Z"));
    let path = format!("/api/v1/incidents/{id}/reports");
    let r = post(&app, &key, &path, &dora_intermediate()).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(
        report(&r.body, "dora", "intermediate_report")["timeliness"],
        "submitted_on_time"
    );
    let fin = row(&r.body, "dora", "final_report");
    assert_eq!(fin["due_at"], "2027-03-01T11:00:00Z");
    assert_eq!(fin["provisional"], false);
    assert_eq!(fin["weekend_rule"], "next_working_day_noon");
    // An updated intermediate report moves the final report's clock (the latest counts).
    app.clock().set(at("2027-02-02T10:00:00Z"));
    let r = post(&app, &key, &path, &dora_intermediate()).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let fin = row(&r.body, "dora", "final_report");
    assert_eq!(fin["due_at"], "2027-03-02T10:00:00Z");
    assert_eq!(fin["weekend_rule"], "working_day");
}

/// One month across the change to summer time (28 Mar 2027): 9 Mar 11:00 CET → 9 Apr
/// 11:00 CEST, i.e. 10:00Z → 09:00Z.
async fn the_final_report_keeps_the_local_time_across_dst(app: TestApp) {
    let key = bank(&app);
    let id = open(&app, &key).await;
    app.clock().set(at("2027-03-09T10:00:00Z"));
    let path = format!("/api/v1/incidents/{id}/reports");
    let r = post(&app, &key, &path, &dora_intermediate()).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let fin = row(&r.body, "dora", "final_report");
    assert_eq!(fin["due_at"], "2027-04-09T09:00:00Z");
    assert_eq!(fin["weekend_rule"], "working_day");
}

/// Art. 5(2): the intermediate report falls due on Saturday 5 June 2027; a credit
/// institution is excluded from the next-working-day relief: it stands, `no_relief`.
async fn a_saturday_deadline_stands_for_a_credit_institution(app: TestApp) {
    let key = bank(&app);
    let id = open(&app, &key).await;
    let case = get(&app, &key, &id).await;
    let inter = row(&case, "dora", "intermediate_report");
    assert_eq!(inter["due_at"], "2027-06-05T09:00:00Z");
    assert_eq!(inter["weekend_rule"], "no_relief");
    assert_eq!(
        row(&case, "dora", "initial_notification")["weekend_rule"],
        "working_day"
    );
    // One second late on the Saturday it is overdue: no relief.
    app.clock().set(at("2027-06-05T09:00:01Z"));
    let case = get(&app, &key, &id).await;
    assert_eq!(
        row(&case, "dora", "intermediate_report")["status"],
        "overdue"
    );
}

/// Art. 5(2): due on Luxembourg's National Day (Wed 23 June 2027, in the routing table's
/// `[bank_holidays]`); a credit institution gets no relief.
async fn a_bank_holiday_deadline_stands_for_a_credit_institution(app: TestApp) {
    let key = bank(&app);
    let id = open(&app, &key).await;
    let case = get(&app, &key, &id).await;
    let inter = row(&case, "dora", "intermediate_report");
    assert_eq!(inter["due_at"], "2027-06-23T08:00:00Z");
    assert_eq!(inter["weekend_rule"], "no_relief");
}
