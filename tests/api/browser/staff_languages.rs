//! The staff workspace in every language (issue 14): an analyst switches to Dutch on the
//! account page and works a case in Dutch; axe-core then checks every staff page in English,
//! French, German and Dutch, the sign-in pages included.

use super::*;

const LANGUAGES: [&str; 4] = ["en", "fr", "de", "nl"];

/// Signs in through the real form with the current TOTP code.
pub(super) async fn sign_in(b: &Chrome, email: &str) {
    b.goto("/authority/login").await;
    b.fill("f-email", email).await;
    b.fill("f-password", crate::workspace::PASSWORD).await;
    b.click("button[type=submit]").await;
    b.find(Locator::Id("f-code"))
        .await
        .expect("asked for the code");
    b.fill("f-code", &crate::workspace::code_now()).await;
    b.click("button[type=submit]").await;
    b.wait_path("/authority/queue").await;
}

/// Chooses `tag` on the account page and waits for the saved page.
pub(super) async fn speak(b: &Chrome, tag: &str) {
    b.goto("/authority/account").await;
    b.choose("f-language", tag).await;
    b.click("#form button[type=submit]").await;
    b.wait_path("/authority/account?saved=1").await;
    let lang = b.c.find(Locator::Css("html")).await.unwrap();
    assert_eq!(lang.attr("lang").await.unwrap().as_deref(), Some(tag));
}

async fn an_analyst_works_in_dutch_and_every_staff_page_passes_axe(kind: Kind) {
    use intake::domain::staff::StaffRole;
    let mut server = Server::start(kind, 100).await;
    let follow_up = crate::pages::file_early_warning(&mut server).await;
    assert!(!follow_up.is_empty());
    crate::workspace::add_user(
        &server.database_url,
        "LU-CSIRT",
        "noor@csirt.example",
        StaffRole::Admin,
        true,
    );
    let b = Chrome::start(&server.address).await;
    sign_in(&b, "noor@csirt.example").await;
    speak(&b, "nl").await;
    b.goto("/authority/queue").await;
    assert!(b.text("h1").await.contains("Werkvoorraad"));
    b.check("30-workspace-queue-nl").await;
    b.click("#queue tbody a").await;
    b.find(Locator::Id("feedback-timer")).await.unwrap();
    assert!(b.text("#feedback-timer").await.contains("verschuldigd"));
    b.choose("fb-kind", "initial_feedback").await;
    b.fill(
        "fb-message",
        "Isoleer het VPN-apparaat en bewaar de logbestanden.",
    )
    .await;
    b.click("#action-feedback button").await;
    b.find(Locator::Id("notice")).await.unwrap();
    assert!(b.text("#notice").await.contains("Gedaan"));
    assert!(b.text("#feedback-timer").await.contains("gegeven"));
    let case = b.path().await.split('?').next().unwrap().to_string();

    for tag in LANGUAGES {
        speak(&b, tag).await;
        b.check(&format!("31-workspace-account-{tag}")).await;
        for (page, path) in [
            ("queue", "/authority/queue"),
            ("case", case.as_str()),
            ("packages", "/authority/packages"),
            ("users", "/authority/users"),
            ("totp", "/authority/account/totp"),
        ] {
            b.goto(path).await;
            b.check(&format!("32-workspace-{page}-{tag}")).await;
        }
    }

    // Before anyone is known: the sign-in page in each language, chosen in its header.
    b.c.delete_all_cookies().await.unwrap();
    for tag in LANGUAGES {
        b.goto(&format!("/language/{tag}?next=/authority/login"))
            .await;
        b.wait_path("/authority/login").await;
        let lang = b.c.find(Locator::Css("html")).await.unwrap();
        assert_eq!(lang.attr("lang").await.unwrap().as_deref(), Some(tag));
        b.check(&format!("33-workspace-login-{tag}")).await;
    }
}

crate::on_both_kinds!(an_analyst_works_in_dutch_and_every_staff_page_passes_axe);
