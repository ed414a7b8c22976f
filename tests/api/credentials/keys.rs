//! API keys: a key revoked on the command line is refused on the next request by every
//! instance (it used to be cached for up to 30 s).

use super::{intake, Instance};
use crate::helpers::{add_entity, spawn_app, Kind};
use crate::on_both_kinds;
use intake::domain::clock::SystemClock;
use intake::storage::{entities, Backend};
use std::sync::Arc;

on_both_kinds!(an_api_key_revoked_on_the_command_line_is_refused_at_once_by_another_instance);

async fn an_api_key_revoked_on_the_command_line_is_refused_at_once_by_another_instance(kind: Kind) {
    let app = spawn_app(kind).await;
    let db = app.database_url.clone();
    let other = Instance::start(&db, Arc::new(SystemClock), |_| {});
    let (entity, kept) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    let key =
        entities::create_api_key(&mut c, entity, Some("rotating"), chrono::Utc::now()).unwrap();
    let here = Instance::start(&db, Arc::new(SystemClock), |_| {});
    for instance in [&here, &other] {
        let (status, _, body) = instance.get("/api/v1/incidents", &key.secret).await;
        assert_eq!(status, 200, "the key works before: {body}");
    }

    let (ok, out, err) = intake(&db, &["api-key", "revoke", &key.id.to_string()]);
    assert!(ok, "{out}{err}");

    for instance in [&other, &here] {
        let (status, _, body) = instance.get("/api/v1/incidents", &key.secret).await;
        assert_eq!(
            status, 401,
            "a revoked key is refused on the very next request of every instance: {body}"
        );
    }
    let (status, _, _) = other.get("/api/v1/incidents", &kept).await;
    assert_eq!(status, 200, "the entity's other key still works");
    let audited = super::audit_actions(&db)
        .into_iter()
        .any(|(action, detail)| {
            action == "api_key.revoked" && detail.contains(&key.id.to_string())
        });
    assert!(audited, "the revocation is in the audit trail");
}
