//! The reporter's forms for several regimes (issue 13, spec §7): DORA's initial notification
//! for a bank instead of NIS2's early warning, one form answering DORA and GDPR at once
//! (decoded into two submissions), the proposed GDPR thread's confirm and decline buttons
//! (CSRF-guarded), errors tied to their fields, and the French page.

use super::*;
use chrono::{DateTime, Duration, Utc};
use intake::domain::clock::ManualClock;
use std::sync::Arc;

crate::on_both_kinds!(
    a_bank_gets_doras_form_and_files_dora_and_gdpr_at_once,
    a_bank_on_the_nis2_form_is_sent_to_doras,
    a_proposed_gdpr_thread_is_confirmed_or_declined_on_the_page,
    a_confirmed_gdpr_thread_opens,
    the_dora_form_reads_in_french,
);

/// Monday 2 March 2026, 09:00 UTC: no weekend or bank holiday in the way.
fn monday() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

pub(super) async fn bank_browser(kind: Kind) -> (Browser, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(monday()));
    let b = Browser::start_with_clock(kind, 100, clock.clone()).await;
    (b, clock)
}

fn local(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// A bank's DORA initial notification (and, with `gdpr`, its GDPR breach notification).
pub fn bank_form(gdpr: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("stage", "initial_notification".into()),
        ("regime", "dora".into()),
        ("legal_name", "Banque Exemple SA".into()),
        ("member_state", "LU".into()),
        ("entity_type", "credit_institution".into()),
        ("email", "csirt@banque.example".into()),
        ("lei", "7LTWFZYICNSX8D621K86".into()),
        ("aware_at", local(monday() - Duration::hours(3))),
        ("classified_major_at", local(monday() - Duration::hours(1))),
        ("tz", "UTC".into()),
        ("title", "Card payments down after ransomware".into()),
        (
            "summary",
            "Card authorisation servers encrypted; customer data copied.".into(),
        ),
        (
            "major_criteria",
            "critical_services\nclients_affected".into(),
        ),
        ("incident_status", "ongoing".into()),
        ("personal_data_involved", "yes".into()),
        ("language", "en".into()),
    ];
    if gdpr {
        f.extend([
            ("also", "gdpr:breach_notification".to_string()),
            ("data_subject_categories", "Card holders".into()),
            ("data_subjects_approx", "12000".into()),
            ("record_categories", "Names, card numbers, addresses".into()),
            ("records_approx", "15000".into()),
            ("dpo_contact", "dpo@banque.example".into()),
            (
                "likely_consequences",
                "Fraudulent card use and phishing.".into(),
            ),
            ("mitigation_taken", "Cards blocked and reissued.".into()),
        ]);
    }
    f
}

fn without(form: &[(&'static str, String)], drop: &[&str]) -> Vec<(&'static str, String)> {
    form.iter()
        .filter(|(k, _)| !drop.contains(k))
        .cloned()
        .collect()
}

/// The regimes of the stored submissions, in filing order.
pub(super) fn submission_regimes(b: &Browser) -> Vec<(String, String)> {
    use intake::storage::schema::submissions::dsl as s;
    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let mut rows: Vec<(String, String)> = s::submissions
        .select((s::regime, s::stage))
        .load(&mut c)
        .unwrap();
    rows.sort();
    rows
}

async fn a_bank_gets_doras_form_and_files_dora_and_gdpr_at_once(kind: Kind) {
    let (mut b, _clock) = bank_browser(kind).await;
    let nis2 = b.get("/report/new").await;
    assert!(nis2.body.contains("href=\"/report/new?regime=dora\""));
    let dora = b.get("/report/new?regime=dora").await;
    assert_eq!(dora.status, 200);
    assert!(dora.body.contains("DORA initial notification"));
    assert!(dora.body.contains("name=\"regime\" value=\"dora\""));
    assert!(dora.body.contains("id=\"f-classified_major_at\""));
    assert!(!dora.body.contains("id=\"f-data_subject_categories\""));
    assert!(dora.body.contains("value=\"gdpr:breach_notification\""));
    // Ticking "also file the GDPR breach notification" shows the union of the fields.
    let joint = b
        .get("/report/new?regime=dora&also=gdpr%3Abreach_notification")
        .await;
    assert!(joint.body.contains("id=\"f-classified_major_at\""));
    assert!(joint.body.contains("id=\"f-data_subject_categories\""));
    assert!(joint
        .body
        .contains("name=\"also\" value=\"gdpr:breach_notification\""));
    let csrf = joint.csrf();

    // Missing fields of both threads and the LEI: each error beside its field, nothing stored.
    let full = bank_form(true);
    let short = without(&full, &["major_criteria", "records_approx", "lei"]);
    let refused = b
        .post(
            "/report/new",
            &pairs(&csrf, &short, &[("action", "submit")]),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["major_criteria", "records_approx", "lei"] {
        assert!(
            refused.body.contains(&format!("href=\"#f-{field}\"")),
            "{field} in the summary: {}",
            summary(&refused.body)
        );
        assert!(
            refused.body.contains(&format!("id=\"f-{field}-error\"")),
            "{field}"
        );
    }
    assert!(
        refused.body.contains("Card payments down after ransomware"),
        "kept"
    );
    assert_eq!(b.count("cases"), 0);

    let done = b
        .post("/report/new", &pairs(&csrf, &full, &[("action", "submit")]))
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    assert_eq!(
        submission_regimes(&b),
        vec![
            ("dora".into(), "initial_notification".into()),
            ("gdpr".into(), "breach_notification".into()),
        ]
    );
    let case = b.get(done.location.as_deref().unwrap()).await;
    assert!(case.body.contains("id=\"thread-dora\""));
    assert!(case.body.contains("id=\"thread-gdpr\""));
    assert!(case.body.contains("Status: open"));
    assert!(!case.body.contains("id=\"settle-gdpr\""), "already open");
    // The bank gets no weekend relief: the rule is stated on DORA's rows.
    assert!(case.body.contains("falls on a working day"));
}

async fn a_bank_on_the_nis2_form_is_sent_to_doras(kind: Kind) {
    let (mut b, _clock) = bank_browser(kind).await;
    let csrf = b.get("/report/new").await.csrf();
    let mut form = early_warning_form();
    for (k, v) in form.iter_mut() {
        if *k == "entity_type" {
            *v = "credit_institution".into();
        }
    }
    let back = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    assert_eq!(back.status, 422);
    assert!(back
        .body
        .contains("reports this incident under DORA, not NIS2"));
    assert!(back.body.contains("name=\"regime\" value=\"dora\""));
    assert!(
        back.body.contains("Ransomware on billing servers"),
        "typed values kept"
    );
    assert_eq!(b.count("cases"), 0);
}

/// Files a bank's DORA initial notification alone, personal data involved; the case's
/// follow-up path.
pub(super) async fn file_dora_only(b: &mut Browser) -> String {
    let csrf = b.get("/report/new?regime=dora").await.csrf();
    let form = bank_form(false);
    let done = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    done.location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

async fn a_proposed_gdpr_thread_is_confirmed_or_declined_on_the_page(kind: Kind) {
    let (mut b, _clock) = bank_browser(kind).await;
    let path = file_dora_only(&mut b).await;
    let page = b.get(&path).await;
    assert!(
        page.body.contains("id=\"settle-gdpr\""),
        "confirm/decline offered"
    );
    assert!(page.body.contains("value=\"confirm\"") && page.body.contains("value=\"decline\""));
    assert!(page.body.contains("proposed: confirm or decline"));

    // Without the CSRF token (or with another browser's) nothing changes.
    let forged = b
        .post(&format!("{path}/threads/gdpr"), &[("decision", "decline")])
        .await;
    assert_eq!(forged.status, 403);
    let other = b.token_of_another_browser().await;
    let forged = b
        .post(
            &format!("{path}/threads/gdpr"),
            &[("csrf", &other), ("decision", "decline")],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(b.get(&path).await.body.contains("id=\"settle-gdpr\""));

    // No decision, or a thread the case does not have: refused, said on the page.
    let csrf = b.get(&path).await.csrf();
    let none = b
        .post(&format!("{path}/threads/gdpr"), &[("csrf", &csrf)])
        .await;
    assert_eq!(none.status, 422);
    assert!(none.body.contains("Choose “confirm” or “decline”."));
    let csrf = none.csrf();
    let absent = b
        .post(
            &format!("{path}/threads/cra_incident"),
            &[("csrf", &csrf), ("decision", "confirm")],
        )
        .await;
    assert_eq!(absent.status, 409);
    let csrf = absent.csrf();
    let unknown = b
        .post(
            &format!("{path}/threads/nonsense"),
            &[("csrf", &csrf), ("decision", "confirm")],
        )
        .await;
    assert_eq!(unknown.status, 404);

    // Declining needs no reason.
    let declined = b
        .post(
            &format!("{path}/threads/gdpr"),
            &[("csrf", &csrf), ("decision", "decline")],
        )
        .await;
    assert_eq!(declined.status, 303);
    let after = b.get(declined.location.as_deref().unwrap()).await;
    assert!(after.body.contains("You declined the GDPR"));
    assert!(!after.body.contains("id=\"settle-gdpr\""));
    assert!(after.body.contains("Status: ended"));
    // Declining twice is a conflict, not a change.
    let again = b
        .post(
            &format!("{path}/threads/gdpr"),
            &[("csrf", &after.csrf()), ("decision", "confirm")],
        )
        .await;
    assert_eq!(again.status, 409);
}

async fn a_confirmed_gdpr_thread_opens(kind: Kind) {
    let (mut b, _clock) = bank_browser(kind).await;
    // Confirming opens the thread and its 72-hour clock.
    let path = file_dora_only(&mut b).await;
    let csrf = b.get(&path).await.csrf();
    let confirmed = b
        .post(
            &format!("{path}/threads/gdpr"),
            &[("csrf", &csrf), ("decision", "confirm")],
        )
        .await;
    assert_eq!(confirmed.status, 303);
    let after = b.get(confirmed.location.as_deref().unwrap()).await;
    assert!(after.body.contains("The GDPR"), "{}", after.body);
    assert!(!after.body.contains("id=\"settle-gdpr\""));
    let gdpr = &after.body[after.body.find("id=\"thread-gdpr\"").unwrap()..];
    assert!(gdpr.contains("Status: open"));
    assert!(
        !gdpr.contains("provisional"),
        "the due time is no longer provisional"
    );
}

async fn the_dora_form_reads_in_french(kind: Kind) {
    let (mut b, _clock) = bank_browser(kind).await;
    b.set_cookie("lang", "fr");
    let page = b
        .get("/report/new?regime=dora&also=gdpr%3Abreach_notification")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html lang=\"fr\""));
    assert!(page.body.contains("notification initiale DORA"));
    assert!(page
        .body
        .contains("RGPD\u{a0}: la violation de données à caractère personnel"));
    assert!(page.body.contains("Ce formulaire répond à\u{a0}:"));
    let csrf = page.csrf();
    let form = without(&bank_form(true), &["major_criteria"]);
    let refused = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("href=\"#f-major_criteria\""));
    assert!(
        refused.body.contains("Critères de classification") || refused.body.contains("critères"),
        "{}",
        summary(&refused.body)
    );
}
