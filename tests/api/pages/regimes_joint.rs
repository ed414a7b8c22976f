//! One follow-up form answering two threads (issue 13, spec §7): DORA's intermediate report
//! with GDPR's breach notification ticked "also", decoded into two submissions, an error of
//! the GDPR part tied to its field.

use super::regimes::{bank_browser, file_dora_only, submission_regimes};
use super::*;
use chrono::Duration;

crate::on_both_kinds!(one_follow_up_form_answers_two_threads);

async fn one_follow_up_form_answers_two_threads(kind: Kind) {
    let (mut b, clock) = bank_browser(kind).await;
    let path = file_dora_only(&mut b).await;
    clock.advance(Duration::hours(2));
    let page = b.get(&path).await;
    // DORA's intermediate report is due; the box to answer GDPR's breach with it is offered.
    let (p, also) = (
        &page.body,
        "also-dora-intermediate_report-gdpr-breach_notification",
    );
    assert!(p.contains(&format!("action=\"{path}/file/intermediate_report\"")));
    assert!(p.contains(&format!("id=\"{also}\"")));
    let form = b
        .get(&format!(
            "{path}/file/intermediate_report?regime=dora&also=gdpr%3Abreach_notification"
        ))
        .await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Card payments down after ransomware"));
    assert!(
        form.body.contains("id=\"f-status_update\"") && form.body.contains("id=\"f-dpo_contact\"")
    );
    let csrf = form.csrf();
    let mut data: Vec<(&'static str, String)> = vec![
        ("stage", "intermediate_report".into()),
        ("regime", "dora".into()),
        ("also", "gdpr:breach_notification".into()),
        (
            "status_update",
            "Card service restored for 80% of clients.".into(),
        ),
        ("service_impact", "degraded".into()),
    ];
    // An error of the GDPR part comes back beside its field, the DORA part kept.
    let refused = b
        .post(
            &format!("{path}/file/intermediate_report"),
            &pairs(&csrf, &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("href=\"#f-dpo_contact\""),
        "{}",
        summary(&refused.body)
    );
    assert!(refused
        .body
        .contains("Card service restored for 80% of clients."));
    assert_eq!(b.count("submissions"), 1);
    data.extend([
        ("data_subject_categories", "Card holders".to_string()),
        ("data_subjects_approx", "12000".into()),
        ("record_categories", "Names, card numbers".into()),
        ("records_approx", "15000".into()),
        ("dpo_contact", "dpo@banque.example".into()),
        ("likely_consequences", "Fraudulent card use.".into()),
        ("mitigation_taken", "Cards blocked and reissued.".into()),
    ]);
    let done = b
        .post(
            &format!("{path}/file/intermediate_report"),
            &pairs(&refused.csrf(), &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    assert_eq!(
        submission_regimes(&b),
        vec![
            ("dora".into(), "initial_notification".into()),
            ("dora".into(), "intermediate_report".into()),
            ("gdpr".into(), "breach_notification".into()),
        ]
    );
    let case = b.get(&path).await;
    assert!(
        !case.body.contains("id=\"settle-gdpr\""),
        "filing confirmed the thread"
    );
}
