//! Who sees what of a case with several threads (spec §7): each authority sees its own
//! threads, their submissions and deadline rows, and the shared facts its regimes' field sets
//! name, through every read path (staff page, JSON export, authority API, queue, CSV); the
//! queue filters by regime; NIS2 Art. 35 and CRA Art. 14(7)/16(2) packages. On both backends,
//! driven by the injected clock.

mod openapi;
mod packages;
mod queue;
mod visibility;

use crate::jurisdiction::register;
use crate::pages::Browser;
use crate::workspace::{add_user, login, PASSWORD};
use chrono::{DateTime, Utc};
use intake::domain::clock::ManualClock;
use intake::domain::jurisdiction::DetailsInput;
use intake::domain::staff::StaffRole;
use serde_json::{json, Value};

/// The bank's LEI (a valid ISO 17442 check sum).
pub const LEI: &str = "7LTWFZYICNSX8D621K86";

/// When every test here starts: a Wednesday morning.
pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2027-03-10T09:00:00Z")
        .unwrap()
        .to_utc()
}

/// A browser on an app whose clock stands at [`start`].
pub async fn browser(kind: crate::helpers::Kind) -> (Browser, ManualClock) {
    let clock = ManualClock::at(start());
    let b = Browser::start_with_clock(kind, 1000, std::sync::Arc::new(clock.clone())).await;
    (b, clock)
}

/// A Luxembourg credit institution with its LEI; returns its API key.
pub fn bank(db: &str) -> String {
    register(
        db,
        "LU",
        "banking",
        "credit_institution",
        DetailsInput {
            lei: Some(LEI.into()),
            ..Default::default()
        },
    )
}

fn at(hours_before: i64) -> String {
    (start() - chrono::Duration::hours(hours_before)).to_rfc3339()
}

/// The text only the DORA classification carries, and only the GDPR section's.
pub const DORA_ONLY: &str = "clients_financial_counterparts";
pub const GDPR_ONLY: &str = "Identity theft and fraud against retail customers";

/// One filing answering DORA's initial notification and GDPR's breach notification at once.
pub fn joint_filing() -> Value {
    json!({"report": {
        "answers": [{"regime": "dora", "stage": "initial_notification"},
                    {"regime": "gdpr", "stage": "breach_notification"}],
        "aware_at": at(3), "title": "Ransomware at the retail bank",
        "summary": "Core banking encrypted; customer records copied out.", "incident_status": "ongoing",
        "classified_major_at": at(1), "major_criteria": [DORA_ONLY, "data_losses"],
        "personal_data_involved": "yes",
        "data_subject_categories": "Retail customers", "data_subjects_approx": 12000,
        "record_categories": "Names, IBANs, addresses", "records_approx": 50000,
        "dpo_contact": "dpo@bank.example", "likely_consequences": GDPR_ONLY,
        "mitigation_taken": "Systems isolated; customers' cards blocked."
    }})
}

/// Files [`joint_filing`] as a new bank; returns (API key, case id).
pub async fn bank_case(b: &Browser) -> (String, String) {
    let key = bank(&b.database_url);
    let (s, body) = b
        .api("POST", "/api/v1/incidents", &key, Some(joint_filing()))
        .await;
    assert_eq!(s, 201, "{body}");
    (key, body["id"].as_str().unwrap().to_string())
}

/// Signs `b` in afresh as a reviewer of `authority` (an authority needing no second factor).
pub async fn sign_in_as(b: &mut Browser, authority: &str) {
    let email = format!("reviewer@{}.example", authority.to_lowercase());
    add_user(
        &b.database_url,
        authority,
        &email,
        StaffRole::Reviewer,
        false,
    );
    b.forget_cookie();
    assert_eq!(login(b, &email, PASSWORD).await, 303);
}

/// An authority token of `authority`.
pub fn token(db: &str, authority: &str) -> String {
    use intake::storage::{staff, Backend};
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::create_authority_token(&mut c, &authority.parse().unwrap(), None, start())
        .unwrap()
        .1
}
