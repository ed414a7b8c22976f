//! Packages the law names (spec §7): the NIS2 competent authority is offered the member
//! state's data-protection authority (NIS2 Art. 35) and shares with it; the CRA coordinator
//! CSIRT is offered the CSIRTs of the member states where the product is made available and
//! ENISA (CRA Art. 14(7), 16(2)), and records a justified delay of dissemination, audited.
//! A package never holds more than its sender sees.

use super::{bank_case, browser, sign_in_as, start, token};
use crate::helpers::Kind;
use crate::on_both_kinds;
use serde_json::json;

on_both_kinds!(
    the_nis2_authority_is_offered_the_dpa_and_shares_with_it,
    the_cra_coordinator_is_offered_the_csirts_and_enisa_and_records_a_delay,
);

fn hours_before(h: i64) -> String {
    (start() - chrono::Duration::hours(h)).to_rfc3339()
}

/// The part of the case page holding the proposed recipients.
fn proposed(body: &str) -> &str {
    let from = body
        .find("id=\"proposed-recipients\"")
        .expect("proposed recipients");
    let to = body[from..].find("</fieldset>").unwrap() + from;
    &body[from..to]
}

async fn the_nis2_authority_is_offered_the_dpa_and_shares_with_it(kind: Kind) {
    let (mut b, _clock) = browser(kind).await;
    let (_, key) =
        crate::helpers::add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let body = json!({"report": {
        "stage": "early_warning", "aware_at": hours_before(2), "title": "Customer portal breach",
        "summary": "Customer accounts exposed.", "suspected_malicious": "yes", "cross_border_possible": "no",
        "affected_services": ["portal"], "incident_status": "ongoing", "personal_data_involved": "yes",
        "assistance_requested": false
    }});
    let (s, case) = b.api("POST", "/api/v1/incidents", &key, Some(body)).await;
    assert_eq!(s, 201, "{case}");
    let id = case["id"].as_str().unwrap();
    sign_in_as(&mut b, "LU-ILR-ENERGY").await;
    let page = b.get(&format!("/authority/cases/{id}")).await;
    assert_eq!(page.status, 200);
    let offered = proposed(&page.body);
    assert!(offered.contains("value=\"LU-CNPD\""), "{offered}");
    assert!(offered.contains("NIS2 Art. 35"), "{offered}");
    assert!(
        !offered.contains("DE-BFDI"),
        "another state's DPA: {offered}"
    );
    let t = token(&b.database_url, "LU-ILR-ENERGY");
    let share = json!({"recipients": ["LU-CNPD"], "fields": ["title", "summary"], "note": "Art. 35: possible personal-data breach"});
    let (s, made) = b
        .api(
            "POST",
            &format!("/api/v1/authority/cases/{id}/packages"),
            &t,
            Some(share),
        )
        .await;
    assert_eq!(s, 201, "{made}");
    let dpa = token(&b.database_url, "LU-CNPD");
    let (s, got) = b.api("GET", "/api/v1/authority/packages", &dpa, None).await;
    assert_eq!(s, 200, "{got}");
    let pid = got["items"][0]["id"].as_str().unwrap();
    let (s, one) = b
        .api(
            "GET",
            &format!("/api/v1/authority/packages/{pid}"),
            &dpa,
            None,
        )
        .await;
    assert_eq!(s, 200, "{one}");
    assert!(one.to_string().contains("Customer portal breach"), "{one}");
    // The DPA was not routed the NIS2 case: the case itself stays closed to it.
    let (s, _) = b
        .api("GET", &format!("/api/v1/authority/cases/{id}"), &dpa, None)
        .await;
    assert_eq!(s, 404);
}

async fn the_cra_coordinator_is_offered_the_csirts_and_enisa_and_records_a_delay(kind: Kind) {
    let (mut b, _clock) = browser(kind).await;
    let (_, key) =
        crate::helpers::add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let body = json!({"report": {
        "regime": "cra_vulnerability", "stage": "early_warning", "aware_at": hours_before(2),
        "title": "Exploited flaw in the smart meter firmware", "incident_status": "ongoing",
        "product_name": "GridMeter 3", "ms_made_available": ["DE", "FR"]
    }});
    let (s, case) = b.api("POST", "/api/v1/incidents", &key, Some(body)).await;
    assert_eq!(s, 201, "{case}");
    let id = case["id"].as_str().unwrap();
    let t = token(&b.database_url, "LU-CSIRT-CRA");
    let path = format!("/api/v1/authority/cases/{id}/dissemination-delays");
    for bad in [json!({"reason": ""}), json!({"reason": "short"}), json!({})] {
        let (s, r) = b.api("POST", &path, &t, Some(bad.clone())).await;
        assert_eq!(s, 422, "{bad}: {r}");
        assert!(r.to_string().contains("reason"), "{r}");
    }
    let why = "Coordinated disclosure: the patch ships on Friday; earlier spread helps attackers.";
    let (s, r) = b.api("POST", &path, &t, Some(json!({"reason": why}))).await;
    assert_eq!(s, 201, "{r}");
    // Another authority's case, or one without a CRA thread: no such decision.
    let (_, bank) = bank_case(&b).await;
    let dpa = token(&b.database_url, "LU-CNPD");
    let other = format!("/api/v1/authority/cases/{bank}/dissemination-delays");
    let (s, _) = b
        .api("POST", &other, &dpa, Some(json!({"reason": why})))
        .await;
    assert_eq!(s, 409);
    let (s, _) = b
        .api("POST", &path, &dpa, Some(json!({"reason": why})))
        .await;
    assert_eq!(s, 404);
    // The staff page proposes the CSIRTs where the product is sold and ENISA, shows the delay.
    sign_in_as(&mut b, "LU-CSIRT-CRA").await;
    let page = b.get(&format!("/authority/cases/{id}")).await;
    assert_eq!(page.status, 200);
    let offered = proposed(&page.body);
    for code in ["DE-BSI", "FR-ANSSI", "EU-ENISA"] {
        assert!(
            offered.contains(&format!("value=\"{code}\"")),
            "{code}: {offered}"
        );
    }
    assert!(!offered.contains("BE-CCB"), "{offered}");
    assert!(offered.contains("CRA Art. 14(7)"), "{offered}");
    assert!(page.body.contains("Dissemination delayed on"));
    assert!(page.body.contains("Coordinated disclosure"));
    let csrf = page.csrf();
    let p = b
        .post(
            &format!("/authority/cases/{id}/dissemination-delay"),
            &[("csrf", &csrf), ("reason", "")],
        )
        .await;
    assert_eq!(p.status, 422, "{}", p.body);
    let p = b
        .post(
            &format!("/authority/cases/{id}/dissemination-delay"),
            &[("csrf", &csrf), ("reason", why)],
        )
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(delays_recorded(&b.database_url, id), 2);
}

/// How many delays of dissemination the case's audit trail holds for the coordinator.
fn delays_recorded(db: &str, id: &str) -> usize {
    let mut c = intake::storage::Backend::from_url(db)
        .unwrap()
        .connect()
        .unwrap();
    let case = uuid::Uuid::parse_str(id).unwrap();
    let who = "LU-CSIRT-CRA".parse().unwrap();
    let trail = intake::storage::audit::of_case(&mut c, case, &who).unwrap();
    (trail.iter())
        .filter(|e| e.action.to_string() == "dissemination.delayed")
        .count()
}
