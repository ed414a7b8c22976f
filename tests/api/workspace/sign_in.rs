//! Signing in: lockout, TOTP enrolment and codes, recovery codes, idle timeout, rate limit.

use super::{add_user, login, PASSWORD};
use crate::helpers::Kind;
use crate::pages::Browser;
use diesel::prelude::*;
use intake::auth::totp;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, staff, Backend};

async fn sign_in_locks_out_and_requires_totp_where_the_authority_says(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    five_failures_lock_the_account(&mut b, &db).await;
    totp_is_enrolled_where_required(&mut b, &db).await;
    an_enrolled_user_needs_the_code(&mut b, &db).await;
}

async fn five_failures_lock_the_account(b: &mut Browser, db: &str) {
    add_user(
        db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    for _ in 0..4 {
        assert_eq!(login(b, "eva@ilr.example", "wrong password!!").await, 401);
    }
    assert_eq!(
        login(b, "nobody@ilr.example", "wrong password!!").await,
        401,
        "unknown email looks the same"
    );
    assert_eq!(login(b, "eva@ilr.example", "wrong password!!").await, 401);
    assert_eq!(
        login(b, "eva@ilr.example", PASSWORD).await,
        429,
        "locked after 5 failures"
    );
}

async fn totp_is_enrolled_where_required(b: &mut Browser, db: &str) {
    // LU-CSIRT requires TOTP: a user without one must enrol before anything else.
    add_user(
        db,
        "LU-CSIRT",
        "new@csirt.example",
        StaffRole::Reviewer,
        false,
    );
    b.forget_cookie();
    assert_eq!(login(b, "new@csirt.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert_eq!(q.location.as_deref(), Some("/authority/account/totp"));
    let enrol = b.get("/authority/account/totp").await;
    assert!(
        enrol.body.contains("<svg"),
        "QR code rendered on the server"
    );
    let at = enrol.body.find("id=\"totp-secret\">").unwrap() + 17;
    let secret = enrol.body[at..].split('<').next().unwrap().to_string();
    let code = totp::code_at(
        &totp::from_base32(&secret).unwrap(),
        (chrono::Utc::now().timestamp() / 30) as u64,
    );
    let done = b
        .post(
            "/authority/account/totp",
            &[("csrf", &enrol.csrf()), ("code", &code)],
        )
        .await;
    assert_eq!(done.status, 200);
    assert!(done.body.contains("recovery-codes"));
    assert_eq!(b.get("/authority/queue").await.status, 200);
}

async fn an_enrolled_user_needs_the_code(b: &mut Browser, db: &str) {
    // An enrolled user needs the code; a recovery code works once.
    add_user(
        db,
        "LU-CSIRT",
        "two@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    b.forget_cookie();
    assert_eq!(login(b, "two@csirt.example", PASSWORD).await, 303);
    b.forget_cookie();
    let csrf = b.get("/authority/login").await.csrf();
    let p = b
        .post(
            "/authority/login",
            &[
                ("csrf", &csrf),
                ("email", "two@csirt.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert!(p.location.unwrap().starts_with("/authority/login/totp"));
    assert_eq!(
        b.get("/authority/queue").await.status,
        303,
        "no access between password and code"
    );
    let csrf = b.get("/authority/login/totp").await.csrf();
    assert_eq!(
        b.post(
            "/authority/login/totp",
            &[("csrf", &csrf), ("code", "000000")]
        )
        .await
        .status,
        401
    );
    assert_eq!(
        b.post(
            "/authority/login/totp",
            &[("csrf", &csrf), ("code", "recovery001")]
        )
        .await
        .status,
        303
    );
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let u = staff::find_user_by_email(&mut c, "two@csirt.example")
        .unwrap()
        .unwrap();
    assert!(u.recovery_codes.is_empty(), "the recovery code is used up");
    // A session idle for longer than 30 minutes is over.
    diesel::update(schema::staff_sessions::table)
        .set(
            schema::staff_sessions::last_seen_at
                .eq((chrono::Utc::now() - chrono::Duration::minutes(31)).naive_utc()),
        )
        .execute(&mut c)
        .unwrap();
    let idle = b.get("/authority/queue").await;
    assert_eq!(idle.status, 303);
    assert!(idle.location.unwrap().starts_with("/authority/login"));
    // This code's 30-second step was used above (a code signs in once): as if 30 s had passed.
    diesel::delete(schema::staff_totp_steps::table)
        .execute(&mut c)
        .unwrap();
    assert_eq!(login(b, "two@csirt.example", PASSWORD).await, 303);
    // Signing out ends the session.
    let csrf = b.get("/authority/queue").await.csrf();
    assert_eq!(
        b.post("/authority/logout", &[("csrf", &csrf)]).await.status,
        303
    );
    assert_eq!(b.get("/authority/queue").await.status, 303);
}

/// Sign-in attempts are limited per address before any account is even looked at.
async fn sign_in_is_rate_limited_per_address(kind: Kind) {
    let mut b = Browser::start(kind, 3).await; // the sign-in limit follows the form limit
    add_user(
        &b.database_url.clone(),
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    for _ in 0..3 {
        assert_eq!(
            login(&mut b, "nobody@ilr.example", "wrong password!!").await,
            401
        );
    }
    assert_eq!(
        login(&mut b, "eva@ilr.example", PASSWORD).await,
        429,
        "even the right password waits"
    );
}

crate::on_both_kinds!(
    sign_in_is_rate_limited_per_address,
    sign_in_locks_out_and_requires_totp_where_the_authority_says,
);
