//! Drafts: a new report saved, resumed from its private link and filed; a later stage's
//! draft kept on the case.

use super::*;

crate::on_both_kinds!(drafts_are_saved_resumed_and_filed);

async fn drafts_are_saved_resumed_and_filed(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let csrf = b
        .get("/report/new?stage=incident_notification")
        .await
        .csrf();
    let data = vec![
        ("stage", "incident_notification".to_string()),
        ("legal_name", "Half-typed GmbH".into()),
        ("summary", "Still writing this".into()),
    ];
    let saved = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
        .await;
    assert_eq!(saved.status, 303);
    let draft_path = saved.location.unwrap();
    assert!(draft_path.starts_with("/report/draft/"));
    assert_eq!((b.count("drafts"), b.count("cases")), (1, 0));

    // A new visit (no cookie) with the link finds everything as typed.
    b.forget_cookie();
    let resumed = b.get(&draft_path).await;
    assert_eq!(resumed.status, 200);
    assert!(resumed.body.contains("value=\"Half-typed GmbH\""));
    assert!(resumed.body.contains(">Still writing this</textarea>"));
    assert!(resumed.body.contains("Draft saved"));
    assert!(
        resumed.body.contains("incident notification"),
        "the draft keeps its stage"
    );

    // Completing and filing it removes the draft.
    let csrf = resumed.csrf();
    let mut full = early_warning_form();
    full.retain(|(k, _)| *k != "stage");
    let action = draft_path.split('?').next().unwrap().to_string();
    let done = b
        .post(
            &action,
            &pairs(
                &csrf,
                &full,
                &[("action", "submit"), ("stage", "incident_notification")],
            ),
        )
        .await;
    assert_eq!(
        done.status, 422,
        "a notification needs more than an early warning"
    );
    assert!(done.body.contains("href=\"#f-initial_assessment\""));
    assert_eq!(b.count("drafts"), 1, "a refused filing keeps the draft");
    let mut ew = early_warning_form();
    ew.retain(|(k, _)| *k != "stage");
    let done = b
        .post(
            &action,
            &pairs(
                &csrf,
                &ew,
                &[("action", "submit"), ("stage", "early_warning")],
            ),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!((b.count("drafts"), b.count("cases")), (0, 1));
    assert_eq!(b.get(&action).await.status, 404);
    let case = done.location.unwrap();
    a_later_stage_draft_lives_on_the_case(&mut b, &case).await;
}

/// A follow-up stage's draft is saved on the case and shown there.
async fn a_later_stage_draft_lives_on_the_case(b: &mut Browser, case: &str) {
    let token = case
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let form_path = format!("/report/follow-up/{token}/file/incident_notification");
    let csrf = b.get(&form_path).await.csrf();
    let saved = b
        .post(
            &form_path,
            &[
                ("csrf", csrf.as_str()),
                ("action", "save"),
                ("mitigation_taken", "Isolating the VPN"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let again = b.get(&form_path).await;
    assert!(again.body.contains(">Isolating the VPN</textarea>"));
    assert!(b
        .get(&format!("/report/follow-up/{token}"))
        .await
        .body
        .contains("draft saved"));
    assert_eq!(b.count("submissions"), 1);
}
