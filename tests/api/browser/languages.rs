//! Issue 14 in the browser: an early warning filed in French (a deliberate error explained in
//! French, beside its field), the notification filed in German after switching with the
//! header's link (no JavaScript), and axe-core on every public page in all four languages.

use super::*;
use intake::domain::validation::{FieldErrors, Msg};
use intake::words::{field_message, text_in, Lang};

/// The early warning, typed in the form of any language; `summary` left out when empty.
async fn type_early_warning(b: &Chrome, summary: &str) {
    b.fill("f-legal_name", "Énergie Acmé SA").await;
    b.choose("f-member_state", "LU").await;
    b.choose("f-entity_type", "electricity_supplier").await;
    b.fill("f-email", "soc@acme.example").await;
    let aware = (chrono::Utc::now() - chrono::Duration::hours(3))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    b.set_time("f-aware_at", &aware).await;
    b.choose("f-tz", "UTC").await;
    b.fill("f-title", "Rançongiciel sur les serveurs de facturation")
        .await;
    if !summary.is_empty() {
        b.fill("f-summary", summary).await;
    }
    b.tick("suspected_malicious", "yes").await;
    b.tick("cross_border_possible", "no").await;
    b.fill("f-affected_services", "facturation").await;
    b.choose("f-incident_status", "ongoing").await;
    b.tick("assistance_requested", "false").await;
    b.choose("f-language", "fr").await;
}

async fn html_lang(b: &Chrome) -> String {
    let html = b.find(Locator::Css("html")).await.unwrap();
    html.attr("lang").await.unwrap().unwrap_or_default()
}

#[actix_web::test]
async fn french_early_warning_then_german_notification() {
    let server = Server::start(Kind::Sqlite, 100).await;
    let b = Chrome::start(&server.address).await;
    b.goto("/report/new?stage=early_warning").await;
    assert_eq!(html_lang(&b).await, "en");
    // The header's link, followed like any link: the same form, now in French.
    b.click("nav.languages a[hreflang=fr]").await;
    b.wait_path("/report/new?stage=early_warning").await;
    assert_eq!(html_lang(&b).await, "fr");
    type_early_warning(&b, "").await;
    b.click("button[value=submit]").await;

    // WebDriver reads the no-break space before a French colon as a plain space.
    let summary = b.text("#error-summary").await.replace('\u{a0}', " ");
    assert!(
        summary.contains("Le rapport n'a pas été envoyé : 1 entrée demande votre attention"),
        "{summary}"
    );
    let label = text_in(Lang::Fr, "label", "summary");
    let missing = FieldErrors::single("report.summary", Msg::t("api-field-required"));
    let message = field_message(Lang::Fr, &missing.list()[0]);
    assert!(
        summary.contains(&format!("{label} : {message}").replace('\u{a0}', " ")),
        "{summary}"
    );
    let described = b
        .find(Locator::Id("f-summary"))
        .await
        .unwrap()
        .attr("aria-describedby")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(described.contains("f-summary-error"), "{described}");
    let error = b.text("#f-summary-error").await;
    assert!(error.contains(&message), "{error}");
    assert_eq!(b.value("f-legal_name").await, "Énergie Acmé SA");
    b.check("20-fr-early-warning-errors").await;

    b.fill("f-summary", "Serveurs de facturation chiffrés cette nuit.")
        .await;
    b.click("button[value=submit]").await;
    assert!(b.text(".receipt").await.contains("Rapport reçu"));
    let link = b.text("#follow-up-link").await;
    b.check("21-fr-confirmation").await;

    // Later, the same reporter switches the case page to German and files the notification.
    b.c.goto(&link).await.unwrap();
    assert_eq!(html_lang(&b).await, "fr");
    b.click("nav.languages a[hreflang=de]").await;
    b.find(Locator::Css("html[lang=de]")).await.unwrap();
    assert!(b.text("main").await.contains("Fristen"));
    b.click("ul.actions a[href$='/file/incident_notification']")
        .await;
    assert_eq!(html_lang(&b).await, "de");
    assert!(
        b.text("h1")
            .await
            .contains("Meldung über den Sicherheitsvorfall")
            || b.text("h1")
                .await
                .contains(&text_in(Lang::De, "stage", "incident_notification"))
    );
    type_notification(&b).await;
    b.click("button[value=submit]").await;
    let receipt = b.text(".receipt").await;
    assert!(receipt.contains("Meldung eingegangen"), "{receipt}");
    assert!(
        receipt.contains(" UTC)"),
        "UTC beside the local time: {receipt}"
    );
    assert_eq!(html_lang(&b).await, "de");
    b.check("22-de-confirmation").await;
    assert_eq!(server.count("submissions"), 2);
}

/// What the incident notification adds to the early warning.
async fn type_notification(b: &Chrome) {
    b.fill(
        "f-initial_assessment",
        "LockBit über eine ungepatchte VPN-Appliance; Abrechnung verschlüsselt.",
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
        "Segment isoliert; Wiederherstellung aus Sicherungen begonnen.",
    )
    .await;
}

#[actix_web::test]
async fn every_public_page_in_every_language_passes_axe() {
    let mut server = Server::start(Kind::Sqlite, 1000).await;
    let received = crate::pages::file_early_warning(&mut server).await;
    let case = received.split('?').next().unwrap().to_string();
    let b = Chrome::start(&server.address).await;
    let pages = [
        ("landing", "/".to_string()),
        ("early-warning", "/report/new?stage=early_warning".into()),
        (
            "notification",
            "/report/new?stage=incident_notification".into(),
        ),
        (
            "significance",
            "/report/significance?entity_type=dns_service_provider&severe_disruption=yes".into(),
        ),
        ("confirmation", received.clone()),
        (
            "follow-up-form",
            format!("{case}/file/incident_notification"),
        ),
        ("print", format!("{case}/print")),
    ];
    for lang in Lang::ALL {
        let tag = lang.tag();
        b.goto(&format!("/language/{tag}?next=/")).await;
        for (name, path) in &pages {
            b.goto(path).await;
            assert_eq!(html_lang(&b).await, tag, "{path}");
            b.check(&format!("lang-{tag}-{name}")).await;
        }
        // A form refused with errors, in this language.
        b.goto("/report/new").await;
        b.click("button[value=submit]").await;
        b.find(Locator::Id("error-summary")).await.unwrap();
        assert_eq!(html_lang(&b).await, tag);
        b.check(&format!("lang-{tag}-errors")).await;
    }
}
