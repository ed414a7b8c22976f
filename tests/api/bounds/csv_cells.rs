//! Issue 12 finding 8, every free-text column of the queue's CSV export: a title, an entity's
//! legal name and an assignee that start like a formula (`@`, `=`, `+`) each come out behind
//! a `'`, and no cell of the export starts a formula (the earlier test seeded the assignee only).

use crate::helpers::{add_entity, early_warning, with, Kind};
use crate::pages::Browser;
use crate::workspace::{act, add_user, login, PASSWORD};
use intake::domain::staff::StaffRole;
use serde_json::json;

crate::on_both_kinds!(formulas_in_the_title_entity_and_assignee_are_all_neutralised);

const TITLE: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const ENTITY: &str = "=HYPERLINK(\"http://evil.example\",\"open\")";
const ASSIGNEE: &str = "+1+2@ilr.example";

/// Whether a spreadsheet would read `cell` as a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

async fn formulas_in_the_title_entity_and_assignee_are_all_neutralised(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let (_, key) = add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let profile = json!({"legal_name": ENTITY, "member_state": "LU", "sector": "energy",
        "entity_type": "electricity_supplier", "email": "soc@evil.example"});
    let (s, body) = b.api("PUT", "/api/v1/entity", &key, Some(profile)).await;
    assert_eq!(s, 200, "{body}");
    let report = with(early_warning(), json!({ "title": TITLE }));
    let (s, case) = b.api("POST", "/api/v1/incidents", &key, Some(report)).await;
    assert_eq!(s, 201, "{case}");
    let case = case["id"].as_str().unwrap().to_string();
    let me = add_user(
        &b.database_url,
        "LU-ILR-ENERGY",
        ASSIGNEE,
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, ASSIGNEE, PASSWORD).await, 303);
    assert_eq!(
        act(&mut b, &case, "assign", &[("user_id", &me.to_string())]).await,
        303
    );

    let csv = b.get("/authority/queue.csv").await;
    assert_eq!(csv.status, 200);
    let mut reader = ::csv::Reader::from_reader(csv.body.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let row = rows
        .iter()
        .find(|r| r.iter().any(|c| c == case))
        .expect("the case's row");
    assert_eq!(&row[column("title")], format!("'{TITLE}"));
    assert_eq!(&row[column("entity")], format!("'{ENTITY}"));
    assert_eq!(&row[column("assignee")], format!("'{ASSIGNEE}"));
    for (name, cell) in header.iter().zip(row.iter()) {
        assert!(!formula_like(cell), "{name}: {cell:?}");
    }
    for r in &rows {
        assert!(r.iter().all(|c| !formula_like(c)), "{r:?}");
    }
}
