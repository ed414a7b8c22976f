//! The staff pages in the user's language with names, not codes: the entity's member state,
//! the authorities a case was routed to with their roles, the queue's member-state filter in
//! the order of its localized names (accents not counting), and the administrators-only
//! refusal in the user's language.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::workspace::{add_user, login, world, PASSWORD};
use intake::domain::staff::StaffRole;
use intake::storage::{staff, Backend};
use intake::words::Lang;

on_both_kinds!(a_german_analyst_reads_names_not_codes);

fn speaks(db: &str, user: uuid::Uuid, lang: Lang) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::set_language(&mut c, user, lang).unwrap();
}

async fn a_german_analyst_reads_names_not_codes(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    let ana = add_user(
        &db,
        "LU-CSIRT",
        "ana@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    speaks(&db, ana, Lang::De);
    assert_eq!(login(&mut w.b, "ana@csirt.example", PASSWORD).await, 303);

    let page = w.b.get(&format!("/authority/cases/{}", w.lu_case)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Luxemburg (LU)"), "member state by name");
    assert!(page.body.contains("LU-CSIRT (CSIRT)"), "routed with roles");
    assert!(
        page.body.contains("(Zuständige Behörde)") || page.body.contains("(Sektorale Behörde)"),
        "the regulator's role in German"
    );
    // The audit trail says what was done in German, not by the log's codes.
    let trail = &page.body[page.body.find("id=\"audit\"").expect("audit trail")..];
    assert!(trail.contains("Fall eingesehen"), "case.view in words");
    assert!(!trail.contains(">case.view<"), "no code in the trail");

    // The queue's filter: names in German, Österreich among the O's, not after Z.
    let queue = w.b.get("/authority/queue").await;
    let at = |name: &str| {
        queue
            .body
            .find(&format!(">{name}"))
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    assert!(at("Niederlande (NL)") < at("Österreich (AT)"));
    assert!(at("Österreich (AT)") < at("Polen (PL)"));
    assert!(at("Belgien (BE)") < at("Bulgarien (BG)"));

    // Only administrators manage users: said in the user's language, whatever the browser.
    let refused = w.b.get("/authority/users").await;
    assert_eq!(refused.status, 403);
    assert!(
        refused.body.contains("<html lang=\"de\">"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("nur Administratoren verwalten Benutzer"),
        "{}",
        refused.body
    );
}
