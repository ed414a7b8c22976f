//! A case through its stages: notification, progress report, final report.

use crate::helpers::*;
use crate::on_both_backends;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Luxembourg;
use serde_json::json;

on_both_backends!(
    a_case_goes_from_early_warning_to_final_report_with_carried_forward_facts,
    stages_the_state_machine_forbids_get_409_and_store_nothing,
    a_correction_is_a_new_version_of_its_stage,
);

fn t(v: &serde_json::Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

fn final_report() -> serde_json::Value {
    json!({"report": {
        "stage": "final_report", "incident_status": "resolved", "handled_at": hours_ago(1),
        "detailed_description": "x".repeat(250), "root_cause_category": "malicious_action",
        "root_cause_description": "Unpatched VPN appliance (CVE-2024-3400) exploited by an affiliate.",
        "mitigation_applied": "Patched, credentials rotated, billing restored from offline backups.",
        "mitigation_ongoing": "none", "attack_techniques": ["T1190", "T1486"]
    }})
}

async fn a_case_goes_from_early_warning_to_final_report_with_carried_forward_facts(app: TestApp) {
    let id = app.open_case(&early_warning()).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();

    let notified = app.add_report(&id, &notification()).await;
    assert_eq!(notified.status, 201, "{}", notified.body);
    assert_eq!(notified.body["state"], "notified");
    let n = &notified.body["reports"][1];
    assert_eq!(
        n["report"]["title"], "Ransomware on billing servers",
        "carried forward from the early warning"
    );
    assert!(!n["provided_fields"]
        .as_array()
        .unwrap()
        .contains(&json!("title")));
    assert_eq!(notified.body["deadlines"][1]["status"], "submitted_on_time");
    // The final report is due one calendar month after the notification, in Luxembourg time.
    let submitted = t(&n["submitted_at"]);
    let expected = intake::domain::deadlines::add_one_month(submitted, Luxembourg);
    assert_eq!(notified.body["deadlines"][2]["provisional"], false);
    assert_eq!(t(&notified.body["deadlines"][2]["due_at"]), expected);

    let progress = json!({"report": {"stage": "progress_report", "incident_status": "contained",
        "status_summary": "Billing restored; forensic analysis continues.", "mitigation_applied": "Restore from backups.",
        "mitigation_ongoing": "Forensics, credential rotation."}});
    let progressed = app.add_report(&id, &progress).await;
    assert_eq!(progressed.status, 201, "{}", progressed.body);
    assert_eq!(progressed.body["state"], "progress_reported");
    assert_eq!(progressed.body["deadlines"][2]["stage"], "progress_report");
    // v0.2 (spec §1.3 rule 7): an early progress report does not move the final report's
    // deadline; only an incident still ongoing when it passes does.
    assert_eq!(
        t(&progressed.body["deadlines"][3]["due_at"]),
        expected,
        "the final report stays due one month after the notification"
    );

    let finished = app.add_report(&id, &final_report()).await;
    assert_eq!(finished.status, 201, "{}", finished.body);
    assert_eq!(finished.body["state"], "final_reported");
    let f = &finished.body["reports"][3]["report"];
    assert_eq!(
        f["iocs"][1]["type"], "sha256",
        "IoCs carried forward from the notification"
    );
    assert_eq!(f["severity"], "large");
    // Filed within the month: judged against notification + 1 month (spec §1.3 rule 7).
    assert!(f["handled_at"].is_string());
    assert_eq!(t(&finished.body["deadlines"][3]["due_at"]), expected);
    assert_eq!(finished.body["deadlines"][3]["status"], "submitted_on_time");
}

async fn stages_the_state_machine_forbids_get_409_and_store_nothing(app: TestApp) {
    let id = app.open_case(&early_warning()).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();

    let too_early = app.add_report(&id, &final_report()).await;
    let opens_with_final = app.open_case(&final_report()).await;
    app.add_report(&id, &notification()).await;
    // A case opened by its notification never had an early warning to correct (spec §1.5).
    let combined = with(early_warning(), notification()["report"].clone());
    let notified = app.open_case(&combined).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let warning_after_notification = app.add_report(&notified, &early_warning()).await;
    let resolved_progress = app
        .add_report(&id, &json!({"report": {"stage": "progress_report", "incident_status": "resolved", "status_summary": "All good again, nothing ongoing.", "mitigation_applied": "x", "mitigation_ongoing": "none"}}))
        .await;

    assert_eq!(too_early.status, 409, "{}", too_early.body);
    assert!(too_early.body["detail"]
        .as_str()
        .unwrap()
        .contains("notification first"));
    assert_eq!(opens_with_final.status, 409);
    assert_eq!(warning_after_notification.status, 409);
    assert_eq!(resolved_progress.status, 422);
    assert_eq!(
        resolved_progress.error_fields(),
        vec!["report.incident_status"]
    );
    let case = app.get_case(&id).await;
    assert_eq!(case.body["reports"].as_array().unwrap().len(), 2);
    assert_eq!(case.body["state"], "notified");
    assert_eq!(
        app.list_cases("").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

async fn a_correction_is_a_new_version_of_its_stage(app: TestApp) {
    // One early warning body, so its `aware_at` cannot move a second between the two filings.
    let warning = early_warning();
    let id = app.open_case(&warning).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let first = app.add_report(&id, &notification()).await;
    let first_id = first.body["reports"][1]["id"].clone();

    let corrected = app
        .add_report(
            &id,
            &with(notification(), json!({"severity": "very_large"})),
        )
        .await;
    let wrong_target = app
        .add_report(
            &id,
            &with(
                notification(),
                json!({"supersedes_submission_id": uuid::Uuid::new_v4().to_string()}),
            ),
        )
        .await;

    assert_eq!(corrected.status, 201, "{}", corrected.body);
    let v2 = &corrected.body["reports"][2];
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["supersedes_submission_id"], first_id);
    assert_eq!(v2["timeliness"], "submitted_on_time");
    assert_eq!(corrected.body["severity"], "very_large");
    assert_eq!(wrong_target.status, 422);
    assert_eq!(
        wrong_target.error_fields(),
        vec!["report.supersedes_submission_id"]
    );
    // Once notified, the early warning can still be corrected (spec §1.5); the state stays.
    let ew = app.add_report(&id, &warning).await;
    assert_eq!(ew.status, 201, "{}", ew.body);
    assert_eq!(ew.body["state"], "notified");
    assert_eq!(ew.body["reports"][3]["version"], 2);
}
