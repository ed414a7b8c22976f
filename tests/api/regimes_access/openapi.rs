//! The OpenAPI document describes each regime's stages, in filing order, and the fields each
//! stage requires (spec §7, issue 13 item 6), from the tables the filings are checked against.

use crate::helpers::TestApp;
use crate::on_both_backends;
use serde_json::json;

on_both_backends!(the_openapi_document_lists_each_regime_s_stages_and_required_fields);

async fn the_openapi_document_lists_each_regime_s_stages_and_required_fields(app: TestApp) {
    let doc = app
        .send("GET", "/api/v1/openapi.json", None, &[], None)
        .await;
    assert_eq!(doc.status, 200);
    let regimes = &doc.body["x-regimes"];
    let stages = |r: &str| -> Vec<String> {
        regimes[r]["stages"]
            .as_array()
            .unwrap_or_else(|| panic!("{r}: {regimes}"))
            .iter()
            .map(|s| s["stage"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        stages("dora"),
        [
            "initial_notification",
            "intermediate_report",
            "final_report",
            "major_incident_reclassified_as_non_major"
        ]
    );
    assert_eq!(stages("gdpr"), ["breach_notification", "supplement"]);
    assert_eq!(stages("cra_vulnerability")[1], "vulnerability_notification");
    assert_eq!(stages("nis2")[0], "early_warning");
    let required = |r: &str, i: usize| regimes[r]["stages"][i]["required"].clone();
    let dora = required("dora", 0);
    for f in ["classified_major_at", "major_criteria", "aware_at", "title"] {
        assert!(dora.as_array().unwrap().contains(&json!(f)), "{f}: {dora}");
    }
    let gdpr = required("gdpr", 0);
    for f in [
        "data_subject_categories",
        "likely_consequences",
        "dpo_contact",
    ] {
        assert!(gdpr.as_array().unwrap().contains(&json!(f)), "{f}: {gdpr}");
    }
    assert!(!gdpr
        .as_array()
        .unwrap()
        .contains(&json!("classified_major_at")));
    let cra_final = required("cra_vulnerability", 3);
    assert!(cra_final
        .as_array()
        .unwrap()
        .contains(&json!("corrective_measure_available_at")));
    // What each regime's recipients see of the shared facts.
    let seen = regimes["gdpr"]["visible_fields"].as_array().unwrap();
    assert!(seen.contains(&json!("summary")) && !seen.contains(&json!("major_criteria")));
    // The new authority route is described.
    assert!(
        doc.body["paths"]["/api/v1/authority/cases/{id}/dissemination-delays"]["post"].is_object()
    );
}
