//! Which mail a filing or an authority's update causes, and queueing it in the caller's
//! transaction: a business rule of the use cases. `notify` composes and sends what is queued.

use crate::domain::case::{Case, Submission};
use crate::domain::codes::Regime;
use crate::domain::entity::EntityProfile;
use crate::domain::member_state::MemberState;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::{Authority, Reach, Recipient, Role, RoutingTable};
use crate::storage::outbox::payload::{
    AuthorityNotification, AuthorityUpdate, ReporterAcknowledgement, ReporterUpdate, UnroutedAlert,
};
use crate::storage::outbox::{self, Message, NewMessage, Payload};
use crate::storage::DbConn;
use crate::words::text;
use chrono::{DateTime, Utc};

/// The entity's sector and those the filing names as affected (`affected_sectors`): more
/// than one makes the incident cross-sectoral (Art. 23(1)).
fn sectors_of(
    entity: &EntityProfile,
    submission: &Submission,
) -> Vec<crate::domain::names::Sector> {
    let named = submission
        .facts
        .get("affected_sectors")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .filter_map(|s| crate::domain::names::Sector::parse(s).ok());
    std::iter::once(entity.classification.sector)
        .chain(named)
        .collect()
}

/// Routes a filing and queues its mail inside the filing's own transaction, so an accepted
/// report is never without its notifications. Each thread answered reaches its own regime's
/// authorities (spec §7): a DPA hears of the GDPR thread, not of the DORA one. A case keeps
/// every authority it was ever routed to; a later report that makes it cross-border adds the
/// single point of contact. Member states named as affected get nothing here (Art. 23(6);
/// share packages, §6).
pub fn queue_for_filing(
    c: &mut DbConn,
    routing: &RoutingTable,
    case: &Case,
    submissions: &[Submission],
    entity: &EntityProfile,
    cross_border_ms: &[MemberState],
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<Message>> {
    let Some(first) = submissions.first() else {
        return Ok(Vec::new());
    };
    let reach = Reach::of(
        case.member_state,
        case.cross_border_flagged,
        cross_border_ms,
        &sectors_of(entity, first),
    );
    let known = if case.filed.len() > submissions.len() {
        outbox::recipients_of(c, case.id)?
    } else {
        Vec::new()
    };
    let mut new: Vec<(AuthorityCode, Role, Regime)> = Vec::new();
    let mut messages = Vec::new();
    let mut everyone: Vec<Recipient> = Vec::new();
    for s in submissions {
        let recipients = recipients_for(routing, case, entity, s.regime, reach, &known);
        for r in &recipients {
            let code = &r.authority.code;
            let seen = known.iter().any(|(k, ..)| k == code) || new.iter().any(|(k, ..)| k == code);
            if !seen {
                new.push((code.clone(), r.authority.role, s.regime));
            }
        }
        messages.extend(notifications(case, s, &recipients));
        for r in recipients {
            if !everyone
                .iter()
                .any(|e| e.authority.code == r.authority.code)
            {
                everyone.push(r);
            }
        }
    }
    let new: Vec<_> = new
        .iter()
        .map(|(code, role, regime)| (code, *role, *regime))
        .collect();
    outbox::add_recipients(c, case, now, &new)?;
    let admins: Vec<String> = routing
        .admins
        .iter()
        .map(|a| a.as_ref().to_string())
        .collect();
    messages.extend(acknowledgement(case, first, entity, &everyone, &admins));
    outbox::enqueue(c, messages, now)
}

/// The authorities in charge of one thread: routed for its regime in the member states of
/// jurisdiction (NIS2 Art. 26; for the sibling regimes one member state, see below),
/// plus those the case already reached through that thread.
fn recipients_for(
    routing: &RoutingTable,
    case: &Case,
    entity: &EntityProfile,
    regime: Regime,
    reach: Reach,
    known: &[(AuthorityCode, Role, Regime)],
) -> Vec<Recipient> {
    let jurisdiction = if regime == Regime::Nis2 {
        let mut j = entity.jurisdiction();
        if !j.contains(&case.member_state) {
            j.insert(0, case.member_state);
        }
        j
    } else {
        // The CRA's coordinator CSIRT and the GDPR lead authority are those of the main
        // establishment (CRA Art. 14(7), GDPR Art. 56); DORA's is the home member state's.
        let main = entity
            .details
            .ms_main_establishment
            .filter(|_| regime != Regime::Dora);
        vec![main.unwrap_or(case.member_state)]
    };
    let mut recipients = routing.route_all(regime, &jurisdiction, &entity.classification, reach);
    for (code, ..) in known.iter().filter(|(_, _, r)| *r == regime) {
        if !recipients.iter().any(|x| &x.authority.code == code) {
            if let Some(a) = routing.authority(code) {
                recipients.push(Recipient {
                    authority: a.clone(),
                });
            }
        }
    }
    recipients
}

fn authority_mail(a: &Authority) -> Vec<String> {
    a.emails.iter().map(|e| e.as_ref().to_string()).collect()
}

fn message(
    dedupe_key: String,
    case: &Case,
    submission: Option<&Submission>,
    authority: Option<&Authority>,
    recipients: Vec<String>,
    payload: Payload,
) -> NewMessage {
    NewMessage {
        dedupe_key,
        case_id: Some(case.id),
        submission_id: submission.map(|s| s.id),
        authority_code: authority.map(|a| a.code.clone()),
        recipients,
        payload,
    }
}

/// The notification of each routed authority of one thread answered.
fn notifications(
    case: &Case,
    submission: &Submission,
    recipients: &[Recipient],
) -> Vec<NewMessage> {
    recipients
        .iter()
        .map(|r| {
            message(
                format!("notify:{}:{}", submission.id, r.authority.code),
                case,
                Some(submission),
                Some(&r.authority),
                authority_mail(&r.authority),
                Payload::AuthorityNotification(AuthorityNotification { informed: false }),
            )
        })
        .collect()
}

/// The reporter's acknowledgement of the whole filing, and an alert to the administrators
/// when nobody is in charge.
fn acknowledgement(
    case: &Case,
    submission: &Submission,
    entity: &EntityProfile,
    recipients: &[Recipient],
    admins: &[String],
) -> Vec<NewMessage> {
    let mut out = Vec::new();
    let routed: Vec<&str> = recipients
        .iter()
        .map(|r| r.authority.name.as_str())
        .collect();
    // Empty when nobody is in charge: the acknowledgement says so in the reporter's language.
    let routed_to = routed.join(", ");
    out.push(message(
        format!("ack:{}", submission.id),
        case,
        Some(submission),
        None,
        vec![entity.email.as_ref().to_string()],
        Payload::ReporterAcknowledgement(ReporterAcknowledgement { routed_to }),
    ));
    if recipients.is_empty() && !admins.is_empty() {
        out.push(message(
            format!("unrouted:{}", submission.id),
            case,
            Some(submission),
            None,
            admins.to_vec(),
            Payload::UnroutedAlert(UnroutedAlert {}),
        ));
    }
    out
}

/// Tells the reporter that an authority wrote to them (feedback, a message, a request); the
/// content stays behind the follow-up link. One mail per case event; `event` is its code.
pub fn for_update(
    case: &Case,
    entity: &EntityProfile,
    authority: &Authority,
    event_id: uuid::Uuid,
    event: &str,
) -> NewMessage {
    message(
        format!("update:{event_id}"),
        case,
        None,
        Some(authority),
        vec![entity.email.as_ref().to_string()],
        Payload::ReporterUpdate(ReporterUpdate {
            update_label: text("event", event),
            event: Some(event.to_string()),
        }),
    )
}

/// Tells a routed authority that something changed on a case (the entity withdrew its report);
/// the particulars stay behind the login. One mail per case event and authority; `event` is
/// the event's code.
pub fn for_authority_update(
    case: &Case,
    authority: &Authority,
    event_id: uuid::Uuid,
    event: &str,
) -> NewMessage {
    message(
        format!("authority-update:{event_id}:{}", authority.code),
        case,
        None,
        Some(authority),
        authority_mail(authority),
        Payload::AuthorityUpdate(AuthorityUpdate {
            update_label: text("event", event),
            event: Some(event.to_string()),
        }),
    )
}
