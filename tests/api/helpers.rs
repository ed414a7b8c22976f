//! `spawn_app()`: the real application on a free port with its own fresh database, SQLite
//! file or PostgreSQL database, plus one helper per endpoint.

use diesel::{Connection, PgConnection, RunQueryDsl};
use intake::config::Settings;
use intake::domain::clock::{ManualClock, SharedClock, SystemClock};
use intake::domain::entity::{EntityInput, EntityProfile};
use intake::startup::Application;
use intake::storage::{entities, Backend};
use serde_json::{json, Value};
use std::time::Duration;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

/// Admin URL of the throwaway PostgreSQL cluster the test command starts.
pub fn postgres_admin_url() -> String {
    std::env::var("INTAKE_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("INTAKE_TEST_POSTGRES_URL is not set: run the tests with ./scripts/test, which starts a throwaway PostgreSQL")
    })
}

/// A fresh, empty database of `kind`; the temp dir (SQLite) lives as long as the guard.
pub fn fresh_database(kind: Kind) -> (String, Option<tempfile::TempDir>) {
    match kind {
        Kind::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            (
                format!("sqlite://{}", dir.path().join("intake.db").display()),
                Some(dir),
            )
        }
        Kind::Postgres => {
            let admin = postgres_admin_url();
            let name = format!("t_{}", Uuid::new_v4().simple());
            let mut conn = PgConnection::establish(&admin).expect("connect to the test PostgreSQL");
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .expect("create database");
            let base = admin
                .rsplit_once('/')
                .map(|(b, _)| b.to_string())
                .unwrap_or(admin);
            (format!("{base}/{name}"), None)
        }
    }
}

pub struct TestApp {
    pub address: String,
    /// The app's clock when started by [`spawn_app_at`]; `None` on the system clock.
    pub manual: Option<ManualClock>,
    pub notifier: intake::notify::worker::Notifier,
    pub database_url: String,
    pub api_key: String,
    pub client: awc::Client,
    _dir: Option<tempfile::TempDir>,
    _mail: tempfile::TempDir,
}

/// Settings of a test app; without `smtp_port`, mail is written as files into `mail_dir`.
pub fn settings(
    database_url: &str,
    mail_dir: &std::path::Path,
    smtp_port: Option<u16>,
) -> Settings {
    Settings::from_lookup(|k| match k {
        "INTAKE_DATABASE_URL" => Some(database_url.to_string()),
        "INTAKE_BIND" => Some("127.0.0.1:0".into()),
        "INTAKE_WORKERS" => Some("2".into()),
        "INTAKE_MAIL_DIR" => Some(mail_dir.display().to_string()),
        "INTAKE_SMTP_URL" => smtp_port.map(|p| format!("smtp://127.0.0.1:{p}")),
        "INTAKE_MAIL_RETRY_SECONDS" => Some("1".into()),
        "INTAKE_MAIL_FROM" => Some("intake@intake.example".into()),
        "INTAKE_SECRET_KEY" => Some(TEST_SECRET.repeat(32)),
        // Signed audit checkpoints stay with the test's files, never in the working tree.
        "INTAKE_AUDIT_CHECKPOINTS" => Some(
            mail_dir
                .join(".audit-checkpoints.log")
                .display()
                .to_string(),
        ),
        // Load-shaped tests drive one key hard; the limit has its own test.
        "INTAKE_API_RATE_LIMIT" => Some("0".into()),
        _ => None,
    })
    .expect("test settings")
}

pub async fn spawn_app(kind: Kind) -> TestApp {
    spawn_app_with_smtp(kind, None).await
}

/// The app with its clock standing at `at` until the test moves it (`app.clock()`).
pub async fn spawn_app_at(kind: Kind, at: chrono::DateTime<chrono::Utc>) -> TestApp {
    let clock = ManualClock::at(at);
    let mut app = spawn(kind, None, std::sync::Arc::new(clock.clone())).await;
    app.manual = Some(clock);
    app
}

/// The app mailing through a real SMTP server on `smtp_port` (which need not be up yet).
pub async fn spawn_app_with_smtp(kind: Kind, smtp_port: Option<u16>) -> TestApp {
    spawn(kind, smtp_port, std::sync::Arc::new(SystemClock)).await
}

async fn spawn(kind: Kind, smtp_port: Option<u16>, clock: SharedClock) -> TestApp {
    let (database_url, dir) = fresh_database(kind);
    let mail = tempfile::tempdir().expect("mail dir");
    let s = settings(&database_url, mail.path(), smtp_port);
    let app = Application::build_with_clock(&s, clock).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    let notifier = app.notifier();
    actix_web::rt::spawn(app.run());
    let (_, api_key) = add_entity(&database_url, "LU", "energy", "electricity_supplier");
    let client = awc::Client::builder()
        .timeout(Duration::from_secs(30))
        .finish();
    TestApp {
        address,
        manual: None,
        notifier,
        database_url,
        api_key,
        client,
        _dir: dir,
        _mail: mail,
    }
}

/// The test apps' server secret (`INTAKE_SECRET_KEY`), one byte repeated.
pub const TEST_SECRET: &str = "5e";

/// The key that keys the test apps' audit chain (derived from [`TEST_SECRET`]).
pub fn test_audit_key() -> intake::domain::audit_chain::ChainKey {
    intake::secrets::SecretKey::from_hex(&TEST_SECRET.repeat(32))
        .unwrap()
        .audit_chain_key()
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Registers an entity the way `intake entity add` does and gives it an API key.
pub fn add_entity(database_url: &str, ms: &str, sector: &str, entity_type: &str) -> (Uuid, String) {
    register_entity(
        database_url,
        &EntityInput {
            legal_name: Some(format!("Test {entity_type} {ms}")),
            member_state: Some(ms.into()),
            sector: Some(sector.into()),
            entity_type: Some(entity_type.into()),
            email: Some("soc@entity.example".into()),
            ..Default::default()
        },
    )
}

/// Registers the entity `input` describes and gives it an API key: (entity id, key).
pub fn register_entity(database_url: &str, input: &EntityInput) -> (Uuid, String) {
    let mut conn = Backend::from_url(database_url).unwrap().connect().unwrap();
    let profile = EntityProfile::parse(input).unwrap();
    let entity = entities::insert_entity(&mut conn, &profile, chrono::Utc::now()).unwrap();
    let key =
        entities::create_api_key(&mut conn, entity.id, Some("tests"), chrono::Utc::now()).unwrap();
    (entity.id, key.secret)
}

/// A response's status, headers we look at, and JSON body (Null when not JSON).
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub location: Option<String>,
    pub headers: awc::http::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    /// The field names of a 422 problem document.
    pub fn error_fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| e["field"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// An RFC 3339 time `hours` before now.
pub fn hours_ago(hours: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::hours(hours))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A complete, valid early warning.
pub fn early_warning() -> Value {
    json!({"report": {
        "stage": "early_warning", "aware_at": hours_ago(2), "title": "Ransomware on billing servers",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "no", "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    }})
}

/// What a notification adds to an early warning.
pub fn notification() -> Value {
    json!({"report": {
        "stage": "incident_notification",
        "initial_assessment": "LockBit 3.0 entered through an unpatched VPN appliance; billing cluster encrypted.",
        "severity": "large", "impact_properties": ["availability", "integrity"], "service_impact": "partial_outage",
        "outage_start": hours_ago(3), "geo_spread": "national", "mitigation_taken": "Segment isolated, restore from backups started.",
        "incident_class": "malicious-code", "incident_type": "infected-system",
        "iocs": [{"type": "ipv4", "value": "192.0.2.10"}, {"type": "sha256", "value": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]
    }})
}

impl TestApp {
    /// The clock of an app from [`spawn_app_at`].
    pub fn clock(&self) -> &ManualClock {
        self.manual
            .as_ref()
            .expect("an app started by spawn_app_at")
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        key: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Reply {
        let mut req = self
            .client
            .request(method.parse().unwrap(), format!("{}{path}", self.address));
        if let Some(k) = key {
            req = req.insert_header(("Authorization", format!("Bearer {k}")));
        }
        for (h, v) in headers {
            req = req.insert_header((*h, *v));
        }
        let mut res = match body {
            Some(b) => req.send_body(b).await,
            None => req.send().await,
        }
        .expect("request");
        let bytes = res.body().limit(16 * 1024 * 1024).await.expect("body");
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        Reply {
            status: res.status().as_u16(),
            location: res
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            headers: res.headers().clone(),
            content_type,
            body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        }
    }

    pub async fn post_json(&self, path: &str, body: &Value, headers: &[(&str, &str)]) -> Reply {
        let mut h = vec![("Content-Type", "application/json")];
        h.extend_from_slice(headers);
        self.send(
            "POST",
            path,
            Some(&self.api_key.clone()),
            &h,
            Some(serde_json::to_vec(body).unwrap()),
        )
        .await
    }

    pub async fn open_case(&self, body: &Value) -> Reply {
        self.post_json("/api/v1/incidents", body, &[]).await
    }

    pub async fn add_report(&self, case_id: &str, body: &Value) -> Reply {
        self.post_json(&format!("/api/v1/incidents/{case_id}/reports"), body, &[])
            .await
    }

    pub async fn get_case(&self, case_id: &str) -> Reply {
        self.send(
            "GET",
            &format!("/api/v1/incidents/{case_id}"),
            Some(&self.api_key.clone()),
            &[],
            None,
        )
        .await
    }

    pub async fn list_cases(&self, query: &str) -> Reply {
        self.send(
            "GET",
            &format!("/api/v1/incidents{query}"),
            Some(&self.api_key.clone()),
            &[],
            None,
        )
        .await
    }
}

/// Runs each named async test function against SQLite and against PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                super::$name($crate::helpers::spawn_app($crate::helpers::Kind::Sqlite).await).await
            }
            #[actix_web::test]
            async fn postgres() {
                super::$name($crate::helpers::spawn_app($crate::helpers::Kind::Postgres).await).await
            }
        }
    )+};
}

/// Merges `extra` into `base.report`.
pub fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(r), Some(e)) = (base["report"].as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            r.insert(k.clone(), v.clone());
        }
    }
    base
}

/// Like `on_both_backends!`, for tests that set the time: each app starts with its clock at
/// the RFC 3339 instant given after the test's name.
#[macro_export]
macro_rules! on_both_backends_at {
    ($($name:ident at $at:literal),+ $(,)?) => {$(
        mod $name {
            fn at() -> chrono::DateTime<chrono::Utc> {
                chrono::DateTime::parse_from_rfc3339($at).unwrap().to_utc()
            }
            #[actix_web::test]
            async fn sqlite() {
                super::$name($crate::helpers::spawn_app_at($crate::helpers::Kind::Sqlite, at()).await).await
            }
            #[actix_web::test]
            async fn postgres() {
                super::$name($crate::helpers::spawn_app_at($crate::helpers::Kind::Postgres, at()).await).await
            }
        }
    )+};
}

/// Like `on_both_backends!`, for tests that build their own app: each gets the `Kind`.
#[macro_export]
macro_rules! on_both_kinds {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                super::$name($crate::helpers::Kind::Sqlite).await
            }
            #[actix_web::test]
            async fn postgres() {
                super::$name($crate::helpers::Kind::Postgres).await
            }
        }
    )+};
}
