//! Art. 23(5), spec §1.3 rule 6 and §6: the authority's 24 h initial-feedback timer is cleared
//! only by feedback of substance, never by a bare acknowledgement of receipt.

use crate::helpers::*;
use crate::on_both_backends;
use serde_json::{json, Value};

on_both_backends!(an_acknowledgement_leaves_the_feedback_owed);

async fn authority(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> Reply {
    let auth = format!("Bearer {token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let body = body.map(|b| serde_json::to_vec(&b).unwrap());
    app.send(method, path, None, &headers, body).await
}

/// Whether the authority's queue lists `case` among those owing feedback.
async fn owed(app: &TestApp, token: &str, case: &str) -> bool {
    let page = authority(app, "GET", "/api/v1/authority/cases", token, None).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let item = page.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == case)
        .cloned()
        .unwrap_or_else(|| panic!("{case} not in the queue: {}", page.body));
    item["feedback_owed"] == true
}

async fn an_acknowledgement_leaves_the_feedback_owed(app: TestApp) {
    let opened = app.open_case(&early_warning()).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let case = opened.body["id"].as_str().unwrap();
    let mut c = intake::storage::Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let (_, token) = intake::storage::staff::create_authority_token(
        &mut c,
        &"LU-CSIRT".parse().unwrap(),
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    let feedback = format!("/api/v1/authority/cases/{case}/feedback");
    assert!(owed(&app, &token, case).await);

    let ack = json!({"kind": "acknowledgement", "message": "Received."});
    let sent = authority(&app, "POST", &feedback, &token, Some(ack)).await;
    assert!(sent.status < 300, "{}", sent.body);
    assert!(
        owed(&app, &token, case).await,
        "a bare acknowledgement does not count"
    );

    let substance = json!({"kind": "mitigation_guidance", "message": "Isolate the VPN appliance."});
    let sent = authority(&app, "POST", &feedback, &token, Some(substance)).await;
    assert!(sent.status < 300, "{}", sent.body);
    assert!(
        !owed(&app, &token, case).await,
        "guidance is feedback of substance"
    );
}
