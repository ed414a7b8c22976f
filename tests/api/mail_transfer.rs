//! How mail travels to a real SMTP server: pipelined (RFC 2920) where the server offers
//! PIPELINING, one command at a time where it does not; bodies in 8-bit where it takes
//! 8BITMIME (RFC 6152), so what arrives is the text as written. Either way a recipient the
//! server refuses fails its own message alone: every other message of the batch, before and
//! after it on the same connection, is delivered exactly once, and the refused one waits for
//! its retry with the server's answer recorded. A batch re-leased after a long wait sends only
//! what its worker still holds.

use crate::helpers::*;
use crate::on_both_kinds;
use crate::smtp::SmtpServer;
use intake::domain::entity::EntityInput;
use intake::storage::outbox::{self, Status};
use intake::storage::Backend;
use std::collections::HashSet;

on_both_kinds!(
    a_refused_recipient_fails_its_message_alone_when_pipelined,
    a_refused_recipient_fails_its_message_alone_one_command_at_a_time,
    a_renewed_lease_keeps_only_the_messages_still_held,
);

async fn a_refused_recipient_fails_its_message_alone_when_pipelined(kind: Kind) {
    refused_alone(kind, SmtpServer::start()).await
}

async fn a_refused_recipient_fails_its_message_alone_one_command_at_a_time(kind: Kind) {
    refused_alone(kind, SmtpServer::start_without_pipelining()).await
}

async fn refused_alone(kind: Kind, smtp: SmtpServer) {
    let (db, _guard) = fresh_database(kind);
    let mail = tempfile::tempdir().unwrap();
    let mut settings = settings(&db, mail.path(), Some(smtp.port));
    settings.deliver = false;
    let app = intake::startup::Application::build(&settings).unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    let notifier = app.notifier();
    actix_web::rt::spawn(app.run());
    let (_, key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let refused_key = entity_mailed_at(&db, "soc@refused.example");
    // The senders (six) take cases in turn: with thirteen filings, a case follows the refused
    // one on its connection.
    let client = awc::Client::default();
    for i in 0..13 {
        let key = if i == 4 { &refused_key } else { &key };
        let r = client
            .post(format!("{address}/api/v1/incidents"))
            .insert_header(("Authorization", format!("Bearer {key}")))
            .send_json(&with(
                early_warning(),
                serde_json::json!({"title": format!("Störung Nr. {i}")}),
            ))
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
    }
    assert_eq!(notifier.deliver_due().await.unwrap(), 39);

    let got = smtp.messages();
    let ids: HashSet<String> = got.iter().filter_map(|m| m.header("Message-ID")).collect();
    assert_eq!((got.len(), ids.len()), (38, 38), "each once, all but one");
    assert!(got.iter().all(|m| !m.to().contains("refused.example")));
    let acknowledgement = got.iter().find(|m| m.to() == "soc@entity.example").unwrap();
    assert!(
        acknowledgement
            .raw
            .contains("Content-Transfer-Encoding: 8bit")
            && acknowledgement.raw.contains("for “Störung Nr. "),
        "8-bit text as written: {}",
        acknowledgement.raw
    );

    let mut conn = Backend::from_url(&db).unwrap().connect().unwrap();
    let all = outbox::list(&mut conn, None, 100).unwrap();
    let (sent, waiting): (Vec<_>, Vec<_>) = all
        .iter()
        .map(|l| &l.message)
        .partition(|m| m.status == Status::Sent);
    assert_eq!((sent.len(), waiting.len()), (38, 1));
    let refused = waiting[0];
    assert_eq!(refused.recipients, ["soc@refused.example"]);
    assert_eq!((refused.status, refused.attempts), (Status::Pending, 1));
    let error = refused.last_error.as_deref().unwrap_or_default();
    assert!(
        error.contains("550"),
        "the server's answer is kept: {error}"
    );
}

/// An entity whose reports are acknowledged to `email`; returns its API key.
fn entity_mailed_at(database_url: &str, email: &str) -> String {
    let input = EntityInput {
        legal_name: Some("Refused Mail SA".into()),
        member_state: Some("LU".into()),
        sector: Some("energy".into()),
        entity_type: Some("electricity_supplier".into()),
        email: Some(email.into()),
        ..Default::default()
    };
    register_entity(database_url, &input).1
}

/// A batch that waited past its lease is leased again before it is sent, and only what this
/// worker still holds is sent: a message another worker took meanwhile is not sent twice.
async fn a_renewed_lease_keeps_only_the_messages_still_held(kind: Kind) {
    let (db, _guard) = fresh_database(kind);
    let backend = Backend::from_url(&db).unwrap();
    backend.migrate().unwrap();
    let mut conn = backend.connect().unwrap();
    let at = chrono::Utc::now();
    let lease = chrono::Duration::minutes(2);
    let queued = outbox::enqueue(&mut conn, vec![alert("a"), alert("b")], at).unwrap();
    let ids: Vec<_> = queued.iter().map(|m| m.id).collect();
    assert_eq!(
        outbox::claim(&mut conn, "w", at, lease, 1).unwrap().len(),
        1
    );
    assert_eq!(
        outbox::claim(&mut conn, "w", at, lease, 1).unwrap().len(),
        1
    );
    // Three minutes on, both leases ran out; another worker takes one of the two.
    let later = at + chrono::Duration::minutes(3);
    let taken = outbox::claim(&mut conn, "v", later, lease, 1).unwrap();
    assert_eq!(taken.len(), 1);
    let kept = outbox::renew_lease(&mut conn, &ids, "w", later + lease).unwrap();
    assert_eq!(kept.len(), 1);
    assert!(
        !kept.contains(&taken[0].id),
        "the other worker's message is not ours"
    );
    assert!(
        outbox::claim(&mut conn, "v", later, lease, 10)
            .unwrap()
            .is_empty(),
        "the renewed lease holds"
    );
}

fn alert(key: &str) -> outbox::NewMessage {
    outbox::NewMessage {
        dedupe_key: key.into(),
        case_id: None,
        submission_id: None,
        authority_code: None,
        recipients: vec!["admins@intake.example".into()],
        payload: outbox::Payload::UnroutedAlert(Default::default()),
    }
}
