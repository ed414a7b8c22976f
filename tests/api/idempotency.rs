//! `Idempotency-Key`: a retried POST returns the first response, never a second case.

use crate::helpers::*;
use crate::on_both_backends;
use serde_json::json;

on_both_backends!(
    a_retry_with_the_same_key_replays_the_first_response,
    reusing_a_key_for_a_different_request_is_refused,
    concurrent_retries_with_one_key_open_one_case,
);

async fn a_retry_with_the_same_key_replays_the_first_response(app: TestApp) {
    let body = early_warning();

    let first = app
        .post_json("/api/v1/incidents", &body, &[("Idempotency-Key", "soc-42")])
        .await;
    let retry = app
        .post_json("/api/v1/incidents", &body, &[("Idempotency-Key", "soc-42")])
        .await;

    assert_eq!(first.status, 201);
    assert_eq!(retry.status, 201);
    assert_eq!(retry.body, first.body);
    assert_eq!(retry.headers.get("idempotent-replayed").unwrap(), "true");
    assert_eq!(
        app.list_cases("").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let id = first.body["id"].as_str().unwrap();
    // One body, sent twice: built twice, its wall-clock times could differ by a second.
    let body = notification();
    let n1 = app
        .post_json(
            &format!("/api/v1/incidents/{id}/reports"),
            &body,
            &[("Idempotency-Key", "soc-43")],
        )
        .await;
    let n2 = app
        .post_json(
            &format!("/api/v1/incidents/{id}/reports"),
            &body,
            &[("Idempotency-Key", "soc-43")],
        )
        .await;
    assert_eq!(n1.body, n2.body);
    assert_eq!(
        app.get_case(id).await.body["reports"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

async fn reusing_a_key_for_a_different_request_is_refused(app: TestApp) {
    app.post_json(
        "/api/v1/incidents",
        &early_warning(),
        &[("Idempotency-Key", "k1")],
    )
    .await;

    let other = app
        .post_json(
            "/api/v1/incidents",
            &with(early_warning(), json!({"title": "Another incident"})),
            &[("Idempotency-Key", "k1")],
        )
        .await;
    let bad_key = app
        .post_json(
            "/api/v1/incidents",
            &early_warning(),
            &[("Idempotency-Key", "has space")],
        )
        .await;

    assert_eq!(other.status, 409);
    assert!(other.body["detail"]
        .as_str()
        .unwrap()
        .contains("Idempotency-Key"));
    assert_eq!(bad_key.status, 400);
    assert_eq!(
        app.list_cases("").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

async fn concurrent_retries_with_one_key_open_one_case(app: TestApp) {
    let body = early_warning();

    let replies = futures_util::future::join_all(
        (0..8).map(|_| app.post_json("/api/v1/incidents", &body, &[("Idempotency-Key", "burst")])),
    )
    .await;

    let ids: std::collections::HashSet<String> = replies
        .iter()
        .map(|r| {
            assert_eq!(r.status, 201, "{}", r.body);
            r.body["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 1);
    assert_eq!(
        app.list_cases("").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
