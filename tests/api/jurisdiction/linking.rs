//! Spec §2.2: staff of an authority in charge link a filing from an unaffiliated filer (the
//! public form) to a registered entity, on the case page and through the authority API;
//! audited; everything else is refused with the reason.

use super::register_with_id;
use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{file_early_warning, Browser};
use crate::workspace::{add_user, login, PASSWORD};
use diesel::prelude::*;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, staff, Backend};
use serde_json::json;

on_both_kinds!(staff_link_a_web_filing_to_a_registered_entity);

fn token(db: &str, authority: &str) -> String {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::create_authority_token(
        &mut c,
        &authority.parse().unwrap(),
        None,
        chrono::Utc::now(),
    )
    .unwrap()
    .1
}

fn case_ids(db: &str) -> Vec<String> {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    schema::cases::table
        .order(schema::cases::created_at.asc())
        .select(schema::cases::id)
        .load(&mut c)
        .unwrap()
}

fn audited(db: &str, case: &str) -> usize {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let actions: Vec<String> = schema::audit_log::table
        .filter(schema::audit_log::case_id.eq(case))
        .select(schema::audit_log::action)
        .load(&mut c)
        .unwrap();
    actions
        .iter()
        .filter(|a| *a == "case.entity_linked")
        .count()
}

async fn staff_link_a_web_filing_to_a_registered_entity(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    let follow_up = file_early_warning(&mut b).await;
    file_early_warning(&mut b).await;
    let ids = case_ids(&db);
    let (entity, key) = register_with_id(
        &db,
        "LU",
        "energy",
        "electricity_supplier",
        Default::default(),
    );
    let lu = token(&db, "LU-CSIRT");
    let path = format!("/api/v1/authority/cases/{}/entity", ids[0]);

    refusals_change_nothing(&b, &db, &ids, &entity, &key).await;

    // Through the API: the registered entity's key now sees the case.
    let (s, reply) = b
        .api("POST", &path, &lu, Some(json!({"entity_id": entity})))
        .await;
    assert_eq!(s, 200, "{reply}");
    assert_eq!(audited(&db, &ids[0]), 1);
    let (_, listed) = b.api("GET", "/api/v1/incidents", &key, None).await;
    assert_eq!(listed["items"][0]["id"], ids[0].as_str());
    // Whoever typed the organisation into the public form no longer follows the case.
    let gone = b.get(follow_up.split('?').next().unwrap()).await;
    assert_eq!(
        gone.status, 404,
        "the public filer's link ends with the link"
    );
    // A case of a registered entity is not moved again.
    let (s, reply) = b
        .api("POST", &path, &lu, Some(json!({"entity_id": entity})))
        .await;
    assert_eq!(s, 409, "{reply}");

    // On the case page.
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "ana@ilr.example", PASSWORD).await, 303);
    let page = b.get(&format!("/authority/cases/{}", ids[1])).await;
    assert!(
        page.body.contains("name=\"entity_id\""),
        "the case page offers the form"
    );
    let csrf = page.csrf();
    let p = b
        .post(
            &format!("/authority/cases/{}/entity", ids[1]),
            &[("csrf", &csrf), ("entity_id", &entity)],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(audited(&db, &ids[1]), 1);
    let (_, listed) = b.api("GET", "/api/v1/incidents", &key, None).await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 2);
}

async fn refusals_change_nothing(b: &Browser, db: &str, ids: &[String], entity: &str, key: &str) {
    let lu = token(db, "LU-CSIRT");
    let path = format!("/api/v1/authority/cases/{}/entity", ids[0]);
    // Refusals, each naming why; nothing changes.
    let web_entity = {
        let mut c = Backend::from_url(db).unwrap().connect().unwrap();
        schema::cases::table
            .find(&ids[1])
            .select(schema::cases::entity_id)
            .first::<String>(&mut c)
            .unwrap()
    };
    let (german, _) = register_with_id(
        db,
        "DE",
        "energy",
        "electricity_supplier",
        Default::default(),
    );
    for (body, status, field) in [
        (json!({"entity_id": "not-a-uuid"}), 422, "entity_id"),
        (
            json!({"entity_id": uuid::Uuid::now_v7().to_string()}),
            422,
            "entity_id",
        ),
        (json!({"entity_id": web_entity}), 422, "entity_id"),
        // A German entity is not under Luxembourg's jurisdiction (Art. 26).
        (json!({"entity_id": german}), 422, "entity_id"),
    ] {
        let (s, reply) = b.api("POST", &path, &lu, Some(body.clone())).await;
        assert_eq!(s, status, "{body}: {reply}");
        assert_eq!(reply["errors"][0]["field"], field, "{reply}");
    }
    let (s, _) = b
        .api(
            "POST",
            &path,
            &token(db, "DE-BSI"),
            Some(json!({"entity_id": entity})),
        )
        .await;
    assert_eq!(s, 404, "not routed to DE-BSI");
    assert_eq!(audited(db, &ids[0]), 0);
    let (s, listed) = b.api("GET", "/api/v1/incidents", key, None).await;
    assert_eq!((s, listed["items"].as_array().unwrap().len()), (200, 0));
}
