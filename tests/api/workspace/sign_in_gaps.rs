//! Issue 12, the second factor and equal work at sign-in, as gaps the first tests left: a
//! recovery code is refused while the account is locked and neither spends itself nor clears
//! the lock; a new TOTP enrolment stores its seed sealed, never in clear; and an unknown
//! account costs the same bounded password check as a known one (the decoy runs: sign-ins
//! for nobody fill the check's bound and are refused with 503 like real ones). No timing.

use super::{add_user, PASSWORD};
use crate::helpers::Kind;
use crate::pages::Browser;
use chrono::{DateTime, Duration};
use diesel::prelude::*;
use intake::auth::totp;
use intake::domain::clock::{Clock, ManualClock, SystemClock};
use intake::domain::staff::StaffRole;
use intake::storage::{schema, staff, Backend};
use std::sync::Arc;

crate::on_both_kinds!(
    a_recovery_code_is_refused_while_locked_and_clears_nothing,
    a_new_enrolment_stores_a_sealed_seed,
    an_unknown_account_takes_the_bounded_check_like_a_known_one,
);

fn start_at() -> ManualClock {
    ManualClock::at(
        DateTime::parse_from_rfc3339("2027-06-01T08:00:10Z")
            .unwrap()
            .to_utc(),
    )
}

async fn password(b: &mut Browser, email: &str, secret: &str) -> u16 {
    let csrf = b.get("/authority/login").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", email),
        ("password", secret),
    ];
    b.post("/authority/login", &form).await.status
}

async fn code_step(b: &mut Browser, code: &str) -> (u16, Option<String>) {
    let csrf = b.get("/authority/login").await.csrf();
    let form = [("csrf", csrf.as_str()), ("code", code)];
    let p = b.post("/authority/login/totp", &form).await;
    (p.status, p.location)
}

fn recovery_codes_left(db: &str, email: &str) -> usize {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let u = staff::find_user_by_email(&mut c, email).unwrap().unwrap();
    u.recovery_codes.len()
}

async fn a_recovery_code_is_refused_while_locked_and_clears_nothing(kind: Kind) {
    let clock = start_at();
    let mut b = Browser::start_with_clock(kind, 100, Arc::new(clock.clone())).await;
    let email = "two@csirt.example";
    add_user(
        &b.database_url,
        "LU-CSIRT",
        email,
        StaffRole::Reviewer,
        true,
    );
    assert_eq!(password(&mut b, email, PASSWORD).await, 303, "halfway in");
    for _ in 0..5 {
        assert_eq!(password(&mut b, email, "wrong password!!").await, 401);
    }
    let (status, _) = code_step(&mut b, "recovery001").await;
    assert_eq!(status, 429, "a recovery code does not pass a lock");
    assert_eq!(b.get("/authority/queue").await.status, 303, "not signed in");
    assert_eq!(
        recovery_codes_left(&b.database_url, email),
        1,
        "the refused recovery code is not spent"
    );
    clock.advance(Duration::minutes(10));
    assert_eq!(
        password(&mut b, email, PASSWORD).await,
        429,
        "the recovery code did not clear the lock"
    );
    clock.advance(Duration::minutes(5) + Duration::seconds(1));
    assert_eq!(password(&mut b, email, PASSWORD).await, 303);
    let (status, to) = code_step(&mut b, "recovery001").await;
    assert_eq!((status, to.as_deref()), (303, Some("/authority/queue")));
    assert_eq!(recovery_codes_left(&b.database_url, email), 0, "spent now");
}

async fn a_new_enrolment_stores_a_sealed_seed(kind: Kind) {
    let clock = start_at();
    let mut b = Browser::start_with_clock(kind, 100, Arc::new(clock.clone())).await;
    let email = "new@csirt.example";
    add_user(
        &b.database_url,
        "LU-CSIRT",
        email,
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(password(&mut b, email, PASSWORD).await, 303);
    let enrol = b.get("/authority/account/totp").await;
    assert_eq!(enrol.status, 200);
    let at = enrol.body.find("id=\"totp-secret\">").unwrap() + 17;
    let seed = enrol.body[at..].split('<').next().unwrap().to_string();
    let code = |clock: &ManualClock| {
        let step = (clock.now().timestamp() / 30) as u64;
        totp::code_at(&totp::from_base32(&seed).unwrap(), step)
    };
    let form = [("csrf", enrol.csrf()), ("code", code(&clock))];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = b.post("/authority/account/totp", &form).await;
    assert_eq!(done.status, 200, "enrolled");
    assert!(done.body.contains("recovery-codes"));

    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let stored: Option<String> = schema::staff_users::table
        .filter(schema::staff_users::email.eq(email))
        .select(schema::staff_users::totp_secret)
        .first(&mut c)
        .unwrap();
    let stored = stored.expect("a seed is stored");
    assert!(stored.starts_with("v1:"), "sealed: {stored}");
    let clear = totp::from_base32(&seed).unwrap();
    let hex: String = clear.iter().map(|x| format!("{x:02x}")).collect();
    for leak in [
        seed.as_str(),
        seed.to_ascii_lowercase().as_str(),
        hex.as_str(),
    ] {
        assert!(!stored.contains(leak), "the seed in clear: {stored}");
    }

    // The sealed seed still signs in, at the next 30-second step.
    b.forget_cookie();
    clock.advance(Duration::seconds(30));
    assert_eq!(password(&mut b, email, PASSWORD).await, 303);
    let (status, to) = code_step(&mut b, &code(&clock)).await;
    assert_eq!((status, to.as_deref()), (303, Some("/authority/queue")));
}

/// 16 sign-ins at once against a bound of one running and one waiting check: how each ended.
async fn sixteen_at_once(kind: Kind, email: &str, with_account: bool) -> Vec<u16> {
    let mut b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.form_rate_limit = 100;
        s.sign_in_concurrency = 1;
    })
    .await;
    if with_account {
        add_user(
            &b.database_url,
            "LU-ILR-ENERGY",
            email,
            StaffRole::Admin,
            false,
        );
    }
    let csrf = b.get("/authority/login").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", email),
        ("password", "wrong password!!"),
    ];
    let replies = b.post_at_once("/authority/login", &form, 16).await;
    replies.into_iter().map(|r| r.0).collect()
}

async fn an_unknown_account_takes_the_bounded_check_like_a_known_one(kind: Kind) {
    for (email, known) in [("eva@ilr.example", true), ("nobody@ilr.example", false)] {
        let statuses = sixteen_at_once(kind, email, known).await;
        assert!(
            statuses.contains(&503),
            "{email}: the password check ran and filled its bound: {statuses:?}"
        );
        assert!(
            statuses.iter().all(|s| [401, 429, 503].contains(s)),
            "{email}: {statuses:?}"
        );
        assert!(statuses.contains(&401), "{email}: {statuses:?}");
    }
}
