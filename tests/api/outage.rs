//! A long mail outage: SMTP is unreachable during a burst of 1,000 filings, then comes back.
//! Every notification is delivered, none twice; on PostgreSQL two instances share the outbox.

use crate::helpers::*;
use crate::smtp::SmtpServer;
use std::collections::HashSet;
use std::time::{Duration, Instant};

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

async fn a_thousand_filings_during_an_smtp_outage(kind: Kind) {
    let port = free_port();
    let a = spawn_app_with_smtp(kind, Some(port)).await; // nothing listens on the port yet
    let mut addresses = vec![a.address.clone()];
    let _second_mail_dir;
    if kind == Kind::Postgres {
        let dir = tempfile::tempdir().unwrap();
        let b =
            intake::startup::Application::build(&settings(&a.database_url, dir.path(), Some(port)))
                .unwrap();
        addresses.push(format!("http://127.0.0.1:{}", b.port()));
        actix_web::rt::spawn(b.run());
        _second_mail_dir = dir;
    }
    // 16 concurrent clients, spread over the instances.
    let mut tasks = Vec::new();
    for t in 0..16 {
        let (client, key, addresses) = (a.client.clone(), a.api_key.clone(), addresses.clone());
        tasks.push(actix_web::rt::spawn(async move {
            let mut ok = 0;
            for i in (t..FILINGS).step_by(16) {
                let address = &addresses[i % addresses.len()];
                let r = client
                    .post(format!("{address}/api/v1/incidents"))
                    .insert_header(("Authorization", format!("Bearer {key}")))
                    .send_json(&early_warning())
                    .await
                    .unwrap();
                assert_eq!(r.status().as_u16(), 201);
                ok += 1;
            }
            ok
        }));
    }
    let mut filed = 0;
    for t in tasks {
        filed += t.await.unwrap();
    }
    assert_eq!(filed, FILINGS);
    crate::mail_helpers::wait_for_a_failed_attempt(&a.database_url).await; // the outage is felt

    let smtp = SmtpServer::start_on(port);
    let expected = FILINGS * 3; // two authorities and the reporter per filing
    let started = Instant::now();
    while count_files(smtp.dir()) < expected {
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "only {} of {expected} messages after 3 minutes",
            count_files(smtp.dir())
        );
        actix_web::rt::time::sleep(Duration::from_millis(250)).await;
    }
    crate::mail_helpers::wait_until_all_sent(&a.database_url, expected).await;
    assert_eq!(
        a.notifier.deliver_due().await.unwrap(),
        0,
        "nothing left to send"
    );
    let mail = smtp.messages();
    assert_eq!(mail.len(), expected, "nothing sent twice");
    let ids: HashSet<String> = mail.iter().filter_map(|m| m.header("Message-ID")).collect();
    assert_eq!(ids.len(), expected, "every Message-ID unique");
}

crate::on_both_kinds!(a_thousand_filings_during_an_smtp_outage);
