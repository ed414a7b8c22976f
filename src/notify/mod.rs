//! Notifications: routed authorities and reporters are mailed through a durable outbox.

pub mod catalog;
pub mod mailer;
pub mod messages;
pub mod worker;

use crate::domain::case::{Case, Submission};
use crate::domain::entity::EntityProfile;
use crate::domain::member_state::MemberState;
use crate::domain::routing::{Recipient, RoutingTable};
use crate::storage::outbox::{self, Message};
use crate::storage::DbConn;
use chrono::{DateTime, Utc};

/// Routes a filing and queues its mail inside the filing's own transaction, so an accepted
/// report is never without its notifications. A case keeps every authority it was ever
/// routed to; a later report naming new affected member states adds informed copies.
pub fn queue_for_filing(
    c: &mut DbConn,
    routing: &RoutingTable,
    case: &Case,
    submission: &Submission,
    entity: &EntityProfile,
    cross_border_ms: &[MemberState],
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<Message>> {
    let mut recipients: Vec<Recipient> = routing.route(
        case.regime,
        case.member_state,
        &entity.classification,
        cross_border_ms,
    );
    let known = if case.filed.len() > 1 {
        outbox::recipients_of(c, case.id)?
    } else {
        Vec::new()
    };
    for (code, _, informed) in &known {
        if !recipients.iter().any(|r| &r.authority.code == code) {
            if let Some(a) = routing.authorities.iter().find(|a| &a.code == code) {
                recipients.push(Recipient {
                    authority: a.clone(),
                    informed: *informed,
                });
            }
        }
    }
    let new: Vec<(&str, &str, bool)> = recipients
        .iter()
        .filter(|r| !known.iter().any(|(code, _, _)| *code == r.authority.code))
        .map(|r| {
            (
                r.authority.code.as_str(),
                r.authority.role.as_str(),
                r.informed,
            )
        })
        .collect();
    outbox::add_recipients(c, case, now, &new)?;
    let admins: Vec<String> = routing
        .admins
        .iter()
        .map(|a| a.as_ref().to_string())
        .collect();
    outbox::enqueue(
        c,
        messages::for_filing(case, submission, entity, &recipients, &admins),
        now,
    )
}
