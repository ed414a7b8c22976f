//! Reminders and overdue notices on a set clock: the app runs on a [`ManualClock`] with its
//! background worker off, the deadline scan and delivery run on demand, and the test moves
//! the time to one second before and after each threshold instead of sleeping.

use crate::helpers::*;
use crate::mail_helpers::spawn_on;
use crate::on_both_kinds;
use crate::smtp::SmtpServer;
use chrono::Duration;
use intake::domain::clock::Clock;
use intake::domain::clock::ManualClock;
use serde_json::json;

on_both_kinds!(a_reminder_twelve_hours_ahead_and_an_overdue_notice_one_second_late);

async fn a_reminder_twelve_hours_ahead_and_an_overdue_notice_one_second_late(kind: Kind) {
    let smtp = SmtpServer::start();
    // An hour after becoming aware: the incident notification is due in 71 h. (Filing still
    // validates `aware_at` against the wall clock, so the manual clock starts from it.)
    let start = intake::domain::clock::SystemClock.now();
    let aware = start - Duration::hours(1);
    let clock = ManualClock::at(start);
    let app = spawn_on(kind, &clock, smtp.port);
    let mut filed = awc::Client::new()
        .post(format!("{}/api/v1/incidents", app.address))
        .insert_header(("Authorization", format!("Bearer {}", app.api_key)))
        .send_json(&with(
            early_warning(),
            json!({"aware_at": aware.to_rfc3339()}),
        ))
        .await
        .unwrap();
    let status = filed.status().as_u16();
    assert_eq!(status, 201, "{:?}", filed.body().await);
    clock.advance(Duration::minutes(1)); // past the filing, whichever clock stamped it
    assert_eq!(app.notifier.deliver_due().await.unwrap(), 3);
    let due = aware + Duration::hours(72);

    clock.set(due - Duration::hours(12) - Duration::seconds(1));
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 0, "too early");
    clock.advance(Duration::seconds(1));
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 1, "reminder");
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 0, "only once");
    assert_eq!(app.notifier.deliver_due().await.unwrap(), 1);

    clock.set(due);
    assert_eq!(
        app.notifier.scan_deadlines().await.unwrap(),
        0,
        "not yet late"
    );
    clock.advance(Duration::seconds(1));
    assert_eq!(
        app.notifier.scan_deadlines().await.unwrap(),
        2,
        "both authorities"
    );
    assert_eq!(app.notifier.deliver_due().await.unwrap(), 2);
    assert_eq!(app.notifier.deliver_due().await.unwrap(), 0);

    let mail = smtp.messages();
    assert_eq!(mail.len(), 3 + 1 + 2);
    let reminder = mail
        .iter()
        .find(|m| m.subject().contains("Reminder"))
        .unwrap();
    let due_words = format!("due {}", intake::words::utc(due));
    assert!(
        reminder.subject().contains(&due_words),
        "{}",
        reminder.subject()
    );
    assert_eq!(
        mail.iter()
            .filter(|m| m.subject().contains("EN RETARD"))
            .count(),
        2
    );
}
