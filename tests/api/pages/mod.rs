//! The public pages over HTTP, as a browser without JavaScript uses them: forms, CSRF
//! tokens, rate limits, drafts, follow-up links, escaping, and nothing stored on refusal.

use crate::helpers::{fresh_database, settings, Kind};
use diesel::prelude::*;
use intake::domain::clock::{SharedClock, SystemClock};
use intake::startup::Application;
use intake::storage::{schema, Backend};
use std::time::Duration;

mod drafts;
pub(crate) mod filing;
mod languages;
mod refusals;
mod regimes;
mod regimes_joint;
mod required_marks;

/// A cookie-keeping client that reads pages as text.
pub struct Browser {
    pub address: String,
    pub database_url: String,
    pub mail_dir: std::path::PathBuf,
    /// The app's cleanup job, to run on demand.
    pub janitor: intake::web::housekeeping::Janitor,
    client: awc::Client,
    /// name → value of every cookie set so far (a small cookie jar).
    cookies: std::collections::BTreeMap<String, String>,
    _dirs: (Option<tempfile::TempDir>, tempfile::TempDir),
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: awc::http::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The value of the hidden CSRF field.
    pub fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf\" value=\"")
            .expect("a CSRF field")
            + 19;
        self.body[at..].split('"').next().unwrap().to_string()
    }
}

impl Browser {
    pub async fn start(kind: Kind, form_rate_limit: u32) -> Browser {
        Self::start_with_clock(kind, form_rate_limit, std::sync::Arc::new(SystemClock)).await
    }

    /// A browser on an app that reads the time from `clock` (tests set it).
    pub async fn start_with_clock(kind: Kind, form_rate_limit: u32, clock: SharedClock) -> Browser {
        Self::start_tuned(kind, clock, |s| s.form_rate_limit = form_rate_limit).await
    }

    /// A browser on an app whose settings `tune` adjusts.
    pub async fn start_tuned(
        kind: Kind,
        clock: SharedClock,
        tune: impl FnOnce(&mut intake::config::Settings),
    ) -> Browser {
        let (database_url, dir) = fresh_database(kind);
        let mail = tempfile::tempdir().unwrap();
        let mut s = settings(&database_url, mail.path(), None);
        tune(&mut s);
        // Links shown on pages use the configured base URL: make it this server's.
        let port = crate::helpers::free_port();
        s.bind = ([127, 0, 0, 1], port).into();
        s.base_url = format!("http://127.0.0.1:{port}");
        let app = Application::build_with_clock(&s, clock).expect("build app");
        let address = format!("http://127.0.0.1:{}", app.port());
        let janitor = app.janitor();
        actix_web::rt::spawn(app.run());
        Browser {
            address,
            database_url,
            mail_dir: mail.path().to_path_buf(),
            janitor,
            client: awc::Client::builder()
                .disable_redirects()
                // Like a browser set to English: follow-up pages would otherwise speak the
                // case authority's first language (tests/api/pages/languages.rs).
                .add_default_header(("Accept-Language", "en"))
                .timeout(Duration::from_secs(30))
                .finish(),
            cookies: Default::default(),
            _dirs: (dir, mail),
        }
    }

    async fn finish(&mut self, mut res: awc::ClientResponse) -> Page {
        for c in res.headers().get_all("set-cookie") {
            let first = c.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = first.split_once('=').unwrap();
            if value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.into(), value.into());
            }
        }
        let body = res.body().limit(4 << 20).await.unwrap();
        Page {
            status: res.status().as_u16(),
            location: res
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(String::from),
            headers: res.headers().clone(),
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let path = path.strip_prefix(&self.address).unwrap_or(path).to_string();
        let mut req = self.client.get(format!("{}{path}", self.address));
        if let Some(c) = self.cookie_header() {
            req = req.insert_header(("Cookie", c));
        }
        let res = req.send().await.expect("GET");
        self.finish(res).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let path = path.strip_prefix(&self.address).unwrap_or(path).to_string();
        let mut req = self.client.post(format!("{}{path}", self.address));
        if let Some(c) = self.cookie_header() {
            req = req.insert_header(("Cookie", c));
        }
        let res = req.send_form(&form.to_vec()).await.expect("POST");
        self.finish(res).await
    }

    /// A JSON API call with a bearer token; returns the status and the body.
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        bearer: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let req = self
            .client
            .request(method.parse().unwrap(), format!("{}{path}", self.address))
            .insert_header(("Authorization", format!("Bearer {bearer}")));
        let mut res = match body {
            Some(b) => req.send_json(&b).await,
            None => req.send().await,
        }
        .expect("API call");
        let bytes = res.body().limit(16 << 20).await.unwrap();
        (
            res.status().as_u16(),
            serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
        )
    }

    /// A valid CSRF token minted for another browser (another cookie); this one keeps its own.
    pub async fn token_of_another_browser(&mut self) -> String {
        let mine = std::mem::take(&mut self.cookies);
        let token = self.get("/report/new").await.csrf();
        self.cookies = mine;
        token
    }

    /// Starts over as a new visitor connecting from `ip` (a loopback address: 127.0.0.2).
    pub fn connect_from(&mut self, ip: std::net::IpAddr) {
        self.client = awc::Client::builder()
            .disable_redirects()
            .local_address(ip)
            .add_default_header(("Accept-Language", "en"))
            .timeout(Duration::from_secs(30))
            .finish();
        self.cookies.clear();
    }

    /// Posts `form` `n` times at once with this browser's cookies; each reply's status and
    /// `Retry-After`.
    pub async fn post_at_once(
        &self,
        path: &str,
        form: &[(&str, &str)],
        n: usize,
    ) -> Vec<(u16, Option<String>)> {
        let posts = (0..n).map(|_| {
            let mut req = self.client.post(format!("{}{path}", self.address));
            if let Some(c) = self.cookie_header() {
                req = req.insert_header(("Cookie", c));
            }
            req.send_form(&form.to_vec())
        });
        futures_util::future::join_all(posts)
            .await
            .into_iter()
            .map(|r| {
                let r = r.expect("POST");
                let after = r.headers().get("retry-after");
                let after = after.map(|v| v.to_str().unwrap().to_string());
                (r.status().as_u16(), after)
            })
            .collect()
    }

    /// Swaps this browser's cookies with `jar`: one client acting as two browsers (two
    /// sessions of one user, say).
    pub fn swap_cookies(&mut self, jar: &mut std::collections::BTreeMap<String, String>) {
        std::mem::swap(&mut self.cookies, jar);
    }

    /// The value of a cookie this browser holds.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.get(name).cloned()
    }

    /// Plants a cookie, as a sibling site or a man in the middle could (cookie tossing).
    pub fn set_cookie(&mut self, name: &str, value: &str) {
        self.cookies.insert(name.into(), value.into());
    }

    /// Starts over as a new visitor: no cookies.
    pub fn forget_cookie(&mut self) {
        self.cookies.clear();
    }

    fn cookie_header(&self) -> Option<String> {
        (!self.cookies.is_empty()).then(|| {
            self.cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    pub fn count(&self, what: &str) -> i64 {
        let mut c = Backend::from_url(&self.database_url)
            .unwrap()
            .connect()
            .unwrap();
        match what {
            "cases" => schema::cases::table.count().get_result(&mut c).unwrap(),
            "submissions" => schema::submissions::table
                .count()
                .get_result(&mut c)
                .unwrap(),
            "entities" => schema::entities::table.count().get_result(&mut c).unwrap(),
            "drafts" => schema::drafts::table.count().get_result(&mut c).unwrap(),
            "events" => schema::case_events::table
                .count()
                .get_result(&mut c)
                .unwrap(),
            other => panic!("{other}"),
        }
    }
}

/// A valid early warning as a form, entity block included.
pub fn early_warning_form() -> Vec<(&'static str, String)> {
    let aware = (chrono::Utc::now() - chrono::Duration::hours(2))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    vec![
        ("stage", "early_warning".into()),
        ("legal_name", "Acme Energy SA".into()),
        ("member_state", "LU".into()),
        ("entity_type", "electricity_supplier".into()),
        ("email", "soc@acme.example".into()),
        ("aware_at", aware),
        ("tz", "UTC".into()),
        ("title", "Ransomware on billing servers".into()),
        (
            "summary",
            "Billing servers encrypted; invoices cannot be issued.".into(),
        ),
        ("suspected_malicious", "yes".into()),
        ("cross_border_possible", "no".into()),
        ("affected_services", "billing\nportal".into()),
        ("incident_status", "ongoing".into()),
        ("assistance_requested", "false".into()),
        ("language", "en".into()),
    ]
}

pub fn pairs<'a>(
    csrf: &'a str,
    form: &'a [(&'static str, String)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut out = vec![("csrf", csrf)];
    out.extend(form.iter().map(|(k, v)| (*k, v.as_str())));
    out.extend_from_slice(extra);
    out
}

/// The error summary of a page, for assertion messages.
pub fn summary(body: &str) -> &str {
    match body.find("error-summary") {
        Some(i) => &body[i..(i + 1500).min(body.len())],
        None => "(no error summary)",
    }
}

/// Files an early warning through the form; returns the follow-up page's path.
pub async fn file_early_warning(b: &mut Browser) -> String {
    let form = b.get("/report/new").await;
    let csrf = form.csrf();
    let data = early_warning_form();
    let done = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    done.location.unwrap()
}
