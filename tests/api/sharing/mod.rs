//! Who sees a case, and share packages (spec v0.2 §5, §6; NIS2 Art. 23(1), 23(6), 23(8),
//! 23(10)): routed recipients only, the single point of contact for cross-border cases, and
//! packages that other authorities read exactly as shared, until they are revoked. On both
//! database backends.

mod mail;
mod migration;
mod packages;
mod spoc;
mod workspace;

use crate::helpers::{early_warning, with, Reply, TestApp};
use intake::storage::{staff, Backend};
use serde_json::{json, Value};

/// An authority token for `code`.
pub fn token(app: &TestApp, code: &str) -> String {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    staff::create_authority_token(&mut c, &code.parse().unwrap(), None, chrono::Utc::now())
        .unwrap()
        .1
}

/// An API call with an authority token and an optional JSON body.
pub async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> Reply {
    let h = [("Content-Type", "application/json")];
    app.send(
        method,
        path,
        Some(token),
        if body.is_some() { &h } else { &[] },
        body.map(|b| b.to_string().into_bytes()),
    )
    .await
}

/// The summary text of [`cross_border_case`], which no package below shares.
pub const SUMMARY: &str = "Billing servers encrypted in Luxembourg and Germany; invoices stopped.";

/// An LU case naming DE as possibly affected; returns its id.
pub async fn cross_border_case(app: &TestApp) -> String {
    let r = app
        .open_case(&with(
            early_warning(),
            json!({"title": "Cross-border billing outage", "summary": SUMMARY,
                   "cross_border_possible": "yes", "cross_border_ms": ["DE"]}),
        ))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    r.body["id"].as_str().unwrap().to_string()
}
