//! NIS2 Art. 30, spec §7, in the browser: the voluntary-notification form asks for the kind
//! and `observed_at` (no `aware_at`, no late reason) and opens a case without deadlines.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{pairs, summary, Browser};
use diesel::prelude::*;
use intake::storage::{schema, Backend};

on_both_kinds!(an_organisation_files_a_voluntary_notification_in_the_browser);

fn voluntary_form(observed: &str) -> Vec<(&'static str, String)> {
    vec![
        ("stage", "early_warning".into()),
        ("kind", "cyber_threat".into()),
        ("legal_name", "Small Bakery Sàrl".into()),
        ("member_state", "LU".into()),
        ("entity_type", "other".into()),
        ("email", "it@bakery.example".into()),
        ("observed_at", observed.into()),
        ("tz", "UTC".into()),
        ("title", "Fake invoices from our flour supplier".into()),
        (
            "summary",
            "Mails with lookalike invoices asking to change the bank account.".into(),
        ),
        (
            "threat_description",
            "Business e-mail compromise at the supplier.".into(),
        ),
        ("suspected_malicious", "yes".into()),
        ("cross_border_possible", "unknown".into()),
        ("affected_services", "accounting".into()),
        ("incident_status", "ongoing".into()),
        ("assistance_requested", "false".into()),
        ("language", "en".into()),
    ]
}

async fn an_organisation_files_a_voluntary_notification_in_the_browser(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let page = b.get("/report/new?kind=cyber_threat").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Voluntary notification"));
    assert!(page.body.contains("id=\"f-observed_at\""));
    assert!(
        !page.body.contains("id=\"f-aware_at\""),
        "no awareness clock"
    );
    assert!(
        !page.body.contains("id=\"f-late_reason\""),
        "no deadline, never late"
    );

    // Missing the observation time: refused beside the field, nothing stored.
    let csrf = page.csrf();
    let bad = b
        .post(
            "/report/new",
            &pairs(&csrf, &voluntary_form(""), &[("action", "submit")]),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("f-observed_at-error"),
        "{}",
        summary(&bad.body)
    );
    assert_eq!(b.count("cases"), 0);

    // Observed 60 days ago: accepted without any late reason.
    let observed = (chrono::Utc::now() - chrono::Duration::days(60))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let csrf = b.get("/report/new?kind=cyber_threat").await.csrf();
    let done = b
        .post(
            "/report/new",
            &pairs(&csrf, &voluntary_form(&observed), &[("action", "submit")]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let (kind, due): (Option<String>, Option<chrono::NaiveDateTime>) = schema::cases::table
        .select((schema::cases::report_kind, schema::cases::next_due_at))
        .first(&mut c)
        .unwrap();
    assert_eq!(kind.as_deref(), Some("cyber_threat"));
    assert_eq!(due, None, "no deadlines");
}
