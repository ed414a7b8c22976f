//! Spec §1.5 withdrawal on the follow-up page (a form, no JavaScript, CSRF guarded): the reason
//! is required and its error tied to the field; a withdrawn case shows how it ended and offers
//! no further filings; the significance helper points to the way to withdraw.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{file_early_warning, Browser};

on_both_kinds!(the_entity_withdraws_on_its_follow_up_page);

async fn the_entity_withdraws_on_its_follow_up_page(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let received = file_early_warning(&mut b).await;
    let link = received.split('?').next().unwrap().to_string();
    let page = b.get(&link).await;
    assert!(page.body.contains("Withdraw this report"), "{}", page.body);
    let csrf = page.csrf();

    let forged = b
        .post(
            &format!("{link}/withdraw"),
            &[
                ("csrf", "forged"),
                ("withdrawal_reason", "Not significant."),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
    let empty = b
        .post(
            &format!("{link}/withdraw"),
            &[("csrf", &csrf), ("withdrawal_reason", " ")],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(
        empty.body.contains("id=\"f-withdrawal-reason-error\""),
        "{}",
        empty.body
    );
    assert!(empty.body.contains("aria-invalid=\"true\""));

    let done = b
        .post(
            &format!("{link}/withdraw"),
            &[
                ("csrf", &csrf),
                (
                    "withdrawal_reason",
                    "Assessed as not significant after all.",
                ),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let after = b.get(&link).await;
    assert!(
        after
            .body
            .contains("You withdrew this report (Assessed as not significant after all)."),
        "{}",
        after.body
    );
    assert!(after.body.contains("No further reports can be filed"));
    assert!(!after.body.contains("Withdraw this report"));
    let again = b
        .post(
            &format!("{link}/withdraw"),
            &[("csrf", &csrf), ("withdrawal_reason", "Again.")],
        )
        .await;
    assert_eq!(again.status, 409);
    assert!(
        again.body.contains("no longer be withdrawn"),
        "{}",
        again.body
    );

    // The significance helper's promise now says where withdrawing happens.
    assert!(intake::words::text("significance_advice", "indeterminate").contains("follow-up page"));
}
