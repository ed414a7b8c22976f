//! The significance helper (spec §4.2, Impl. Reg. 2024/2690 Art. 3(2) and 4): the
//! maintenance exclusion removes only the scheduled availability figure, never a malicious
//! compromise; "recurring" is decided by the count and the combined loss.

use crate::helpers::*;
use crate::on_both_backends;

on_both_backends!(the_helper_applies_the_exclusion_per_figure_and_counts_recurrences);

async fn verdict(app: &TestApp, query: &str) -> String {
    let mut res = app
        .client
        .get(format!("{}/report/significance?{query}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    String::from_utf8(res.body().await.unwrap().to_vec()).unwrap()
}

fn result(html: &str) -> &str {
    let start = html.find("<h2>Result: ").expect("a result");
    let rest = &html[start + 12..];
    &rest[..rest.find("</h2>").unwrap()]
}

async fn the_helper_applies_the_exclusion_per_figure_and_counts_recurrences(app: TestApp) {
    let dns = "entity_type=dns_service_provider&unavailable_minutes=45";
    let scheduled = verdict(&app, &format!("{dns}&unavailable_scheduled=yes&malicious_access=no&trade_secrets=no&death=no&health_damage=no&financial_loss_eur=0&recurring_count=1&slow_resolution=no&data_compromised=no")).await;
    assert_eq!(
        result(&scheduled),
        "not significant",
        "only planned downtime"
    );
    assert!(scheduled.contains("Left out as scheduled interruptions"));

    let compromised = verdict(
        &app,
        &format!("{dns}&unavailable_scheduled=yes&malicious_access=yes"),
    )
    .await;
    assert_eq!(
        result(&compromised),
        "significant",
        "maintenance never hides a compromise"
    );
    assert!(compromised.contains("ir_a3_e"));

    let unplanned = verdict(&app, &format!("{dns}&unavailable_scheduled=no")).await;
    assert_eq!(result(&unplanned), "significant");
    assert!(unplanned.contains("ir_a5"));

    let cloud = "entity_type=cloud_computing_provider&annual_turnover_eur=100000000";
    let recurring = verdict(
        &app,
        &format!("{cloud}&recurring_count=3&recurring_loss_eur=600000"),
    )
    .await;
    assert_eq!(result(&recurring), "significant");
    assert!(recurring.contains("ir_a4: recurring"));
    let once = verdict(
        &app,
        &format!("{cloud}&recurring_count=1&recurring_loss_eur=600000"),
    )
    .await;
    assert!(
        !once.contains("ir_a4: recurring"),
        "one incident does not recur"
    );
    // The bare yes/no question is gone.
    assert!(!once.contains("name=\"recurring\""));
    assert!(
        once.contains("name=\"recurring_count\"") && once.contains("name=\"recurring_loss_eur\"")
    );
}
