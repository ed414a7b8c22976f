//! `scripts/backup` and `scripts/restore` round-trip both backends: every case and the audit
//! chain come back.

use crate::helpers::*;
use diesel::prelude::*;
use intake::storage::{schema, Backend};
use std::process::Command;

fn counts(url: &str) -> (i64, i64, i64) {
    let mut c = Backend::from_url(url).unwrap().connect().unwrap();
    (
        schema::cases::table.count().get_result(&mut c).unwrap(),
        schema::submissions::table
            .count()
            .get_result(&mut c)
            .unwrap(),
        schema::outbox::table.count().get_result(&mut c).unwrap(),
    )
}

fn run(script: &str, url: &str, args: &[&str]) -> String {
    let out = Command::new(format!("{}/scripts/{script}", env!("CARGO_MANIFEST_DIR")))
        .args(args)
        .env("INTAKE_DATABASE_URL", url)
        .env("INTAKE_BIN", env!("CARGO_BIN_EXE_intake"))
        .env("INTAKE_SECRET_KEY", crate::helpers::TEST_SECRET.repeat(32))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn backup_and_restore_round_trip(kind: Kind) {
    let app = spawn_app(kind).await;
    for _ in 0..3 {
        let c = app.open_case(&early_warning()).await;
        assert_eq!(c.status, 201);
        let id = c.body["id"].as_str().unwrap().to_string();
        assert_eq!(app.add_report(&id, &notification()).await.status, 201);
    }
    let before = counts(&app.database_url);
    let dir = tempfile::tempdir().unwrap();
    let file = run("backup", &app.database_url, &[dir.path().to_str().unwrap()]);
    let file = file.trim();
    assert!(std::path::Path::new(file).exists(), "{file}");

    let (target, _keep) = fresh_database(kind);
    let restored = run("restore", &target, &[file]);
    assert!(restored.contains("audit log intact"), "{restored}");
    assert_eq!(counts(&target), before);
    // SQLite refuses to overwrite a database without --force.
    if kind == Kind::Sqlite {
        let again = Command::new(format!("{}/scripts/restore", env!("CARGO_MANIFEST_DIR")))
            .arg(file)
            .env("INTAKE_DATABASE_URL", &target)
            .env("INTAKE_BIN", env!("CARGO_BIN_EXE_intake"))
            .output()
            .unwrap();
        assert!(!again.status.success());
    }
}

crate::on_both_kinds!(backup_and_restore_round_trip);
