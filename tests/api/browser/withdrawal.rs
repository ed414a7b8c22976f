//! Spec §1.5 in the browser: the entity withdraws its report on the follow-up page (a plain
//! form, keyboard only, checked with axe-core and photographed before and after).

use super::*;

#[actix_web::test]
async fn the_entity_withdraws_on_the_follow_up_page() {
    let mut server = Server::start(Kind::Sqlite, 100).await;
    let received = crate::pages::file_early_warning(&mut server).await;
    let link = received.split('?').next().unwrap().to_string();
    let b = Chrome::start(&server.address).await;
    b.goto(&link).await;
    assert!(b.text("#withdraw").await.contains("Withdraw this report"));
    b.check("18-follow-up-withdraw-form").await;

    b.fill(
        "f-withdrawal-reason",
        "Assessed as not significant: the billing outage lasted 20 minutes.",
    )
    .await;
    b.click("#withdraw-form button[type=submit]").await;
    let ending = b.text("#case-ending").await;
    assert!(ending.contains("You withdrew this report"), "{ending}");
    assert!(ending.contains("20 minutes"), "{ending}");
    let page = b.text("main").await;
    assert!(page.contains("Withdrawn"), "{page}");
    assert!(page.contains("No further reports can be filed"), "{page}");
    assert!(
        page.to_lowercase().contains("waived"),
        "the open stages are waived: {page}"
    );
    b.check("19-follow-up-withdrawn").await;
    assert_eq!(server.count("submissions"), 1, "a withdrawal files nothing");
}
