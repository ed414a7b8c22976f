//! `aware_at` belongs to the case (spec §1.1): a later filing changes it only with
//! `aware_at_change_reason`; deadlines are recomputed, filed stages judged again (the earlier
//! verdict stays on the submission), the change is audited and mailed. NIS2 awareness cannot
//! predate 18 October 2024 (Art. 41) nor lie more than 120 s ahead (§1.3 rule 8).

use super::{at, rfc, row, t};
use crate::helpers::*;
use crate::smtp::SmtpServer;
use crate::{on_both_backends_at, on_both_kinds};
use diesel::prelude::*;
use intake::domain::clock::Clock;
use intake::storage::{schema, Backend};
use serde_json::json;

on_both_backends_at!(
    a_changed_aware_at_needs_a_reason_and_moves_every_deadline at "2027-03-10T12:00:00Z",
    a_reason_goes_only_with_a_change at "2027-03-10T12:00:00Z",
    aware_at_before_nis2_or_ahead_of_the_clock_is_refused at "2027-03-10T12:00:00Z",
);
on_both_kinds!(the_routed_authorities_are_told_of_the_change);

const REASON: &str = "Log review showed the breach was confirmed two days earlier.";

async fn a_changed_aware_at_needs_a_reason_and_moves_every_deadline(app: TestApp) {
    let opened = app
        .open_case(&with(
            early_warning(),
            json!({"aware_at": "2027-03-10T10:00:00Z"}),
        ))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let id = opened.body["id"].as_str().unwrap().to_string();
    assert_eq!(
        row(&opened.body, "early_warning")["status"],
        "submitted_on_time"
    );

    // Two days earlier, silently: refused, naming report.aware_at; nothing stored.
    let earlier = json!({"aware_at": "2027-03-08T10:00:00Z"});
    let silent = app
        .add_report(&id, &with(early_warning(), earlier.clone()))
        .await;
    assert_eq!(silent.status, 422, "{}", silent.body);
    assert_eq!(silent.error_fields(), vec!["report.aware_at"]);
    assert!(silent.body.to_string().contains("aware_at_change_reason"));
    assert_eq!(
        app.get_case(&id).await.body["reports"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Explicitly, with a reason: the case moves, the filed early warning is judged again.
    let explicit = with(
        with(early_warning(), earlier),
        json!({"aware_at_change_reason": REASON}),
    );
    let changed = app.add_report(&id, &explicit).await;
    assert_eq!(changed.status, 201, "{}", changed.body);
    let case = &changed.body;
    assert_eq!(t(&case["aware_at"]), at("2027-03-08T10:00:00Z"));
    let ew = row(case, "early_warning");
    assert_eq!(t(&ew["due_at"]), at("2027-03-09T10:00:00Z"));
    assert_eq!(
        ew["status"], "submitted_late",
        "judged against the new deadline"
    );
    let n_row = row(case, "incident_notification");
    assert_eq!(t(&n_row["due_at"]), at("2027-03-11T10:00:00Z"));
    // The first filing keeps the verdict it was given: the history.
    let first = &case["reports"][0];
    assert_eq!(first["timeliness"], "submitted_on_time");
    assert_eq!(t(&first["due_at"]), at("2027-03-11T10:00:00Z"));
    assert_eq!(
        case["reports"][1]["report"]["aware_at_change_reason"],
        REASON
    );

    audited_once(&app.database_url);

    // The notification is now judged against the new 72 h: late one second after it.
    app.clock().set(at("2027-03-11T10:00:01Z"));
    let late = app.add_report(&id, &notification()).await;
    assert_eq!(late.status, 422, "{}", late.body);
    assert_eq!(late.error_fields(), vec!["report.late_reason"]);
    // A later filing that leaves aware_at out keeps the case's, without a reason.
    let with_reason = with(
        notification(),
        json!({"late_reason": "Forensics took the weekend."}),
    );
    let filed = app.add_report(&id, &with_reason).await;
    assert_eq!(filed.status, 201, "{}", filed.body);
    assert_eq!(t(&filed.body["aware_at"]), at("2027-03-08T10:00:00Z"));
    assert_eq!(
        row(&filed.body, "incident_notification")["status"],
        "submitted_late"
    );
}

/// The change is in the audit trail, with the verdicts before and after.
fn audited_once(database_url: &str) {
    let mut c = Backend::from_url(database_url).unwrap().connect().unwrap();
    let details: Vec<String> = schema::audit_log::table
        .filter(schema::audit_log::action.eq("case.aware_at_changed"))
        .select(schema::audit_log::detail)
        .load(&mut c)
        .unwrap();
    assert_eq!(details.len(), 1);
    let detail: serde_json::Value = serde_json::from_str(&details[0]).unwrap();
    assert_eq!(t(&detail["from"]), at("2027-03-10T10:00:00Z"));
    assert_eq!(t(&detail["to"]), at("2027-03-08T10:00:00Z"));
    assert_eq!(detail["reason"], REASON);
    assert_eq!(detail["rejudged"][0]["stage"], "early_warning");
    assert_eq!(detail["rejudged"][0]["was"], "submitted_on_time");
    assert_eq!(detail["rejudged"][0]["now"], "submitted_late");
}

async fn a_reason_goes_only_with_a_change(app: TestApp) {
    let aware = json!({"aware_at": "2027-03-10T10:00:00Z", "aware_at_change_reason": REASON});
    let opening = app.open_case(&with(early_warning(), aware)).await;
    assert_eq!(opening.status, 422, "{}", opening.body);
    assert_eq!(
        opening.error_fields(),
        vec!["report.aware_at_change_reason"]
    );

    let opened = app
        .open_case(&with(
            early_warning(),
            json!({"aware_at": "2027-03-10T10:00:00Z"}),
        ))
        .await;
    let id = opened.body["id"].as_str().unwrap();
    let same = json!({"aware_at": "2027-03-10T11:00:00+01:00", "aware_at_change_reason": REASON});
    let unchanged = app.add_report(id, &with(early_warning(), same)).await;
    assert_eq!(unchanged.status, 422, "{}", unchanged.body);
    assert_eq!(
        unchanged.error_fields(),
        vec!["report.aware_at_change_reason"]
    );
    // Only the early warning and the notification state aware_at: an intermediate report
    // cannot move it, reason or not (correct one of those stages instead).
    let update = json!({"report": {"stage": "intermediate_report", "incident_status": "ongoing",
        "status_update": "Entry through an unpatched VPN appliance.",
        "aware_at": "2027-03-09T10:00:00Z", "aware_at_change_reason": REASON}});
    let moved = app.add_report(id, &update).await;
    assert_eq!(moved.status, 422, "{}", moved.body);
    assert_eq!(moved.error_fields(), vec!["report.aware_at_change_reason"]);
    assert_eq!(
        app.get_case(id).await.body["aware_at"],
        "2027-03-10T10:00:00Z"
    );
    let short = json!({"aware_at": "2027-03-09T10:00:00Z", "aware_at_change_reason": "why"});
    let too_short = app.add_report(id, &with(early_warning(), short)).await;
    assert_eq!(too_short.status, 422, "{}", too_short.body);
    assert_eq!(
        too_short.error_fields(),
        vec!["report.aware_at_change_reason"]
    );
}

async fn aware_at_before_nis2_or_ahead_of_the_clock_is_refused(app: TestApp) {
    let late = "Reported long after the fact, on review.";
    let app = &app;
    let open = |aware: String| {
        let body = with(
            early_warning(),
            json!({"aware_at": aware, "late_reason": late}),
        );
        async move { app.open_case(&body).await }
    };
    let before = open("2024-10-17T23:59:59Z".into()).await;
    assert_eq!(before.status, 422, "{}", before.body);
    assert_eq!(before.error_fields(), vec!["report.aware_at"]);
    assert!(before.body.to_string().contains("2024-10-18"));
    let epoch = open("1970-01-01T00:00:00Z".into()).await;
    assert_eq!(epoch.error_fields(), vec!["report.aware_at"]);
    assert_eq!(open("2024-10-18T00:00:00Z".into()).await.status, 201);

    let now = app.clock().now();
    let ahead = open(rfc(now + chrono::Duration::seconds(121))).await;
    assert_eq!(ahead.status, 422, "{}", ahead.body);
    assert_eq!(ahead.error_fields(), vec!["report.aware_at"]);
    assert!(ahead.body.to_string().contains("120 s"), "{}", ahead.body);
    let skew = with(
        early_warning(),
        json!({"aware_at": rfc(now + chrono::Duration::seconds(120))}),
    );
    assert_eq!(
        app.open_case(&skew).await.status,
        201,
        "120 s of clock skew"
    );
}

/// Undoes quoted-printable soft breaks so a sentence can be searched in a raw mail.
fn unfolded(raw: &str) -> String {
    raw.replace("=\r\n", "").replace("=\n", "")
}

async fn the_routed_authorities_are_told_of_the_change(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let opened = app.open_case(&early_warning()).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let mails = |case: &serde_json::Value, i: usize| {
        case["reports"][i]["notifications"]
            .as_array()
            .unwrap()
            .len()
    };
    let first = mails(&opened.body, 0);
    assert_eq!(smtp.wait_for(first).await.len(), first);
    let id = opened.body["id"].as_str().unwrap();
    let change = json!({"aware_at": hours_ago(20), "aware_at_change_reason": REASON});
    let changed = app.add_report(id, &with(early_warning(), change)).await;
    assert_eq!(changed.status, 201, "{}", changed.body);
    let mail = smtp.wait_for(first + mails(&changed.body, 1)).await;
    let told: Vec<_> = mail
        .iter()
        .filter(|m| unfolded(&m.raw).contains("changes when the entity became aware"))
        .collect();
    assert!(!told.is_empty(), "no authority mail tells of the change");
    for m in told {
        let text = unfolded(&m.raw);
        assert!(!m.to().contains("soc@entity.example"), "authorities only");
        // The reason is report content: it stays behind the login, the mail points there.
        assert!(!text.contains(REASON), "no entity text in authority mail");
        assert!(text.contains("reason is on the case page"));
        assert!(text.contains("version 2"));
    }
}
