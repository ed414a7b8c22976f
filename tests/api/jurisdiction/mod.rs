//! NIS2 Art. 26 (jurisdiction and the §2.2 entity profile), Art. 30 (voluntary notifications)
//! and Art. 23(9) (the ENISA summary by the single point of contact), over HTTP on SQLite and
//! PostgreSQL, driven by the injected clock.

mod enisa;
mod linking;
mod profile;
mod profile_api;
mod routing;
mod voluntary;
mod voluntary_form;

use crate::helpers::{Reply, TestApp};
use diesel::prelude::*;
use intake::domain::entity::{EntityInput, EntityProfile};
use intake::domain::jurisdiction::DetailsInput;
use intake::storage::{entities, schema, Backend};
use serde_json::{json, Value};

/// Registers an entity as `intake entity add` does, with the §2.2 details; returns its key.
pub fn register(
    db: &str,
    ms: &str,
    sector: &str,
    entity_type: &str,
    details: DetailsInput,
) -> String {
    register_with_id(db, ms, sector, entity_type, details).1
}

/// Like [`register`], also returning the entity id.
pub fn register_with_id(
    db: &str,
    ms: &str,
    sector: &str,
    entity_type: &str,
    details: DetailsInput,
) -> (String, String) {
    let mut conn = Backend::from_url(db).unwrap().connect().unwrap();
    let profile = EntityProfile::parse(&EntityInput {
        legal_name: Some(format!("{entity_type} of {ms}")),
        member_state: Some(ms.into()),
        sector: Some(sector.into()),
        entity_type: Some(entity_type.into()),
        email: Some("soc@entity.example".into()),
        details,
        ..Default::default()
    })
    .unwrap();
    let entity = entities::insert_entity(&mut conn, &profile, chrono::Utc::now()).unwrap();
    let key = entities::create_api_key(&mut conn, entity.id, Some("tests"), chrono::Utc::now())
        .unwrap()
        .secret;
    (entity.id.to_string(), key)
}

/// Files `body` as the entity behind `key`.
pub async fn file_as(app: &TestApp, key: &str, path: &str, body: &Value) -> Reply {
    app.send(
        "POST",
        path,
        Some(key),
        &[("Content-Type", "application/json")],
        Some(serde_json::to_vec(body).unwrap()),
    )
    .await
}

/// A valid early warning, aware two hours before the app's clock.
pub fn early_warning_at(app: &TestApp) -> Value {
    use intake::domain::clock::Clock;
    let aware = app.clock().now() - chrono::Duration::hours(2);
    json!({"report": {
        "stage": "early_warning", "aware_at": aware.to_rfc3339(), "title": "Ransomware on billing servers",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "no", "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    }})
}

/// (authority code, informed copy) of every recipient of a case, sorted.
pub fn recipients(db: &str, case_id: &str) -> Vec<(String, bool)> {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let mut r: Vec<(String, bool)> = schema::case_recipients::table
        .filter(schema::case_recipients::case_id.eq(case_id))
        .select((
            schema::case_recipients::authority_code,
            schema::case_recipients::informed,
        ))
        .load(&mut c)
        .unwrap();
    r.sort();
    r
}
