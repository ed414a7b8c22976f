//! DORA (Regulation 2022/2554 Art. 19; RTS 2025/301 Art. 5(1); ITS 2025/302): a bank reports
//! under DORA, not NIS2 (NIS2 Art. 4, lex specialis), to the DORA authority, with its LEI;
//! initial notification ≤ min(classification + 4 h, awareness + 24 h), intermediate 72 h
//! after it, final one month after the latest intermediate; reclassification ends the thread.

use super::*;
use crate::on_both_backends_at;
use chrono::Duration;
use intake::domain::clock::Clock;

on_both_backends_at!(
    a_bank_files_dora_to_the_dora_authority_only at "2027-06-02T09:00:00Z",
    a_bank_may_not_file_nis2_stages at "2027-06-02T09:00:00Z",
    dora_needs_the_lei at "2027-06-02T09:00:00Z",
    the_initial_notification_is_due_at_awareness_plus_24h_at_the_latest at "2027-06-02T10:30:00Z",
    reclassification_as_non_major_ends_the_thread at "2027-06-02T09:00:00Z",
);

/// Art. 19(1), RTS 2025/301 Art. 5(1)(a): due min(c + 4 h, a + 24 h); recipient the DORA
/// competent authority (LU-CSSF), not the NIS2 CSIRT; intermediate 72 h after the initial.
async fn a_bank_files_dora_to_the_dora_authority_only(app: TestApp) {
    let key = bank(&app);
    let now = app.clock().now();
    let aware = now - Duration::hours(1);
    let major = now - Duration::minutes(30);
    let r = post(&app, &key, "/api/v1/incidents", &dora_initial(aware, major)).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let case = &r.body;
    assert_eq!(case["regime"], "dora");
    let t = thread(case, "dora");
    assert_eq!(t["status"], "open");
    assert_eq!(t["weekend_relief"], false, "credit institutions get none");
    assert_eq!(t["classified_major_at"], rfc(major));
    let initial = report(case, "dora", "initial_notification");
    assert_eq!(initial["due_at"], rfc(major + Duration::hours(4)));
    assert_eq!(initial["timeliness"], "submitted_on_time");
    assert_eq!(notified(initial), vec!["LU-CSSF"]);
    let inter = row(case, "dora", "intermediate_report");
    assert_eq!(inter["due_at"], rfc(now + Duration::hours(72)));
    assert_eq!(inter["provisional"], false);
    assert_eq!(inter["status"], "pending");
    assert!(
        case["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["regime"] == "dora"),
        "no NIS2 clock for a DORA entity: {}",
        case["deadlines"]
    );
    let codes: Vec<_> = outbox(&app, case["id"].as_str().unwrap())
        .into_iter()
        .filter_map(|(_, a, _)| a)
        .collect();
    assert_eq!(
        codes,
        vec!["LU-CSSF".to_string()],
        "only the DORA authority"
    );
}

/// NIS2 Art. 4: a financial entity's NIS2 stage is refused, naming `report.regime` and why.
async fn a_bank_may_not_file_nis2_stages(app: TestApp) {
    let key = bank(&app);
    let aware = rfc(app.clock().now() - Duration::hours(1));
    let ew = with(early_warning(), json!({"aware_at": aware}));
    let r = post(&app, &key, "/api/v1/incidents", &ew).await;
    assert_fields(&r, &["report.regime"]);
    let said = r.body.to_string();
    assert!(said.contains("DORA") || said.contains("dora"), "{said}");
    let nis2 = with(ew, json!({"regime": "nis2"}));
    let r = post(&app, &key, "/api/v1/incidents", &nis2).await;
    assert_fields(&r, &["report.regime"]);
    assert_eq!(case_count(&app, &key).await, 0);
}

/// ITS 2025/302: DORA reports name the financial entity by its LEI.
async fn dora_needs_the_lei(app: TestApp) {
    let key = register(&app, "banking", None, "credit_institution", None);
    let now = app.clock().now();
    let r = post(
        &app,
        &key,
        "/api/v1/incidents",
        &dora_initial(now - Duration::hours(1), now),
    )
    .await;
    assert_fields(&r, &["entity.lei"]);
    assert_eq!(case_count(&app, &key).await, 0);
}

/// RTS 2025/301 Art. 5(1)(a) "no later than 24 hours from … aware": classified late, the
/// 24 h bound decides; a late filing needs `late_reason` and is judged late.
async fn the_initial_notification_is_due_at_awareness_plus_24h_at_the_latest(app: TestApp) {
    let key = bank(&app);
    let now = app.clock().now(); // 10:30
    let aware = at("2027-06-01T10:00:00Z");
    let major = at("2027-06-02T08:00:00Z"); // + 4 h = 12:00, after aware + 24 h = 10:00
    let body = dora_initial(aware, major);
    let r = post(&app, &key, "/api/v1/incidents", &body).await;
    assert_fields(&r, &["report.late_reason"]);
    let late = with(
        body,
        json!({"late_reason": "Classification took longer than planned."}),
    );
    let r = post(&app, &key, "/api/v1/incidents", &late).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let initial = report(&r.body, "dora", "initial_notification");
    assert_eq!(initial["due_at"], rfc(aware + Duration::hours(24)));
    assert_eq!(initial["timeliness"], "submitted_late");
    assert_eq!(
        row(&r.body, "dora", "intermediate_report")["due_at"],
        rfc(now + Duration::hours(72))
    );
}

/// ITS 2025/302: `major_incident_reclassified_as_non_major` ends the DORA thread; nothing
/// more can be filed on it and no row stays owed.
async fn reclassification_as_non_major_ends_the_thread(app: TestApp) {
    let key = bank(&app);
    let now = app.clock().now();
    let r = post(
        &app,
        &key,
        "/api/v1/incidents",
        &dora_initial(now - Duration::hours(2), now - Duration::hours(1)),
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let id = r.body["id"].as_str().unwrap().to_string();
    app.clock().advance(Duration::hours(5));
    let reclass = json!({"report": {"stage": "major_incident_reclassified_as_non_major",
        "reclassification_reason": "Fewer than 10% of clients affected, below the RTS thresholds."}});
    let r = post(
        &app,
        &key,
        &format!("/api/v1/incidents/{id}/reports"),
        &reclass,
    )
    .await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    let t = thread(&r.body, "dora");
    assert_eq!(t["status"], "ended");
    assert_eq!(t["ended"], "reclassified_non_major");
    for stage in ["intermediate_report", "final_report"] {
        assert_eq!(row(&r.body, "dora", stage)["status"], "not_applicable");
    }
    let r = post(
        &app,
        &key,
        &format!("/api/v1/incidents/{id}/reports"),
        &dora_intermediate(),
    )
    .await;
    assert_eq!(r.status, 409, "{:?}", r.body);
}
