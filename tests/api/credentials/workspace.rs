//! Administrators see their authority's tokens in the workspace and revoke one: refused at
//! once by another instance, audited; another authority's admin gets a 404, a reviewer a 403.

use super::{audit_actions, Instance};
use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::Browser;
use crate::workspace::{add_user, login, PASSWORD};
use intake::domain::clock::SystemClock;
use intake::domain::staff::StaffRole;
use intake::storage::{staff, Backend};
use std::sync::Arc;

on_both_kinds!(
    a_token_revoked_in_the_workspace_is_refused_at_once_by_another_instance,
    only_an_admin_of_the_tokens_authority_can_revoke_it,
);

const QUEUE: &str = "/api/v1/authority/cases";

fn issue(db: &str, authority: &str, label: &str) -> (uuid::Uuid, String) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let at = chrono::Utc::now();
    staff::create_authority_token(&mut c, &authority.parse().unwrap(), Some(label), at).unwrap()
}

async fn a_token_revoked_in_the_workspace_is_refused_at_once_by_another_instance(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(&db, "LU-CSIRT", "ada@csirt.example", StaffRole::Admin, true);
    let (id, token) = issue(&db, "LU-CSIRT", "ticketing");
    issue(&db, "DE-BSI", "bsi-robot");
    let other = Instance::start(&db, Arc::new(SystemClock), |_| {});
    assert_eq!(other.get(QUEUE, &token).await.0, 200);

    assert_eq!(login(&mut b, "ada@csirt.example", PASSWORD).await, 303);
    let page = b.get("/authority/tokens").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("ticketing"), "{}", page.body);
    assert!(
        !page.body.contains("bsi-robot"),
        "only the authority's own tokens"
    );
    assert!(
        !page.body.contains("never"),
        "the use on the other instance shows"
    );
    assert!(!page.body.contains(&token[4..]), "never the secret");
    let done = b
        .post(
            &format!("/authority/tokens/{id}/revoke"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("ticketing is revoked"), "{}", done.body);

    let (status, _, body) = other.get(QUEUE, &token).await;
    assert_eq!(status, 401, "refused at once by the other instance: {body}");
    assert!(body["detail"].as_str().unwrap().contains("revoked"));
    let (action, detail) = audit_actions(&db)
        .into_iter()
        .find(|(a, _)| a == "token.revoked")
        .expect("the revocation is in the audit trail");
    assert!(detail.contains(&id.to_string()), "{action}: {detail}");
    let again = b.get("/authority/tokens").await;
    assert!(
        !again
            .body
            .contains(&format!("/authority/tokens/{id}/revoke")),
        "no second revoke button"
    );
}

async fn only_an_admin_of_the_tokens_authority_can_revoke_it(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(&db, "DE-BSI", "eve@bsi.example", StaffRole::Admin, true);
    add_user(
        &db,
        "LU-CSIRT",
        "rik@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    let (id, token) = issue(&db, "LU-CSIRT", "ticketing");
    let revoke = format!("/authority/tokens/{id}/revoke");

    assert_eq!(login(&mut b, "eve@bsi.example", PASSWORD).await, 303);
    let page = b.get("/authority/tokens").await;
    assert!(!page.body.contains("ticketing"));
    let csrf = page.csrf();
    assert_eq!(
        b.post(&revoke, &[("csrf", &csrf)]).await.status,
        404,
        "another authority's token is not found"
    );
    assert_eq!(
        b.post("/authority/tokens/nonsense/revoke", &[("csrf", &csrf)])
            .await
            .status,
        404
    );

    b.forget_cookie();
    assert_eq!(login(&mut b, "rik@csirt.example", PASSWORD).await, 303);
    assert_eq!(
        b.get("/authority/tokens").await.status,
        403,
        "reviewers do not manage tokens"
    );
    let csrf = b.get("/authority/queue").await.csrf();
    assert_eq!(b.post(&revoke, &[("csrf", &csrf)]).await.status, 403);

    assert_eq!(
        b.api("GET", QUEUE, &token, None).await.0,
        200,
        "the token still works"
    );
    assert!(audit_actions(&db).iter().all(|(a, _)| a != "token.revoked"));
}
