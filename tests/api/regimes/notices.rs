//! Reminders and overdue notices per thread (spec §7): a row's notice carries its `regime`
//! and goes to the authorities of that regime only (DORA: the DORA authority, RTS 2025/301
//! Art. 5; NIS2: the CSIRT, not the data-protection authority the GDPR thread brought in).
//! The deadline scan runs on demand at set clock times.

use super::gdpr::breach;
use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    a_dora_reminder_and_overdue_notice_name_dora_and_reach_the_dora_authority at "2027-06-01T09:00:00Z",
    a_nis2_overdue_notice_skips_the_dpa_of_the_gdpr_thread at "2027-03-01T09:00:00Z",
);

/// (authority, payload) of the case's messages of `kind`.
fn of_kind(app: &TestApp, id: &str, kind: &str) -> Vec<(Option<String>, String)> {
    outbox(app, id)
        .into_iter()
        .filter(|(k, _, _)| k == kind)
        .map(|(_, a, p)| (a, p))
        .collect()
}

/// RTS 2025/301 Art. 5(1)(b): the intermediate report, 72 h after the initial notification.
async fn a_dora_reminder_and_overdue_notice_name_dora_and_reach_the_dora_authority(app: TestApp) {
    let key = bank(&app);
    let now = app.clock().now();
    let r = post(
        &app,
        &key,
        "/api/v1/incidents",
        &dora_initial(now - Duration::hours(1), now),
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let id = r.body["id"].as_str().unwrap().to_string();
    let due = now + Duration::hours(72);
    app.clock().set(due - Duration::hours(11));
    app.notifier.scan_deadlines().await.unwrap();
    let reminders = of_kind(&app, &id, "deadline_reminder");
    assert_eq!(reminders.len(), 1, "{reminders:?}");
    let (to, payload) = &reminders[0];
    assert!(to.is_none(), "a reminder is for the entity");
    assert!(
        payload.contains("\"dora\"") && payload.contains("intermediate_report"),
        "{payload}"
    );
    assert!(of_kind(&app, &id, "overdue_notice").is_empty());
    app.clock().set(due + Duration::seconds(1));
    app.notifier.scan_deadlines().await.unwrap();
    let overdue = of_kind(&app, &id, "overdue_notice");
    let codes: Vec<_> = overdue.iter().map(|(a, _)| a.clone()).collect();
    assert_eq!(codes, vec![Some("LU-CSSF".to_string())], "{overdue:?}");
    assert!(overdue[0].1.contains("\"dora\""), "{}", overdue[0].1);
    // A second scan adds nothing.
    app.notifier.scan_deadlines().await.unwrap();
    assert_eq!(of_kind(&app, &id, "overdue_notice").len(), 1);
}

/// NIS2 Art. 23(4)(b) missed: the CSIRT hears of it; the DPA, routed for the GDPR thread
/// (GDPR Art. 33), does not.
async fn a_nis2_overdue_notice_skips_the_dpa_of_the_gdpr_thread(app: TestApp) {
    let now = app.clock().now();
    let aware = now - Duration::hours(1);
    let ew = with(
        early_warning(),
        json!({"aware_at": rfc(aware), "personal_data_involved": "yes"}),
    );
    let r = app.open_case(&ew).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let id = r.body["id"].as_str().unwrap().to_string();
    let mut fields = breach();
    fields["stage"] = json!("breach_notification");
    fields["regime"] = json!("gdpr");
    let r = app.add_report(&id, &json!({ "report": fields })).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    app.clock()
        .set(aware + Duration::hours(72) + Duration::seconds(1));
    app.notifier.scan_deadlines().await.unwrap();
    let overdue = of_kind(&app, &id, "overdue_notice");
    let codes: Vec<String> = overdue.iter().filter_map(|(a, _)| a.clone()).collect();
    assert!(codes.contains(&"LU-CSIRT".to_string()), "{overdue:?}");
    assert!(!codes.contains(&"LU-CNPD".to_string()), "{overdue:?}");
    // NIS2 is the default regime of a notice: it is left out of the payload.
    assert!(
        overdue.iter().all(|(_, p)| !p.contains("\"gdpr\"")),
        "{overdue:?}"
    );
}
