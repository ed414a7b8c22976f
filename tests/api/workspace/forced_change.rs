//! Issue 12, passwords an administrator set: made on the Users page, by a reset there, or by
//! `intake user add|reset-password`, they must be changed at the first sign-in (nothing but the
//! change of password and sign-out is open before), so no administrator knows a password in
//! use; the command line judges a typed password like the page does.

use super::passwords::{audited, change, field_error, PAGE, STRONG};
use super::{add_user, login, PASSWORD};
use crate::helpers::{Kind, TEST_SECRET};
use crate::pages::Browser;
use intake::domain::staff::StaffRole;
use intake::storage::{staff, Backend};

/// The password shown once in a notice of the Users page.
fn shown_password(body: &str) -> String {
    let at = body.find("with the password ").expect("a password shown") + 18;
    body[at..].split_whitespace().next().unwrap().to_string()
}

/// Every workspace page but the change of password sends this browser there.
async fn held_at_the_change_page(b: &mut Browser) {
    for path in [
        "/authority/queue",
        "/authority/queue.csv",
        "/authority/users",
        "/authority/account/totp",
        "/authority/packages",
    ] {
        let page = b.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert_eq!(page.location.as_deref(), Some(PAGE), "{path}");
    }
    let page = b.get(PAGE).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("set by an administrator"), "says why");
}

async fn a_password_set_by_an_administrator_is_changed_at_first_sign_in(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    assert_eq!(login(&mut b, "eva@ilr.example", PASSWORD).await, 303);
    let csrf = b.get("/authority/users").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", "rik@ilr.example"),
        ("role", "reviewer"),
        ("language", "en"),
    ];
    let added = b.post("/authority/users", &form).await;
    assert_eq!(added.status, 200);
    assert!(added.body.contains("must choose their own password"));
    let given = shown_password(&added.body);
    let mut admin = Default::default();
    b.swap_cookies(&mut admin);

    // Signed in, but held at the change of password; sign-out stays open.
    assert_eq!(login(&mut b, "rik@ilr.example", &given).await, 303);
    held_at_the_change_page(&mut b).await;
    let csrf = b.get(PAGE).await.csrf();
    let out = b.post("/authority/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.location.as_deref(), Some("/authority/login"));
    assert_eq!(login(&mut b, "rik@ilr.example", &given).await, 303);
    let weak = change(&mut b, &given, "incident-intake", "incident-intake").await;
    assert!(field_error(&weak, "f-new-password")
        .unwrap()
        .contains("too easy to guess"));
    held_at_the_change_page(&mut b).await;
    assert_eq!(change(&mut b, &given, STRONG, STRONG).await.status, 200);
    assert_eq!(b.get("/authority/queue").await.status, 200, "free now");

    // The administrator's password no longer opens the account.
    b.forget_cookie();
    assert_eq!(login(&mut b, "rik@ilr.example", &given).await, 401);
    assert_eq!(login(&mut b, "rik@ilr.example", STRONG).await, 303);
    let mut rik = Default::default();
    b.swap_cookies(&mut rik);

    // A reset: a new password shown once, the user's sessions ended, the change forced again.
    b.swap_cookies(&mut admin);
    let users = b.get("/authority/users").await;
    let rik_id = users.body.split("/authority/users/").find_map(|s| {
        let id = s.split('/').next()?;
        s.starts_with(&format!("{id}/password"))
            .then(|| id.to_string())
    });
    let rik_id = rik_id.expect("a reset form");
    let path = format!("/authority/users/{rik_id}/password");
    let reset = b.post(&path, &[("csrf", &users.csrf())]).await;
    assert_eq!(reset.status, 200, "{}", reset.body);
    let again = shown_password(&reset.body);
    assert_ne!(again, given);
    assert_eq!(audited(&db, "password.reset"), 1);
    b.swap_cookies(&mut rik);
    let ended = b.get("/authority/queue").await;
    assert!(ended.location.unwrap().starts_with("/authority/login"));
    assert_eq!(login(&mut b, "rik@ilr.example", STRONG).await, 401);
    assert_eq!(login(&mut b, "rik@ilr.example", &again).await, 303);
    held_at_the_change_page(&mut b).await;
    assert_eq!(audited(&db, "password.changed"), 1);
}

async fn an_administrator_resets_no_own_password_and_no_other_authoritys(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let db = b.database_url.clone();
    let eva = add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    let other = add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    let reviewer = add_user(
        &db,
        "LU-ILR-ENERGY",
        "rev@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "eva@ilr.example", PASSWORD).await, 303);
    let csrf = b.get("/authority/users").await.csrf();
    let own = b
        .post(
            &format!("/authority/users/{eva}/password"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(own.status, 409);
    assert!(own
        .body
        .contains("Change your own password on the Password page"));
    let foreign = b
        .post(
            &format!("/authority/users/{other}/password"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(foreign.status, 404);
    let bad = b
        .post("/authority/users/not-an-id/password", &[("csrf", &csrf)])
        .await;
    assert_eq!(bad.status, 404);
    assert_eq!(audited(&db, "password.reset"), 0);
    // A reviewer may not reset anyone.
    b.forget_cookie();
    assert_eq!(login(&mut b, "rev@ilr.example", PASSWORD).await, 303);
    let csrf = b.get("/authority/queue").await.csrf();
    let path = format!("/authority/users/{reviewer}/password");
    assert_eq!(b.post(&path, &[("csrf", &csrf)]).await.status, 403);
    assert_eq!(
        login(&mut b, "de@bsi.example", PASSWORD).await,
        303,
        "unchanged"
    );
}

/// `intake` on the test app's database, `stdin` as its standard input.
fn intake(db: &str, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
        .args(args)
        .current_dir(dir.path())
        .env("INTAKE_DATABASE_URL", db)
        .env("INTAKE_SECRET_KEY", TEST_SECRET.repeat(32))
        .env("INTAKE_AUDIT_CHECKPOINTS", dir.path().join("checkpoints"))
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

async fn the_command_line_judges_passwords_and_forces_a_change(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let db = b.database_url.clone();
    let email = "lea.stein@ilr.example";
    let add = |stdin: &str| {
        let args = [
            "user",
            "add",
            "--authority",
            "LU-ILR-ENERGY",
            "--email",
            email,
            "--role",
            "reviewer",
            "--language",
            "en",
            "--password-stdin",
        ];
        intake(&db, &args, stdin)
    };
    for (weak, why) in [
        (
            "password123456\n",
            "too easy to guess. This is similar to a commonly used password.",
        ),
        (
            "incident-intake\n",
            "too easy to guess. It is built from your address or this service's name",
        ),
        ("lea.stein@ilr.example\n", "contains your e-mail name"),
        ("short\n", "too short"),
    ] {
        let out = add(weak);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{weak}");
        assert!(
            said.contains("--password-stdin: The password") && said.contains(why),
            "{said}"
        );
    }
    assert_eq!(audited(&db, "user.created"), 0, "nobody was created");
    let out = add(&format!("{STRONG}\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("must choose their own password"));
    assert_eq!(login(&mut b, email, STRONG).await, 303);
    held_at_the_change_page(&mut b).await;
    let mine = "Otters juggle eleven frosted pinecones";
    assert_eq!(change(&mut b, STRONG, mine, mine).await.status, 200);
    assert_eq!(b.get("/authority/queue").await.status, 200);

    reset_from_the_command_line(&mut b, &db, email, mine).await;
}

/// A reset from the command line: printed once, sessions ended, to be changed.
async fn reset_from_the_command_line(b: &mut Browser, db: &str, email: &str, mine: &str) {
    let args = [
        "user",
        "reset-password",
        "--authority",
        "LU-ILR-ENERGY",
        "--email",
        email,
    ];
    let out = intake(db, &args, "");
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{said}");
    let at = said.find("(shown once): ").unwrap() + 14;
    let given = said[at..].split_whitespace().next().unwrap().to_string();
    let ended = b.get("/authority/queue").await;
    assert!(ended.location.unwrap().starts_with("/authority/login"));
    assert_eq!(login(b, email, mine).await, 401);
    assert_eq!(login(b, email, &given).await, 303);
    held_at_the_change_page(b).await;
    assert_eq!(audited(db, "password.reset"), 1);
    let unknown = [
        "user",
        "reset-password",
        "--authority",
        "LU-ILR-ENERGY",
        "--email",
        "x@ilr.example",
    ];
    let out = intake(db, &unknown, "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--email x@ilr.example"));
}

/// Marks a test user's password as set by an administrator.
fn set_by_an_administrator(db: &str, id: uuid::Uuid) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::require_password_change(&mut c, id).unwrap();
}

async fn the_change_comes_after_the_code_and_before_a_required_enrolment(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let db = b.database_url.clone();
    // Enrolled: the code is asked first; the change of password is not a way around it.
    let two = add_user(
        &db,
        "LU-CSIRT",
        "two@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    set_by_an_administrator(&db, two);
    let csrf = b.get("/authority/login").await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", "two@csirt.example"),
        ("password", PASSWORD),
    ];
    assert_eq!(b.post("/authority/login", &form).await.status, 303);
    let halfway = b.get(PAGE).await;
    assert_eq!(halfway.location.as_deref(), Some("/authority/login/totp"));
    b.forget_cookie();
    assert_eq!(login(&mut b, "two@csirt.example", PASSWORD).await, 303);
    held_at_the_change_page(&mut b).await;
    assert_eq!(change(&mut b, PASSWORD, STRONG, STRONG).await.status, 200);
    assert_eq!(b.get("/authority/queue").await.status, 200);

    // Not enrolled where the authority requires it: the change first, then the enrolment.
    b.forget_cookie();
    let one = add_user(
        &db,
        "LU-CSIRT",
        "one@csirt.example",
        StaffRole::Reviewer,
        false,
    );
    set_by_an_administrator(&db, one);
    assert_eq!(login(&mut b, "one@csirt.example", PASSWORD).await, 303);
    held_at_the_change_page(&mut b).await;
    assert_eq!(change(&mut b, PASSWORD, STRONG, STRONG).await.status, 200);
    let queue = b.get("/authority/queue").await;
    assert_eq!(queue.location.as_deref(), Some("/authority/account/totp"));
}

crate::on_both_kinds!(
    a_password_set_by_an_administrator_is_changed_at_first_sign_in,
    an_administrator_resets_no_own_password_and_no_other_authoritys,
    the_command_line_judges_passwords_and_forces_a_change,
    the_change_comes_after_the_code_and_before_a_required_enrolment,
);
