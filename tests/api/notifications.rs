//! Notification mail through a real SMTP server: routing, content, outages, exactly once.

use crate::helpers::*;
use crate::on_both_kinds;
use crate::smtp::{Mail, SmtpServer};
use serde_json::json;
use std::collections::HashSet;
use std::time::{Duration, Instant};

on_both_kinds!(
    a_filing_notifies_the_routed_authorities_and_acknowledges_the_reporter,
    cross_border_cases_reach_the_spoc_but_not_other_member_states,
    an_unrouted_report_is_accepted_and_the_administrators_are_alerted,
    an_smtp_outage_loses_nothing_and_duplicates_nothing,
    reminders_and_overdue_notices_are_queued_exactly_once,
    an_intermediate_report_request_is_mailed_and_reminded,
);

fn addressed_to<'a>(mail: &'a [Mail], address: &str) -> Vec<&'a Mail> {
    mail.iter().filter(|m| m.to().contains(address)).collect()
}

/// Waits until every notification of the case left the outbox, as the API reports it.
async fn wait_until_sent(app: &TestApp, id: &str, expected: usize) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let case = app.get_case(id).await.body;
        let statuses: Vec<String> = case["reports"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                r["notifications"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n["status"].as_str().unwrap().to_string())
            })
            .collect();
        if (statuses.len() == expected && statuses.iter().all(|s| s == "sent"))
            || started.elapsed() > Duration::from_secs(30)
        {
            return case;
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn a_filing_notifies_the_routed_authorities_and_acknowledges_the_reporter(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;

    let opened = app.open_case(&early_warning()).await;
    let reference = opened.body["reference"].as_str().unwrap().to_string();
    let mail = smtp.wait_for(3).await;

    assert_eq!(opened.status, 201);
    assert_eq!(mail.len(), 3, "CSIRT, energy regulator, reporter");
    let csirt = addressed_to(&mail, "incidents@csirt-lu.example.org");
    let regulator = addressed_to(&mail, "nis2-energy@regulator-lu.example.org");
    let ack = addressed_to(&mail, "soc@entity.example");
    assert_eq!((csirt.len(), regulator.len(), ack.len()), (1, 1, 1));
    let to_csirt = csirt[0];
    assert!(
        to_csirt.subject().contains(&reference),
        "{}",
        to_csirt.subject()
    );
    // The Luxembourg CSIRT works in French first (routing table): the stage in French.
    let stage = intake::words::text_in(intake::words::Lang::Fr, "stage", "early_warning");
    assert!(
        to_csirt.subject().contains(&stage),
        "{}",
        to_csirt.subject()
    );
    assert!(to_csirt.raw.contains(&format!(
        "/authority/cases/{}",
        opened.body["id"].as_str().unwrap()
    )));
    assert!(
        !to_csirt.raw.contains("invoices cannot be issued"),
        "the report's content stays behind the login"
    );
    assert_eq!(to_csirt.header("From").unwrap(), "intake@intake.example");
    let message_id = to_csirt.header("Message-ID").unwrap();
    assert!(
        message_id.starts_with('<') && message_id.ends_with("@intake.example>"),
        "{message_id}"
    );
    assert!(ack[0].subject().contains(&reference));
    assert!(
        ack[0].raw.contains("Europe/Luxembourg"),
        "received time in the authority's zone"
    );
    assert!(
        ack[0].raw.contains("incident notification"),
        "next deadlines listed"
    );
    let case = wait_until_sent(&app, opened.body["id"].as_str().unwrap(), 3).await;
    let kinds: HashSet<&str> = case["reports"][0]["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        HashSet::from(["authority_notification", "reporter_acknowledgement"])
    );
}

/// Art. 23(1) 3rd subpara. and 23(6), spec v0.2 §5: a cross-border case reaches the single
/// point of contact; the authorities of the member states named get nothing by routing.
async fn cross_border_cases_reach_the_spoc_but_not_other_member_states(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;

    let opened = app
        .open_case(&with(
            early_warning(),
            json!({"cross_border_possible": "yes", "cross_border_ms": ["DE", "EL"]}),
        ))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    // Every mail of a filing is queued with it: once all are sent, none can follow.
    wait_until_sent(&app, opened.body["id"].as_str().unwrap(), 4).await;
    let mail = smtp.wait_for(4).await;
    assert_eq!(
        mail.len(),
        4,
        "CSIRT, regulator, SPOC, reporter: {:?}",
        mail.iter().map(Mail::to).collect::<Vec<_>>()
    );
    assert_eq!(addressed_to(&mail, "spoc@gov-lu.example.org").len(), 1);
    assert!(addressed_to(&mail, "meldestelle@bsi-de.example.org").is_empty());
    assert!(addressed_to(&mail, "spoc@gov-de.example.org").is_empty());
    assert!(addressed_to(&mail, "incidents@csirt-lu.example.org")[0]
        .subject()
        .contains(opened.body["reference"].as_str().unwrap()));
    let tags: Vec<String> = intake::words::Lang::ALL
        .iter()
        .map(|l| intake::words::Tr::new(*l).t("mail-informed-tag"))
        .collect();
    assert!(!mail
        .iter()
        .any(|m| tags.iter().any(|t| m.subject().contains(t.as_str()))));
}

async fn an_unrouted_report_is_accepted_and_the_administrators_are_alerted(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let (_, maltese) = add_entity(&app.database_url, "MT", "energy", "electricity_supplier");

    let r = app
        .send(
            "POST",
            "/api/v1/incidents",
            Some(&maltese),
            &[("Content-Type", "application/json")],
            Some(serde_json::to_vec(&early_warning()).unwrap()),
        )
        .await;
    let mail = smtp.wait_for(2).await;

    assert_eq!(r.status, 201, "never refused for lack of a recipient");
    assert_eq!(mail.len(), 2);
    let alert = addressed_to(&mail, "intake-admins@example.org");
    assert_eq!(alert.len(), 1);
    assert!(alert[0].subject().contains("UNROUTED"));
    assert!(addressed_to(&mail, "soc@entity.example")[0]
        .raw
        .contains("no authority yet"));
    assert_eq!(
        r.body["timezone"], "Europe/Malta",
        "unrouted cases keep the member state's legal time"
    );
}

async fn an_smtp_outage_loses_nothing_and_duplicates_nothing(kind: Kind) {
    let port = free_port();
    let app = spawn_app_with_smtp(kind, Some(port)).await; // nothing listens there yet
    let mut ids = Vec::new();
    for _ in 0..5 {
        let r = app.open_case(&early_warning()).await;
        assert_eq!(r.status, 201, "filings are accepted while mail is down");
        ids.push(r.body["id"].as_str().unwrap().to_string());
    }
    // Every message has failed at least once and is still pending.
    let started = Instant::now();
    loop {
        let case = app.get_case(&ids[4]).await.body;
        let n = &case["reports"][0]["notifications"];
        if n.as_array()
            .unwrap()
            .iter()
            .all(|n| n["attempts"].as_i64().unwrap() >= 1)
        {
            assert!(
                n.as_array()
                    .unwrap()
                    .iter()
                    .all(|n| n["status"] == "pending"),
                "{n}"
            );
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no delivery attempt was made"
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }

    let smtp = SmtpServer::start_on(port);
    let mail = smtp.wait_for(15).await;
    for id in &ids {
        wait_until_sent(&app, id, 3).await;
    }
    crate::mail_helpers::wait_until_all_sent(&app.database_url, 15).await;
    assert_eq!(
        app.notifier.deliver_due().await.unwrap(),
        0,
        "nothing left to send"
    );
    let mail_after = smtp.messages();

    assert_eq!(mail.len(), 15);
    assert_eq!(mail_after.len(), 15, "nothing was sent twice");
    let message_ids: HashSet<String> = mail_after
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    assert_eq!(message_ids.len(), 15);
}

async fn reminders_and_overdue_notices_are_queued_exactly_once(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    // Early warning filed; the notification falls due in 4 h: the reporter is reminded.
    let soon = app
        .open_case(&with(early_warning(), json!({"aware_at": hours_ago(68), "late_reason": "Detected only through a partner's report."})))
        .await;
    // Early warning filed late; the notification is 8 h overdue: the authorities are told.
    let late = app
        .open_case(&with(early_warning(), json!({"aware_at": hours_ago(80), "late_reason": "The attack disabled our mail and ticketing."})))
        .await;
    assert_eq!((soon.status, late.status), (201, 201));
    smtp.wait_for(6).await;

    let first = app.notifier.scan_deadlines().await.unwrap();
    let second = app.notifier.scan_deadlines().await.unwrap();
    let mail = smtp.wait_for(6 + 3).await;

    assert_eq!(first, 3, "one reminder, two overdue notices");
    assert_eq!(second, 0, "a second scan queues nothing");
    let reminders: Vec<&Mail> = mail
        .iter()
        .filter(|m| m.subject().contains("Reminder"))
        .collect();
    assert_eq!(reminders.len(), 1);
    assert!(reminders[0]
        .subject()
        .contains(soon.body["reference"].as_str().unwrap()));
    assert!(reminders[0].to().contains("soc@entity.example"));
    let overdue: Vec<&Mail> = mail
        .iter()
        // To the Luxembourg authorities, in French first.
        .filter(|m| m.subject().contains("EN RETARD"))
        .collect();
    assert_eq!(overdue.len(), 2);
    assert!(overdue.iter().all(|m| m
        .subject()
        .contains(late.body["reference"].as_str().unwrap())));
}

async fn an_intermediate_report_request_is_mailed_and_reminded(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let case = app.open_case(&early_warning()).await;
    assert_eq!(case.status, 201);
    smtp.wait_for(3).await;
    let mut c = intake::storage::Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let (_, token) = intake::storage::staff::create_authority_token(
        &mut c,
        &"LU-CSIRT".parse().unwrap(),
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    let id = case.body["id"].as_str().unwrap();
    let due = (chrono::Utc::now() + chrono::Duration::hours(6)).to_rfc3339();
    let auth = format!("Bearer {token}");
    let reply = app
        .send(
            "POST",
            &format!("/api/v1/authority/cases/{id}/intermediate-requests"),
            None,
            &[
                ("Authorization", auth.as_str()),
                ("Content-Type", "application/json"),
            ],
            Some(
                serde_json::to_vec(
                    &json!({"questions": "Which systems are affected now?", "due_at": due}),
                )
                .unwrap(),
            ),
        )
        .await;
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    assert!(reply.body["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["stage"] == "intermediate_report" && d["status"] == "pending"));
    // The reporter is told there is something new (not what), with the follow-up link.
    let mail = smtp.wait_for(4).await;
    let update = mail
        .iter()
        .find(|m| m.subject().contains("request for an intermediate report"))
        .expect("update mail");
    assert!(update.to().contains("soc@entity.example"));
    assert!(
        !update.raw.contains("Which systems are affected now?"),
        "content stays behind the link"
    );
    assert!(update.raw.contains("/report/follow-up/"));
    // Within 12 h of its due time the reporter is reminded, once.
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 1);
    assert_eq!(app.notifier.scan_deadlines().await.unwrap(), 0);
    let mail = smtp.wait_for(5).await;
    assert!(mail
        .iter()
        .any(|m| m.subject().contains("Reminder") && m.subject().contains("intermediate report")));
}
