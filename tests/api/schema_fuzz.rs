//! An OpenAPI-driven fuzz run: schemathesis (pinned, from PyPI; the test command installs it)
//! generates requests from `/api/v1/openapi.json` for every operation, once with a reporter's
//! API key and once with an authority token. No 5xx, and every response's status, content type
//! and body match what the document says.

use crate::helpers::*;
use std::process::Command;

fn schemathesis() -> String {
    std::env::var("INTAKE_TEST_SCHEMATHESIS").unwrap_or_else(|_| {
        panic!("INTAKE_TEST_SCHEMATHESIS is not set: run the tests with ./scripts/test, which installs schemathesis")
    })
}

#[actix_web::test]
async fn the_api_keeps_to_its_openapi_document_under_generated_requests() {
    let app = spawn_app(Kind::Sqlite).await;
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
    assert_eq!(app.open_case(&early_warning()).await.status, 201);
    let spec = format!("{}/api/v1/openapi.json", app.address);
    for bearer in [app.api_key.clone(), token] {
        let (bin, spec) = (schemathesis(), spec.clone());
        let out = actix_web::rt::task::spawn_blocking(move || {
            Command::new(bin)
                .args(["run", &spec, "-H", &format!("Authorization: Bearer {bearer}")])
                .args([
                    "--checks",
                    "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                    "--max-examples",
                    "25",
                    "--seed",
                    "20261127",
                    "--no-color",
                    // A generator health check, not an API check: with the queue's 17
                    // optional text filters, hypothesis sometimes discards too many candidates.
                    "--suppress-health-check=filter_too_much",
                ])
                .output()
                .unwrap()
        })
        .await
        .unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{report}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
