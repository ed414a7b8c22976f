//! Concurrent filings: unique references, no lost or interleaved submissions.

use crate::helpers::*;
use crate::on_both_backends;
use serde_json::json;
use std::collections::HashSet;

on_both_backends!(
    concurrent_new_cases_get_unique_consecutive_references,
    concurrent_reports_on_one_case_are_all_kept_in_order
);

async fn concurrent_new_cases_get_unique_consecutive_references(app: TestApp) {
    let body = early_warning();

    let replies = futures_util::future::join_all((0..40).map(|_| app.open_case(&body))).await;

    let refs: HashSet<String> = replies
        .iter()
        .map(|r| {
            assert_eq!(r.status, 201, "{}", r.body);
            r.body["reference"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(refs.len(), 40);
    let mut seqs: Vec<u32> = refs
        .iter()
        .map(|r| r.rsplit('-').next().unwrap().parse().unwrap())
        .collect();
    seqs.sort();
    assert_eq!(seqs, (1..=40).collect::<Vec<_>>());
}

async fn concurrent_reports_on_one_case_are_all_kept_in_order(app: TestApp) {
    let id = app.open_case(&early_warning()).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let update = |i: usize| json!({"report": {"stage": "intermediate_report", "status_update": format!("Update number {i}: containment in progress.")}});

    let replies = futures_util::future::join_all((0..12).map(|i| {
        let body = update(i);
        let app = &app;
        let id = id.clone();
        async move { app.add_report(&id, &body).await }
    }))
    .await;

    for r in &replies {
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let case = app.get_case(&id).await;
    let reports = case.body["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 13);
    let versions: Vec<i64> = reports[1..]
        .iter()
        .map(|r| r["version"].as_i64().unwrap())
        .collect();
    assert_eq!(versions, (1..=12).collect::<Vec<_>>());
}
