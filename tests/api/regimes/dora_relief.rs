//! RTS 2025/301 Art. 5(2) for an entity WITH the relief (a payment institution, not a credit
//! institution, CCP or trading venue): a deadline on a Saturday or on a bank holiday of the
//! authority's member state moves to 12:00 local of the next working day, and the row says
//! `next_working_day_noon`.

use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    a_saturday_deadline_moves_to_monday_noon_for_a_payment_institution at "2027-06-02T09:00:00Z",
    a_bank_holiday_deadline_moves_to_the_next_working_day_noon at "2027-06-20T08:00:00Z",
);

/// A payment institution (sector other_financial_entities) with its LEI.
fn payment_institution(app: &TestApp) -> String {
    register(
        app,
        "other_financial_entities",
        None,
        "payment_institution",
        Some(LEI),
    )
}

async fn open(app: &TestApp, key: &str) -> Value {
    let now = app.clock().now();
    let r = post(
        app,
        key,
        "/api/v1/incidents",
        &dora_initial(now - Duration::hours(1), now),
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    r.body
}

/// Due Saturday 5 June 2027 09:00Z → Monday 7 June 12:00 CEST (10:00Z).
async fn a_saturday_deadline_moves_to_monday_noon_for_a_payment_institution(app: TestApp) {
    let key = payment_institution(&app);
    let case = open(&app, &key).await;
    assert_eq!(case["regime"], "dora");
    assert_eq!(thread(&case, "dora")["weekend_relief"], true);
    let inter = row(&case, "dora", "intermediate_report");
    assert_eq!(inter["due_at"], "2027-06-07T10:00:00Z");
    assert_eq!(inter["weekend_rule"], "next_working_day_noon");
    // On the Saturday after the nominal time it is not yet overdue.
    app.clock().set(at("2027-06-05T09:00:01Z"));
    let case = get(&app, &key, case["id"].as_str().unwrap()).await;
    assert_eq!(
        row(&case, "dora", "intermediate_report")["status"],
        "pending"
    );
}

/// Due on Luxembourg's National Day (Wed 23 June 2027, `[bank_holidays]`) → Thursday 24
/// June 12:00 CEST (10:00Z).
async fn a_bank_holiday_deadline_moves_to_the_next_working_day_noon(app: TestApp) {
    let key = payment_institution(&app);
    let case = open(&app, &key).await;
    let inter = row(&case, "dora", "intermediate_report");
    assert_eq!(inter["due_at"], "2027-06-24T10:00:00Z");
    assert_eq!(inter["weekend_rule"], "next_working_day_noon");
}
