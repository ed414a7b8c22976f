//! Share packages on the staff case page (spec v0.2 §6): a CSRF-guarded form without
//! JavaScript, refused with the field named, revocable from the same page; the recipient's
//! staff read the package page until it is revoked; observers cannot share.

use crate::helpers::Kind;
use crate::pages::Browser;
use crate::workspace::{add_user, login, world, PASSWORD};
use intake::domain::staff::StaffRole;

crate::on_both_kinds!(staff_share_and_revoke_a_package_on_the_case_page);

async fn staff_share_and_revoke_a_package_on_the_case_page(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@csirt.example",
        StaffRole::Reviewer,
        false,
    );
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "obs@csirt.example",
        StaffRole::Observer,
        false,
    );
    add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    let b = &mut w.b;
    let page = format!("/authority/cases/{}", w.cross_case);
    let share = format!("{page}/packages");

    assert_eq!(login(b, "ana@csirt.example", PASSWORD).await, 303);
    let csrf = b.get(&page).await.csrf();
    let refused = b
        .post(
            &share,
            &[
                ("csrf", &csrf),
                ("recipients", "DE-BSI"),
                ("note", "kept text"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("Not shared: fields:"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("kept text"));
    let csrf = b.get(&page).await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("recipients", "DE-BSI"),
        ("recipients", "EU-ENISA"),
        ("fields", "title"),
        ("tlp", "red"),
        ("note", ""),
    ];
    let done = b.post(&share, &form).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let shown = b.get(&page).await;
    assert!(shown.body.contains("DE-BSI, EU-ENISA") && shown.body.contains("TLP:RED"));
    let id = shown
        .body
        .split("/authority/packages/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap()
        .to_string();

    // The German CSIRT reads it; the case stays closed to it.
    b.forget_cookie();
    assert_eq!(login(b, "de@bsi.example", PASSWORD).await, 303);
    assert!(b.get("/authority/packages").await.body.contains(&id));
    let read = b.get(&format!("/authority/packages/{id}")).await;
    assert_eq!(read.status, 200);
    assert!(read.body.contains("TLP:RED") && !read.body.contains("ana@csirt.example"));
    assert_eq!(b.get(&page).await.status, 404);

    observers_cannot_share_and_the_sender_revokes(b, &page, &share, &id).await;
}

/// The rest of the story: an observer is refused, the sender revokes, DE loses the package.
async fn observers_cannot_share_and_the_sender_revokes(
    b: &mut Browser,
    page: &str,
    share: &str,
    id: &str,
) {
    // Observers cannot share; the sender revokes, and the package is gone for DE.
    b.forget_cookie();
    assert_eq!(login(b, "obs@csirt.example", PASSWORD).await, 303);
    let csrf = b.get(page).await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("recipients", "DE-BSI"),
        ("fields", "title"),
    ];
    assert_eq!(b.post(share, &form).await.status, 403);
    b.forget_cookie();
    assert_eq!(login(b, "ana@csirt.example", PASSWORD).await, 303);
    let csrf = b.get(page).await.csrf();
    // The sender sees that its package was read (not by whom).
    assert!(b.get(page).await.body.contains("<td>1 time(s)</td>"));
    let revoke = format!("/authority/packages/{id}/revoke");
    assert_eq!(b.post(&revoke, &[("csrf", &csrf)]).await.status, 303);
    assert!(b.get(page).await.body.contains("revoked "));
    b.forget_cookie();
    assert_eq!(login(b, "de@bsi.example", PASSWORD).await, 303);
    assert_eq!(
        b.get(&format!("/authority/packages/{id}")).await.status,
        404
    );
    assert!(!b.get("/authority/packages").await.body.contains(id));
}
