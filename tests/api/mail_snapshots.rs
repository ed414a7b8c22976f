//! Snapshots of every mail kind (subject, plain text, HTML): each mail struct rendered from
//! fixed inputs, and one filing's mail as a real SMTP server received it, with its dates,
//! identifiers and tokens redacted. `cargo insta review` accepts intended changes. English
//! here; the other languages in `mail_i18n`.

use crate::helpers::*;
use crate::smtp::SmtpServer;
use intake::notify::mail::{
    AuditCheckpoint, AuthorityNotification, AuthorityUpdate, DeadlineReminder, Mail, OverdueNotice,
    ReporterAcknowledgement, ReporterUpdate, SharePackageNotice, UnroutedAlert,
};
use intake::words::{Lang, Tr};

const REFERENCE: &str = "LU-2027-000042";
const CASE_ID: &str = "0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";
const CASE_LINK: &str =
    "https://intake.example/authority/cases/0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";
const FOLLOW_UP: &str = "https://intake.example/report/follow-up/TOKEN";
const DEADLINES: &str = "- incident notification: 2027-02-01 23:59 UTC / 2027-02-02 00:59 CET (Europe/Luxembourg) (pending)\n- final report: to be determined (not yet due)";

pub fn shown(mail: &Mail) -> String {
    let r = mail.render().unwrap();
    format!(
        "Subject: {}\nContent-Language: {}\n\n--- text/plain\n{}\n--- text/html\n{}",
        r.subject,
        r.content_language(),
        r.text,
        r.html()
    )
}

fn en() -> Tr {
    Tr::new(Lang::En)
}

fn authority_notification(informed: bool) -> Mail {
    Mail::AuthorityNotification(AuthorityNotification {
        tr: en(),
        authority_name: "CSIRT Luxembourg".into(),
        informed,
        reference: REFERENCE.parse().unwrap(),
        entity_name: "Énergie & Réseaux <Nord> SA".into(),
        member_state: "LU".into(),
        sector: "energy".into(),
        entity_type: "electricity_supplier".into(),
        stage_label: "early warning".into(),
        version: 1,
        submitted_at: "2027-01-31 23:30 UTC / 2027-02-01 00:30 CET (Europe/Luxembourg)".into(),
        severity: "not yet assessed".into(),
        cross_border: "not indicated".into(),
        assistance: "REQUESTED".into(),
        deadlines: DEADLINES.into(),
        case_link: CASE_LINK.into(),
        aware_at_change: String::new(),
    })
}

#[test]
fn authority_notification_in_charge_and_informed() {
    insta::assert_snapshot!(
        "authority_notification",
        shown(&authority_notification(false))
    );
    insta::assert_snapshot!(
        "authority_notification_informed",
        shown(&authority_notification(true))
    );
}

fn acknowledgement(answered: bool) -> Mail {
    Mail::ReporterAcknowledgement(ReporterAcknowledgement {
        tr: en(),
        stage_label: "early warning".into(),
        title: answered.then(|| "Ransomware on \"billing\" servers".into()),
        entity_name: answered.then(|| "Énergie & Réseaux <Nord> SA".into()),
        reference: REFERENCE.parse().unwrap(),
        received_utc: "2027-01-31 23:30 UTC".into(),
        received_local: "2027-02-01 00:30 CET (Europe/Luxembourg)".into(),
        routed_to: "CSIRT Luxembourg, Institut Luxembourgeois de Régulation".into(),
        deadlines: DEADLINES.into(),
        follow_up_url: FOLLOW_UP.into(),
    })
}

/// Nothing the filer typed reaches an address that has not answered (issue 12, finding 8).
#[test]
fn reporter_acknowledgement() {
    insta::assert_snapshot!("reporter_acknowledgement", shown(&acknowledgement(true)));
    insta::assert_snapshot!(
        "reporter_acknowledgement_unanswered",
        shown(&acknowledgement(false))
    );
}

#[test]
fn unrouted_alert() {
    let mail = Mail::UnroutedAlert(UnroutedAlert {
        tr: en(),
        reference: REFERENCE.parse().unwrap(),
        entity_name: "Bench Energy SA".into(),
        member_state: "MT".into(),
        sector: "energy".into(),
        entity_type: "electricity_supplier".into(),
        stage_label: "incident notification".into(),
        submitted_at: "2027-03-28 01:30 UTC / 2027-03-28 03:30 CEST (Europe/Malta)".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("unrouted_alert", shown(&mail));
}

fn reminder(status_update: bool) -> Mail {
    Mail::DeadlineReminder(DeadlineReminder {
        tr: en(),
        stage_label: "incident notification".into(),
        reference: REFERENCE.parse().unwrap(),
        case_words: format!("“Ransomware on billing servers” ({REFERENCE})"),
        api: format!("POST /api/v1/incidents/{CASE_ID}/reports"),
        due_utc: "2027-02-01 23:59 UTC".into(),
        due_local: "2027-02-02 00:59 CET (Europe/Luxembourg)".into(),
        due_both: "2027-02-01 23:59 UTC (2027-02-02 00:59 CET (Europe/Luxembourg))".into(),
        status_update,
    })
}

#[test]
fn deadline_reminder() {
    insta::assert_snapshot!("deadline_reminder", shown(&reminder(false)));
    insta::assert_snapshot!("deadline_reminder_status_update", shown(&reminder(true)));
}

#[test]
fn overdue_notice() {
    let mail = Mail::OverdueNotice(OverdueNotice {
        tr: en(),
        authority_name: "CSIRT Luxembourg".into(),
        stage_label: "final report".into(),
        reference: REFERENCE.parse().unwrap(),
        entity_name: "Bench Energy SA".into(),
        case_words: format!("{REFERENCE} (Bench Energy SA)"),
        due_both: "2027-03-03 23:59 UTC (2027-03-04 00:59 CET (Europe/Luxembourg))".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("overdue_notice", shown(&mail));
}

#[test]
fn reporter_update() {
    // Until the address has answered, the case is named by its reference only.
    let update = |case_words: String| {
        Mail::ReporterUpdate(ReporterUpdate {
            tr: en(),
            reference: REFERENCE.parse().unwrap(),
            case_words,
            update_label: "a request for an intermediate report".into(),
            authority_name: "CSIRT Luxembourg".into(),
            update_words: "a request for an intermediate report from CSIRT Luxembourg".into(),
            api: format!("GET /api/v1/incidents/{CASE_ID}"),
            follow_up_url: FOLLOW_UP.into(),
        })
    };
    let answered = update(format!("“Ransomware on billing servers” ({REFERENCE})"));
    insta::assert_snapshot!("reporter_update", shown(&answered));
    insta::assert_snapshot!(
        "reporter_update_unanswered",
        shown(&update(REFERENCE.into()))
    );
}

#[test]
fn share_package_authority_update_and_audit_checkpoint() {
    let share = Mail::SharePackage(SharePackageNotice {
        tr: en(),
        recipient_name: "Example federal office Germany".into(),
        sender_name: "CSIRT Luxembourg".into(),
        tlp: "TLP:AMBER".into(),
        package_link: "https://intake.example/authority/packages/PACKAGE".into(),
    });
    insta::assert_snapshot!("share_package", shown(&share));
    let update = Mail::AuthorityUpdate(AuthorityUpdate {
        tr: en(),
        authority_name: "CSIRT Luxembourg".into(),
        reference: REFERENCE.parse().unwrap(),
        entity_name: "Bench Energy SA".into(),
        case_words: format!("{REFERENCE} (Bench Energy SA)"),
        update_label: "the entity withdrew its report".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("authority_update", shown(&update));
    let checkpoint = Mail::AuditCheckpoint(AuditCheckpoint {
        tr: en(),
        at: "2027-02-01 00:00 UTC".into(),
        seq: 1042,
        line: "checkpoint 1042 2027-02-01T00:00:00Z HASH SIGNATURE".into(),
    });
    insta::assert_snapshot!("audit_checkpoint", shown(&checkpoint));
}

/// The reporter's acknowledgement of a real filing as the SMTP server received it.
#[actix_web::test]
async fn a_filing_acknowledgement_as_received_over_smtp() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(Kind::Sqlite, Some(smtp.port)).await;
    let opened = app.open_case(&early_warning()).await;
    assert_eq!(opened.status, 201);
    let mail = smtp.wait_for(3).await;
    let ack = mail
        .iter()
        .find(|m| m.to().contains("soc@entity.example"))
        .expect("the reporter's acknowledgement");
    let raw = ack.raw.replace("\r\n", "\n");
    let body = raw.split_once("\n\n").map(|(_, b)| b).unwrap_or("");
    let shown = format!(
        "Subject: {}\nFrom: {}\nTo: {}\n\n{body}",
        ack.subject(),
        ack.header("From").unwrap_or_default(),
        ack.to()
    );
    insta::with_settings!({filters => vec![
        (opened.body["reference"].as_str().unwrap(), "[REFERENCE]"),
        (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[TIME]"),
        (r"follow-up/[A-Za-z0-9_\-]+", "follow-up/[TOKEN]"),
        (r"from=[0-9a-f]{32}", "from=[PROOF]"),
        (r"boundary=\S+|--[0-9a-zA-Z]{20,}(--)?", "[BOUNDARY]"),
        (r"(CET|CEST)", "[TZ]"),
    ]}, {
        insta::assert_snapshot!("smtp_reporter_acknowledgement", shown);
    });
}
