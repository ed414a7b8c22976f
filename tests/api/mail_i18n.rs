//! Snapshots of every mail kind in French, German or Dutch (issue 14), and of one authority
//! notification in four languages (Belgium: Dutch first, then French, German, English). The
//! values a composer fills in (stage names, dates) are given here as the catalogues say them.

use crate::mail_snapshots::shown;
use intake::notify::mail::{
    AuditCheckpoint, AuthorityNotification, AuthorityUpdate, DeadlineReminder, Mail, OverdueNotice,
    Rendered, ReporterAcknowledgement, ReporterUpdate, SharePackageNotice, UnroutedAlert,
};
use intake::words::{Lang, Tr};

const REFERENCE: &str = "LU-2027-000042";
const CASE_ID: &str = "0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";
const CASE_LINK: &str =
    "https://intake.example/authority/cases/0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";
const FOLLOW_UP: &str = "https://intake.example/report/follow-up/TOKEN";

fn notification(lang: Lang, stage: &str, severity: &str, informed: bool) -> Mail {
    let tr = Tr::new(lang);
    Mail::AuthorityNotification(AuthorityNotification {
        severity: severity.into(),
        cross_border: tr.t("mail-cross_border-not_indicated"),
        assistance: tr.t("mail-assistance-requested"),
        tr,
        authority_name: "Example federal office Germany".into(),
        informed,
        reference: "DE-2027-000007".parse().unwrap(),
        entity_name: "Stadtwerke Süd-Überlandversorgung GmbH".into(),
        member_state: "DE".into(),
        sector: "energy".into(),
        entity_type: "electricity_supplier".into(),
        stage_label: stage.into(),
        version: 2,
        submitted_at: "2027-01-31 23:30 UTC / 1. Februar 2027, 00:30 MEZ (Europe/Berlin)".into(),
        deadlines: "- Meldung über den Sicherheitsvorfall: 2027-02-01 23:59 UTC / 2. Februar 2027, 00:59 MEZ (Europe/Berlin) (ausstehend)".into(),
        case_link: CASE_LINK.into(),
        aware_at_change: String::new(),
    })
}

#[test]
fn authority_notification_in_german_and_french() {
    let de = notification(Lang::De, "Frühwarnung", "noch nicht bewertet", false);
    insta::assert_snapshot!("authority_notification_de", shown(&de));
    let fr = notification(Lang::Fr, "alerte précoce", "pas encore évaluée", true);
    insta::assert_snapshot!("authority_notification_fr_informed", shown(&fr));
}

#[test]
fn a_belgian_authority_reads_dutch_then_french_german_english() {
    let parts: Vec<Rendered> = [
        (Lang::Nl, "vroegtijdige waarschuwing", "nog niet beoordeeld"),
        (Lang::Fr, "alerte précoce", "pas encore évaluée"),
        (Lang::De, "Frühwarnung", "noch nicht bewertet"),
        (Lang::En, "early warning", "not yet assessed"),
    ]
    .into_iter()
    .map(|(l, stage, severity)| notification(l, stage, severity, false).render().unwrap())
    .collect();
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap();
    let all = Rendered::in_turn(first, parts.collect());
    assert_eq!(all.content_language(), "nl, fr, de, en");
    insta::assert_snapshot!(
        "authority_notification_nl_fr_de_en",
        format!(
            "Subject: {}\n\n--- text/plain\n{}\n--- text/html\n{}",
            all.subject,
            all.text,
            all.html()
        )
    );
}

#[test]
fn reporter_acknowledgement_in_french() {
    let mail = Mail::ReporterAcknowledgement(ReporterAcknowledgement {
        tr: Tr::new(Lang::Fr),
        stage_label: "alerte précoce".into(),
        title: Some("Rançongiciel sur les serveurs de facturation".into()),
        entity_name: Some("Énergie & Réseaux Nord SA".into()),
        reference: REFERENCE.parse().unwrap(),
        received_utc: "2027-01-31 23:30 UTC".into(),
        received_local: "1er février 2027, 00:30 CET (Europe/Luxembourg)".into(),
        routed_to: "CSIRT Luxembourg, Institut Luxembourgeois de Régulation".into(),
        deadlines: "- notification d’incident : 2027-02-01 23:59 UTC / 2 février 2027, 00:59 CET (Europe/Luxembourg) (en attente)".into(),
        follow_up_url: FOLLOW_UP.into(),
    });
    insta::assert_snapshot!("reporter_acknowledgement_fr", shown(&mail));
}

#[test]
fn unrouted_alert_in_dutch() {
    let mail = Mail::UnroutedAlert(UnroutedAlert {
        tr: Tr::new(Lang::Nl),
        reference: "MT-2027-000003".parse().unwrap(),
        entity_name: "Bench Energy SA".into(),
        member_state: "MT".into(),
        sector: "energy".into(),
        entity_type: "electricity_supplier".into(),
        stage_label: "incidentmelding".into(),
        submitted_at: "2027-03-28 01:30 UTC / 28 maart 2027, 03:30 CEST (Europe/Malta)".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("unrouted_alert_nl", shown(&mail));
}

fn reminder(lang: Lang, stage: &str, case_words: &str, local: &str, status_update: bool) -> Mail {
    Mail::DeadlineReminder(DeadlineReminder {
        tr: Tr::new(lang),
        stage_label: stage.into(),
        reference: REFERENCE.parse().unwrap(),
        case_words: case_words.into(),
        api: format!("POST /api/v1/incidents/{CASE_ID}/reports"),
        due_utc: "2027-02-01 23:59 UTC".into(),
        due_local: local.into(),
        due_both: format!("2027-02-01 23:59 UTC ({local})"),
        status_update,
    })
}

#[test]
fn deadline_reminders_in_german_and_french() {
    let de = reminder(
        Lang::De,
        "Meldung über den Sicherheitsvorfall",
        "„Ransomware auf Abrechnungsservern“ (LU-2027-000042)",
        "2. Februar 2027, 00:59 MEZ (Europe/Luxembourg)",
        false,
    );
    insta::assert_snapshot!("deadline_reminder_de", shown(&de));
    let fr = reminder(
        Lang::Fr,
        "rapport intermédiaire",
        "«\u{a0}Rançongiciel\u{a0}» (LU-2027-000042)",
        "2 février 2027, 00:59 CET (Europe/Luxembourg)",
        true,
    );
    insta::assert_snapshot!("deadline_reminder_status_update_fr", shown(&fr));
}

#[test]
fn overdue_notice_in_dutch() {
    let mail = Mail::OverdueNotice(OverdueNotice {
        tr: Tr::new(Lang::Nl),
        authority_name: "Example centre for cybersecurity Belgium".into(),
        stage_label: "eindverslag".into(),
        reference: "BE-2027-000011".parse().unwrap(),
        entity_name: "Bench Energy NV".into(),
        case_words: "BE-2027-000011 (Bench Energy NV)".into(),
        due_both: "2027-03-03 23:59 UTC (4 maart 2027, 00:59 CET (Europe/Brussels))".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("overdue_notice_nl", shown(&mail));
}

#[test]
fn reporter_update_in_french() {
    let mail = Mail::ReporterUpdate(ReporterUpdate {
        tr: Tr::new(Lang::Fr),
        reference: REFERENCE.parse().unwrap(),
        case_words: "«\u{a0}Rançongiciel\u{a0}» (LU-2027-000042)".into(),
        update_label: "une demande de rapport intermédiaire".into(),
        authority_name: "CSIRT Luxembourg".into(),
        update_words: "une demande de rapport intermédiaire de CSIRT Luxembourg".into(),
        api: format!("GET /api/v1/incidents/{CASE_ID}"),
        follow_up_url: FOLLOW_UP.into(),
    });
    insta::assert_snapshot!("reporter_update_fr", shown(&mail));
}

#[test]
fn share_package_in_german_authority_update_in_dutch_checkpoint_in_french() {
    let share = Mail::SharePackage(SharePackageNotice {
        tr: Tr::new(Lang::De),
        recipient_name: "Example federal office Germany".into(),
        sender_name: "CSIRT Luxembourg".into(),
        tlp: "TLP:AMBER+STRICT".into(),
        package_link: "https://intake.example/authority/packages/PACKAGE".into(),
    });
    insta::assert_snapshot!("share_package_de", shown(&share));
    let update = Mail::AuthorityUpdate(AuthorityUpdate {
        tr: Tr::new(Lang::Nl),
        authority_name: "Example centre for cybersecurity Belgium".into(),
        reference: "BE-2027-000011".parse().unwrap(),
        entity_name: "Bench Energy NV".into(),
        case_words: "BE-2027-000011 (Bench Energy NV)".into(),
        update_label: "de entiteit heeft haar melding ingetrokken".into(),
        case_link: CASE_LINK.into(),
    });
    insta::assert_snapshot!("authority_update_nl", shown(&update));
    let checkpoint = Mail::AuditCheckpoint(AuditCheckpoint {
        tr: Tr::new(Lang::Fr),
        at: "2027-02-01 00:00 UTC".into(),
        seq: 1,
        line: "checkpoint 1 2027-02-01T00:00:00Z HASH SIGNATURE".into(),
    });
    insta::assert_snapshot!("audit_checkpoint_fr", shown(&checkpoint));
}
