//! The reporter's side in the browser: filing, field errors, drafts, the significance helper
//! and keyboard use, and the accessibility check's own test.

use super::*;

/// The essentials of an early warning, typed as a person would.
async fn type_early_warning(b: &Chrome) {
    b.fill("f-legal_name", "Acme Energy SA").await;
    b.choose("f-member_state", "LU").await;
    b.choose("f-entity_type", "electricity_supplier").await;
    b.fill("f-email", "soc@acme.example").await;
    let aware = (chrono::Utc::now() - chrono::Duration::hours(3))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    b.set_time("f-aware_at", &aware).await;
    b.choose("f-tz", "UTC").await;
    b.fill("f-title", "Ransomware on billing servers").await;
    b.fill(
        "f-summary",
        "Billing servers encrypted overnight; invoices cannot be issued.",
    )
    .await;
    b.tick("suspected_malicious", "yes").await;
    b.tick("cross_border_possible", "no").await;
    b.fill("f-affected_services", "billing").await;
    b.choose("f-incident_status", "ongoing").await;
    b.tick("assistance_requested", "false").await;
    b.choose("f-language", "en").await;
}

#[actix_web::test]
async fn file_an_early_warning_then_the_notification() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.goto("/").await;
    b.check("01-landing").await;
    b.click("main a.button.primary").await;
    b.wait_path("/report/new?stage=early_warning").await;
    b.check("02-early-warning-form").await;
    type_early_warning(&b).await;
    b.click("button[value=submit]").await;

    // The confirmation: reference, next deadlines, private link.
    let reference = b.text("#reference").await;
    assert!(
        reference.starts_with("LU-") && reference.len() == 14,
        "{reference}"
    );
    assert!(b
        .text("table.deadlines")
        .await
        .contains("Incident notification"));
    let link = b.text("#follow-up-link").await;
    b.check("03-confirmation").await;

    // The follow-up link, opened later in a fresh browser, leads to the notification form.
    b.c.delete_all_cookies().await.unwrap();
    b.c.goto(&link).await.unwrap();
    b.click_link("Incident notification").await;
    assert_eq!(
        b.value("f-title").await,
        "Ransomware on billing servers",
        "carried forward"
    );
    b.check("04-notification-form").await;
    b.fill(
        "f-initial_assessment",
        "LockBit entered through an unpatched VPN appliance; billing encrypted.",
    )
    .await;
    b.choose("f-severity", "large").await;
    b.tick("impact_properties", "availability").await;
    b.choose("f-service_impact", "degraded").await;
    let start = (chrono::Utc::now() - chrono::Duration::hours(3))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    b.set_time("f-outage_start", &start).await;
    b.choose("f-geo_spread", "national").await;
    b.choose("f-incident_class", "malicious-code").await;
    b.choose("f-incident_type", "infected-system").await;
    b.fill(
        "f-mitigation_taken",
        "Segment isolated; restore from backups started.",
    )
    .await;
    b.click("button[value=submit]").await;
    assert!(b
        .text(".receipt")
        .await
        .contains("incident notification was received"));
    let page = b.text("main").await;
    assert!(page.contains("Incident notification – version 1"), "{page}");
    assert!(page.contains(&reference));
    b.check("05-case-after-notification").await;
    b.goto(&format!(
        "{}/print",
        link.trim_start_matches(&server.address)
    ))
    .await;
    b.check("06-print-view").await;
    assert_eq!(server.count("submissions"), 2);
}

#[actix_web::test]
async fn invalid_input_is_explained_beside_each_field_and_kept() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.goto("/report/new").await;
    b.fill("f-legal_name", "Acme Energy SA").await;
    b.fill("f-email", "not an address").await;
    b.fill("f-title", "<b>bold</b> & \"quoted\"").await;
    b.click("button[value=submit]").await;
    let summary = b.text("#error-summary").await;
    assert!(summary.contains("Contact email"), "{summary}");
    assert!(summary.contains("What happened: is required"), "{summary}");
    assert_eq!(b.value("f-legal_name").await, "Acme Energy SA");
    assert_eq!(b.value("f-email").await, "not an address");
    assert_eq!(
        b.value("f-title").await,
        "<b>bold</b> & \"quoted\"",
        "typed markup kept as text"
    );
    let described =
        b.c.find(Locator::Id("f-email"))
            .await
            .unwrap()
            .attr("aria-describedby")
            .await
            .unwrap();
    assert!(described.unwrap().contains("f-email-error"));
    assert!(b.text("#f-email-error").await.contains("Error:"));
    b.check("07-errors").await;
    // The summary's links lead to their fields.
    b.click("#error-summary a[href='#f-email']").await;
    assert!(b.path().await.ends_with("/report/new"));
    assert_eq!(server.count("cases"), 0);
}

#[actix_web::test]
async fn a_draft_is_saved_and_resumed_from_its_link() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.goto("/report/new?stage=incident_notification").await;
    b.fill("f-legal_name", "Half-typed GmbH").await;
    b.fill(
        "f-initial_assessment",
        "Still investigating the entry point.",
    )
    .await;
    b.click("button[value=save]").await;
    let link = b.text("#draft-link").await;
    assert!(link.contains("/report/draft/"));
    b.check("08-draft-saved").await;
    b.c.delete_all_cookies().await.unwrap();
    b.goto("/").await;
    b.c.goto(&link).await.unwrap();
    assert_eq!(b.value("f-legal_name").await, "Half-typed GmbH");
    assert_eq!(
        b.value("f-initial_assessment").await,
        "Still investigating the entry point."
    );
    assert_eq!(server.count("cases"), 0);
}

#[actix_web::test]
async fn the_significance_helper_and_keyboard_use() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.goto("/report/significance").await;
    b.choose("f-entity_type", "cloud_computing_provider").await;
    b.fill("f-unavailable_minutes", "45").await;
    b.click("button[type=submit]").await;
    assert!(b.text("#result").await.contains("significant"));
    b.check("09-significance").await;

    // Keyboard only: from the top of the landing page, Tab reaches the skip link first and
    // then "Report an incident"; Enter follows it.
    b.goto("/").await;
    let mut reached = false;
    for _ in 0..8 {
        b.c.active_element()
            .await
            .unwrap()
            .send_keys("\u{E004}")
            .await
            .unwrap();
        let active = b.c.active_element().await.unwrap();
        if active.text().await.unwrap() == "Report an incident"
            && active
                .attr("class")
                .await
                .unwrap()
                .unwrap_or_default()
                .contains("button")
        {
            active.send_keys("\u{E007}").await.unwrap();
            reached = true;
            break;
        }
    }
    assert!(reached, "the main action is reachable by Tab");
    b.wait_path("/report/new?stage=early_warning").await;
}

#[actix_web::test]
async fn the_accessibility_check_itself_catches_an_unlabelled_field() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.c.goto("data:text/html,<html lang=en><title>t</title><main><input id=x></main></html>")
        .await
        .unwrap();
    let found = b.violations().await;
    assert!(
        found
            .iter()
            .any(|v| v["id"] == "label" && v["impact"] == "critical"),
        "{found:?}"
    );
}
