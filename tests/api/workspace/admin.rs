//! Administrators manage their authority's users; the audit log's tampering is found.

use super::{add_user, login, world, PASSWORD};
use crate::helpers::Kind;
use crate::pages::Browser;
use diesel::prelude::*;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};

async fn admins_manage_their_users(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    let other = add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    assert_eq!(login(&mut b, "eva@ilr.example", PASSWORD).await, 303);
    let page = b.get("/authority/users").await;
    assert!(
        !page.body.contains("de@bsi.example"),
        "other authorities' users are invisible"
    );
    let added = b
        .post(
            "/authority/users",
            &[
                ("csrf", &page.csrf()),
                ("email", "rik@ilr.example"),
                ("role", "reviewer"),
            ],
        )
        .await;
    assert_eq!(added.status, 200);
    let at = added.body.find("the password ").unwrap() + 13;
    let secret = added.body[at..].split(' ').next().unwrap().to_string();
    let page = b.get("/authority/users").await;
    assert_eq!(
        b.post(
            &format!("/authority/users/{other}"),
            &[("csrf", &page.csrf()), ("role", "admin")]
        )
        .await
        .status,
        404
    );
    b.forget_cookie();
    assert_eq!(login(&mut b, "rik@ilr.example", &secret).await, 303);
}

async fn audit_verify_finds_a_tampered_row(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut w.b, "ana@ilr.example", PASSWORD).await, 303);
    for _ in 0..3 {
        w.b.get(&format!("/authority/cases/{}", w.lu_case)).await;
    }
    let files = tempfile::tempdir().unwrap();
    let verify = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
            .args(["audit", "verify"])
            .env("INTAKE_DATABASE_URL", &db)
            .env("INTAKE_SECRET_KEY", crate::helpers::TEST_SECRET.repeat(32))
            .env("INTAKE_AUDIT_CHECKPOINTS", files.path().join("checkpoints"))
            .output()
            .unwrap()
    };
    let ok = verify();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("intact"));
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    diesel::update(schema::audit_log::table.filter(schema::audit_log::seq.eq(3)))
        .set(schema::audit_log::actor.eq("someone else"))
        .execute(&mut c)
        .unwrap();
    let broken = verify();
    assert!(!broken.status.success());
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("entry 3"), "{err}");
    // Deleting a row is found too.
    diesel::delete(schema::audit_log::table.filter(schema::audit_log::seq.eq(3)))
        .execute(&mut c)
        .unwrap();
    let err = String::from_utf8_lossy(&verify().stderr).to_string();
    assert!(err.contains("entry 3: it is missing"), "{err}");
}

crate::on_both_kinds!(admins_manage_their_users, audit_verify_finds_a_tampered_row);
