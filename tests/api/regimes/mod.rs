//! Report once, several regimes (spec §7): DORA (Regulation 2022/2554 Art. 19, RTS 2025/301
//! Art. 5), GDPR (2016/679 Art. 33) and CRA (2024/2847 Art. 14) threads beside NIS2, each
//! with its own clock and recipients. Every test runs on SQLite and PostgreSQL, driven by the
//! injected clock, against the example routing table (its LU authorities and bank holidays).

mod bad_input;
mod cra;
mod dora;
mod dora_calendar;
mod dora_relief;
mod gdpr;
mod notices;

use crate::helpers::*;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use intake::domain::entity::EntityInput;
use intake::domain::jurisdiction::DetailsInput;
use intake::storage::{schema, Backend};
use serde_json::{json, Value};

/// A valid LEI (ISO 17442 check digits).
pub const LEI: &str = "7LTWFZYICNSX8D621K86";

pub fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// Registers a LU entity as `intake entity add` does; returns its API key.
pub fn register(
    app: &TestApp,
    sector: &str,
    subsector: Option<&str>,
    entity_type: &str,
    lei: Option<&str>,
) -> String {
    let input = EntityInput {
        legal_name: Some(format!("{entity_type} of LU")),
        member_state: Some("LU".into()),
        sector: Some(sector.into()),
        subsector: subsector.map(str::to_string),
        entity_type: Some(entity_type.into()),
        email: Some("soc@entity.example".into()),
        details: DetailsInput {
            lei: lei.map(str::to_string),
            ..Default::default()
        },
        ..Default::default()
    };
    crate::helpers::register_entity(&app.database_url, &input).1
}

/// A credit institution (no weekend relief, RTS 2025/301 Art. 5(2)) with its LEI.
pub fn bank(app: &TestApp) -> String {
    register(app, "banking", None, "credit_institution", Some(LEI))
}

/// A manufacturer of products with digital elements (CRA).
pub fn manufacturer(app: &TestApp) -> String {
    register(
        app,
        "manufacturing",
        Some("computer_electronic_optical"),
        "manufacturer",
        None,
    )
}

/// POSTs `body` as the holder of `key`.
pub async fn post(app: &TestApp, key: &str, path: &str, body: &Value) -> Reply {
    app.send(
        "POST",
        path,
        Some(key),
        &[("Content-Type", "application/json")],
        Some(serde_json::to_vec(body).unwrap()),
    )
    .await
}

/// GETs a case as the holder of `key`.
pub async fn get(app: &TestApp, key: &str, id: &str) -> Value {
    let r = app
        .send(
            "GET",
            &format!("/api/v1/incidents/{id}"),
            Some(key),
            &[],
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body
}

/// The number of cases the holder of `key` has.
pub async fn case_count(app: &TestApp, key: &str) -> usize {
    let r = app
        .send("GET", "/api/v1/incidents", Some(key), &[], None)
        .await;
    r.body["items"].as_array().map_or(0, Vec::len)
}

/// A DORA initial notification (ITS 2025/302), aware at `aware`, classified major at `major`.
pub fn dora_initial(aware: DateTime<Utc>, major: DateTime<Utc>) -> Value {
    json!({"report": {
        "stage": "initial_notification", "aware_at": rfc(aware), "classified_major_at": rfc(major),
        "major_criteria": ["critical_services", "clients_affected"],
        "title": "Payment systems outage", "summary": "Card payments fail since this morning.",
        "incident_status": "ongoing"
    }})
}

/// A DORA intermediate report.
pub fn dora_intermediate() -> Value {
    json!({"report": {
        "stage": "intermediate_report",
        "status_update": "Card payments restored for 80% of clients; root cause under analysis.",
        "service_impact": "partial_outage"
    }})
}

/// The row of the deadline table for (`regime`, `stage`).
pub fn row<'a>(case: &'a Value, regime: &str, stage: &str) -> &'a Value {
    case["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["regime"] == regime && d["stage"] == stage)
        .unwrap_or_else(|| panic!("no {regime} {stage} row in {}", case["deadlines"]))
}

/// The thread of `regime`.
pub fn thread<'a>(case: &'a Value, regime: &str) -> &'a Value {
    case["threads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["regime"] == regime)
        .unwrap_or_else(|| panic!("no {regime} thread in {}", case["threads"]))
}

/// The report answering (`regime`, `stage`).
pub fn report<'a>(case: &'a Value, regime: &str, stage: &str) -> &'a Value {
    case["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["regime"] == regime && r["stage"] == stage)
        .unwrap_or_else(|| panic!("no {regime} {stage} report in {}", case["reports"]))
}

/// The authorities a report's `authority_notification`s went to, sorted.
pub fn notified(report: &Value) -> Vec<String> {
    let mut v: Vec<String> = report["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "authority_notification")
        .map(|n| n["authority"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

/// The case's outbox rows: (kind, authority, payload).
pub fn outbox(app: &TestApp, case_id: &str) -> Vec<(String, Option<String>, String)> {
    use schema::outbox::dsl as o;
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    o::outbox
        .filter(o::case_id.eq(case_id))
        .select((o::kind, o::authority_code, o::payload))
        .load(&mut c)
        .unwrap()
}

/// Asserts a 422 naming exactly `fields` (in any order).
pub fn assert_fields(r: &Reply, fields: &[&str]) {
    assert_eq!(r.status, 422, "{:?}", r.body);
    let mut got = r.error_fields();
    got.sort();
    let mut want: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "{:?}", r.body);
}
