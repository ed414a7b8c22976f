//! Refusals written by the use cases (packages, linking, staff actions) read in the language
//! `Accept-Language` asks for: `detail` of a 409/403 and field messages of a 422; English
//! stays English, codes stay codes.

use crate::helpers::{add_entity, early_warning, Reply, TestApp};
use crate::sharing::{cross_border_case, token};
use serde_json::{json, Value};

crate::on_both_backends!(
    a_second_revocation_is_refused_in_french_and_german,
    linking_a_case_to_its_own_entity_is_refused_in_french,
    staff_action_refusals_read_in_french,
);

/// An authority API call with `token`, a JSON body and `Accept-Language: lang`.
async fn call_in(
    app: &TestApp,
    lang: &str,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> Reply {
    let h = [
        ("Content-Type", "application/json"),
        ("Accept-Language", lang),
    ];
    app.send(
        method,
        path,
        Some(token),
        &h,
        body.map(|b| b.to_string().into_bytes()),
    )
    .await
}

async fn a_second_revocation_is_refused_in_french_and_german(app: TestApp) {
    let case = cross_border_case(&app).await;
    let lu = token(&app, "LU-CSIRT");
    let made = call_in(
        &app,
        "en",
        "POST",
        &format!("/api/v1/authority/cases/{case}/packages"),
        &lu,
        Some(json!({"recipients": ["DE-BSI"], "fields": ["title"]})),
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let one = format!(
        "/api/v1/authority/packages/{}",
        made.body["id"].as_str().unwrap()
    );
    let first = call_in(&app, "fr", "DELETE", &one, &lu, None).await;
    assert_eq!(first.status, 200, "{}", first.body);

    let fr = call_in(&app, "fr-BE,fr;q=0.9", "DELETE", &one, &lu, None).await;
    assert_eq!(fr.status, 409, "{}", fr.body);
    assert_eq!(fr.body["title"], "Conflit");
    assert_eq!(fr.body["detail"], "le paquet est déjà révoqué");
    let de = call_in(&app, "de", "DELETE", &one, &lu, None).await;
    assert_eq!(de.body["detail"], "das Paket ist bereits widerrufen");
    let en = call_in(&app, "en", "DELETE", &one, &lu, None).await;
    assert_eq!(en.body["detail"], "the package is already revoked");
}

async fn linking_a_case_to_its_own_entity_is_refused_in_french(app: TestApp) {
    let (entity, key) = add_entity(&app.database_url, "LU", "energy", "electricity_supplier");
    let opened = app
        .send(
            "POST",
            "/api/v1/incidents",
            Some(&key),
            &[("Content-Type", "application/json")],
            Some(early_warning().to_string().into_bytes()),
        )
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let case = opened.body["id"].as_str().unwrap();
    let lu = token(&app, "LU-CSIRT");
    let path = format!("/api/v1/authority/cases/{case}/entity");

    let same = json!({"entity_id": entity.to_string()});
    let fr = call_in(&app, "fr", "POST", &path, &lu, Some(same)).await;
    assert_eq!(fr.status, 409, "{}", fr.body);
    assert_eq!(
        fr.body["detail"],
        "le dossier appartient déjà à cette entité"
    );

    // A field error of the same use case, in Dutch, its field name unchanged.
    let bad = json!({"entity_id": "not-a-uuid"});
    let nl = call_in(&app, "nl", "POST", &path, &lu, Some(bad)).await;
    assert_eq!(nl.status, 422, "{}", nl.body);
    assert_eq!(nl.body["errors"][0]["field"], "entity_id");
    assert_eq!(
        nl.body["errors"][0]["message"],
        "moet de id van een entiteit zijn (een UUID)"
    );
}

async fn staff_action_refusals_read_in_french(app: TestApp) {
    let case = cross_border_case(&app).await;
    // The single point of contact is informed of the case but does not handle it.
    let spoc = token(&app, "LU-SPOC");
    let feedback = json!({"kind": "acknowledgement", "message": "Reçu."});
    let fr = call_in(
        &app,
        "fr",
        "POST",
        &format!("/api/v1/authority/cases/{case}/feedback"),
        &spoc,
        Some(feedback),
    )
    .await;
    assert_eq!(fr.status, 403, "{}", fr.body);
    let detail = fr.body["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("votre autorité reçoit ce dossier en tant que point de contact unique"),
        "{detail}"
    );

    // Only the entity withdraws: the field error names the codes and reads in French.
    let lu = token(&app, "LU-CSIRT");
    let close = json!({"kind": "withdrawn", "reason": "Plus d'objet."});
    let fr = call_in(
        &app,
        "fr",
        "POST",
        &format!("/api/v1/authority/cases/{case}/closure"),
        &lu,
        Some(close),
    )
    .await;
    assert_eq!(fr.status, 422, "{}", fr.body);
    let kind = fr.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["field"] == "kind")
        .unwrap_or_else(|| panic!("{}", fr.body));
    assert_eq!(
        kind["message"],
        "seule l'entité peut retirer le dossier\u{a0}; doit être l'une des valeurs suivantes\u{a0}: accepted, not_significant, duplicate"
    );
}
