//! Issue 12 finding 4: a draft saved without an account kept any field name of any size,
//! forever, as many as a client liked (120 drafts grew the database by 28 MB). Now a draft
//! keeps only its form's fields, at most 128 KB, at most `INTAKE_DRAFT_QUOTA` live drafts per
//! client address, and expires `INTAKE_DRAFT_DAYS` (30) days after its last save.

use super::{browser_at, rows, save_draft, stored_drafts};
use crate::helpers::Kind;
use chrono::Duration;

crate::on_both_kinds!(
    a_draft_keeps_only_the_fields_its_form_has,
    an_oversized_draft_is_refused_naming_the_field,
    one_address_keeps_at_most_its_quota_of_drafts,
    drafts_expire_after_thirty_days_or_as_configured,
);

async fn a_draft_keeps_only_the_fields_its_form_has(kind: Kind) {
    let (mut b, _) = browser_at(kind, "2027-03-01T09:00:00Z", |_| {}).await;
    let junk = "x".repeat(20_000);
    let saved = save_draft(
        &mut b,
        &[
            ("legal_name", "Half-typed GmbH"),
            ("no_such_field", &junk),
            ("initial_assessment", "only the notification form has this"),
        ],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let stored = stored_drafts(&b.database_url);
    assert_eq!(stored.len(), 1);
    assert!(stored[0].contains("Half-typed GmbH"), "{}", stored[0]);
    assert!(
        !stored[0].contains("no_such_field"),
        "unknown names are dropped"
    );
    assert!(
        !stored[0].contains("initial_assessment"),
        "a field of another stage's form is dropped"
    );
    let resumed = b.get(saved.location.as_deref().unwrap()).await;
    assert!(resumed.body.contains("value=\"Half-typed GmbH\""));
}

async fn an_oversized_draft_is_refused_naming_the_field(kind: Kind) {
    let (mut b, _) = browser_at(kind, "2027-03-01T09:00:00Z", |_| {}).await;
    let long = "y".repeat(130 * 1024);
    let refused = save_draft(&mut b, &[("legal_name", "Big SA"), ("summary", &long)]).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("href=\"#f-summary\""),
        "the field is named"
    );
    assert!(
        refused.body.contains("too long to keep in a draft")
            && refused.body.contains("at most 128 KB"),
        "{}",
        crate::pages::summary(&refused.body)
    );
    assert_eq!(rows(&b.database_url, "drafts"), 0, "nothing was saved");
    let fits = "y".repeat(100 * 1024);
    let saved = save_draft(&mut b, &[("legal_name", "Big SA"), ("summary", &fits)]).await;
    assert_eq!(saved.status, 303, "a long draft under the cap is kept");
}

async fn one_address_keeps_at_most_its_quota_of_drafts(kind: Kind) {
    let (mut b, clock) = browser_at(kind, "2027-03-01T09:00:00Z", |s| {
        s.drafts.per_address = 3;
        s.drafts.days = 2;
    })
    .await;
    let mut links = Vec::new();
    for i in 0..3 {
        let saved = save_draft(&mut b, &[("legal_name", &format!("Draft {i} SA"))]).await;
        assert_eq!(saved.status, 303);
        links.push(saved.location.unwrap());
    }
    let refused = save_draft(&mut b, &[("legal_name", "Draft 3 SA")]).await;
    assert_eq!(refused.status, 429);
    assert!(
        refused.body.contains("already keeps 3 unfinished drafts")
            && refused.body.contains("deleted 2 days after"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("value=\"Draft 3 SA\""),
        "what was typed is kept"
    );
    assert_eq!(rows(&b.database_url, "drafts"), 3);

    // Saving one of its own drafts again is not a new draft.
    let link = links[0].split('?').next().unwrap().to_string();
    let csrf = b.get(&link).await.csrf();
    let again = b
        .post(
            &link,
            &[
                ("csrf", &csrf),
                ("stage", "early_warning"),
                ("action", "save"),
                ("legal_name", "Draft 0 renamed SA"),
            ],
        )
        .await;
    assert_eq!(again.status, 303);

    // Another address has its own quota.
    b.connect_from("127.0.0.2".parse().unwrap());
    assert_eq!(
        save_draft(&mut b, &[("legal_name", "Other SA")])
            .await
            .status,
        303
    );

    // Once the first address's drafts expire, it may save again.
    b.connect_from("127.0.0.1".parse().unwrap());
    clock.advance(Duration::days(2) + Duration::seconds(1));
    assert_eq!(
        save_draft(&mut b, &[("legal_name", "Later SA")])
            .await
            .status,
        303
    );
}

async fn drafts_expire_after_thirty_days_or_as_configured(kind: Kind) {
    let (mut b, clock) = browser_at(kind, "2027-03-01T09:00:00Z", |_| {}).await;
    let saved = save_draft(&mut b, &[("legal_name", "Slow Writer SA")]).await;
    let link = saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    clock.advance(Duration::days(30) - Duration::minutes(1));
    assert_eq!(b.get(&link).await.status, 200, "alive for 30 days");
    clock.advance(Duration::minutes(2));
    assert_eq!(b.get(&link).await.status, 404, "expired after 30 days");
    assert_eq!(
        rows(&b.database_url, "drafts"),
        1,
        "until the cleanup job runs"
    );
    let cleaned = b.janitor.run_once().await.unwrap();
    assert_eq!(cleaned.stored.drafts, 1);
    assert_eq!(rows(&b.database_url, "drafts"), 0);

    let (mut b, clock) = browser_at(kind, "2027-03-01T09:00:00Z", |s| s.drafts.days = 2).await;
    let saved = save_draft(&mut b, &[("legal_name", "Slow Writer SA")]).await;
    let link = saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    clock.advance(Duration::days(1));
    // A save renews the draft's life.
    let csrf = b.get(&link).await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("stage", "early_warning"),
        ("action", "save"),
    ];
    assert_eq!(b.post(&link, &form).await.status, 303);
    clock.advance(Duration::days(2) - Duration::minutes(1));
    assert_eq!(b.get(&link).await.status, 200, "2 days after the last save");
    clock.advance(Duration::minutes(2));
    assert_eq!(b.get(&link).await.status, 404, "INTAKE_DRAFT_DAYS=2");
}
