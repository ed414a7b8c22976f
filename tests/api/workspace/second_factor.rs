//! Issue 12, the second factor: the lock holds at the password and the code step, code failures
//! count toward it, no failure clears it, each TOTP step signs in once, and the lock is per
//! (account, address) with one wording for real and unknown accounts. Time is the app's clock.

use super::{add_user, PASSWORD, SECRET};
use crate::helpers::Kind;
use crate::pages::Browser;
use chrono::{DateTime, Duration};
use intake::auth::totp;
use intake::domain::clock::{Clock, ManualClock};
use intake::domain::staff::StaffRole;

fn start_at() -> ManualClock {
    ManualClock::at(
        DateTime::parse_from_rfc3339("2027-06-01T08:00:10Z")
            .unwrap()
            .to_utc(),
    )
}

/// The app's code at the clock's time.
fn code(clock: &ManualClock) -> String {
    let secret = totp::from_base32(SECRET).unwrap();
    totp::code_at(&secret, (clock.now().timestamp() / 30) as u64)
}

/// The error shown on a sign-in page, if any.
fn error_of(body: &str) -> Option<String> {
    let at = body.find("id=\"error-summary\"><p>")? + 22;
    Some(body[at..].split("</p>").next()?.to_string())
}

/// The password step; (status, error shown).
async fn password(b: &mut Browser, email: &str, secret: &str) -> (u16, Option<String>) {
    let csrf = b.get("/authority/login").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", email),
        ("password", secret),
    ];
    let p = b.post("/authority/login", &form).await;
    (p.status, error_of(&p.body))
}

/// The code step; (status, where it leads).
async fn code_step(b: &mut Browser, code: &str) -> (u16, Option<String>) {
    let csrf = b.get("/authority/login").await.csrf();
    let form = [("csrf", csrf.as_str()), ("code", code)];
    let p = b.post("/authority/login/totp", &form).await;
    (p.status, p.location)
}

/// A fresh app on a clock of its own, with an LU-CSIRT reviewer enrolled in TOTP.
async fn with_totp_user(kind: Kind, email: &str) -> (ManualClock, Browser) {
    let clock = start_at();
    let b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock.clone())).await;
    add_user(
        &b.database_url,
        "LU-CSIRT",
        email,
        StaffRole::Reviewer,
        true,
    );
    (clock, b)
}

async fn signed_in(b: &mut Browser) -> bool {
    b.get("/authority/queue").await.status == 200
}

async fn the_lock_holds_at_the_code_step_and_no_failure_clears_it(kind: Kind) {
    let email = "two@csirt.example";
    let (clock, mut b) = with_totp_user(kind, email).await;

    // Halfway signed in, then five wrong passwords from this address lock it.
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    for _ in 0..5 {
        assert_eq!(password(&mut b, email, "wrong password!!").await.0, 401);
    }
    assert_eq!(
        code_step(&mut b, &code(&clock)).await.0,
        429,
        "the right code does not pass a lock"
    );
    assert!(!signed_in(&mut b).await);
    assert_eq!(code_step(&mut b, "000000").await.0, 429, "nor a wrong one");
    clock.advance(Duration::minutes(10));
    assert_eq!(password(&mut b, email, "wrong password!!").await.0, 429);
    assert_eq!(
        password(&mut b, email, PASSWORD).await.0,
        429,
        "failures while locked did not clear the lock"
    );
    clock.advance(Duration::minutes(5) + Duration::seconds(1));
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    let (status, to) = code_step(&mut b, &code(&clock)).await;
    assert_eq!((status, to.as_deref()), (303, Some("/authority/queue")));
    assert!(signed_in(&mut b).await, "the lock ran out");
}

async fn failures_at_the_code_step_count_toward_the_lock(kind: Kind) {
    let email = "three@csirt.example";
    let (clock, mut b) = with_totp_user(kind, email).await;

    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    for _ in 0..3 {
        assert_eq!(code_step(&mut b, "000000").await.0, 401);
    }
    // The password again does not wipe the code failures.
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    assert_eq!(code_step(&mut b, "000000").await.0, 401);
    assert_eq!(code_step(&mut b, "000000").await.0, 401, "the fifth");
    assert_eq!(
        password(&mut b, email, PASSWORD).await.0,
        429,
        "five wrong codes lock"
    );
    assert_eq!(code_step(&mut b, &code(&clock)).await.0, 303);
    assert!(!signed_in(&mut b).await, "the halfway session ended");
}

async fn a_totp_code_signs_in_once(kind: Kind) {
    let email = "once@csirt.example";
    let (clock, mut b) = with_totp_user(kind, email).await;

    let used = code(&clock);
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    assert_eq!(code_step(&mut b, &used).await.0, 303);
    assert!(signed_in(&mut b).await);

    b.forget_cookie();
    clock.advance(Duration::seconds(5));
    assert_eq!(code(&clock), used, "still the same 30-second step");
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303);
    assert_eq!(code_step(&mut b, &used).await.0, 401, "a replayed code");
    assert!(!signed_in(&mut b).await);
    clock.advance(Duration::seconds(30));
    assert_eq!(
        code_step(&mut b, &code(&clock)).await.0,
        303,
        "the next step"
    );
    assert!(signed_in(&mut b).await);
}

async fn a_stranger_elsewhere_cannot_lock_a_user_out(kind: Kind) {
    let clock = start_at();
    let mut b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock.clone())).await;
    let email = "eva@ilr.example";
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Admin,
        false,
    );

    b.connect_from("127.0.0.2".parse().unwrap());
    for _ in 0..5 {
        assert_eq!(password(&mut b, email, "guess guess guess").await.0, 401);
    }
    assert_eq!(
        password(&mut b, email, PASSWORD).await.0,
        429,
        "the stranger"
    );
    b.connect_from("127.0.0.1".parse().unwrap());
    assert_eq!(password(&mut b, email, PASSWORD).await.0, 303, "the user");
    assert!(signed_in(&mut b).await);
}

async fn a_wrong_password_and_an_unknown_account_read_the_same(kind: Kind) {
    let clock = start_at();
    let mut b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock.clone())).await;
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    let mut replies = Vec::new();
    for email in ["eva@ilr.example", "nobody@ilr.example"] {
        let mut seen = Vec::new();
        for _ in 0..5 {
            seen.push(password(&mut b, email, "wrong password!!").await);
        }
        seen.push(password(&mut b, email, PASSWORD).await);
        replies.push(seen);
    }
    assert_eq!(replies[0], replies[1], "an account shows nowhere");
    assert_eq!(replies[0][5].0, 429, "both lock");
    let locked = replies[0][5].1.clone().unwrap();
    assert!(!locked.contains("account"), "{locked}");
}

crate::on_both_kinds!(
    the_lock_holds_at_the_code_step_and_no_failure_clears_it,
    failures_at_the_code_step_count_toward_the_lock,
    a_totp_code_signs_in_once,
    a_stranger_elsewhere_cannot_lock_a_user_out,
    a_wrong_password_and_an_unknown_account_read_the_same,
);
