//! Issue 12 finding 4: idempotency records, ended staff sessions, rate-limiter entries, old
//! sign-in failures and expired drafts were never removed. The cleanup job removes each once it
//! can no longer be used, on the injected clock; `serve` runs it periodically, tests and
//! operators (`intake cleanup`) on demand. Live records stay.

use super::{browser_at, rows, save_draft};
use crate::helpers::{add_entity, early_warning, Kind};
use crate::workspace::{add_user, login, PASSWORD};
use chrono::Duration;
use intake::domain::clock::Clock;
use intake::domain::staff::StaffRole;

crate::on_both_kinds!(the_cleanup_job_removes_what_has_expired_and_keeps_the_rest);

/// Files an early warning through the API under an idempotency key, aware 2 h before `now`.
async fn file_with_idempotency_key(
    address: &str,
    api_key: &str,
    key: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> u16 {
    let mut report = early_warning();
    report["report"]["aware_at"] = (now - Duration::hours(2)).to_rfc3339().into();
    awc::Client::default()
        .post(format!("{address}/api/v1/incidents"))
        .insert_header(("Authorization", format!("Bearer {api_key}")))
        .insert_header(("Idempotency-Key", key))
        .send_json(&report)
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn the_cleanup_job_removes_what_has_expired_and_keeps_the_rest(kind: Kind) {
    let now = chrono::Utc::now().to_rfc3339();
    let (mut b, clock) = browser_at(kind, &now, |_| {}).await;
    let db = b.database_url.clone();
    let (_, api_key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let email = "analyst@ilr.example";
    add_user(&db, "LU-ILR-ENERGY", email, StaffRole::Reviewer, false);

    // Old records of every kind.
    assert_eq!(
        file_with_idempotency_key(&b.address, &api_key, "old", clock.now()).await,
        201
    );
    assert_eq!(
        save_draft(&mut b, &[("legal_name", "Old SA")]).await.status,
        303
    );
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    b.forget_cookie();
    assert_eq!(login(&mut b, email, "not the password").await, 401);
    let before = [
        "drafts",
        "idempotency_keys",
        "staff_sessions",
        "sign_in_failures",
    ]
    .map(|t| rows(&db, t));
    assert_eq!(before, [1, 1, 1, 1]);

    // Nothing has expired yet: a run removes nothing of it.
    let first = b.janitor.run_once().await.unwrap();
    assert_eq!(first.stored, Default::default());

    clock.advance(Duration::days(31));
    // Fresh records, made just before the run, stay.
    assert_eq!(
        file_with_idempotency_key(&b.address, &api_key, "new", clock.now()).await,
        201
    );
    assert_eq!(
        save_draft(&mut b, &[("legal_name", "New SA")]).await.status,
        303
    );
    let cleaned = b.janitor.run_once().await.unwrap();
    assert_eq!(
        (
            cleaned.stored.drafts,
            cleaned.stored.idempotency_records,
            cleaned.stored.sessions,
            cleaned.stored.sign_in_failures
        ),
        (1, 1, 1, 1),
        "{cleaned:?}"
    );
    assert!(
        cleaned.limiter_entries >= 1,
        "the form and login limiters forgot the idle address: {cleaned:?}"
    );
    let after = [
        "drafts",
        "idempotency_keys",
        "staff_sessions",
        "sign_in_failures",
    ]
    .map(|t| rows(&db, t));
    assert_eq!(
        after,
        [1, 1, 0, 0],
        "the fresh draft and idempotency record stay"
    );
    // The retry of the fresh request still gets its first response; the job is idempotent.
    assert_eq!(
        file_with_idempotency_key(&b.address, &api_key, "new", clock.now()).await,
        201
    );
    assert_eq!(
        b.janitor.run_once().await.unwrap().stored,
        Default::default()
    );
}

crate::on_both_kinds!(intake_cleanup_removes_expired_records_on_demand);

/// `intake cleanup` runs the job's database part once, on the system clock, and says what
/// it removed.
async fn intake_cleanup_removes_expired_records_on_demand(kind: Kind) {
    let long_ago = (chrono::Utc::now() - Duration::days(40)).to_rfc3339();
    let (mut b, _) = browser_at(kind, &long_ago, |_| {}).await;
    assert_eq!(
        save_draft(&mut b, &[("legal_name", "Forgotten SA")])
            .await
            .status,
        303
    );
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
            .arg("cleanup")
            .env("INTAKE_DATABASE_URL", &b.database_url)
            .env("INTAKE_SECRET_KEY", crate::helpers::TEST_SECRET.repeat(32))
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let out = run();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("removed 1 expired draft(s)"), "{said}");
    assert_eq!(rows(&b.database_url, "drafts"), 0);
    let again = run();
    assert!(String::from_utf8_lossy(&again.stdout).contains("removed 0 expired draft(s)"));
}
