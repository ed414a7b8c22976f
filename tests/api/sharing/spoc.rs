//! The single point of contact (Art. 23(1) 3rd subpara., spec v0.2 §5) receives cross-border
//! cases, whether or not member states are named, also when a later filing makes them so;
//! the authorities of the member states named receive nothing by routing (Art. 23(6)); and
//! cross-sectoral cases: an incident affecting sectors besides the entity's own.

use super::{call, token};
use crate::helpers::{early_warning, notification, with, TestApp};
use serde_json::json;

crate::on_both_backends!(
    the_spoc_receives_cross_border_cases_named_or_not,
    the_spoc_receives_cross_sectoral_cases,
);

async fn ids(app: &TestApp, token: &str) -> Vec<String> {
    let r = call(app, "GET", "/api/v1/authority/cases", token, None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

async fn open(app: &TestApp, extra: serde_json::Value) -> String {
    let r = app.open_case(&with(early_warning(), extra)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    r.body["id"].as_str().unwrap().to_string()
}

async fn the_spoc_receives_cross_border_cases_named_or_not(app: TestApp) {
    let unnamed = open(&app, json!({"cross_border_possible": "yes"})).await;
    let named = open(
        &app,
        json!({"cross_border_possible": "yes", "cross_border_ms": ["DE"]}),
    )
    .await;
    let domestic = open(&app, json!({"cross_border_possible": "no"})).await;
    let (spoc, de, de_spoc) = (
        token(&app, "LU-SPOC"),
        token(&app, "DE-BSI"),
        token(&app, "DE-SPOC"),
    );
    let seen = ids(&app, &spoc).await;
    assert!(seen.contains(&unnamed) && seen.contains(&named), "{seen:?}");
    assert!(!seen.contains(&domestic), "{seen:?}");
    assert!(ids(&app, &de).await.is_empty());
    assert!(ids(&app, &de_spoc).await.is_empty());

    // A later filing naming another member state brings the SPOC in, and only the SPOC.
    let later = with(
        notification(),
        json!({"cross_border_possible": "yes", "cross_border_ms": ["FR"], "geo_spread": "multi_ms"}),
    );
    let r = app.add_report(&domestic, &later).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(ids(&app, &spoc).await.contains(&domestic));
    assert!(ids(&app, &token(&app, "FR-ANSSI")).await.is_empty());
}

async fn the_spoc_receives_cross_sectoral_cases(app: TestApp) {
    let own = json!({"cross_border_possible": "no", "affected_sectors": ["energy"]});
    let own_sector = open(&app, own).await;
    let sectors =
        json!({"cross_border_possible": "no", "affected_sectors": ["transport", "health"]});
    let cross = open(&app, sectors).await;
    let seen = ids(&app, &token(&app, "LU-SPOC")).await;
    assert!(seen.contains(&cross), "cross-sectoral: {seen:?}");
    assert!(!seen.contains(&own_sector), "its own sector only: {seen:?}");
    // An unknown sector is named, like any invalid value.
    let bad = with(early_warning(), json!({"affected_sectors": ["farming"]}));
    let r = app.open_case(&bad).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_fields(), ["report.affected_sectors[0]"]);
}
