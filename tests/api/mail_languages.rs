//! Mail in its reader's language, read back from a real SMTP server (issue 14): an authority
//! reads its first language from the routing table with the others following, a reporter the
//! language its report was filed in; `Content-Language` names them.

use crate::helpers::*;
use crate::on_both_kinds;
use crate::smtp::{Mail, SmtpServer};
use serde_json::json;

on_both_kinds!(
    a_german_authority_reads_its_notification_in_german_then_english,
    a_report_filed_in_french_is_acknowledged_in_french,
    a_belgian_authority_reads_dutch_first_then_french_german_english,
    each_authority_reads_its_own_cases_notice_under_its_own_name,
);

/// The one message to `address`.
fn to<'a>(mail: &'a [Mail], address: &str) -> &'a Mail {
    let found: Vec<&Mail> = mail.iter().filter(|m| m.to().contains(address)).collect();
    assert_eq!(found.len(), 1, "one mail to {address}");
    found[0]
}

/// Asserts that `parts` appear in `text` in this order.
fn in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for p in parts {
        let at = text[from..]
            .find(p)
            .unwrap_or_else(|| panic!("{p:?} missing (or out of order) in:\n{text}"));
        from += at + p.len();
    }
}

/// Files `body` as the API client of `key`, with extra headers.
async fn file_as(
    app: &TestApp,
    key: &str,
    body: &serde_json::Value,
    headers: &[(&str, &str)],
) -> Reply {
    let mut h = vec![("Content-Type", "application/json")];
    h.extend_from_slice(headers);
    app.send(
        "POST",
        "/api/v1/incidents",
        Some(key),
        &h,
        Some(serde_json::to_vec(body).unwrap()),
    )
    .await
}

async fn a_german_authority_reads_its_notification_in_german_then_english(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let (_, key) = add_entity(&app.database_url, "DE", "energy", "electricity_supplier");
    let opened = file_as(&app, &key, &early_warning(), &[]).await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let reference = opened.body["reference"].as_str().unwrap();
    let mail = smtp.wait_for(2).await;
    assert_eq!(mail.len(), 2, "the German CSIRT and the reporter");

    let bsi = to(&mail, "meldestelle@bsi-de.example.org");
    assert_eq!(bsi.header("Content-Language").as_deref(), Some("de, en"));
    let subject = bsi.subject();
    assert!(subject.starts_with(&format!("[{reference}] ")), "{subject}");
    assert!(
        subject.contains(" von Test electricity_supplier DE (noch nicht bewertet)"),
        "{subject}"
    );
    in_order(
        &bsi.raw,
        &[
            "Diese Nachricht folgt unten auch auf: English.",
            "Eine NIS2-Meldung ist eingegangen.",
            "Aktenzeichen:",
            "Schweregrad:",
            "noch nicht bewertet",
            "Den Inhalt der Meldung finden Sie im Arbeitsbereich der Behörde:",
            "-------- English (en) --------",
            "A NIS2 report has been filed.",
            "Severity:",
            "not yet assessed",
            "<html lang=\"de\">",
            "<div lang=\"en\">",
        ],
    );
    assert!(bsi.raw.contains(" MEZ (Europe/Berlin)") || bsi.raw.contains(" MESZ (Europe/Berlin)"));

    // The API client named no language and its report says English: so is its receipt.
    let ack = to(&mail, "soc@entity.example");
    assert_eq!(ack.header("Content-Language").as_deref(), Some("en"));
    assert!(ack.raw.contains("Your next deadlines:"));
}

async fn a_report_filed_in_french_is_acknowledged_in_french(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let french = [("Accept-Language", "fr-LU, fr;q=0.9, en;q=0.5")];
    let opened = app
        .post_json("/api/v1/incidents", &early_warning(), &french)
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let mail = smtp.wait_for(3).await;

    let ack = to(&mail, "soc@entity.example");
    assert_eq!(ack.header("Content-Language").as_deref(), Some("fr"));
    let subject = ack.subject();
    assert!(subject.contains("] Re\u{e7}u\u{a0}: votre "), "{subject}");
    in_order(
        &ack.raw,
        &[
            "Nous avons bien reçu votre",
            "Ransomware on billing servers",
            "Vos prochains délais",
            "<html lang=\"fr\">",
        ],
    );
    assert!(
        !ack.raw.contains("has been received"),
        "French only to the reporter"
    );
    // The Luxembourg CSIRT reads French first whatever the reporter's language.
    let csirt = to(&mail, "incidents@csirt-lu.example.org");
    assert_eq!(
        csirt.header("Content-Language").as_deref(),
        Some("fr, de, en")
    );

    // A later filing naming no language keeps the case's: the receipt stays French.
    let id = opened.body["id"].as_str().unwrap();
    let added = app.add_report(id, &notification()).await;
    assert_eq!(added.status, 201, "{}", added.body);
    let mail = smtp.wait_for(6).await;
    let acks: Vec<&Mail> = mail
        .iter()
        .filter(|m| m.to().contains("soc@entity.example"))
        .collect();
    assert_eq!(acks.len(), 2);
    assert!(acks
        .iter()
        .all(|m| m.header("Content-Language").as_deref() == Some("fr")));

    // A report whose own language is French, filed without Accept-Language, reads French too.
    let (_, key) = add_entity(&app.database_url, "LU", "energy", "electricity_supplier");
    let own = with(early_warning(), json!({"language": "fr"}));
    assert_eq!(file_as(&app, &key, &own, &[]).await.status, 201);
    let mail = smtp.wait_for(9).await;
    let acks = mail
        .iter()
        .filter(|m| m.to().contains("soc@entity.example"));
    assert_eq!(
        acks.filter(|m| m.header("Content-Language").as_deref() == Some("fr"))
            .count(),
        3
    );
}

async fn a_belgian_authority_reads_dutch_first_then_french_german_english(kind: Kind) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(kind, Some(smtp.port)).await;
    let (_, key) = add_entity(&app.database_url, "BE", "energy", "electricity_supplier");
    let opened = file_as(
        &app,
        &key,
        &early_warning(),
        &[("Accept-Language", "nl-BE")],
    )
    .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let mail = smtp.wait_for(2).await;

    let ccb = to(&mail, "incident@ccb-be.example.org");
    assert_eq!(
        ccb.header("Content-Language").as_deref(),
        Some("nl, fr, de, en")
    );
    let subject = ccb.subject();
    assert!(
        subject.contains(" van Test electricity_supplier BE (nog niet beoordeeld)"),
        "{subject}"
    );
    assert!(
        !subject.contains("Test electricity_supplier BE (pas"),
        "one language in the subject"
    );
    in_order(
        &ccb.raw,
        &[
            "Dit bericht volgt hieronder ook in: Français, Deutsch, English.",
            "Er is een NIS2-melding ingediend.",
            "-------- Français (fr) --------",
            "Un rapport NIS2 a été déposé.",
            "-------- Deutsch (de) --------",
            "Eine NIS2-Meldung ist eingegangen.",
            "-------- English (en) --------",
            "A NIS2 report has been filed.",
        ],
    );
    let ack = to(&mail, "soc@entity.example");
    assert_eq!(ack.header("Content-Language").as_deref(), Some("nl"));
    assert!(ack.raw.contains("Uw volgende termijnen:"));
}

/// The plain-text part of `mail`, lines ending in `\n`.
fn plain_text(mail: &Mail) -> String {
    let raw = mail.raw.replace("\r\n", "\n");
    let from = raw.find("Content-Type: text/plain").expect("a text part");
    let to = raw.find("Content-Type: text/html").expect("an HTML part");
    raw[from..to].to_string()
}

/// A sender writes a filing's notice once per language and then addresses it to each
/// authority (`notify::mail::memo`): in one delivery pass over two cases, the CSIRT and the
/// regulator read the same words under their own names, each in every language it reads, and
/// each case's notice says what that case says (the second asks for assistance).
async fn each_authority_reads_its_own_cases_notice_under_its_own_name(kind: Kind) {
    use intake::domain::clock::{Clock, ManualClock, SystemClock};
    let smtp = SmtpServer::start();
    let clock = ManualClock::at(SystemClock.now());
    let app = crate::mail_helpers::spawn_on(kind, &clock, smtp.port);
    let help = json!({"assistance_requested": true, "assistance_details": "Indicators, please."});
    let mut references = Vec::new();
    for body in [early_warning(), with(early_warning(), help)] {
        let url = format!("{}/api/v1/incidents", app.address);
        let mut filed = awc::Client::new()
            .post(url)
            .insert_header(("Authorization", format!("Bearer {}", app.api_key)))
            .send_json(&body)
            .await
            .unwrap();
        let reply: serde_json::Value = filed.json().await.unwrap();
        assert_eq!(filed.status().as_u16(), 201, "{reply}");
        references.push(reply["reference"].as_str().unwrap().to_string());
    }
    clock.advance(chrono::Duration::minutes(1));
    assert_eq!(app.notifier.deliver_due().await.unwrap(), 6, "one pass");

    let mail = smtp.messages();
    for (reference, assistance) in references.iter().zip(["non demandée", "DEMANDÉE"]) {
        let of_case = |address: &str| {
            let found: Vec<&Mail> = mail
                .iter()
                .filter(|m| m.to().contains(address) && m.subject().contains(reference.as_str()))
                .collect();
            assert_eq!(found.len(), 1, "one mail to {address} about {reference}");
            plain_text(found[0])
        };
        let csirt = of_case("incidents@csirt-lu.example.org");
        let regulator = of_case("nis2-energy@regulator-lu.example.org");
        // The French section, from its greeting to the next language's separator.
        let french = |text: &str, name: &str| {
            let from = text.find(&format!("{name},\n\n")).expect(name) + name.len() + 1;
            let to = from + text[from..].find("\n-------- ").expect("a second language");
            text[from..to].to_string()
        };
        let words = french(&csirt, "Example CSIRT Luxembourg");
        assert_eq!(
            words,
            french(&regulator, "Example energy regulator Luxembourg")
        );
        assert!(
            words.contains(reference.as_str()) && words.contains(assistance),
            "{words}"
        );
        for (text, name, sections) in [
            (&csirt, "Example CSIRT Luxembourg", 3),
            (&regulator, "Example energy regulator Luxembourg", 2),
        ] {
            let greeting = format!("{name},\n\n");
            assert_eq!(text.matches(&greeting).count(), sections, "{text}");
        }
    }
}
