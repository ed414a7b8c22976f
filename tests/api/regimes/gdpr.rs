//! GDPR Art. 33 beside NIS2 (spec §7): a NIS2 filing with personal data involved proposes a
//! `gdpr` thread; the entity confirms it (breach notification 72 h after awareness, Art.
//! 33(1)) or declines it (no risk to individuals); one filing answers both threads, and each
//! authority is told of its own thread only (the DPA, LU-CNPD; the CSIRT, LU-CSIRT).

use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    personal_data_proposes_a_gdpr_thread_the_entity_confirms at "2027-03-01T09:00:00Z",
    one_filing_answers_nis2_and_gdpr_each_authority_hears_its_own at "2027-03-01T09:00:00Z",
    a_late_breach_notification_needs_reasons at "2027-03-01T09:00:00Z",
    declining_ends_the_proposal_and_settling_twice_conflicts at "2027-03-01T09:00:00Z",
);

/// The GDPR fields of a breach notification (Art. 33(3)).
pub fn breach() -> Value {
    json!({
        "data_subject_categories": "Retail customers", "data_subjects_approx": 1200,
        "record_categories": "Names, IBANs", "records_approx": 1200,
        "dpo_contact": "dpo@entity.example",
        "likely_consequences": "Phishing aimed at the customers whose data leaked.",
        "mitigation_taken": "Accounts monitored, customers warned."
    })
}

/// A NIS2 early warning saying personal data are involved; returns the case.
async fn open_with_personal_data(app: &TestApp) -> Value {
    let aware = rfc(app.clock().now() - Duration::hours(1));
    let body = with(
        early_warning(),
        json!({"aware_at": aware, "personal_data_involved": "yes"}),
    );
    let r = app.open_case(&body).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    r.body
}

async fn settle(app: &TestApp, key: &str, id: &str, regime: &str, decision: &str) -> Reply {
    post(
        app,
        key,
        &format!("/api/v1/incidents/{id}/threads/{regime}"),
        &json!({"decision": decision}),
    )
    .await
}

/// Spec §7: proposed, its row provisional; confirmed, it runs from `aware_at` + 72 h.
async fn personal_data_proposes_a_gdpr_thread_the_entity_confirms(app: TestApp) {
    let case = open_with_personal_data(&app).await;
    let id = case["id"].as_str().unwrap();
    let aware = at(case["aware_at"].as_str().unwrap());
    assert_eq!(case["regime"], "nis2");
    assert_eq!(thread(&case, "gdpr")["status"], "proposed");
    let proposed = row(&case, "gdpr", "breach_notification");
    assert_eq!(proposed["provisional"], true);
    assert_eq!(proposed["due_at"], rfc(aware + Duration::hours(72)));
    // Another entity's case is not found, and nothing changes.
    let other = bank(&app);
    assert_eq!(
        settle(&app, &other, id, "gdpr", "confirm").await.status,
        404
    );
    let key = app.api_key.clone();
    let r = settle(&app, &key, id, "gdpr", "confirm").await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(thread(&r.body, "gdpr")["status"], "open");
    let open = row(&r.body, "gdpr", "breach_notification");
    assert_eq!(open["provisional"], false);
    assert_eq!(open["status"], "pending");
    assert_eq!(open["due_at"], rfc(aware + Duration::hours(72)));
    // The NIS2 clock is untouched.
    assert_eq!(
        row(&r.body, "nis2", "incident_notification")["status"],
        "pending"
    );
}

/// One submission, `answers: [nis2 incident_notification, gdpr breach_notification]`: two
/// reports; the DPA is notified of the GDPR answer only, the CSIRT of the NIS2 one only.
async fn one_filing_answers_nis2_and_gdpr_each_authority_hears_its_own(app: TestApp) {
    let case = open_with_personal_data(&app).await;
    let id = case["id"].as_str().unwrap();
    let outage = rfc(app.clock().now() - Duration::hours(2));
    let mut body = with(notification(), json!({"outage_start": outage}));
    body = with(body, breach());
    let r = body["report"].as_object_mut().unwrap();
    r.remove("stage");
    r.insert(
        "answers".into(),
        json!([{"regime": "nis2", "stage": "incident_notification"},
               {"regime": "gdpr", "stage": "breach_notification"}]),
    );
    let r = app.add_report(id, &body).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(
        thread(&r.body, "gdpr")["status"],
        "open",
        "filing confirms it"
    );
    let nis2 = report(&r.body, "nis2", "incident_notification");
    let gdpr = report(&r.body, "gdpr", "breach_notification");
    assert_eq!(notified(gdpr), vec!["LU-CNPD"]);
    assert!(!notified(nis2).is_empty() && !notified(nis2).contains(&"LU-CNPD".into()));
    assert!(
        notified(nis2).contains(&"LU-CSIRT".into()),
        "{:?}",
        notified(nis2)
    );
    for regime in ["nis2", "gdpr"] {
        let stage = if regime == "gdpr" {
            "breach_notification"
        } else {
            "incident_notification"
        };
        assert_eq!(row(&r.body, regime, stage)["status"], "submitted_on_time");
    }
    let acks = outbox(&app, id)
        .into_iter()
        .filter(|(k, _, _)| k == "reporter_acknowledgement")
        .count();
    assert_eq!(acks, 2, "one acknowledgement per filing, not per thread");
}

/// Art. 33(1): "where not made within 72 hours, it shall be accompanied by reasons".
async fn a_late_breach_notification_needs_reasons(app: TestApp) {
    let case = open_with_personal_data(&app).await;
    let id = case["id"].as_str().unwrap();
    let aware = at(case["aware_at"].as_str().unwrap());
    app.clock()
        .set(aware + Duration::hours(72) + Duration::seconds(1));
    let mut fields = breach();
    fields["stage"] = json!("breach_notification");
    fields["regime"] = json!("gdpr");
    let body = json!({ "report": fields });
    let r = app.add_report(id, &body).await;
    assert_fields(&r, &["report.late_reason"]);
    let body = with(
        body,
        json!({"late_reason": "The leak was only confirmed by forensics today."}),
    );
    let r = app.add_report(id, &body).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(
        report(&r.body, "gdpr", "breach_notification")["timeliness"],
        "submitted_late"
    );
}

/// Art. 33(1) "unless unlikely to result in a risk": declining ends the thread; a second
/// decision or a filing on it is a conflict; bad input names the field.
async fn declining_ends_the_proposal_and_settling_twice_conflicts(app: TestApp) {
    let case = open_with_personal_data(&app).await;
    let id = case["id"].as_str().unwrap();
    let key = app.api_key.clone();
    assert_fields(
        &settle(&app, &key, id, "gdpr", "maybe").await,
        &["decision"],
    );
    assert_fields(
        &settle(&app, &key, id, "hipaa", "confirm").await,
        &["regime"],
    );
    assert_eq!(
        settle(&app, &key, id, "cra_incident", "confirm")
            .await
            .status,
        409
    );
    let r = settle(&app, &key, id, "gdpr", "decline").await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let t = thread(&r.body, "gdpr");
    assert_eq!(
        (&t["status"], &t["ended"]),
        (&json!("ended"), &json!("declined"))
    );
    assert_eq!(
        row(&r.body, "gdpr", "breach_notification")["status"],
        "not_applicable"
    );
    assert_eq!(settle(&app, &key, id, "gdpr", "confirm").await.status, 409);
    let mut fields = breach();
    fields["stage"] = json!("breach_notification");
    fields["regime"] = json!("gdpr");
    let r = app.add_report(id, &json!({ "report": fields })).await;
    assert_eq!(r.status, 409, "{:?}", r.body);
}
