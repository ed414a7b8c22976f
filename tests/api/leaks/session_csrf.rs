//! Issue 12 finding 8: CSRF tokens were not bound to the staff session: a token minted for
//! one session (or one person) worked in any other that carried the same nonce cookie (a
//! later session in the same browser, or a browser the nonce was planted in). Now a staff
//! page's token is derived from its session: any other session refuses it (403, nothing
//! written). The public forms keep their nonce guard.

use crate::helpers::Kind;
use crate::workspace::{add_user, login, world, PASSWORD};
use diesel::prelude::*;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};

crate::on_both_kinds!(a_staff_token_from_one_session_is_refused_in_another);

fn audit_entries(db: &str) -> i64 {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    schema::audit_log::table.count().get_result(&mut c).unwrap()
}

async fn a_staff_token_from_one_session_is_refused_in_another(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    let (alice, bob) = ("alice@ilr.example", "bob@ilr.example");
    add_user(&db, "LU-ILR-ENERGY", alice, StaffRole::Admin, false);
    add_user(&db, "LU-ILR-ENERGY", bob, StaffRole::Admin, false);
    let (b, case) = (&mut w.b, w.lu_case.clone());
    let note = format!("/authority/cases/{case}/note");

    // Alice's session 1: a token from her case page.
    assert_eq!(login(b, alice, PASSWORD).await, 303);
    let old = b.get(&format!("/authority/cases/{case}")).await.csrf();
    let alice_nonce = b.cookie("intake_csrf").unwrap();
    // She signs in again in the same browser (same nonce cookie): a new session.
    assert_eq!(login(b, alice, PASSWORD).await, 303);
    let before = audit_entries(&db);
    let p = b.post(&note, &[("csrf", &old), ("message", "stale")]).await;
    assert_eq!(p.status, 403, "a token of an ended session");
    assert_eq!(audit_entries(&db), before, "nothing written");

    // Bob, with Alice's nonce cookie planted in his browser, posts Alice's token.
    b.forget_cookie();
    assert_eq!(login(b, bob, PASSWORD).await, 303);
    b.set_cookie("intake_csrf", &alice_nonce);
    let before = audit_entries(&db);
    let p = b
        .post(&note, &[("csrf", &old), ("message", "tossed")])
        .await;
    assert_eq!(p.status, 403, "another person's session token");
    // A public form's token (bound to the nonce only) is no staff token either.
    let public = b.get("/report/new").await.csrf();
    let p = b
        .post(&note, &[("csrf", &public), ("message", "public")])
        .await;
    assert_eq!(p.status, 403, "a public form's token");
    assert_eq!(audit_entries(&db), before, "nothing written");

    // His own session's token works.
    let mine = b.get(&format!("/authority/cases/{case}")).await.csrf();
    let p = b.post(&note, &[("csrf", &mine), ("message", "mine")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert!(audit_entries(&db) > before);
}
