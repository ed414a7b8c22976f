//! Spec §2.2, NIS2 Art. 26: the entity profile through the browser form.
//! The organisation a browser filer types is found again by (registration id, member state)
//! instead of being stored anew with every case; its LEI, representative and main
//! establishment are checked and decide where the report goes.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{early_warning_form, pairs, summary, Browser};
use diesel::prelude::*;
use intake::storage::{schema, Backend};

on_both_kinds!(
    a_browser_filers_organisation_is_found_again,
    the_profile_is_checked_and_decides_jurisdiction_on_the_form,
);

/// Files the early-warning form with `changes`; returns the status and the page.
async fn file(b: &mut Browser, changes: &[(&'static str, &str)]) -> (u16, String) {
    let csrf = b.get("/report/new").await.csrf();
    let mut form = early_warning_form();
    for (k, v) in changes {
        form.retain(|(name, _)| name != k);
        form.push((k, v.to_string()));
    }
    let p = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    (p.status, p.body)
}

fn member_states_of_cases(db: &str) -> Vec<String> {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    schema::cases::table
        .order(schema::cases::created_at.asc())
        .select(schema::cases::member_state)
        .load(&mut c)
        .unwrap()
}

async fn a_browser_filers_organisation_is_found_again(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let registered = [
        ("registration_id", "B123456"),
        ("registration_scheme", "national_register"),
    ];
    for _ in 0..2 {
        let (status, body) = file(&mut b, &registered).await;
        assert_eq!(status, 303, "{}", summary(&body));
    }
    assert_eq!(b.count("cases"), 2);
    assert_eq!(
        b.count("entities"),
        1,
        "the second filing found the organisation again"
    );
    // The same number in another member state is another organisation.
    let (status, _) = file(
        &mut b,
        &[("registration_id", "B123456"), ("member_state", "BE")],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(b.count("entities"), 2);
    // Without a registration number nothing can be matched.
    let (status, _) = file(&mut b, &[]).await;
    assert_eq!(status, 303);
    assert_eq!(b.count("entities"), 3);
}

async fn the_profile_is_checked_and_decides_jurisdiction_on_the_form(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let refusals: Vec<(Vec<(&'static str, &str)>, &str)> = vec![
        (vec![("lei", "HWUPKR0MPOU8FGXBT395")], "f-lei-error"),
        (
            vec![("member_state", "non_eu")],
            "f-eu_representative_name-error",
        ),
        (
            vec![
                ("entity_type", "cloud_computing_provider"),
                ("member_state", "DE"),
            ],
            "f-ms_main_establishment-error",
        ),
        (
            vec![("entity_type", "public_ecn_provider")],
            "f-ms_services_provided-error",
        ),
        (
            vec![("technical_contact_email", "noc@example.com")],
            "f-technical_contact_name-error",
        ),
        (
            vec![("annual_turnover_prev_fy_eur", "-3")],
            "f-annual_turnover_prev_fy_eur-error",
        ),
    ];
    for (changes, error) in refusals {
        let (status, body) = file(&mut b, &changes).await;
        assert_eq!(status, 422, "{changes:?}");
        assert!(body.contains(error), "{changes:?}: {}", summary(&body));
    }
    assert_eq!(b.count("cases"), 0);

    // A cloud provider registered in Germany whose decisions are taken in Luxembourg, with a
    // valid LEI and a technical contact: Luxembourg has jurisdiction (Art. 26(1)(b)).
    let cloud = [
        ("entity_type", "cloud_computing_provider"),
        ("sector", "digital_infrastructure"),
        ("member_state", "DE"),
        ("ms_main_establishment", "LU"),
        ("lei", "HWUPKR0MPOU8FGXBT394"),
        ("technical_contact_name", "Noor NOC"),
        ("technical_contact_email", "noc@cloud.example"),
        ("available_24x7", "true"),
        ("annual_turnover_prev_fy_eur", "1200000"),
        ("is_cer_critical_entity", "false"),
    ];
    let (status, body) = file(&mut b, &cloud).await;
    assert_eq!(status, 303, "{}", summary(&body));
    // Not established in the EU: the representative's member state.
    let non_eu = [
        ("entity_type", "online_marketplace"),
        ("sector", "digital_providers"),
        ("member_state", "non_eu"),
        ("eu_representative_name", "Rep SARL"),
        ("eu_representative_ms", "FR"),
        ("eu_representative_email", "rep@rep.example"),
        ("eu_representative_phone", "+33123456789"),
    ];
    let (status, body) = file(&mut b, &non_eu).await;
    assert_eq!(status, 303, "{}", summary(&body));
    assert_eq!(member_states_of_cases(&b.database_url), vec!["LU", "FR"]);
    // The profile is kept with the submission, LEI and contact included.
    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let snapshot: String = schema::submissions::table
        .order(schema::submissions::submitted_at.asc())
        .select(schema::submissions::entity_snapshot)
        .first(&mut c)
        .unwrap();
    let snapshot: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    assert_eq!(snapshot["lei"], "HWUPKR0MPOU8FGXBT394");
    assert_eq!(snapshot["technical_contact"]["email"], "noc@cloud.example");
    assert_eq!(snapshot["ms_main_establishment"], "LU");
}
