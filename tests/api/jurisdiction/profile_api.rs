//! Spec §2.2, NIS2 Art. 26 through the API: an entity reads and replaces its own profile;
//! bad values are 422 naming `entity.<field>`; the next filing routes by the new profile.

use super::{early_warning_at, file_as, recipients};
use crate::helpers::TestApp;
use crate::on_both_backends_at;
use serde_json::json;

on_both_backends_at!(an_entity_updates_its_profile_and_its_jurisdiction at "2027-05-10T09:00:00Z");

async fn an_entity_updates_its_profile_and_its_jurisdiction(app: TestApp) {
    let key = app.api_key.clone();
    let shown = app
        .send("GET", "/api/v1/entity", Some(&key), &[], None)
        .await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert_eq!(shown.body["jurisdiction"], json!(["LU"]));
    let put = |body: serde_json::Value| {
        let key = key.clone();
        let app = &app;
        async move {
            app.send(
                "PUT",
                "/api/v1/entity",
                Some(&key),
                &[("Content-Type", "application/json")],
                Some(serde_json::to_vec(&body).unwrap()),
            )
            .await
        }
    };
    let base = json!({"legal_name": "Telco SA", "ms_establishment": "LU", "sector": "digital_infrastructure",
        "entity_type": "public_ecn_provider", "email": "noc@telco.example"});
    for (extra, field) in [
        (json!({}), "entity.ms_services_provided"),
        (
            json!({"ms_services_provided": "LU, DE", "lei": "HWUPKR0MPOU8FGXBT395"}),
            "entity.lei",
        ),
        (
            json!({"ms_services_provided": "LU, XX"}),
            "entity.ms_services_provided",
        ),
    ] {
        let mut body = base.clone();
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let r = put(body).await;
        assert_eq!(r.status, 422, "{}", r.body);
        assert!(
            r.error_fields().contains(&field.to_string()),
            "{:?}",
            r.error_fields()
        );
    }
    let mut body = base.clone();
    body.as_object_mut().unwrap().extend(
        json!({"ms_services_provided": "DE, LU", "lei": "HWUPKR0MPOU8FGXBT394", "available_24x7": "true"})
            .as_object()
            .unwrap()
            .clone(),
    );
    let r = put(body).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["jurisdiction"], json!(["LU", "DE"]));
    assert_eq!(r.body["profile"]["lei"], "HWUPKR0MPOU8FGXBT394");
    // The next filing goes to both member states at once.
    let f = file_as(&app, &key, "/api/v1/incidents", &early_warning_at(&app)).await;
    assert_eq!(f.status, 201, "{}", f.body);
    let got = recipients(&app.database_url, f.body["id"].as_str().unwrap());
    assert_eq!(
        got,
        vec![
            ("DE-BSI".to_string(), false),
            ("LU-CSIRT".to_string(), false)
        ]
    );
}
