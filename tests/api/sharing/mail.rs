//! The recipient of a share package is mailed through the outbox (spec v0.2 §6): who shared
//! it, its TLP and the link to read it; never the shared content, the case or the entity.

use super::{call, cross_border_case, token, SUMMARY};
use crate::helpers::{spawn_app_with_smtp, Kind};
use crate::smtp::SmtpServer;
use serde_json::json;
use std::time::{Duration, Instant};

crate::on_both_kinds!(the_recipient_is_mailed_the_link_not_the_content);

async fn the_recipient_is_mailed_the_link_not_the_content(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let case = cross_border_case(&app).await;
    let made = call(
        &app,
        "POST",
        &format!("/api/v1/authority/cases/{case}/packages"),
        &token(&app, "LU-CSIRT"),
        Some(json!({"recipients": ["DE-BSI"], "fields": ["title", "summary"], "tlp": "amber_strict"})),
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let started = Instant::now();
    let mail = loop {
        let got: Vec<_> = smtp
            .messages()
            .into_iter()
            .filter(|m| m.to().contains("meldestelle@bsi-de.example.org"))
            .collect();
        if !got.is_empty() || started.elapsed() > Duration::from_secs(30) {
            break got;
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(mail.len(), 1, "only the package mail goes to DE-BSI");
    let m = &mail[0];
    assert!(m.subject().contains("TLP:AMBER+STRICT"), "{}", m.raw);
    assert!(m.subject().contains("LU-CSIRT"), "{}", m.raw);
    let link = format!("/authority/packages/{}", made.body["id"].as_str().unwrap());
    assert!(m.raw.contains(&link), "{}", m.raw);
    for absent in [
        "Cross-border billing outage",
        SUMMARY,
        "Test electricity_supplier LU",
        "LU-20",
    ] {
        assert!(!m.raw.contains(absent), "{absent:?} in the mail: {}", m.raw);
    }
}
