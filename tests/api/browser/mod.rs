//! The public pages in a real browser: Chromium driven by chromedriver, no JavaScript of
//! ours involved. Every page visited is checked with axe-core and photographed into
//! `target/screenshots/` (the test command installs all three when missing).

use crate::helpers::Kind;
use crate::pages::Browser as Server;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

mod languages;
mod password;
mod phone;
mod public;
mod regimes;
mod sharing;
mod staff;
mod staff_languages;
mod withdrawal;

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
