//! The public pages in a real browser: Chromium driven by chromedriver, no JavaScript of
//! ours involved. Every page visited is checked with axe-core and photographed into
//! `target/screenshots/` (the test command installs all three when missing).

use crate::helpers::Kind;
use crate::pages::Browser as Server;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A headless Chromium session on its own chromedriver, closed on drop.
pub struct Chrome {
    pub c: Client,
    driver: Child,
    base: String,
}

impl Drop for Chrome {
    /// Ends the browser chromedriver started (it would outlive a killed driver), then the driver.
    fn drop(&mut self) {
        let _ = Command::new("pkill")
            .args(["-TERM", "-P", &self.driver.id().to_string()])
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn tool(var: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| {
        panic!("{var} is not set: run the tests with ./scripts/test, which installs Chromium, chromedriver and axe-core")
    })
}

impl Chrome {
    pub async fn start(base: &str) -> Chrome {
        let port = crate::helpers::free_port();
        let driver = Command::new(tool("INTAKE_TEST_CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1100,1400", "--lang=en"]}),
        );
        let mut last = None;
        for _ in 0..100 {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    return Chrome {
                        c,
                        driver,
                        base: base.to_string(),
                    }
                }
                Err(e) => last = Some(e),
            }
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not start: {last:?}");
    }

    /// Finds an element, waiting up to 10 s for the page that shows it to load.
    pub async fn find(
        &self,
        l: Locator<'_>,
    ) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
        self.c
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(l)
            .await
    }

    /// Waits until the browser is at `expected` (path and query).
    pub async fn wait_path(&self, expected: &str) {
        for _ in 0..100 {
            if self.path().await == expected {
                return;
            }
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(self.path().await, expected);
    }

    pub async fn goto(&self, path: &str) {
        self.c.goto(&format!("{}{path}", self.base)).await.unwrap();
    }

    pub async fn path(&self) -> String {
        let url = self.c.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    pub async fn fill(&self, id: &str, text: &str) {
        let e = self
            .c
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|_| panic!("field {id}"));
        e.clear().await.unwrap();
        e.send_keys(text).await.unwrap();
    }

    pub async fn choose(&self, id: &str, value: &str) {
        self.find(Locator::Id(id))
            .await
            .unwrap()
            .select_by_value(value)
            .await
            .unwrap();
    }

    /// Ticks the radio or checkbox of `name` with `value`.
    pub async fn tick(&self, name: &str, value: &str) {
        self.find(Locator::Css(&format!(
            "input[name='{name}'][value='{value}']"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    }

    /// Sets a `datetime-local` input the way its picker would.
    pub async fn set_time(&self, id: &str, local: &str) {
        let e = self.find(Locator::Id(id)).await.unwrap();
        self.c
            .execute(
                "arguments[0].value = arguments[1];",
                vec![serde_json::to_value(&e).unwrap(), json!(local)],
            )
            .await
            .unwrap();
    }

    pub async fn value(&self, id: &str) -> String {
        self.find(Locator::Id(id))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(Locator::Css(css))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub async fn click(&self, css: &str) {
        self.find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("{css}"))
            .click()
            .await
            .unwrap();
    }

    pub async fn click_link(&self, text: &str) {
        self.find(Locator::LinkText(text))
            .await
            .unwrap_or_else(|_| panic!("link {text}"))
            .click()
            .await
            .unwrap();
    }

    /// Runs axe-core on the page: no serious or critical violation allowed. Saves a screenshot.
    pub async fn check(&self, name: &str) {
        let dir = std::path::PathBuf::from(
            std::env::var("INTAKE_TEST_SCREENSHOTS")
                .unwrap_or_else(|_| "target/screenshots".into()),
        );
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.c.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
        let bad: Vec<Value> = self
            .violations()
            .await
            .into_iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect();
        assert!(
            bad.is_empty(),
            "axe-core on {name}: {}",
            serde_json::to_string_pretty(&bad).unwrap()
        );
    }

    /// Every axe-core violation on the current page.
    pub async fn violations(&self) -> Vec<Value> {
        let axe = std::fs::read_to_string(tool("INTAKE_TEST_AXE")).expect("axe-core");
        self.c.execute(&axe, vec![]).await.expect("inject axe-core");
        let result = self
            .c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        result.as_array().expect("axe-core results").clone()
    }
}

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
