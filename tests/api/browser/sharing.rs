//! Share packages in the browser (spec v0.2 §6, Art. 23(6)): the LU CSIRT shares chosen
//! fields of a cross-border case with the German CSIRT, whose staff open the package and see
//! exactly those fields, never the case.

use super::*;

const SUMMARY: &str = "Billing servers encrypted in Luxembourg and Germany; invoices stopped.";

/// Signs in through the real form, typing the current TOTP code.
async fn sign_in(b: &Chrome, email: &str) {
    b.goto("/authority/login").await;
    b.fill("f-email", email).await;
    b.fill("f-password", crate::workspace::PASSWORD).await;
    b.click("button[type=submit]").await;
    b.find(Locator::Id("f-code"))
        .await
        .expect("asked for the code");
    b.fill("f-code", &crate::workspace::code_now()).await;
    b.click("button[type=submit]").await;
    b.wait_path("/authority/queue").await;
}

async fn an_authority_shares_chosen_fields_that_the_other_reads_alone(kind: Kind) {
    use intake::domain::staff::StaffRole;
    let server = Server::start(kind, 100).await;
    let (_, key) =
        crate::helpers::add_entity(&server.database_url, "LU", "energy", "electricity_supplier");
    let (status, case) = server
        .api(
            "POST",
            "/api/v1/incidents",
            &key,
            Some(crate::helpers::with(
                crate::helpers::early_warning(),
                json!({"title": "Cross-border billing outage", "summary": SUMMARY,
                       "cross_border_possible": "yes", "cross_border_ms": ["DE"]}),
            )),
        )
        .await;
    assert_eq!(status, 201, "{case}");
    let id = case["id"].as_str().unwrap().to_string();
    let db = &server.database_url;
    crate::workspace::add_user(
        db,
        "LU-CSIRT",
        "ana@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    crate::workspace::add_user(db, "DE-BSI", "sam@bsi.example", StaffRole::Reviewer, true);

    let b = Chrome::start(&server.address).await;
    sign_in(&b, "ana@csirt.example").await;
    b.goto(&format!("/authority/cases/{id}")).await;
    b.find(Locator::Id("share-package")).await.unwrap();
    b.tick("recipients", "DE-BSI").await;
    b.tick("fields", "title").await;
    b.tick("fields", "severity").await;
    b.choose("pk-tlp", "green").await;
    b.fill(
        "pk-note",
        "Possible spill-over to German billing customers.",
    )
    .await;
    b.check("30-share-package-form").await;
    b.click("#share-package button[type=submit]").await;
    b.find(Locator::Id("notice")).await.unwrap();
    let sent = b.text("#sent-packages").await;
    assert!(
        sent.contains("DE-BSI") && sent.contains("TLP:GREEN"),
        "{sent}"
    );
    b.check("31-share-package-sent").await;

    // The German CSIRT's staff: the package, not the case.
    b.c.delete_all_cookies().await.unwrap();
    sign_in(&b, "sam@bsi.example").await;
    assert!(!b.text("main").await.contains("Cross-border billing outage"));
    b.goto("/authority/packages").await;
    b.check("32-packages-received").await;
    b.click("#packages tbody a").await;
    b.find(Locator::Id("content")).await.unwrap();
    let page = b.text("main").await;
    assert!(page.contains("Cross-border billing outage"), "{page}");
    assert!(
        page.contains("Possible spill-over") && page.contains("TLP:GREEN"),
        "{page}"
    );
    assert!(page.contains("withheld by the sender"), "{page}");
    for absent in [
        SUMMARY,
        "Test electricity_supplier LU",
        "ana@csirt.example",
        "Audit trail",
    ] {
        assert!(!page.contains(absent), "{absent:?} shown: {page}");
    }
    b.check("33-package-read").await;
    b.goto(&format!("/authority/cases/{id}")).await;
    assert!(!b.text("main").await.contains(SUMMARY));
}

crate::on_both_kinds!(an_authority_shares_chosen_fields_that_the_other_reads_alone);
