//! Migration 000016 (spec v0.2 §5): the v0.1 informed copies, which gave other member
//! states' authorities full read access, are removed with their undelivered mail; the audit
//! chain is not rewritten.

use super::{call, cross_border_case, token};
use crate::helpers::TestApp;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use intake::storage::schema::{case_recipients, outbox};
use intake::storage::{audit, queue, Backend};

crate::on_both_backends!(informed_copies_lose_their_access_when_migrated);

async fn informed_copies_lose_their_access_when_migrated(app: TestApp) {
    let case = cross_border_case(&app).await;
    let backend = Backend::from_url(&app.database_url).unwrap();
    let mut c = backend.connect().unwrap();
    // Back to the v0.1 state: before 000016, with an informed copy and its queued mail.
    c.batch_execute(
        "DELETE FROM __diesel_schema_migrations WHERE version = '20261130000016';
         DROP TABLE share_package_recipients; DROP TABLE share_packages;",
    )
    .unwrap();
    v01_informed_copy(&mut c, &case);
    let de_bsi = "DE-BSI".parse().unwrap();
    let id = case.parse().unwrap();
    assert!(
        queue::in_scope(&mut c, &de_bsi, id).unwrap(),
        "v0.1: full access"
    );

    drop(c);
    assert_eq!(backend.migrate().unwrap(), 1);

    let de = token(&app, "DE-BSI");
    let path = format!("/api/v1/authority/cases/{case}");
    assert_eq!(call(&app, "GET", &path, &de, None).await.status, 404);
    let mut c = backend.connect().unwrap();
    assert!(!queue::in_scope(&mut c, &de_bsi, id).unwrap());
    let left: Vec<(String, bool)> = case_recipients::table
        .filter(case_recipients::case_id.eq(&case))
        .select((case_recipients::authority_code, case_recipients::informed))
        .load(&mut c)
        .unwrap();
    assert!(!left.iter().any(|(_, informed)| *informed), "{left:?}");
    assert!(
        left.iter().any(|(a, _)| a == "LU-CSIRT"),
        "the routed ones stay: {left:?}"
    );
    let (status, error): (String, Option<String>) = outbox::table
        .filter(outbox::dedupe_key.eq("v01-informed-copy"))
        .select((outbox::status, outbox::last_error))
        .first(&mut c)
        .unwrap();
    assert_eq!(status, "failed");
    assert!(error.unwrap_or_default().contains("000016"));
    let key = crate::helpers::test_audit_key();
    assert!(
        audit::verify(&mut c, &key, &[]).unwrap().is_ok(),
        "audit chain intact"
    );
}

/// The v0.1 state of a cross-border case: DE-BSI holds an informed copy and its queued mail.
fn v01_informed_copy(c: &mut intake::storage::DbConn, case: &str) {
    let at = chrono::NaiveDate::from_ymd_opt(2030, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    diesel::insert_into(case_recipients::table)
        .values((
            case_recipients::case_id.eq(case),
            case_recipients::authority_code.eq("DE-BSI"),
            case_recipients::role.eq("csirt"),
            case_recipients::informed.eq(true),
            case_recipients::queue_due_at.eq(at),
            case_recipients::case_state.eq("early_warning_submitted"),
            case_recipients::received_at.eq(at),
        ))
        .execute(c)
        .unwrap();
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq("00000000-0000-7000-8000-000000000016"),
            outbox::kind.eq("authority_notification"),
            outbox::dedupe_key.eq("v01-informed-copy"),
            outbox::case_id.eq(case),
            outbox::authority_code.eq("DE-BSI"),
            outbox::recipients.eq(r#"["meldestelle@bsi-de.example.org"]"#),
            outbox::payload.eq(r#"{"informed":true}"#),
            outbox::status.eq("pending"),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(at),
            outbox::created_at.eq(at),
        ))
        .execute(c)
        .unwrap();
}
