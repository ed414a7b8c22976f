//! Share packages through the authority API (spec v0.2 §6, Art. 23(6)): made by an authority
//! the case is routed to, read by exactly their recipients with exactly the chosen fields,
//! refused with the field named when wrong, revocable, mailed and audited.

use super::{call, cross_border_case, token, SUMMARY};
use crate::helpers::TestApp;
use intake::domain::audit::AuditAction;
use intake::storage::{audit, outbox, Backend};
use serde_json::json;

crate::on_both_backends!(
    a_recipient_reads_exactly_the_chosen_fields_and_never_the_case,
    bad_package_requests_are_refused_naming_the_field,
    a_revoked_package_is_gone_for_its_recipient,
    the_identity_is_shared_only_when_asked_for,
);

fn actions(app: &TestApp, case: &str) -> Vec<AuditAction> {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let id = case.parse().unwrap();
    let key = crate::helpers::test_audit_key();
    assert!(
        audit::verify(&mut c, &key, &[]).unwrap().is_ok(),
        "audit chain intact"
    );
    // The sender's trail and the recipient's: each sees its own staff's entries.
    ["LU-CSIRT", "DE-BSI"]
        .into_iter()
        .flat_map(|a| audit::of_case(&mut c, id, &a.parse().unwrap()).unwrap())
        .map(|e| e.action)
        .collect()
}

/// The recipient is mailed through the outbox; the sender's audit trail holds the package
/// and its reading.
fn mailed_and_audited(app: &TestApp, case: &str) {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let mail = outbox::of_case(&mut c, case.parse().unwrap()).unwrap();
    let to_de: Vec<_> = mail
        .iter()
        .filter(|m| m.kind == outbox::Kind::SharePackage)
        .collect();
    assert_eq!(to_de.len(), 1);
    assert_eq!(
        to_de[0].recipients,
        vec!["meldestelle@bsi-de.example.org".to_string()]
    );
    let a = actions(app, case);
    assert!(
        a.contains(&AuditAction::PackageCreated) && a.contains(&AuditAction::PackageViewed),
        "{a:?}"
    );
}

async fn a_recipient_reads_exactly_the_chosen_fields_and_never_the_case(app: TestApp) {
    let case = cross_border_case(&app).await;
    let (lu, de, fr) = (
        token(&app, "LU-CSIRT"),
        token(&app, "DE-BSI"),
        token(&app, "FR-ANSSI"),
    );
    // Art. 23(6): naming DE routes nothing to it.
    let path = format!("/api/v1/authority/cases/{case}");
    assert_eq!(call(&app, "GET", &path, &de, None).await.status, 404);
    let made = call(
        &app,
        "POST",
        &format!("{path}/packages"),
        &lu,
        Some(json!({"recipients": ["DE-BSI"], "fields": ["title", "severity"], "tlp": "amber", "note": "Heads-up from LU"})),
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_eq!(made.body["recipients"], json!(["DE-BSI"]));
    assert_eq!(made.body["identity_redacted"], json!(true));
    let id = made.body["id"].as_str().unwrap().to_string();

    let list = call(&app, "GET", "/api/v1/authority/packages", &de, None).await;
    assert_eq!(list.status, 200);
    assert_eq!(list.body["items"].as_array().unwrap().len(), 1);
    // The list carries no content: only reading one package (audited) shows it.
    assert_eq!(list.body["items"][0]["content"], json!({}));
    let got = call(
        &app,
        "GET",
        &format!("/api/v1/authority/packages/{id}"),
        &de,
        None,
    )
    .await;
    assert_eq!(got.status, 200, "{}", got.body);
    assert_eq!(
        got.body["content"],
        json!({"title": "Cross-border billing outage"})
    );
    assert_eq!(
        (got.body["tlp"].as_str(), got.body["note"].as_str()),
        (Some("amber"), Some("Heads-up from LU"))
    );
    assert_eq!(got.body["from"]["code"], "LU-CSIRT");
    let text = got.body.to_string();
    for absent in [
        SUMMARY,
        "Test electricity_supplier LU",
        "LU-20",
        "soc@entity.example",
        "recipients",
    ] {
        assert!(!text.contains(absent), "{absent:?} leaked: {text}");
    }
    // Nobody else reads it; the case stays closed to DE.
    let other = call(
        &app,
        "GET",
        &format!("/api/v1/authority/packages/{id}"),
        &fr,
        None,
    )
    .await;
    assert_eq!(other.status, 404);
    let fr_list = call(&app, "GET", "/api/v1/authority/packages", &fr, None).await;
    assert_eq!(fr_list.body["items"], json!([]));
    assert_eq!(call(&app, "GET", &path, &de, None).await.status, 404);

    mailed_and_audited(&app, &case);
    let sent = call(&app, "GET", &format!("{path}/packages"), &lu, None).await;
    assert_eq!(sent.body["items"][0]["id"], json!(id));
}

/// The entity's identity goes only into a package that asks for it (spec §6 "redactable").
async fn the_identity_is_shared_only_when_asked_for(app: TestApp) {
    let case = cross_border_case(&app).await;
    let lu = token(&app, "LU-CSIRT");
    let path = format!("/api/v1/authority/cases/{case}");
    let named = call(
        &app,
        "POST",
        &format!("{path}/packages"),
        &lu,
        Some(json!({"recipients": ["EU-ENISA"], "fields": ["entity_name", "reference"], "redact_identity": false})),
    )
    .await;
    assert_eq!(named.status, 201, "{}", named.body);
    assert_eq!(
        named.body["content"]["entity_name"],
        "Test electricity_supplier LU"
    );
}

async fn bad_package_requests_are_refused_naming_the_field(app: TestApp) {
    let case = cross_border_case(&app).await;
    let (lu, de) = (token(&app, "LU-CSIRT"), token(&app, "DE-BSI"));
    let path = format!("/api/v1/authority/cases/{case}/packages");
    let cases = [
        (
            json!({"recipients": ["XX-NOBODY"], "fields": ["title"]}),
            "recipients",
        ),
        (json!({"recipients": ["DE-BSI"], "fields": []}), "fields"),
        (json!({"recipients": ["DE-BSI"]}), "fields"),
        (json!({"recipients": [], "fields": ["title"]}), "recipients"),
        (
            json!({"recipients": ["LU-CSIRT"], "fields": ["title"]}),
            "recipients",
        ),
        (
            json!({"recipients": ["DE-BSI"], "fields": ["contact_email"]}),
            "fields",
        ),
        (
            json!({"recipients": ["DE-BSI"], "fields": ["entity_name"]}),
            "fields",
        ),
        (
            json!({"recipients": ["DE-BSI"], "fields": ["title"], "tlp": "purple"}),
            "tlp",
        ),
        (
            json!({"recipients": "DE-BSI", "fields": ["title"]}),
            "recipients",
        ),
        (
            json!({"recipients": ["DE-BSI"], "fields": ["title"], "note": "a\u{0}b"}),
            "note",
        ),
    ];
    for (body, field) in cases {
        let r = call(&app, "POST", &path, &lu, Some(body.clone())).await;
        assert_eq!(r.status, 422, "{body}: {}", r.body);
        assert!(
            r.error_fields().iter().any(|f| f == field),
            "{body}: {}",
            r.body
        );
    }
    // Only an authority the case is routed to shares it.
    let r = call(
        &app,
        "POST",
        &path,
        &de,
        Some(json!({"recipients": ["FR-ANSSI"], "fields": ["title"]})),
    )
    .await;
    assert_eq!(r.status, 404);
    let nowhere = "/api/v1/authority/cases/00000000-0000-0000-0000-000000000000/packages";
    let r = call(
        &app,
        "POST",
        nowhere,
        &lu,
        Some(json!({"recipients": ["DE-BSI"], "fields": ["title"]})),
    )
    .await;
    assert_eq!(r.status, 404);
    assert_eq!(
        call(
            &app,
            "GET",
            "/api/v1/authority/packages/nonsense",
            &de,
            None
        )
        .await
        .status,
        404
    );
    assert!(!actions(&app, &case).contains(&AuditAction::PackageCreated));
}

async fn a_revoked_package_is_gone_for_its_recipient(app: TestApp) {
    let case = cross_border_case(&app).await;
    let (lu, de) = (token(&app, "LU-CSIRT"), token(&app, "DE-BSI"));
    let made = call(
        &app,
        "POST",
        &format!("/api/v1/authority/cases/{case}/packages"),
        &lu,
        Some(json!({"recipients": ["DE-BSI", "EU-ENISA"], "fields": ["title"]})),
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let one = format!(
        "/api/v1/authority/packages/{}",
        made.body["id"].as_str().unwrap()
    );
    assert_eq!(call(&app, "GET", &one, &de, None).await.status, 200);
    // Only the sender revokes.
    assert_eq!(call(&app, "DELETE", &one, &de, None).await.status, 404);
    let revoked = call(&app, "DELETE", &one, &lu, None).await;
    assert_eq!(revoked.status, 200, "{}", revoked.body);
    assert!(revoked.body["revoked_at"].is_string());
    assert_eq!(call(&app, "DELETE", &one, &lu, None).await.status, 409);
    assert_eq!(call(&app, "GET", &one, &de, None).await.status, 404);
    let list = call(&app, "GET", "/api/v1/authority/packages", &de, None).await;
    assert_eq!(list.body["items"], json!([]));
    assert!(actions(&app, &case).contains(&AuditAction::PackageRevoked));
}
