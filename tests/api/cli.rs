//! The `intake` binary as an operator runs it: zero configuration, clear start-up errors,
//! and acknowledged reports that survive `kill -9`.

use crate::helpers::*;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn intake(dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_intake"));
    c.current_dir(dir)
        .env_remove("INTAKE_DATABASE_URL")
        .env("RUST_LOG", "warn");
    c
}

/// Starts `intake serve` and waits until /healthz answers.
async fn serve(dir: &std::path::Path, db: Option<&str>, port: u16) -> Child {
    let mut cmd = intake(dir);
    cmd.arg("serve")
        .env("INTAKE_BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(db) = db {
        cmd.env("INTAKE_DATABASE_URL", db);
    }
    let mut child = cmd.spawn().expect("start intake");
    let client = awc::Client::default();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if let Ok(r) = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
        {
            if r.status().is_success() {
                return child;
            }
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("intake serve did not become healthy");
}

#[actix_web::test]
async fn serve_with_no_configuration_creates_its_sqlite_database_under_data() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();

    let mut child = serve(dir.path(), None, port).await;
    child.kill().unwrap();
    child.wait().unwrap();

    assert!(dir.path().join("data/intake.db").exists());
}

#[test]
fn a_bad_or_unreachable_database_url_names_the_real_cause() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let run = |url: &str| {
        let out = intake(dir.path())
            .arg("migrate")
            .env("INTAKE_DATABASE_URL", url)
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).to_string()
    };

    let scheme = run("mysql://localhost/x");
    let refused = run(&format!("postgres://intake:secret@127.0.0.1:{port}/intake"));

    assert!(
        scheme.contains("INTAKE_DATABASE_URL") && scheme.contains("sqlite://"),
        "{scheme}"
    );
    assert!(
        refused.contains("cannot connect to PostgreSQL") && refused.contains("refused"),
        "{refused}"
    );
    assert!(
        !refused.contains("secret"),
        "the password must not be printed: {refused}"
    );
    assert_eq!(refused.lines().count(), 1, "one line: {refused}");
}

#[test]
fn entity_add_and_api_key_create_print_ids_and_explain_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let ok = intake(dir.path())
        .args([
            "entity",
            "add",
            "--legal-name",
            "Acme Grid SA",
            "--member-state",
            "el",
            "--sector",
            "energy",
            "--entity-type",
            "gas_tso",
            "--email",
            "soc@acme.example",
        ])
        .output()
        .unwrap();
    let id = String::from_utf8(ok.stdout).unwrap().trim().to_string();
    let bad = intake(dir.path())
        .args([
            "entity",
            "add",
            "--legal-name",
            "A",
            "--member-state",
            "US",
            "--sector",
            "energy",
            "--entity-type",
            "credit_institution",
            "--email",
            "nope",
        ])
        .output()
        .unwrap();
    let key = intake(dir.path())
        .args(["api-key", "create", "--entity", &id])
        .output()
        .unwrap();
    let missing = intake(dir.path())
        .args([
            "api-key",
            "create",
            "--entity",
            &uuid::Uuid::new_v4().to_string(),
        ])
        .output()
        .unwrap();

    assert!(ok.status.success());
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success());
    for flag in ["--legal-name", "--member-state", "--entity-type", "--email"] {
        assert!(err.contains(flag), "{flag} not explained in {err}");
    }
    let secret = String::from_utf8(key.stdout).unwrap();
    assert!(
        secret.trim().starts_with("iik_") && secret.trim().len() >= 4 + 64,
        "{secret}"
    );
    assert!(!missing.status.success());
}

#[actix_web::test]
async fn an_acknowledged_report_survives_kill_9_on_sqlite() {
    survives_kill_9(Kind::Sqlite).await
}

#[actix_web::test]
async fn an_acknowledged_report_survives_kill_9_on_postgres() {
    survives_kill_9(Kind::Postgres).await
}

async fn survives_kill_9(kind: Kind) {
    let dir = tempfile::tempdir().unwrap();
    let (db, _guard) = fresh_database(kind);
    intake(dir.path())
        .arg("migrate")
        .env("INTAKE_DATABASE_URL", &db)
        .output()
        .unwrap();
    let (_, key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let port = free_port();
    let mut child = serve(dir.path(), Some(&db), port).await;
    let client = awc::Client::default();
    let url = format!("http://127.0.0.1:{port}/api/v1/incidents");

    let mut acknowledged = Vec::new();
    for _ in 0..20 {
        let mut r = client
            .post(&url)
            .insert_header(("Authorization", format!("Bearer {key}")))
            .send_json(&early_warning())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let body: serde_json::Value = r.json().await.unwrap();
        acknowledged.push(body["id"].as_str().unwrap().to_string());
    }
    child.kill().unwrap(); // SIGKILL: no shutdown, no flush
    child.wait().unwrap();
    let mut child = serve(dir.path(), Some(&db), port).await;

    for id in &acknowledged {
        let mut r = client
            .get(format!("{url}/{id}"))
            .insert_header(("Authorization", format!("Bearer {key}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "case {id} lost");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["reports"].as_array().unwrap().len(), 1);
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[actix_web::test]
async fn a_revoked_api_key_is_refused_and_listed_as_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = intake(dir.path()).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let entity = run(&[
        "entity",
        "add",
        "--legal-name",
        "Acme Grid SA",
        "--member-state",
        "LU",
        "--sector",
        "energy",
        "--entity-type",
        "gas_tso",
        "--email",
        "soc@acme.example",
    ]);
    let secret = run(&["api-key", "create", "--entity", &entity, "--label", "siem"]);
    let key_id = run(&["api-key", "list", "--entity", &entity])
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();

    let revoked = run(&["api-key", "revoke", &key_id]);
    let listed = run(&["api-key", "list", "--entity", &entity]);
    let again = intake(dir.path())
        .args(["api-key", "revoke", &key_id])
        .output()
        .unwrap();
    let port = free_port();
    let mut server = serve(dir.path(), None, port).await;
    let status = awc::Client::default()
        .post(format!("http://127.0.0.1:{port}/api/v1/incidents"))
        .insert_header(("Authorization", format!("Bearer {secret}")))
        .send_json(&early_warning())
        .await
        .unwrap()
        .status()
        .as_u16();
    server.kill().unwrap();
    server.wait().unwrap();

    assert!(revoked.contains("revoked"), "{revoked}");
    assert!(
        listed.contains("revoked") && listed.contains("siem") && !listed.contains(&secret),
        "{listed}"
    );
    assert!(!again.status.success(), "a key is revoked once");
    assert_eq!(status, 401);
}
