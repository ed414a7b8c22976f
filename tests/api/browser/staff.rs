//! The authority's side in the browser: sign-in with TOTP, triage and feedback that the
//! reporter then sees.

use super::*;

/// Signs in through the real form, typing the current TOTP code when asked.
async fn sign_in(b: &Chrome, email: &str) {
    b.goto("/authority/login").await;
    b.fill("f-email", email).await;
    b.fill("f-password", crate::workspace::PASSWORD).await;
    b.click("button[type=submit]").await;
    b.find(Locator::Id("f-code"))
        .await
        .expect("asked for the code");
    b.check("10-workspace-totp").await;
    b.fill("f-code", &crate::workspace::code_now()).await;
    b.click("button[type=submit]").await;
}

async fn an_analyst_triages_and_gives_feedback_that_the_reporter_sees(kind: Kind) {
    use intake::domain::staff::StaffRole;
    let mut server = Server::start(kind, 100).await;
    let follow_up = crate::pages::file_early_warning(&mut server).await;
    let follow_up = follow_up.split('?').next().unwrap().to_string();
    // A second case that the filter must hide.
    let (_, key) =
        crate::helpers::add_entity(&server.database_url, "LU", "energy", "electricity_supplier");
    server
        .api(
            "POST",
            "/api/v1/incidents",
            &key,
            Some(crate::helpers::with(
                crate::helpers::early_warning(),
                json!({"title": "Phishing wave at the help desk"}),
            )),
        )
        .await;
    crate::workspace::add_user(
        &server.database_url,
        "LU-CSIRT",
        "ana@csirt.example",
        StaffRole::Reviewer,
        true,
    );

    let b = Chrome::start(&server.address).await;
    b.goto("/authority/login").await;
    b.check("11-workspace-login").await;
    sign_in(&b, "ana@csirt.example").await;
    b.wait_path("/authority/queue").await;
    b.check("12-workspace-queue").await;
    let all = b.text("#queue").await;
    assert!(all.contains("Ransomware on billing servers") && all.contains("Phishing wave"));
    b.click("details.filters summary").await;
    b.fill("q", "ransomware").await;
    b.click("#filters button[type=submit]").await;
    for _ in 0..50 {
        if b.path().await.contains("q=ransomware") {
            break;
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    let filtered = b.text("#queue").await;
    assert!(
        filtered.contains("Ransomware") && !filtered.contains("Phishing"),
        "{filtered}"
    );
    b.click("#queue tbody a").await;
    b.find(Locator::Id("feedback-timer")).await.unwrap();
    assert!(b.text("#feedback-timer").await.contains("owed"));
    b.check("13-workspace-case").await;
    b.choose("fb-kind", "initial_feedback").await;
    b.fill("fb-message", "Isolate the VPN appliance and keep the logs.")
        .await;
    b.click("#action-feedback button").await;
    b.find(Locator::Id("notice")).await.unwrap();
    assert!(b.text("#feedback-timer").await.contains("given"));
    assert!(b
        .text("#conversation")
        .await
        .contains("Isolate the VPN appliance"));
    b.check("14-workspace-after-feedback").await;
    b.goto("/authority/account/totp").await;
    b.check("15-workspace-totp-settings").await;

    // The reporter reads it on the follow-up page.
    b.c.delete_all_cookies().await.unwrap();
    b.goto(&follow_up).await;
    let page = b.text("main").await;
    assert!(
        page.contains("Isolate the VPN appliance and keep the logs."),
        "{page}"
    );
    b.check("16-reporter-sees-feedback").await;
}

crate::on_both_kinds!(an_analyst_triages_and_gives_feedback_that_the_reporter_sees);
