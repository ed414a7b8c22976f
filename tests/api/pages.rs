//! The public pages over HTTP, as a browser without JavaScript uses them: forms, CSRF
//! tokens, rate limits, drafts, follow-up links, escaping, and nothing stored on refusal.

use crate::helpers::{fresh_database, settings, Kind};
use diesel::prelude::*;
use intake::startup::Application;
use intake::storage::{schema, Backend};
use std::time::Duration;

/// A cookie-keeping client that reads pages as text.
pub struct Browser {
    pub address: String,
    pub database_url: String,
    pub mail_dir: std::path::PathBuf,
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
        let (database_url, dir) = fresh_database(kind);
        let mail = tempfile::tempdir().unwrap();
        let mut s = settings(&database_url, mail.path(), None);
        s.form_rate_limit = form_rate_limit;
        // Links shown on pages use the configured base URL: make it this server's.
        let port = crate::helpers::free_port();
        s.bind = ([127, 0, 0, 1], port).into();
        s.base_url = format!("http://127.0.0.1:{port}");
        let app = Application::build(&s).expect("build app");
        let address = format!("http://127.0.0.1:{}", app.port());
        actix_web::rt::spawn(app.run());
        Browser {
            address,
            database_url,
            mail_dir: mail.path().to_path_buf(),
            client: awc::Client::builder()
                .disable_redirects()
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

fn pairs<'a>(
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

async fn file_then_follow_up(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let landing = b.get("/").await;
    assert_eq!(landing.status, 200);
    assert!(landing
        .body
        .contains("href=\"/report/new?stage=early_warning\""));
    let receipt_path = file_early_warning(&mut b).await;
    assert!(receipt_path.starts_with("/report/follow-up/"));
    let receipt = b.get(&receipt_path).await;
    assert_eq!(receipt.status, 200);
    assert!(receipt.body.contains("Report received"));
    assert!(receipt.body.contains("LU-2026-") || receipt.body.contains("LU-20"));
    assert!(
        receipt.body.contains("Incident notification"),
        "next deadline shown"
    );
    assert_eq!(
        receipt.headers.get("referrer-policy").unwrap(),
        "no-referrer"
    );
    let token = receipt_path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(token.len(), 96, "case id + 256-bit HMAC");
    // Another case's id with this MAC, or this id with a changed MAC, opens nothing.
    let forged = format!("{}{}", "0".repeat(32), &token[32..]);
    assert_eq!(
        b.get(&format!("/report/follow-up/{forged}")).await.status,
        404
    );
    let tampered = format!(
        "{}{}",
        &token[..95],
        if token.ends_with('0') { "1" } else { "0" }
    );
    assert_eq!(
        b.get(&format!("/report/follow-up/{tampered}")).await.status,
        404
    );

    // The token is stored only as its hash.
    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let stored: Vec<String> = schema::follow_up_links::table
        .select(schema::follow_up_links::token_hash)
        .load(&mut c)
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);

    // The notification form comes pre-filled with what the case already says.
    let form = b
        .get(&format!(
            "/report/follow-up/{token}/file/incident_notification"
        ))
        .await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("Ransomware on billing servers"),
        "title carried forward"
    );
    let csrf = form.csrf();
    let mut data: Vec<(&str, String)> = vec![
        ("title", "Ransomware on billing servers".into()),
        ("initial_assessment", "LockBit entered through an unpatched VPN appliance; billing cluster encrypted.".into()),
        ("severity", "large".into()),
        ("impact_properties", "availability".into()),
        ("impact_properties", "integrity".into()),
        ("service_impact", "degraded".into()),
        ("geo_spread", "national".into()),
        ("outage_start", (chrono::Utc::now() - chrono::Duration::hours(3)).format("%Y-%m-%dT%H:%M").to_string()),
        ("incident_class", "malicious-code".into()),
        ("incident_type", "infected-system".into()),
        ("mitigation_taken", "Segment isolated; restore from backups started.".into()),
        ("iocs", "ipv4 192.0.2.10 C2\nsha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".into()),
    ];
    data.push(("language", "en".into()));
    let done = b
        .post(
            &format!("/report/follow-up/{token}/file/incident_notification"),
            &pairs(&csrf, &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    let case = b.get(done.location.as_deref().unwrap()).await;
    assert!(case.body.contains("Incident notification – version 1"));
    assert!(case.body.contains("192.0.2.10"));
    assert!(case.body.contains("Early warning – version 1"));
    assert_eq!(b.count("submissions"), 2);

    // The acknowledgement mail carries the same private link.
    let mut found = false;
    for _ in 0..100 {
        let mails: Vec<String> = std::fs::read_dir(&b.mail_dir)
            .unwrap()
            .map(|e| {
                std::fs::read_to_string(e.unwrap().path())
                    .unwrap()
                    .replace("=\r\n", "")
                    .replace("=\n", "")
            })
            .collect();
        if mails
            .iter()
            .any(|m| m.contains(&format!("/report/follow-up/{token}")))
        {
            found = true;
            break;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(found, "acknowledgement mail with the follow-up link");
    let authority_mail_leaks = std::fs::read_dir(&b.mail_dir).unwrap().any(|e| {
        let m = std::fs::read_to_string(e.unwrap().path()).unwrap();
        !m.contains("To: soc@acme.example") && m.replace("=\r\n", "").contains(&token)
    });
    assert!(!authority_mail_leaks, "only the reporter receives the link");
}

async fn invalid_input_is_explained_and_kept(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let form = b.get("/report/new").await;
    let csrf = form.csrf();
    let mut data = early_warning_form();
    data.retain(|(k, _)| *k != "summary" && *k != "email");
    data.push(("summary", "short".into()));
    data.push(("email", "not-an-address".into()));
    data.push(("title", "<script>alert(1)</script> café ‏RTL".into()));
    data.retain(|(k, v)| *k != "title" || v.starts_with('<'));
    let page = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"error-summary\""));
    assert!(page.body.contains("href=\"#f-summary\""));
    assert!(page.body.contains("href=\"#f-email\""));
    assert!(
        page.body
            .contains("aria-describedby=\"f-email-hint f-email-error\""),
        "error tied to its field"
    );
    assert!(page.body.contains("id=\"f-email-error\""));
    assert!(
        page.body.contains("value=\"not-an-address\""),
        "typed value kept"
    );
    assert!(page.body.contains("Acme Energy SA"));
    assert!(
        !page.body.contains("<script>alert(1)"),
        "typed HTML is escaped"
    );
    assert!(
        page.body.contains("&#60;script&#62;alert(1)")
            || page.body.contains("&lt;script&gt;alert(1)")
    );
    assert_eq!(
        (
            b.count("cases"),
            b.count("entities"),
            b.count("submissions")
        ),
        (0, 0, 0)
    );
}

async fn forms_without_a_valid_token_are_refused(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let data = early_warning_form();
    // No cookie, no token: a cross-site post.
    let page = b
        .post("/report/new", &pairs("", &data, &[("action", "submit")]))
        .await;
    assert_eq!(page.status, 403);
    assert!(
        page.body.contains("Acme Energy SA"),
        "input kept for a retry"
    );
    // A cookie, but a token from elsewhere.
    b.get("/report/new").await;
    let page = b
        .post(
            "/report/new",
            &pairs(&"0".repeat(32), &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(page.status, 403);
    // A real token, but another browser's cookie.
    let csrf = b.get("/report/new").await.csrf();
    b.forget_cookie();
    b.get("/").await;
    let page = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
        .await;
    assert_eq!(page.status, 403);
    assert_eq!((b.count("cases"), b.count("drafts")), (0, 0));
    // A follow-up form is protected the same way.
    let path = file_early_warning(&mut b).await;
    let token = path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let page = b
        .post(
            &format!("/report/follow-up/{token}/file/incident_notification"),
            &[("csrf", "x"), ("action", "submit")],
        )
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(b.count("submissions"), 1);
}

async fn public_posts_are_rate_limited(kind: Kind) {
    let mut b = Browser::start(kind, 3).await;
    let csrf = b.get("/report/new").await.csrf();
    let data = early_warning_form();
    for _ in 0..3 {
        let p = b
            .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
            .await;
        assert_eq!(p.status, 303);
    }
    let p = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(p.status, 429);
    let wait: u64 = p
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    assert!(p.body.contains("Acme Energy SA"), "input kept");
    assert_eq!(b.count("cases"), 0);
    // Reading is not limited.
    assert_eq!(b.get("/report/new").await.status, 200);
}

async fn drafts_are_saved_resumed_and_filed(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let csrf = b
        .get("/report/new?stage=incident_notification")
        .await
        .csrf();
    let data = vec![
        ("stage", "incident_notification".to_string()),
        ("legal_name", "Half-typed GmbH".into()),
        ("summary", "Still writing this".into()),
    ];
    let saved = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
        .await;
    assert_eq!(saved.status, 303);
    let draft_path = saved.location.unwrap();
    assert!(draft_path.starts_with("/report/draft/"));
    assert_eq!((b.count("drafts"), b.count("cases")), (1, 0));

    // A new visit (no cookie) with the link finds everything as typed.
    b.forget_cookie();
    let resumed = b.get(&draft_path).await;
    assert_eq!(resumed.status, 200);
    assert!(resumed.body.contains("value=\"Half-typed GmbH\""));
    assert!(resumed.body.contains(">Still writing this</textarea>"));
    assert!(resumed.body.contains("Draft saved"));
    assert!(
        resumed.body.contains("incident notification"),
        "the draft keeps its stage"
    );

    // Completing and filing it removes the draft.
    let csrf = resumed.csrf();
    let mut full = early_warning_form();
    full.retain(|(k, _)| *k != "stage");
    let action = draft_path.split('?').next().unwrap().to_string();
    let done = b
        .post(
            &action,
            &pairs(
                &csrf,
                &full,
                &[("action", "submit"), ("stage", "incident_notification")],
            ),
        )
        .await;
    assert_eq!(
        done.status, 422,
        "a notification needs more than an early warning"
    );
    assert!(done.body.contains("href=\"#f-initial_assessment\""));
    assert_eq!(b.count("drafts"), 1, "a refused filing keeps the draft");
    let mut ew = early_warning_form();
    ew.retain(|(k, _)| *k != "stage");
    let done = b
        .post(
            &action,
            &pairs(
                &csrf,
                &ew,
                &[("action", "submit"), ("stage", "early_warning")],
            ),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!((b.count("drafts"), b.count("cases")), (0, 1));
    assert_eq!(b.get(&action).await.status, 404);

    // A later stage's draft lives on the case.
    let case = done.location.unwrap();
    let token = case
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let form_path = format!("/report/follow-up/{token}/file/incident_notification");
    let csrf = b.get(&form_path).await.csrf();
    let saved = b
        .post(
            &form_path,
            &[
                ("csrf", csrf.as_str()),
                ("action", "save"),
                ("mitigation_taken", "Isolating the VPN"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let again = b.get(&form_path).await;
    assert!(again.body.contains(">Isolating the VPN</textarea>"));
    assert!(b
        .get(&format!("/report/follow-up/{token}"))
        .await
        .body
        .contains("draft saved"));
    assert_eq!(b.count("submissions"), 1);
}

async fn bad_links_and_stages_are_explained(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let page = b
        .get(&format!("/report/follow-up/{}", "ab".repeat(32)))
        .await;
    assert_eq!(page.status, 404);
    assert!(page.body.contains("This link is not valid"));
    assert!(page
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(
        b.get(&format!("/report/draft/{}", "ab".repeat(32)))
            .await
            .status,
        404
    );
    let path = file_early_warning(&mut b).await;
    let token = path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    // A final report before the notification: explained, not a 500.
    let page = b
        .get(&format!("/report/follow-up/{token}/file/final_report"))
        .await;
    assert_eq!(page.status, 409);
    assert!(page.body.contains("needs the incident notification first"));
    assert_eq!(
        b.get(&format!("/report/follow-up/{token}/file/nonsense"))
            .await
            .status,
        404
    );
    let print = b.get(&format!("/report/follow-up/{token}/print")).await;
    assert_eq!(print.status, 200);
    assert!(!print.body.contains("File a report"));
}

async fn significance_helper_advises(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let blank = b.get("/report/significance").await;
    assert_eq!(blank.status, 200);
    assert!(!blank.body.contains("id=\"result\""));
    let page = b
        .get("/report/significance?entity_type=cloud_computing_provider&unavailable_minutes=45")
        .await;
    assert!(page.body.contains("Result: significant"), "{}", page.body);
    assert!(page.body.contains("ir_a7"));
    assert!(page.body.contains("significance_basis=ir_a7"));
    let page = b
        .get("/report/significance?entity_type=electricity_supplier&severe_disruption=no")
        .await;
    assert!(page.body.contains("Result: cannot be decided yet"));
    let form = b
        .get("/report/new?stage=early_warning&significance_basis=ir_a7")
        .await;
    assert!(form.body.contains(">ir_a7</textarea>"));
}

crate::on_both_kinds!(
    file_then_follow_up,
    invalid_input_is_explained_and_kept,
    forms_without_a_valid_token_are_refused,
    drafts_are_saved_resumed_and_filed,
);

mod sqlite_only {
    use super::*;

    #[actix_web::test]
    async fn rate_limit() {
        public_posts_are_rate_limited(Kind::Sqlite).await
    }

    #[actix_web::test]
    async fn bad_links() {
        bad_links_and_stages_are_explained(Kind::Sqlite).await
    }

    #[actix_web::test]
    async fn significance() {
        significance_helper_advises(Kind::Sqlite).await
    }

    #[actix_web::test]
    async fn an_oversized_form_is_refused_without_storing() {
        let mut b = Browser::start(Kind::Sqlite, 100).await;
        let csrf = b.get("/report/new").await.csrf();
        let huge = "x".repeat(300 * 1024);
        let data = early_warning_form();
        let p = b
            .post(
                "/report/new",
                &pairs(
                    &csrf,
                    &data,
                    &[("summary", huge.as_str()), ("action", "save")],
                ),
            )
            .await;
        assert_eq!(p.status, 413);
        assert_eq!((b.count("cases"), b.count("drafts")), (0, 0));
    }

    #[actix_web::test]
    async fn stylesheet_is_served_and_pages_allow_no_script() {
        let mut b = Browser::start(Kind::Sqlite, 100).await;
        let css = b.get("/static/style.css").await;
        assert_eq!(css.status, 200);
        assert!(css
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css"));
        let page = b.get("/report/new").await;
        let csp = page
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"));
        assert!(!page.body.contains("<script"));
        let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
    }
}
