//! Spec §1.5 on the staff case page: the close and waive forms (CSRF guarded like every form),
//! a refused close named on the page, how the case ended shown after closing.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::workspace::{act, add_user, login, world, PASSWORD};
use intake::domain::staff::StaffRole;

on_both_kinds!(staff_waive_and_close_on_the_case_page);

async fn staff_waive_and_close_on_the_case_page(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "rik@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut w.b, "rik@ilr.example", PASSWORD).await, 303);
    let (b, case) = (&mut w.b, w.lu_case.clone());

    let page = b.get(&format!("/authority/cases/{case}")).await;
    assert!(
        page.body.contains("id=\"action-waive\""),
        "a pending stage can be waived"
    );
    assert!(page
        .body
        .contains("<option value=\"incident_notification\">"));
    assert_eq!(
        act(
            b,
            &case,
            "waive",
            &[("stage", "incident_notification"), ("reason", "")]
        )
        .await,
        422
    );
    assert_eq!(
        act(
            b,
            &case,
            "waive",
            &[
                ("stage", "incident_notification"),
                ("reason", "Covered by the regulator's case.")
            ]
        )
        .await,
        303
    );
    let refused = act(
        b,
        &case,
        "close",
        &[("kind", "accepted"), ("reason", "All done.")],
    )
    .await;
    assert_eq!(refused, 409);
    let again = b.get(&format!("/authority/cases/{case}")).await;
    assert!(
        again
            .body
            .to_lowercase()
            .contains("waived: incident notification"),
        "{}",
        again.body
    );
    assert_eq!(
        act(
            b,
            &case,
            "close",
            &[
                ("kind", "not_significant"),
                ("reason", "Below the thresholds.")
            ]
        )
        .await,
        303
    );
    closed_page_shows_how_it_ended(b, &case).await;
}

async fn closed_page_shows_how_it_ended(b: &mut crate::pages::Browser, case: &str) {
    let closed = b.get(&format!("/authority/cases/{case}")).await;
    assert!(
        closed.body.contains("id=\"case-ending\""),
        "{}",
        closed.body
    );
    assert!(closed.body.contains("Below the thresholds."));
    assert!(closed.body.contains("id=\"action-reopen\""));
    assert!(!closed.body.contains("id=\"action-close\""));
}
