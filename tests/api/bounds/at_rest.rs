//! Issue 12 finding 7: the database and the `.eml` files were world-readable (0644) and TOTP
//! seeds were stored in clear. Now the folders the service creates are 0700, the SQLite
//! database and every mail file 0600, and seeds are sealed (ChaCha20-Poly1305 under a key
//! derived from the server secret); seeds stored in clear are sealed at start.

use crate::helpers::{fresh_database, Kind};
use crate::pages::{file_early_warning, Browser};
use crate::workspace::{add_user, login, PASSWORD, SECRET};
use diesel::prelude::*;
use intake::domain::clock::SystemClock;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};
use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;

crate::on_both_kinds!(
    mail_files_and_the_database_are_readable_by_the_service_only,
    totp_seeds_are_sealed_at_rest_and_still_sign_in,
);

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

async fn mail_files_and_the_database_are_readable_by_the_service_only(kind: Kind) {
    let root = tempfile::tempdir().unwrap();
    std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let (mail, data) = (root.path().join("mail"), root.path().join("data"));
    let sqlite = format!("sqlite://{}", data.join("intake.db").display());
    let (m, d) = (mail.clone(), sqlite.clone());
    let mut b = Browser::start_tuned(kind, Arc::new(SystemClock), move |s| {
        s.mail_dir = Some(m);
        if kind == Kind::Sqlite {
            s.database = Backend::from_url(&d).unwrap();
        }
    })
    .await;
    if kind == Kind::Sqlite {
        assert_eq!(mode(&data), 0o700, "the data folder");
        assert_eq!(mode(&data.join("intake.db")), 0o600, "the database");
        for journal in ["intake.db-wal", "intake.db-shm"] {
            let p = data.join(journal);
            if p.exists() {
                assert_eq!(mode(&p) & 0o077, 0, "{journal}");
            }
        }
    }
    assert_eq!(mode(&mail), 0o700, "the mail folder");
    b.database_url = match kind {
        Kind::Sqlite => sqlite,
        Kind::Postgres => b.database_url.clone(),
    };
    file_early_warning(&mut b).await;
    crate::mail_helpers::wait_until_delivered(&b.database_url).await;
    let files: Vec<_> = std::fs::read_dir(&mail)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!files.is_empty(), "mail was written");
    for f in files {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

async fn totp_seeds_are_sealed_at_rest_and_still_sign_in(kind: Kind) {
    // A seed stored in clear by an earlier version, before this start.
    let (url, _dir) = fresh_database(kind);
    Backend::from_url(&url).unwrap().migrate().unwrap();
    let email = "analyst@ilr.example";
    add_user(&url, "LU-ILR-ENERGY", email, StaffRole::Reviewer, true);
    let u = url.clone();
    let mut b = Browser::start_tuned(kind, Arc::new(SystemClock), move |s| {
        s.database = Backend::from_url(&u).unwrap();
    })
    .await;
    let mut c = Backend::from_url(&url).unwrap().connect().unwrap();
    let stored: Option<String> = schema::staff_users::table
        .select(schema::staff_users::totp_secret)
        .first(&mut c)
        .unwrap();
    let stored = stored.unwrap();
    assert_ne!(stored, SECRET, "the clear seed was sealed at start");
    assert!(
        !stored.contains(SECRET) && stored.starts_with("v1:"),
        "{stored}"
    );
    assert_eq!(
        login(&mut b, email, PASSWORD).await,
        303,
        "TOTP sign-in works"
    );
    assert!(
        b.get("/authority/queue").await.status == 200,
        "signed in with the sealed seed"
    );
}
