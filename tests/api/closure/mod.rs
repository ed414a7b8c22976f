//! Closing, waiving and withdrawal (spec §1.5, NIS2 Art. 23(4)): closing must never leave the
//! entity with a legal duty it can no longer fulfil. Driven by the injected clock, on SQLite
//! and PostgreSQL, through the authority API, the reporter API and the follow-up page.

mod accept;
mod duplicate;
mod not_significant;
mod page;
mod roles;
mod staff_page;
mod waiver;
mod withdrawal;

use crate::helpers::*;
use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use intake::domain::clock::Clock;
use intake::storage::{schema, Backend};
use serde_json::{json, Value};

pub fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An authority API token of `code`.
pub fn token(app: &TestApp, code: &str) -> String {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    intake::storage::staff::create_authority_token(
        &mut c,
        &code.parse().unwrap(),
        None,
        app.clock().now(),
    )
    .unwrap()
    .1
}

/// POSTs `body` with the bearer `key` (an authority token or an API key).
pub async fn post(app: &TestApp, key: &str, path: &str, body: Value) -> Reply {
    app.send(
        "POST",
        path,
        Some(key),
        &[("Content-Type", "application/json")],
        Some(serde_json::to_vec(&body).unwrap()),
    )
    .await
}

/// The authority closes case `id`.
pub async fn close(app: &TestApp, token: &str, id: &str, body: Value) -> Reply {
    post(
        app,
        token,
        &format!("/api/v1/authority/cases/{id}/closure"),
        body,
    )
    .await
}

/// The entity withdraws case `id` through the API.
pub async fn withdraw(app: &TestApp, id: &str, body: Value) -> Reply {
    let key = app.api_key.clone();
    post(
        app,
        &key,
        &format!("/api/v1/incidents/{id}/withdrawal"),
        body,
    )
    .await
}

/// A case opened by an early warning, aware an hour before the clock: (id, reference).
pub async fn early_warning_case(app: &TestApp) -> (String, String) {
    let aware = app.clock().now() - Duration::hours(1);
    let opened = app
        .open_case(&with(early_warning(), json!({"aware_at": rfc(aware)})))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    (
        opened.body["id"].as_str().unwrap().to_string(),
        opened.body["reference"].as_str().unwrap().to_string(),
    )
}

/// A notification that fits a case opened by [`early_warning_case`].
pub fn notification_now(app: &TestApp) -> Value {
    let outage = rfc(app.clock().now() - Duration::hours(2));
    with(notification(), json!({"outage_start": outage}))
}

/// A final report, the incident handled an hour ago by the clock.
pub fn final_report(app: &TestApp) -> Value {
    let handled = rfc(app.clock().now() - Duration::hours(1));
    json!({"report": {
        "stage": "final_report", "incident_status": "resolved", "handled_at": handled,
        "detailed_description": "x".repeat(250), "root_cause_category": "malicious_action",
        "root_cause_description": "Unpatched VPN appliance (CVE-2024-3400) exploited by an affiliate.",
        "mitigation_applied": "Patched, credentials rotated, billing restored from offline backups.",
        "mitigation_ongoing": "none", "attack_techniques": ["T1190", "T1486"]
    }})
}

/// The status of `stage` in a case's deadline table.
pub fn status(case: &Value, stage: &str) -> String {
    case["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == stage)
        .unwrap_or_else(|| panic!("no {stage} row in {}", case["deadlines"]))["status"]
        .as_str()
        .unwrap()
        .to_string()
}

/// How many queued messages of `kind` a case has.
pub fn mail_count(app: &TestApp, id: &str, kind: &str) -> i64 {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    schema::outbox::table
        .filter(schema::outbox::kind.eq(kind))
        .filter(schema::outbox::case_id.eq(id))
        .count()
        .get_result(&mut c)
        .unwrap()
}

/// How many messages of `kind` of a case were delivered.
pub fn sent_count(app: &TestApp, id: &str, kind: &str) -> i64 {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    schema::outbox::table
        .filter(schema::outbox::kind.eq(kind))
        .filter(schema::outbox::case_id.eq(id))
        .filter(schema::outbox::status.eq("sent"))
        .count()
        .get_result(&mut c)
        .unwrap()
}

/// The audit actions recorded on a case.
pub fn audited(app: &TestApp, id: &str) -> Vec<String> {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    schema::audit_log::table
        .filter(schema::audit_log::case_id.eq(id))
        .select(schema::audit_log::action)
        .load(&mut c)
        .unwrap()
}

/// The problem document's `detail`.
pub fn detail(r: &Reply) -> String {
    r.body["detail"].as_str().unwrap_or_default().to_string()
}
