//! The change of password in the browser (issue 12): a user whose password an administrator
//! set is taken to it after signing in, reads why a weak password is refused at the field,
//! and reaches the queue once they chose their own. Every page passes axe-core.

use super::*;

async fn a_user_given_a_password_chooses_their_own_at_first_sign_in(kind: Kind) {
    use intake::domain::staff::StaffRole;
    use intake::storage::{staff, Backend};
    let server = Server::start(kind, 100).await;
    let db = &server.database_url;
    let id = crate::workspace::add_user(
        db,
        "LU-ILR-ENERGY",
        "rik@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::require_password_change(&mut c, id).unwrap();

    let b = Chrome::start(&server.address).await;
    b.goto("/authority/login").await;
    b.fill("f-email", "rik@ilr.example").await;
    b.fill("f-password", crate::workspace::PASSWORD).await;
    b.click("button[type=submit]").await;
    b.wait_path("/authority/account/password").await;
    assert!(b.text("#forced").await.contains("set by an administrator"));
    b.check("45-password-forced").await;

    b.fill("f-current-password", crate::workspace::PASSWORD)
        .await;
    b.fill("f-new-password", "password123456").await;
    b.fill("f-repeat-password", "password123456").await;
    b.click("#form button[type=submit]").await;
    let why = b.text("#f-new-password-error").await;
    assert!(why.contains("too easy to guess"), "{why}");
    b.check("46-password-refused").await;

    let strong = crate::workspace::passwords::STRONG;
    b.fill("f-current-password", crate::workspace::PASSWORD)
        .await;
    b.fill("f-new-password", strong).await;
    b.fill("f-repeat-password", strong).await;
    b.click("#form button[type=submit]").await;
    assert!(b.text("#notice").await.contains("Your password is changed"));
    b.check("47-password-changed").await;
    b.click_link("Continue to the queue").await;
    b.wait_path("/authority/queue").await;
}

crate::on_both_kinds!(a_user_given_a_password_chooses_their_own_at_first_sign_in);
