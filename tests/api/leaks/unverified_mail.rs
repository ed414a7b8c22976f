//! Issue 12 finding 8: the acknowledgement carrying the filer's title went to any address the
//! filer typed. Now mail to an address typed into the public form repeats nothing the filer
//! typed (no title, no legal name: the reference, the follow-up link and fixed words) until
//! that address has answered: someone opened the follow-up link from a mail sent to it (the
//! link carries a proof only that mail has). The filer's own link, from the confirmation
//! page, proves nothing about the mailbox.

use crate::helpers::Kind;
use crate::pages::filing::file_the_notification;
use crate::pages::{file_early_warning, Browser};
use diesel::prelude::*;
use intake::storage::{schema, Backend};

crate::on_both_kinds!(mail_to_an_address_that_has_not_answered_repeats_nothing_typed);

const TITLE: &str = "Ransomware on billing servers";
const LEGAL_NAME: &str = "Acme Energy SA";
const TO: &str = "To: soc@acme.example";

/// Every mail to the filer's address, quoted-printable soft breaks and `=3D` undone.
fn mails_to_filer(b: &Browser) -> Vec<String> {
    std::fs::read_dir(&b.mail_dir)
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .map(|m| {
            m.replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "=")
        })
        .filter(|m| m.contains(TO))
        .collect()
}

/// The follow-up link a mail carries (with its proof).
fn link_in(mail: &str) -> String {
    let at = mail.find("/report/follow-up/").unwrap();
    let end = mail[at..]
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .unwrap();
    mail[at..at + end].to_string()
}

fn answers(db: &str) -> i64 {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    schema::mail_answers::table
        .count()
        .get_result(&mut c)
        .unwrap()
}

async fn mail_to_an_address_that_has_not_answered_repeats_nothing_typed(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let follow_up = file_early_warning(&mut b).await;
    let token = follow_up
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    crate::mail_helpers::wait_until_delivered(&b.database_url).await;
    let first = mails_to_filer(&b);
    assert_eq!(first.len(), 1, "one acknowledgement");
    let ack = &first[0];
    assert!(!ack.contains(TITLE), "the title the filer typed: {ack}");
    assert!(
        !ack.contains(LEGAL_NAME),
        "the legal name the filer typed: {ack}"
    );
    assert!(ack.contains(&format!("/report/follow-up/{token}?from=")));
    assert!(ack.contains("If you did not file this report"));

    // The filer's own visits (the confirmation page's link, a made-up proof) prove nothing.
    assert_eq!(b.get(&follow_up).await.status, 200);
    let forged = format!("/report/follow-up/{token}?from={}", "0".repeat(32));
    assert_eq!(b.get(&forged).await.status, 200);
    assert_eq!(b.get(&format!("{forged}&from=x")).await.status, 400);
    assert_eq!(answers(&b.database_url), 0);

    // The mailbox answers: the link from the mail.
    let link = link_in(ack);
    assert_eq!(b.get(&link).await.status, 200, "{link}");
    assert_eq!(answers(&b.database_url), 1);
    assert_eq!(b.get(&link).await.status, 200, "a second visit is harmless");
    assert_eq!(answers(&b.database_url), 1);

    // The next acknowledgement to that address says what the report is.
    file_the_notification(&mut b, &token).await;
    crate::mail_helpers::wait_until_delivered(&b.database_url).await;
    let all = mails_to_filer(&b);
    let second = all
        .iter()
        .find(|m| m.contains("Received: your incident notification"))
        .expect("the notification's acknowledgement");
    assert!(second.contains(TITLE), "{second}");
    assert!(second.contains(LEGAL_NAME), "{second}");
}
