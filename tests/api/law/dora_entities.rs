//! DORA Art. 2(1) entity types beside NIS2's banking and financial market infrastructures
//! (issue 13 §3): the sector `other_financial_entities` and its seven entity types are accepted
//! by the entity profile API and offered, in the reader's language, by the report form.

use crate::helpers::*;
use crate::on_both_backends;
use serde_json::json;

on_both_backends!(dora_entity_types_are_accepted_and_offered);

const TYPES: [&str; 7] = [
    "payment_institution",
    "electronic_money_institution",
    "investment_firm",
    "crypto_asset_service_provider",
    "central_securities_depository",
    "insurance_undertaking",
    "reinsurance_undertaking",
];

async fn put_profile(app: &TestApp, sector: &str, entity_type: &str) -> Reply {
    let body = json!({"legal_name": "Example Finance SA", "ms_establishment": "LU",
        "sector": sector, "entity_type": entity_type, "email": "ops@finance.example"});
    app.send(
        "PUT",
        "/api/v1/entity",
        Some(app.api_key.as_str()),
        &[("Content-Type", "application/json")],
        Some(serde_json::to_vec(&body).unwrap()),
    )
    .await
}

async fn dora_entity_types_are_accepted_and_offered(app: TestApp) {
    for t in TYPES {
        let r = put_profile(&app, "other_financial_entities", t).await;
        assert_eq!(r.status, 200, "{t}: {}", r.body);
        let shown = app
            .send(
                "GET",
                "/api/v1/entity",
                Some(app.api_key.as_str()),
                &[],
                None,
            )
            .await;
        assert_eq!(shown.body["profile"]["entity_type"], t, "{}", shown.body);
        assert_eq!(shown.body["profile"]["sector"], "other_financial_entities");
    }
    let wrong = put_profile(&app, "banking", "investment_firm").await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(
        wrong
            .error_fields()
            .contains(&"entity.entity_type".to_string()),
        "{:?}",
        wrong.error_fields()
    );
    let unknown = put_profile(&app, "other_financial_entities", "credit_union").await;
    assert_eq!(unknown.status, 422, "{}", unknown.body);

    let mut req = app
        .client
        .get(format!("{}/report/new?stage=early_warning", app.address));
    req.headers_mut().remove("accept-language");
    let mut res = req
        .insert_header(("Accept-Language", "fr"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let html = String::from_utf8(res.body().limit(4 << 20).await.unwrap().to_vec()).unwrap();
    for (code, words) in [
        ("payment_institution", "Établissement de paiement"),
        (
            "crypto_asset_service_provider",
            "Prestataire de services sur crypto-actifs",
        ),
        ("reinsurance_undertaking", "Entreprise de réassurance"),
    ] {
        assert!(
            html.contains(&format!("value=\"{code}\"")),
            "{code} offered"
        );
        assert!(html.contains(words), "{words}");
    }
    assert!(
        html.contains("Autres entités financières (DORA)"),
        "the sector in French"
    );
}
