//! Issue 12, sign-in under load and header-bound input: password checks beyond the bound are
//! refused at once with `Retry-After`; a `next` or an ENISA `quarter` with a line break is a
//! 400 before any session or audit entry is written.

use super::{add_user, login, PASSWORD};
use crate::helpers::Kind;
use crate::pages::Browser;
use diesel::prelude::*;
use intake::domain::clock::SystemClock;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};

async fn sign_ins_beyond_the_password_check_bound_are_refused_at_once(kind: Kind) {
    let b = Browser::start_tuned(kind, std::sync::Arc::new(SystemClock), |s| {
        s.form_rate_limit = 100;
        s.sign_in_concurrency = 1;
    })
    .await;
    let mut b = b;
    let email = "eva@ilr.example";
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Admin,
        false,
    );
    let csrf = b.get("/authority/login").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", email),
        ("password", PASSWORD),
    ];
    let replies = b.post_at_once("/authority/login", &form, 16).await;
    let refused: Vec<_> = replies.iter().filter(|r| r.0 == 503).collect();
    assert!(
        !refused.is_empty(),
        "one check runs, one waits: {replies:?}"
    );
    assert!(
        refused.iter().all(|r| r.1.as_deref() == Some("1")),
        "{replies:?}"
    );
    assert!(
        replies.iter().all(|r| r.0 == 503 || r.0 == 303),
        "the others sign in: {replies:?}"
    );
}

fn counts(db: &str) -> (i64, i64) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let sessions = schema::staff_sessions::table.count().get_result(&mut c);
    let audit = schema::audit_log::table.count().get_result(&mut c);
    (sessions.unwrap(), audit.unwrap())
}

async fn line_breaks_in_header_bound_input_are_400_before_anything_is_written(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let db = b.database_url.clone();
    let email = "eva@ilr.example";
    add_user(&db, "LU-ILR-ENERGY", email, StaffRole::Admin, false);

    let before = counts(&db);
    for next in ["/authority/queue\r\nX-Injected: 1", "/authority/queue\n"] {
        let csrf = b.get("/authority/login").await.csrf();
        let form = [
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
            ("next", next),
        ];
        let p = b.post("/authority/login", &form).await;
        assert_eq!(p.status, 400, "{next:?}");
        assert!(p.headers.get("x-injected").is_none());
    }
    assert_eq!(counts(&db), before, "no session, no audit entry");

    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    let before = counts(&db);
    for quarter in ["2026-Q4%0A", "2026-Q4%0D%0AX-Injected:%201", "%0A2026-Q4"] {
        let e = b
            .get(&format!("/authority/exports/enisa?quarter={quarter}"))
            .await;
        assert_eq!(e.status, 400, "{quarter}");
    }
    assert_eq!(counts(&db), before, "no export audited");
    // A well-formed quarter passes the check; v0.2 then refuses a non-SPOC (Art. 23(9)).
    let fine = b.get("/authority/exports/enisa?quarter=2026-Q4").await;
    assert_eq!(fine.status, 403);
}

/// The authority named on a workspace page.
async fn authority_shown(b: &mut Browser) -> String {
    // The change-of-password page: open to a user whose password an administrator set.
    let page = b.get("/authority/account/password").await;
    assert_eq!(page.status, 200);
    ["(LU-ILR-ENERGY)", "(DE-BSI)"]
        .into_iter()
        .find(|a| page.body.contains(a))
        .unwrap_or("none")
        .to_string()
}

async fn an_email_is_unique_per_authority_and_adding_reveals_no_other(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    let sam = "sam@shared.example";
    add_user(&db, "DE-BSI", sam, StaffRole::Reviewer, false);
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    assert_eq!(login(&mut b, "eva@ilr.example", PASSWORD).await, 303);
    let form = |csrf: String| {
        [
            ("csrf", csrf),
            ("email", sam.into()),
            ("role", "reviewer".into()),
        ]
    };
    let csrf = b.get("/authority/users").await.csrf();
    let added = b
        .post(
            "/authority/users",
            &form(csrf).each_ref().map(|(k, v)| (*k, v.as_str())),
        )
        .await;
    assert_eq!(
        added.status, 200,
        "another authority's user is no reason to refuse"
    );
    let csrf = b.get("/authority/users").await.csrf();
    let twice = b
        .post(
            "/authority/users",
            &form(csrf).each_ref().map(|(k, v)| (*k, v.as_str())),
        )
        .await;
    assert_eq!(twice.status, 409, "unique within the authority");
    let at = added.body.find("with the password ").unwrap() + 18;
    let secret = added.body[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();

    b.forget_cookie();
    assert_eq!(login(&mut b, sam, &secret).await, 303);
    assert_eq!(authority_shown(&mut b).await, "(LU-ILR-ENERGY)");
    b.forget_cookie();
    assert_eq!(login(&mut b, sam, PASSWORD).await, 303);
    assert_eq!(authority_shown(&mut b).await, "(DE-BSI)");
}

crate::on_both_kinds!(
    an_email_is_unique_per_authority_and_adding_reveals_no_other,
    sign_ins_beyond_the_password_check_bound_are_refused_at_once,
    line_breaks_in_header_bound_input_are_400_before_anything_is_written,
);
