//! Who sees what: every authority its own cases, observers read only, tokens the same scope.

use super::{act, add_user, login, world, World, PASSWORD};
use crate::helpers::Kind;
use intake::domain::staff::StaffRole;
use intake::storage::{staff, Backend};

async fn each_authority_sees_exactly_its_own_cases(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "lu-admin@ilr.example",
        StaffRole::Admin,
        false,
    );
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "lu-observer@ilr.example",
        StaffRole::Observer,
        false,
    );
    add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    let b = &mut w.b;
    let _ = b;
    strangers_are_sent_to_sign_in(&mut w).await;
    lu_staff_see_only_lu_cases(&mut w).await;
    observers_read_but_cannot_act(&mut w).await;
    another_authority_sees_only_its_own_cases(&mut w).await;
    tokens_have_the_same_scope(&mut w, &db).await;
}

async fn strangers_are_sent_to_sign_in(w: &mut World) {
    let b = &mut w.b;
    // Anonymous, and a reporter's follow-up cookie-less visit: sent to sign in.
    for path in [
        "/authority/queue",
        &format!("/authority/cases/{}", w.lu_case),
        "/authority/queue.csv",
        "/authority/users",
    ] {
        let p = b.get(path).await;
        assert_eq!(p.status, 303, "{path}");
        assert!(p.location.unwrap().starts_with("/authority/login"));
    }
    // A reporter's API key is no authority token.
    assert_eq!(
        b.api("GET", "/api/v1/authority/cases", &w.lu_key, None)
            .await
            .0,
        401
    );
}

async fn lu_staff_see_only_lu_cases(w: &mut World) {
    let b = &mut w.b;
    // LU energy regulator: the two LU cases, not the German one.
    assert_eq!(login(b, "lu-admin@ilr.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert_eq!(q.status, 200);
    assert!(q.body.contains(&w.lu_case) && q.body.contains(&w.cross_case));
    assert!(!q.body.contains(&w.de_case));
    let csv = b.get("/authority/queue.csv").await;
    assert!(csv.body.contains(&w.lu_case) && !csv.body.contains(&w.de_case));
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.de_case))
            .await
            .status,
        404
    );
    assert_eq!(
        b.get(&format!("/authority/cases/{}/export.json", w.de_case))
            .await
            .status,
        404
    );
    assert_eq!(
        act(b, &w.de_case, "note", &[("message", "peeking")]).await,
        404
    );
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.lu_case))
            .await
            .status,
        200
    );
}

async fn observers_read_but_cannot_act(w: &mut World) {
    let b = &mut w.b;
    // An observer reads but cannot act.
    b.forget_cookie();
    assert_eq!(login(b, "lu-observer@ilr.example", PASSWORD).await, 303);
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.lu_case))
            .await
            .status,
        200
    );
    assert_eq!(
        act(
            b,
            &w.lu_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "hi")]
        )
        .await,
        403
    );
    assert_eq!(b.get("/authority/users").await.status, 403);
}

/// Spec v0.2 §5 (Art. 23(6)): naming DE as affected gives DE-BSI nothing by routing.
async fn another_authority_sees_only_its_own_cases(w: &mut World) {
    let b = &mut w.b;
    // DE-BSI: its own case only; the LU cross-border case naming DE is not routed to it.
    b.forget_cookie();
    assert_eq!(login(b, "de@bsi.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert!(q.body.contains(&w.de_case));
    assert!(!q.body.contains(&w.cross_case) && !q.body.contains(&w.lu_case));
    assert!(!q.body.contains("for information"));
    for case in [&w.lu_case, &w.cross_case] {
        assert_eq!(b.get(&format!("/authority/cases/{case}")).await.status, 404);
    }
    assert_eq!(
        act(
            b,
            &w.cross_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "hi")]
        )
        .await,
        404
    );
    assert_eq!(
        act(b, &w.cross_case, "note", &[("message", "watch this")]).await,
        404
    );
    assert_eq!(
        act(
            b,
            &w.de_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "Received.")]
        )
        .await,
        303
    );
}

async fn tokens_have_the_same_scope(w: &mut World, db: &str) {
    let b = &mut w.b;
    // Authority tokens: the same scope.
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let (_, lu_token) = staff::create_authority_token(
        &mut c,
        &"LU-ILR-ENERGY".parse().unwrap(),
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    let (s, list) = b
        .api("GET", "/api/v1/authority/cases", &lu_token, None)
        .await;
    assert_eq!(s, 200);
    let ids: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&w.lu_case.as_str()) && !ids.contains(&w.de_case.as_str()),
        "{ids:?}"
    );
    assert_eq!(
        b.api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.de_case),
            &lu_token,
            None
        )
        .await
        .0,
        404
    );
    assert_eq!(
        b.api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.lu_case),
            &lu_token,
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        b.api("GET", "/api/v1/authority/cases", "iat_nonsense", None)
            .await
            .0,
        401
    );
    // The DE note stays inside DE-BSI.
    let (_, case) = b
        .api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.cross_case),
            &lu_token,
            None,
        )
        .await;
    assert!(!case.to_string().contains("watch this"));
    // The reporter's API sees neither notes nor other entities' cases.
    let (_, mine) = b
        .api(
            "GET",
            &format!("/api/v1/incidents/{}", w.cross_case),
            &w.lu_key,
            None,
        )
        .await;
    assert!(!mine.to_string().contains("watch this"));
}

crate::on_both_kinds!(each_authority_sees_exactly_its_own_cases);
