//! NIS2 Art. 26(1)–(3), spec §5: which member state's authorities receive a case. The main
//! establishment decides for the Art. 26(1)(b) types, every member state served for public
//! electronic communications, the EU representative's member state for an entity not
//! established in the EU.

use super::{early_warning_at, file_as, recipients, register};
use crate::helpers::TestApp;
use crate::on_both_backends_at;
use intake::domain::jurisdiction::DetailsInput;

on_both_backends_at!(
    a_cloud_provider_goes_to_its_main_establishment at "2027-05-10T09:00:00Z",
    public_ecomms_go_to_every_member_state_served at "2027-05-10T09:00:00Z",
    outside_the_eu_the_representative_decides at "2027-05-10T09:00:00Z",
    other_types_stay_with_the_member_state_of_establishment at "2027-05-10T09:00:00Z",
);

async fn a_cloud_provider_goes_to_its_main_establishment(app: TestApp) {
    // Established (registered) in Germany, risk-management decisions taken in Luxembourg.
    let key = register(
        &app.database_url,
        "DE",
        "digital_infrastructure",
        "cloud_computing_provider",
        DetailsInput {
            ms_main_establishment: Some("LU".into()),
            ..Default::default()
        },
    );
    let r = file_as(&app, &key, "/api/v1/incidents", &early_warning_at(&app)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["member_state"], "LU");
    assert!(r.body["reference"]
        .as_str()
        .unwrap()
        .starts_with("LU-2027-"));
    assert_eq!(r.body["timezone"], "Europe/Luxembourg");
    let got = recipients(&app.database_url, r.body["id"].as_str().unwrap());
    assert_eq!(got, vec![("LU-CSIRT".to_string(), false)], "not DE-BSI");
}

async fn public_ecomms_go_to_every_member_state_served(app: TestApp) {
    let key = register(
        &app.database_url,
        "LU",
        "digital_infrastructure",
        "public_ecs_provider",
        DetailsInput {
            ms_services_provided: Some("LU, DE, FR".into()),
            ..Default::default()
        },
    );
    let r = file_as(&app, &key, "/api/v1/incidents", &early_warning_at(&app)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["member_state"], "LU");
    let got = recipients(&app.database_url, r.body["id"].as_str().unwrap());
    assert_eq!(
        got,
        vec![
            ("DE-BSI".to_string(), false),
            ("FR-ANSSI".to_string(), false),
            ("LU-CSIRT".to_string(), false)
        ],
        "each member state served is in charge, none is a mere informed copy"
    );
}

async fn outside_the_eu_the_representative_decides(app: TestApp) {
    let key = register(
        &app.database_url,
        "non_eu",
        "digital_providers",
        "online_marketplace",
        DetailsInput {
            eu_representative_name: Some("Rep SARL".into()),
            eu_representative_ms: Some("FR".into()),
            eu_representative_email: Some("rep@rep.example".into()),
            eu_representative_phone: Some("+33 1 23 45 67 89".into()),
            ..Default::default()
        },
    );
    let r = file_as(&app, &key, "/api/v1/incidents", &early_warning_at(&app)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["member_state"], "FR");
    assert!(r.body["reference"]
        .as_str()
        .unwrap()
        .starts_with("FR-2027-"));
    let got = recipients(&app.database_url, r.body["id"].as_str().unwrap());
    assert_eq!(got, vec![("FR-ANSSI".to_string(), false)]);
}

async fn other_types_stay_with_the_member_state_of_establishment(app: TestApp) {
    // A main establishment named by an energy company changes nothing (Art. 26(1) default).
    let key = register(
        &app.database_url,
        "DE",
        "energy",
        "electricity_supplier",
        DetailsInput {
            ms_main_establishment: Some("LU".into()),
            ..Default::default()
        },
    );
    let r = file_as(&app, &key, "/api/v1/incidents", &early_warning_at(&app)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["member_state"], "DE");
    let got = recipients(&app.database_url, r.body["id"].as_str().unwrap());
    assert_eq!(got, vec![("DE-BSI".to_string(), false)]);
}
