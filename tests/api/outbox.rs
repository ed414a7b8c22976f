//! The outbox from the operator's side: a crash with mail queued, `intake outbox` commands,
//! failed messages, and two instances sharing one PostgreSQL.

use crate::helpers::*;
use crate::smtp::SmtpServer;
use intake::storage::outbox::{self, NewMessage, Payload, Status};
use std::collections::HashSet;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn intake(db: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_intake"));
    c.env("INTAKE_DATABASE_URL", db)
        .env("RUST_LOG", "error")
        .env("INTAKE_MAIL_RETRY_SECONDS", "1");
    c
}

pub fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub async fn serve(db: &str, smtp_port: u16, http_port: u16) -> Child {
    let child = intake(db)
        .arg("serve")
        .env("INTAKE_BIND", format!("127.0.0.1:{http_port}"))
        .env("INTAKE_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let client = awc::Client::default();
    let started = Instant::now();
    while client
        .get(format!("http://127.0.0.1:{http_port}/healthz"))
        .send()
        .await
        .map(|r| !r.status().is_success())
        .unwrap_or(true)
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    child
}

#[actix_web::test]
async fn mail_queued_when_the_server_is_killed_is_delivered_exactly_once_on_sqlite() {
    queued_mail_survives_kill_9(Kind::Sqlite).await
}

#[actix_web::test]
async fn mail_queued_when_the_server_is_killed_is_delivered_exactly_once_on_postgres() {
    queued_mail_survives_kill_9(Kind::Postgres).await
}

async fn queued_mail_survives_kill_9(kind: Kind) {
    let (db, _guard) = fresh_database(kind);
    stdout(intake(&db).arg("migrate"));
    let (_, key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let (smtp_port, http_port) = (free_port(), free_port());
    let mut server = serve(&db, smtp_port, http_port).await; // the SMTP server is down
    let client = awc::Client::default();
    for _ in 0..3 {
        let r = client
            .post(format!("http://127.0.0.1:{http_port}/api/v1/incidents"))
            .insert_header(("Authorization", format!("Bearer {key}")))
            .send_json(&early_warning())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
    }
    let started = Instant::now();
    while !stdout(intake(&db).args(["outbox", "list", "--status", "pending"]))
        .contains("Connection refused")
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no failed attempt was recorded"
        );
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }

    server.kill().unwrap(); // SIGKILL with 9 messages queued
    server.wait().unwrap();
    let smtp = SmtpServer::start_on(smtp_port);
    let started = Instant::now();
    while smtp.messages().len() < 9 && started.elapsed() < Duration::from_secs(30) {
        let mut deliver = intake(&db);
        deliver
            .args(["outbox", "deliver"])
            .env("INTAKE_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"));
        stdout(&mut deliver);
        actix_web::rt::time::sleep(Duration::from_millis(300)).await;
    }
    let mut again = intake(&db);
    stdout(
        again
            .args(["outbox", "deliver"])
            .env("INTAKE_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}")),
    );

    let mail = smtp.messages();
    assert_eq!(mail.len(), 9);
    assert_eq!(
        mail.iter()
            .map(|m| m.header("Message-ID").unwrap())
            .collect::<HashSet<_>>()
            .len(),
        9
    );
    let sent = stdout(intake(&db).args(["outbox", "list", "--status", "sent"]));
    assert_eq!(
        sent.lines().filter(|l| l.contains(" sent ")).count(),
        9,
        "{sent}"
    );
    assert!(
        stdout(intake(&db).args(["outbox", "list", "--status", "pending"])).contains("no messages")
    );
}

#[test]
fn a_message_that_keeps_failing_is_marked_failed_listed_and_can_be_retried() {
    let (db, _guard) = fresh_database(Kind::Sqlite);
    stdout(intake(&db).arg("migrate"));
    let mut conn = intake::storage::Backend::from_url(&db)
        .unwrap()
        .connect()
        .unwrap();
    let mut at = intake::domain::clock::Clock::now(&intake::domain::clock::SystemClock);
    let queued = outbox::enqueue(
        &mut conn,
        vec![NewMessage {
            dedupe_key: "test".into(),
            case_id: None,
            submission_id: None,
            authority_code: None,
            recipients: vec!["admins@intake.example".into()],
            payload: Payload::UnroutedAlert(Default::default()),
        }],
        at,
    )
    .unwrap();
    let mut status = Status::Pending;
    for _ in 0..outbox::MAX_ATTEMPTS {
        let claimed = outbox::claim(&mut conn, "w", at, chrono::Duration::minutes(2), 10).unwrap();
        assert_eq!(claimed.len(), 1, "a pending message is claimable once due");
        assert!(
            outbox::claim(&mut conn, "other", at, chrono::Duration::minutes(2), 10)
                .unwrap()
                .is_empty(),
            "leased: nobody else gets it"
        );
        status = outbox::mark_failed(
            &mut conn,
            &claimed[0],
            "w",
            "550 mailbox unavailable",
            at,
            chrono::Duration::seconds(30),
        )
        .unwrap();
        at += chrono::Duration::hours(2);
    }

    let failed = stdout(intake(&db).args(["outbox", "list", "--status", "failed"]));
    let retried = stdout(intake(&db).args(["outbox", "retry"]));

    assert_eq!(status, Status::Failed);
    assert!(
        failed.contains(&queued[0].id.to_string()) && failed.contains("550 mailbox unavailable"),
        "{failed}"
    );
    assert_eq!(
        failed.matches("550 mailbox unavailable").count(),
        outbox::MAX_ATTEMPTS as usize,
        "every attempt is listed"
    );
    assert!(
        retried.starts_with("1 failed message(s) queued again"),
        "{retried}"
    );
    assert!(
        stdout(intake(&db).args(["outbox", "list", "--status", "pending"]))
            .contains(&queued[0].id.to_string())
    );
}

#[actix_web::test]
async fn two_instances_on_one_postgres_send_each_message_once() {
    let smtp = SmtpServer::start();
    let a = spawn_app_with_smtp(Kind::Postgres, Some(smtp.port)).await;
    let mail_dir = tempfile::tempdir().unwrap();
    let b_app = intake::startup::Application::build(&settings(
        &a.database_url,
        mail_dir.path(),
        Some(smtp.port),
    ))
    .unwrap();
    let b_address = format!("http://127.0.0.1:{}", b_app.port());
    actix_web::rt::spawn(b_app.run());

    for i in 0..10 {
        let address = if i % 2 == 0 {
            a.address.clone()
        } else {
            b_address.clone()
        };
        let r = a
            .client
            .post(format!("{address}/api/v1/incidents"))
            .insert_header(("Authorization", format!("Bearer {}", a.api_key)))
            .send_json(&early_warning())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
    }
    let mail = smtp.wait_for(30).await;
    crate::mail_helpers::wait_until_all_sent(&a.database_url, 30).await;
    assert_eq!(
        a.notifier.deliver_due().await.unwrap(),
        0,
        "nothing left to send"
    );

    assert_eq!(mail.len(), 30);
    assert_eq!(
        smtp.messages().len(),
        30,
        "no message was sent by both instances"
    );
}
