//! A long mail outage: SMTP is unreachable during a burst of 1,000 filings, then comes back.
//! Every notification is delivered, none twice; on PostgreSQL two instances share the outbox.
//! Delivery runs on demand and the retry back-off passes on the injected clock, so the test
//! neither waits for real back-off nor races a background worker across a jump in time.

use crate::helpers::*;
use crate::smtp::SmtpServer;
use futures_util::future::join_all;
use intake::domain::clock::ManualClock;
use intake::notify::worker::Notifier;
use intake::startup::Application;
use std::collections::HashSet;
use std::sync::Arc;

const FILINGS: usize = 1000;

fn count_files(dir: &std::path::Path) -> usize {
    ["new", "cur"]
        .iter()
        .map(|s| {
            std::fs::read_dir(dir.join(s))
                .map(|d| d.count())
                .unwrap_or(0)
        })
        .sum()
}

/// One instance mailing to `port`, its delivery worker off: the test runs it.
fn instance(
    database_url: &str,
    port: u16,
    clock: &ManualClock,
) -> (String, Notifier, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = settings(database_url, dir.path(), Some(port));
    s.deliver = false;
    let app = Application::build_with_clock(&s, Arc::new(clock.clone())).unwrap();
    let (address, notifier) = (format!("http://127.0.0.1:{}", app.port()), app.notifier());
    actix_web::rt::spawn(app.run());
    (address, notifier, dir)
}

/// 16 concurrent clients spread over the instances.
async fn file_a_burst(addresses: &[String], key: &str) {
    let client = awc::Client::builder()
        .timeout(std::time::Duration::from_secs(60))
        .finish();
    let tasks = (0..16).map(|t| {
        let (client, key, addresses) = (client.clone(), key.to_string(), addresses.to_vec());
        actix_web::rt::spawn(async move {
            for i in (t..FILINGS).step_by(16) {
                let r = client
                    .post(format!(
                        "{}/api/v1/incidents",
                        addresses[i % addresses.len()]
                    ))
                    .insert_header(("Authorization", format!("Bearer {key}")))
                    .send_json(&early_warning())
                    .await
                    .unwrap();
                assert_eq!(r.status().as_u16(), 201);
            }
        })
    });
    for t in join_all(tasks).await {
        t.unwrap();
    }
}

/// Every instance's worker at once, as several `intake serve` would run them.
async fn deliver_everywhere(notifiers: &[Notifier]) -> usize {
    let runs = join_all(notifiers.iter().map(|n| n.deliver_due())).await;
    runs.into_iter().map(|r| r.unwrap()).sum()
}

async fn a_thousand_filings_during_an_smtp_outage(kind: Kind) {
    let (database_url, _db_dir) = fresh_database(kind);
    let (port, clock) = (free_port(), ManualClock::at(chrono::Utc::now()));
    let instances: Vec<_> = (0..if kind == Kind::Postgres { 2 } else { 1 })
        .map(|_| instance(&database_url, port, &clock))
        .collect();
    let addresses: Vec<String> = instances.iter().map(|i| i.0.clone()).collect();
    let notifiers: Vec<Notifier> = instances.iter().map(|i| i.1.clone()).collect();
    let (_, key) = add_entity(&database_url, "LU", "energy", "electricity_supplier");
    file_a_burst(&addresses, &key).await;

    // Nothing listens on the port: two rounds fail, the second after the first back-off.
    assert!(deliver_everywhere(&notifiers).await > 0);
    clock.advance(chrono::Duration::minutes(1));
    assert!(deliver_everywhere(&notifiers).await > 0);
    let smtp = SmtpServer::start_on(port);
    let expected = FILINGS * 3; // two authorities and the reporter per filing
    for _ in 0..20 {
        if count_files(smtp.dir()) >= expected {
            break;
        }
        clock.advance(chrono::Duration::hours(2)); // past the longest back-off
        deliver_everywhere(&notifiers).await;
    }

    crate::mail_helpers::wait_until_all_sent(&database_url, expected).await;
    assert_eq!(
        deliver_everywhere(&notifiers).await,
        0,
        "nothing left to send"
    );
    let mail = smtp.messages();
    assert_eq!(mail.len(), expected, "nothing sent twice");
    let ids: HashSet<String> = mail.iter().filter_map(|m| m.header("Message-ID")).collect();
    assert_eq!(ids.len(), expected, "every Message-ID unique");
}

crate::on_both_kinds!(a_thousand_filings_during_an_smtp_outage);
