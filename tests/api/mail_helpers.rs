//! Waiting on the outbox itself instead of on the clock: the mail tests poll for a state
//! (every message sent, a failed attempt recorded) and then assert counts, so no fixed sleep
//! stands for "nothing else happened".

use intake::storage::outbox::{self, Status};
use std::time::{Duration, Instant};

fn outbox_state(database_url: &str) -> Vec<outbox::Listed> {
    let mut conn = intake::storage::Backend::from_url(database_url)
        .unwrap()
        .connect()
        .unwrap();
    outbox::list(&mut conn, None, 1_000_000).unwrap()
}

/// Waits (at most 3 minutes) until the outbox holds `expected` messages and all are sent;
/// a message sent is marked so only after its server accepted it.
pub async fn wait_until_all_sent(database_url: &str, expected: usize) {
    let started = Instant::now();
    loop {
        let state = outbox_state(database_url);
        let sent = state
            .iter()
            .filter(|l| l.message.status == Status::Sent)
            .count();
        if state.len() == expected && sent == expected {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "{sent} of {} messages sent, {expected} expected",
            state.len()
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (at most 3 minutes) until every message queued so far is sent, however many.
pub async fn wait_until_delivered(database_url: &str) {
    let started = Instant::now();
    loop {
        let state = outbox_state(database_url);
        if !state.is_empty() && state.iter().all(|l| l.message.status == Status::Sent) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "mail still waiting"
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The app on `clock`, mailing through `smtp_port`, with no background worker.
pub struct ClockedApp {
    pub address: String,
    pub notifier: intake::notify::worker::Notifier,
    pub api_key: String,
    _db: (String, Option<tempfile::TempDir>),
    _mail: tempfile::TempDir,
}

pub fn spawn_on(
    kind: crate::helpers::Kind,
    clock: &intake::domain::clock::ManualClock,
    smtp_port: u16,
) -> ClockedApp {
    let (database_url, dir) = crate::helpers::fresh_database(kind);
    let mail = tempfile::tempdir().unwrap();
    let url = database_url.clone();
    let mail_dir = mail.path().display().to_string();
    let settings = intake::config::Settings::from_lookup(|k| match k {
        "INTAKE_DATABASE_URL" => Some(url.clone()),
        "INTAKE_BIND" => Some("127.0.0.1:0".into()),
        "INTAKE_WORKERS" => Some("1".into()),
        "INTAKE_MAIL_DIR" => Some(mail_dir.clone()),
        "INTAKE_SMTP_URL" => Some(format!("smtp://127.0.0.1:{smtp_port}")),
        "INTAKE_MAIL_FROM" => Some("intake@intake.example".into()),
        "INTAKE_SECRET_KEY" => Some(crate::helpers::TEST_SECRET.repeat(32)),
        "INTAKE_DELIVER" => Some("false".into()),
        _ => None,
    })
    .unwrap();
    let app = intake::startup::Application::build_with_clock(
        &settings,
        std::sync::Arc::new(clock.clone()),
    )
    .unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    let notifier = app.notifier();
    actix_web::rt::spawn(app.run());
    let (_, api_key) =
        crate::helpers::add_entity(&database_url, "LU", "energy", "electricity_supplier");
    ClockedApp {
        address,
        notifier,
        api_key,
        _db: (database_url, dir),
        _mail: mail,
    }
}
