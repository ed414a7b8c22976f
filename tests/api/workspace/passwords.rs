//! Issue 12, staff change their own password: the current one re-entered (a wrong one counted
//! like a failed sign-in, up to the lock), the new one judged by strength and typed twice, each
//! error tied to its field; a change ends every other session of the user, not this one.

use super::{add_user, login, PASSWORD};
use crate::helpers::Kind;
use crate::pages::{Browser, Page};
use chrono::{DateTime, Duration};
use diesel::prelude::*;
use intake::domain::clock::ManualClock;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};

/// A password zxcvbn scores 4 that holds no part of the test addresses.
pub const STRONG: &str = "Ferns quietly outgrow 7 brass lanterns";

pub const PAGE: &str = "/authority/account/password";

fn start_at() -> ManualClock {
    ManualClock::at(
        DateTime::parse_from_rfc3339("2027-06-01T08:00:00Z")
            .unwrap()
            .to_utc(),
    )
}

/// Posts the change form from a fresh copy of the page.
pub async fn change(b: &mut Browser, current: &str, new: &str, repeat: &str) -> Page {
    let csrf = b.get(PAGE).await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("current_password", current),
        ("new_password", new),
        ("repeat_password", repeat),
    ];
    b.post(PAGE, &form).await
}

/// The error shown at a field of the form (`f-new-password`…), checked to be tied to it.
pub fn field_error(page: &Page, field: &str) -> Option<String> {
    let marker = format!(
        "<p class=\"error\" id=\"{field}-error\"><span class=\"visually-hidden\">Error:</span> "
    );
    let at = page.body.find(&marker)? + marker.len();
    let input = &page.body[page.body.find(&format!("<input id=\"{field}\""))?..];
    let input = input.split('>').next()?;
    assert!(
        input.contains(&format!("{field}-error")) && input.contains("aria-invalid=\"true\""),
        "the error is tied to the field: {input}"
    );
    Some(page.body[at..].split("</p>").next()?.to_string())
}

/// How many audit entries of this action there are.
pub fn audited(db: &str, action: &str) -> i64 {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    schema::audit_log::table
        .filter(schema::audit_log::action.eq(action))
        .count()
        .get_result(&mut c)
        .unwrap()
}

async fn a_wrong_current_password_is_refused_and_counted(kind: Kind) {
    let clock = start_at();
    let mut b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock.clone())).await;
    let email = "eva@ilr.example";
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);

    let empty = change(&mut b, "", STRONG, STRONG).await;
    assert_eq!(empty.status, 422);
    let why = field_error(&empty, "f-current-password").unwrap();
    assert_eq!(why, "Enter your current password.");

    for n in 1..=4 {
        let wrong = change(&mut b, "not my password at all", STRONG, STRONG).await;
        assert_eq!(wrong.status, 401, "attempt {n}");
        let why = field_error(&wrong, "f-current-password").unwrap();
        assert_eq!(why, "Your current password is not correct.");
        assert!(
            wrong.body.contains(
                "href=\"#f-current-password\">Current password: Your current password is not correct.</a>"
            ),
            "in the summary, naming the field"
        );
    }
    let fifth = change(&mut b, "not my password at all", STRONG, STRONG).await;
    assert_eq!(fifth.status, 401);
    let why = field_error(&fifth, "f-current-password").unwrap();
    assert!(why.contains("try again after 08:15 UTC"), "{why}");
    assert_eq!(audited(&b.database_url, "password.change_failed"), 5);

    // The lock holds for the change itself and for signing in from this address.
    let locked = change(&mut b, PASSWORD, STRONG, STRONG).await;
    assert_eq!(locked.status, 429);
    b.forget_cookie();
    assert_eq!(login(&mut b, email, PASSWORD).await, 429);

    // After the lock, the old password is still the one: nothing was changed.
    clock.advance(Duration::minutes(16));
    assert_eq!(login(&mut b, email, STRONG).await, 401);
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    assert_eq!(audited(&b.database_url, "password.changed"), 0);
}

async fn a_change_ends_the_other_sessions_but_not_this_one(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let email = "ana@ilr.example";
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Reviewer,
        false,
    );
    // The first browser signs in, then a second one.
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    let mut first = Default::default();
    b.swap_cookies(&mut first);
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);

    let differ = change(
        &mut b,
        PASSWORD,
        STRONG,
        "Ferns quietly outgrow 7 brass lantern",
    )
    .await;
    assert_eq!(differ.status, 422);
    let why = field_error(&differ, "f-repeat-password").unwrap();
    assert!(why.contains("type the same one twice"), "{why}");
    let same = change(&mut b, PASSWORD, PASSWORD, PASSWORD).await;
    let why = field_error(&same, "f-new-password").unwrap();
    assert!(why.contains("must differ from your current one"), "{why}");
    let none = change(&mut b, PASSWORD, "", "").await;
    assert_eq!(
        field_error(&none, "f-new-password").unwrap(),
        "Enter a new password."
    );
    assert_eq!(audited(&b.database_url, "password.changed"), 0);

    let done = change(&mut b, PASSWORD, STRONG, STRONG).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your password is changed"));
    assert_eq!(
        b.get("/authority/queue").await.status,
        200,
        "this session stays"
    );

    b.swap_cookies(&mut first);
    let old = b.get("/authority/queue").await;
    assert_eq!(old.status, 303);
    assert!(
        old.location.unwrap().starts_with("/authority/login"),
        "the other session ended: the sign-in page"
    );
    b.swap_cookies(&mut first);
    assert_eq!(b.get("/authority/queue").await.status, 200);

    b.forget_cookie();
    assert_eq!(
        login(&mut b, email, PASSWORD).await,
        401,
        "the old one is gone"
    );
    assert_eq!(login(&mut b, email, STRONG).await, 303);
    assert_eq!(audited(&b.database_url, "password.changed"), 1);
}

async fn weak_new_passwords_are_refused_with_the_reason(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let email = "ana.berg@ilr.example";
    add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, email, PASSWORD).await, 303);
    let refused = [
        ("short pass", "too short: use at least 12 characters"),
        (
            "password123456",
            "too easy to guess. This is similar to a commonly used password.",
        ),
        (
            "incident-intake",
            "too easy to guess. It is built from your address or this service",
        ),
        (email, "contains your e-mail name"),
        ("Berg and the sea and the wind", "contains your name"),
    ];
    for (weak, why) in refused {
        let page = change(&mut b, PASSWORD, weak, weak).await;
        assert_eq!(page.status, 422, "{weak}");
        let said = field_error(&page, "f-new-password").unwrap();
        assert!(said.contains(why), "{weak}: {said}");
        assert!(field_error(&page, "f-current-password").is_none());
    }
    assert_eq!(audited(&b.database_url, "password.changed"), 0);
    assert_eq!(audited(&b.database_url, "password.change_failed"), 0);
    assert_eq!(change(&mut b, PASSWORD, STRONG, STRONG).await.status, 200);
}

crate::on_both_kinds!(
    a_wrong_current_password_is_refused_and_counted,
    a_change_ends_the_other_sessions_but_not_this_one,
    weak_new_passwords_are_refused_with_the_reason,
);
