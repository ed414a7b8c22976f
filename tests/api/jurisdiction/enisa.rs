//! NIS2 Art. 23(9), spec §6: the quarterly ENISA summary is one per member state, produced by
//! its single point of contact (others are refused), counts each case of that member state's
//! jurisdiction once (never copies received for information), includes the Art. 30 kinds,
//! and suppresses small cells with secondary suppression.

use super::register;
use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::Browser;
use crate::workspace::{add_user, login, PASSWORD};
use chrono::{Duration, TimeZone, Utc};
use intake::domain::clock::{Clock, ManualClock};
use intake::domain::staff::StaffRole;
use serde_json::{json, Value};

on_both_kinds!(
    only_the_spoc_produces_the_summary_of_its_member_state,
    each_case_of_the_jurisdiction_counts_once_and_small_cells_cannot_be_recovered,
);

/// A browser on an app whose clock stands in May 2027 (quarter 2027-Q2).
async fn start(kind: Kind) -> (Browser, ManualClock) {
    let clock = ManualClock::at(Utc.with_ymd_and_hms(2027, 5, 10, 9, 0, 0).unwrap());
    let b = Browser::start_with_clock(kind, 1000, std::sync::Arc::new(clock.clone())).await;
    (b, clock)
}

fn early_warning(clock: &ManualClock, cross_border_ms: &[&str]) -> Value {
    let aware = clock.now() - Duration::hours(2);
    json!({"report": {
        "stage": "early_warning", "aware_at": aware.to_rfc3339(), "title": "Ransomware on billing servers",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": if cross_border_ms.is_empty() { "no" } else { "yes" },
        "cross_border_ms": cross_border_ms, "affected_services": ["billing"], "incident_status": "ongoing",
        "assistance_requested": false
    }})
}

fn near_miss(clock: &ManualClock) -> Value {
    json!({"report": {
        "kind": "near_miss", "observed_at": (clock.now() - Duration::days(3)).to_rfc3339(),
        "title": "Blocked intrusion attempt", "summary": "A VPN brute-force attempt was blocked by rate limits.",
        "suspected_malicious": "yes", "cross_border_possible": "no", "affected_services": ["vpn"],
        "incident_status": "resolved", "assistance_requested": false
    }})
}

/// Files `body` as the entity of `key`; the case's id.
async fn file(b: &Browser, key: &str, body: Value) -> String {
    let (status, reply) = b.api("POST", "/api/v1/incidents", key, Some(body)).await;
    assert_eq!(status, 201, "{reply}");
    reply["id"].as_str().unwrap().to_string()
}

async fn summary(b: &mut Browser, format: &str) -> (u16, String) {
    let p = b
        .get(&format!(
            "/authority/exports/enisa?quarter=2027-Q2&format={format}"
        ))
        .await;
    (p.status, p.body)
}

async fn only_the_spoc_produces_the_summary_of_its_member_state(kind: Kind) {
    let (mut b, _clock) = start(kind).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Admin,
        false,
    );
    add_user(
        &db,
        "LU-SPOC",
        "sam@spoc.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "ana@ilr.example", PASSWORD).await, 303);
    let (status, body) = summary(&mut b, "json").await;
    assert_eq!(status, 403, "a competent authority is not the SPOC");
    assert!(body.contains("single point of contact"), "{body}");
    let csrf = b.get("/authority/queue").await.csrf();
    assert_eq!(
        b.post("/authority/logout", &[("csrf", &csrf)]).await.status,
        303
    );
    assert_eq!(login(&mut b, "sam@spoc.example", PASSWORD).await, 303);
    let (status, body) = summary(&mut b, "json").await;
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["member_state"], "LU");
    assert_eq!(v["produced_by"], "LU-SPOC");
    // Another member state's summary is not this SPOC's to produce.
    let p = b
        .get("/authority/exports/enisa?quarter=2027-Q2&member_state=DE")
        .await;
    assert_eq!(p.status, 403);
}

async fn each_case_of_the_jurisdiction_counts_once_and_small_cells_cannot_be_recovered(kind: Kind) {
    let (mut b, clock) = start(kind).await;
    let db = b.database_url.clone();
    // Four LU energy cases, each routed to two LU authorities: counted four times, not eight.
    let energy = register(
        &db,
        "LU",
        "energy",
        "electricity_supplier",
        Default::default(),
    );
    for _ in 0..4 {
        file(&b, &energy, early_warning(&clock, &[])).await;
    }
    // One voluntary near miss from an organisation outside the annexes (Art. 30).
    let other = register(&db, "LU", "other", "other", Default::default());
    file(&b, &other, near_miss(&clock)).await;
    // A German case naming Luxembourg as affected: Germany's jurisdiction, not Luxembourg's.
    let german = register(
        &db,
        "DE",
        "energy",
        "electricity_supplier",
        Default::default(),
    );
    file(&b, &german, early_warning(&clock, &["LU"])).await;
    // A fifth energy case, withdrawn by its entity (spec §1.5): no incident to count.
    let gone = file(&b, &energy, early_warning(&clock, &[])).await;
    let why = json!({"reason": "Assessed as not significant after all."});
    let path = format!("/api/v1/incidents/{gone}/withdrawal");
    assert_eq!(b.api("POST", &path, &energy, Some(why)).await.0, 200);

    add_user(
        &db,
        "LU-SPOC",
        "sam@spoc.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "sam@spoc.example", PASSWORD).await, 303);
    let (status, body) = summary(&mut b, "json").await;
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        v["cases"], 5,
        "4 energy cases once each + the near miss; not the German or the withdrawn case"
    );
    let cells = |dim: &str| cells_of(&v, dim);
    // The near miss alone (1) is suppressed, and so is the cell that would give it away.
    assert_eq!(
        cells("kind"),
        vec![
            ("near_miss".into(), None),
            ("significant_incident".into(), None)
        ]
    );
    assert_eq!(
        cells("sector"),
        vec![("energy".into(), None), ("other".into(), None)]
    );
    assert_eq!(cells("regime"), vec![("nis2".into(), Some(5))]);
    // No dimension leaves a single hidden cell beside a shown total.
    for (dim, list) in v["breakdown"].as_object().unwrap() {
        let hidden = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["count"].is_null())
            .count();
        assert_ne!(hidden, 1, "{dim}: one hidden cell = total minus the others");
        for c in list.as_array().unwrap() {
            assert!(c["count"].as_i64().is_none_or(|n| n >= 3), "{dim}: {c}");
        }
    }
    the_csv_says_the_same(&mut b).await;
}

async fn the_csv_says_the_same(b: &mut Browser) {
    let (status, csv) = summary(b, "csv").await;
    assert_eq!(status, 200);
    assert!(
        csv.starts_with("quarter,member_state,dimension,value,count\n"),
        "{csv}"
    );
    assert!(csv.contains("2027-Q2,LU,total,all,5\n"), "{csv}");
    assert!(
        csv.contains("2027-Q2,LU,kind,near_miss,suppressed\n"),
        "{csv}"
    );
}

/// (value, count or `None` when suppressed) of one dimension.
fn cells_of(v: &Value, dim: &str) -> Vec<(String, Option<i64>)> {
    v["breakdown"][dim]
        .as_array()
        .unwrap_or_else(|| panic!("{dim} in {v}"))
        .iter()
        .map(|c| {
            (
                c["value"].as_str().unwrap().to_string(),
                c["count"].as_i64(),
            )
        })
        .collect()
}
