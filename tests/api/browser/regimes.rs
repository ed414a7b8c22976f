//! Report once, several regimes in the browser (issue 13): a bank files ONE form answering
//! DORA's initial notification and GDPR's breach notification, personal data involved; then
//! the DORA authority's staff and the data-protection authority's staff each see the case.
//! axe-core checks the reporter's pages in English and French.

use super::*;
use intake::domain::staff::StaffRole;

/// Signs in through the real form, typing the current TOTP code when asked.
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

fn ago(hours: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::hours(hours))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// Fills the joint DORA + GDPR form as a bank would.
async fn fill_bank_form(b: &Chrome) {
    b.fill("f-legal_name", "Banque Exemple SA").await;
    b.choose("f-member_state", "LU").await;
    b.choose("f-entity_type", "credit_institution").await;
    b.fill("f-email", "csirt@banque.example").await;
    b.fill("f-lei", "7LTWFZYICNSX8D621K86").await;
    b.choose("f-tz", "UTC").await;
    b.set_time("f-aware_at", &ago(3)).await;
    b.set_time("f-classified_major_at", &ago(1)).await;
    b.fill("f-title", "Card payments down after ransomware")
        .await;
    b.fill(
        "f-summary",
        "Card authorisation servers encrypted; customer data copied.",
    )
    .await;
    b.choose("f-incident_status", "ongoing").await;
    b.fill("f-major_criteria", "critical_services\nclients_affected")
        .await;
    b.tick("personal_data_involved", "yes").await;
    b.fill("f-data_subject_categories", "Card holders").await;
    b.fill("f-data_subjects_approx", "12000").await;
    b.fill("f-record_categories", "Names, card numbers, addresses")
        .await;
    b.fill("f-records_approx", "15000").await;
    b.fill("f-dpo_contact", "dpo@banque.example").await;
    b.fill("f-likely_consequences", "Fraudulent card use and phishing.")
        .await;
    b.fill("f-mitigation_taken", "Cards blocked and reissued.")
        .await;
}

/// The staff member of `authority` signs in and opens the case from the queue.
async fn staff_sees_the_case(b: &Chrome, email: &str, shot: &str) -> String {
    b.c.delete_all_cookies().await.unwrap();
    sign_in(b, email).await;
    let queue = b.text("#queue").await;
    assert!(
        queue.contains("Card payments down after ransomware"),
        "{queue}"
    );
    b.click("#queue tbody a").await;
    b.find(Locator::Id("conversation")).await.unwrap();
    b.check(shot).await;
    b.text("main").await
}

async fn a_bank_files_dora_and_gdpr_at_once_and_each_authority_sees_it(kind: Kind) {
    let server = Server::start(kind, 100).await;
    let db = server.database_url.clone();
    crate::workspace::add_user(
        &db,
        "LU-CSSF",
        "dora@cssf.example",
        StaffRole::Reviewer,
        true,
    );
    crate::workspace::add_user(
        &db,
        "LU-CNPD",
        "breach@cnpd.example",
        StaffRole::Reviewer,
        true,
    );
    let b = Chrome::start(&server.address).await;

    b.goto("/report/new").await;
    b.click_link("Bank, payment or e-money institution, investment firm, insurer or other financial entity under DORA? File DORA’s initial notification instead").await;
    b.find(Locator::Id("f-classified_major_at")).await.unwrap();
    b.check("60-dora-form-en").await;
    b.tick("also", "gdpr:breach_notification").await;
    b.click("#also-form button").await;
    b.find(Locator::Id("f-data_subject_categories"))
        .await
        .unwrap();
    assert!(b.text("#answers-line").await.contains("GDPR"));
    fill_bank_form(&b).await;
    b.check("61-dora-gdpr-form-en").await;
    b.click("button[value=submit]").await;
    b.find(Locator::Id("reference")).await.expect("filed");
    let follow_up = b.path().await.split('?').next().unwrap().to_string();
    let page = b.text("main").await;
    assert!(
        page.contains("DORA (Regulation 2022/2554 Art. 19)"),
        "{page}"
    );
    assert!(
        page.contains("GDPR (Regulation 2016/679 Art. 33)"),
        "{page}"
    );
    b.check("62-dora-gdpr-follow-up-en").await;

    // The same pages in French.
    b.goto(&format!("/language/fr?next={follow_up}")).await;
    b.find(Locator::Css("html[lang=fr]")).await.unwrap();
    b.check("63-dora-gdpr-follow-up-fr").await;
    b.goto("/report/new?regime=dora&also=gdpr%3Abreach_notification")
        .await;
    b.find(Locator::Id("f-data_subject_categories"))
        .await
        .unwrap();
    b.check("64-dora-gdpr-form-fr").await;
    b.goto("/language/en?next=/").await;

    // Each authority's staff sees the case. What each sees of the other's part is the staff
    // workspace's filtering (another branch); here: the DORA authority sees DORA's
    // classification, the DPA the breach's data subjects.
    let dora = staff_sees_the_case(&b, "dora@cssf.example", "65-dora-authority-case").await;
    assert!(dora.contains("Card payments down after ransomware"));
    assert!(
        dora.contains("critical_services") || dora.contains("Classification criteria"),
        "{dora}"
    );
    let dpa = staff_sees_the_case(&b, "breach@cnpd.example", "66-dpa-case").await;
    assert!(dpa.contains("Card holders"), "{dpa}");
}

crate::on_both_kinds!(a_bank_files_dora_and_gdpr_at_once_and_each_authority_sees_it);
