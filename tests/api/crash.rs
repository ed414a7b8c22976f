//! Crash safety: a burst of concurrent filings, `kill -9` at a random moment, restart. Every
//! filing answered 201 is there, complete; nothing partial was stored. Several rounds, on
//! SQLite and PostgreSQL.

use crate::helpers::*;
use crate::outbox::{intake, serve, stdout};
use diesel::prelude::*;
use intake::storage::{schema, Backend};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

type Acknowledged = Rc<RefCell<Vec<String>>>;

/// Sixteen clients filing early warnings until the server stops answering.
fn burst(key: &str, http_port: u16) -> (Acknowledged, Vec<actix_web::rt::task::JoinHandle<()>>) {
    let acknowledged: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut clients = Vec::new();
    for _ in 0..16 {
        let (key, acknowledged) = (key.to_string(), acknowledged.clone());
        clients.push(actix_web::rt::spawn(async move {
            let client = awc::Client::builder()
                .timeout(Duration::from_secs(5))
                .finish();
            loop {
                let sent = client
                    .post(format!("http://127.0.0.1:{http_port}/api/v1/incidents"))
                    .insert_header(("Authorization", format!("Bearer {key}")))
                    .send_json(&early_warning())
                    .await;
                let Ok(mut r) = sent else { break };
                let Ok(body) = r.json::<serde_json::Value>().await else {
                    break;
                };
                if r.status().as_u16() == 201 {
                    acknowledged
                        .borrow_mut()
                        .push(body["id"].as_str().unwrap().to_string());
                }
            }
        }));
    }
    (acknowledged, clients)
}

/// Every acknowledged case is stored whole, and nothing partial is.
fn assert_complete(db: &str, acknowledged: &[String]) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    use schema::{cases, outbox, submissions};
    let stored: Vec<String> = cases::table.select(cases::id).load(&mut c).unwrap();
    for id in acknowledged {
        assert!(stored.contains(id), "acknowledged case {id} lost");
        let subs: i64 = submissions::table
            .filter(submissions::case_id.eq(id))
            .count()
            .get_result(&mut c)
            .unwrap();
        let mail: i64 = outbox::table
            .filter(outbox::case_id.eq(id))
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(
            (subs, mail),
            (1, 3),
            "case {id} complete: its submission and its 3 messages"
        );
    }
    // Nothing partial: no case without a submission, no submission without its mail.
    let orphans: i64 = cases::table
        .filter(diesel::dsl::not(diesel::dsl::exists(
            submissions::table.filter(submissions::case_id.eq(cases::id)),
        )))
        .count()
        .get_result(&mut c)
        .unwrap();
    let subs: Vec<String> = submissions::table
        .select(submissions::id)
        .load(&mut c)
        .unwrap();
    let mailed: std::collections::HashSet<Option<String>> = outbox::table
        .select(outbox::submission_id)
        .load(&mut c)
        .unwrap()
        .into_iter()
        .collect();
    let unmailed = subs
        .iter()
        .filter(|s| !mailed.contains(&Some((*s).clone())))
        .count();
    assert_eq!((orphans, unmailed), (0, 0));
    drop(c);
}

async fn burst_then_kill(kind: Kind, round: usize) {
    let (db, _guard) = fresh_database(kind);
    stdout(intake(&db).arg("migrate"));
    let (_, key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let http_port = free_port();
    let mut server = serve(&db, free_port(), http_port).await;
    let (acknowledged, clients) = burst(&key, http_port);
    // Kill mid-burst: once filings are being acknowledged, at a random later moment.
    let started = std::time::Instant::now();
    while acknowledged.borrow().is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no filing acknowledged"
        );
        actix_web::rt::time::sleep(Duration::from_millis(10)).await;
    }
    let wait = rand::random_range(0..400u64) + round as u64 * 37;
    actix_web::rt::time::sleep(Duration::from_millis(wait)).await;
    server.kill().unwrap(); // SIGKILL, mid-burst
    server.wait().unwrap();
    for c in clients {
        let _ = c.await;
    }
    let acknowledged = acknowledged.borrow().clone();
    assert_complete(&db, &acknowledged);

    // The restarted server works on the same data.
    let mut server = serve(&db, free_port(), http_port).await;
    let r = awc::Client::default()
        .post(format!("http://127.0.0.1:{http_port}/api/v1/incidents"))
        .insert_header(("Authorization", format!("Bearer {key}")))
        .send_json(&early_warning())
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    server.kill().unwrap();
    server.wait().unwrap();
}

async fn acknowledged_filings_survive_kill_9(kind: Kind) {
    for round in 0..3 {
        burst_then_kill(kind, round).await;
    }
}

crate::on_both_kinds!(acknowledged_filings_survive_kill_9);
