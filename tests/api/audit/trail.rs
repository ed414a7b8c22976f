//! Issue 12 finding 8: the audit trail on a case page is filtered to the viewer's authority.
//! Two authorities in charge of one case (LU-CSIRT and the energy regulator LU-ILR-ENERGY)
//! each see their own staff's entries and those of no authority (the reporter), never the
//! other authority's staff names or actions — on the page and in the case export.

use crate::helpers::Kind;
use crate::workspace::{act, add_user, login, world, PASSWORD};
use intake::domain::staff::StaffRole;

async fn each_authority_sees_only_its_own_staff_in_a_cases_audit_trail(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-CSIRT",
        "cara@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "rik@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    let case = w.lu_case.clone();
    let (s, _) =
        w.b.api(
            "POST",
            &format!("/api/v1/incidents/{case}/messages"),
            &w.lu_key,
            Some(serde_json::json!({"message": "Any news?"})),
        )
        .await;
    assert_eq!(s, 201);

    assert_eq!(login(&mut w.b, "cara@csirt.example", PASSWORD).await, 303);
    let noted = act(&mut w.b, &case, "note", &[("message", "CSIRT-only remark")]).await;
    assert!(noted < 400, "{noted}");
    let cara_sees = w.b.get(&format!("/authority/cases/{case}")).await.body;
    w.b.forget_cookie();
    assert_eq!(login(&mut w.b, "rik@ilr.example", PASSWORD).await, 303);
    let rik_sees = w.b.get(&format!("/authority/cases/{case}")).await.body;
    let rik_exports =
        w.b.get(&format!("/authority/cases/{case}/export.json"))
            .await
            .body;

    let trail = |page: &str| {
        page.split("<h2>Audit trail</h2>")
            .nth(1)
            .unwrap_or("")
            .to_string()
    };
    assert!(
        trail(&cara_sees).contains("cara@csirt.example"),
        "own entries are shown"
    );
    assert!(
        trail(&rik_sees).contains("rik@ilr.example"),
        "own entries are shown"
    );
    assert!(
        trail(&rik_sees).contains("reporter"),
        "neutral entries are shown"
    );
    assert!(
        !rik_sees.contains("cara@csirt.example") && !rik_sees.contains("case.note"),
        "another authority's staff and actions are hidden: {}",
        trail(&rik_sees)
    );
    assert!(!rik_exports.contains("cara@csirt.example"), "{rik_exports}");
}

crate::on_both_kinds!(each_authority_sees_only_its_own_staff_in_a_cases_audit_trail);
