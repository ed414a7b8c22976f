//! How authorities handle cases: events (feedback, messages, notes, requests, reviews…),
//! each routed authority's assignee and feedback time, and submissions' review status.

use super::schema::{case_events, case_recipients, submissions};
use super::{corrupt, from_db, to_db, DbConn};
use crate::domain::audit::Actor;
use crate::domain::codes::ReviewStatus;
use crate::domain::events::EventData;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::Role;
use crate::domain::staff::EventKind;
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: Uuid,
    pub case_id: Uuid,
    pub at: DateTime<Utc>,
    /// The acting authority; `None` for the reporter.
    pub authority_code: Option<AuthorityCode>,
    pub actor: Actor,
    pub kind: EventKind,
    pub body: String,
    pub data: EventData,
}

pub fn add_event(c: &mut DbConn, e: &Event) -> QueryResult<()> {
    diesel::insert_into(case_events::table)
        .values((
            case_events::id.eq(e.id.to_string()),
            case_events::case_id.eq(e.case_id.to_string()),
            case_events::at.eq(to_db(e.at)),
            case_events::authority_code.eq(&e.authority_code),
            case_events::actor.eq(e.actor.to_string()),
            case_events::kind.eq(e.kind),
            case_events::body.eq(&e.body),
            case_events::data.eq(e.data.to_json()),
        ))
        .execute(c)
        .map(drop)
}

type EventRow = (
    String,
    String,
    NaiveDateTime,
    Option<AuthorityCode>,
    String,
    EventKind,
    String,
    String,
);

/// A case's events, oldest first, as `viewer` may see them: staff of an authority see
/// everything but other authorities' internal notes; `None` (the reporter) sees only the
/// conversation.
pub fn events_of(c: &mut DbConn, case_id: Uuid, viewer: Option<&str>) -> QueryResult<Vec<Event>> {
    let rows: Vec<EventRow> = case_events::table
        .filter(case_events::case_id.eq(case_id.to_string()))
        .order((case_events::at, case_events::id))
        .load(c)?;
    let mut out = Vec::new();
    for r in rows {
        let kind = r.5;
        let visible = match viewer {
            None => kind.visible_to_reporter(),
            Some(a) => kind != EventKind::Note || r.3.as_deref() == Some(a),
        };
        if !visible {
            continue;
        }
        out.push(Event {
            id: Uuid::parse_str(&r.0).map_err(|_| corrupt("event id", &r.0))?,
            case_id,
            at: from_db(r.2),
            authority_code: r.3,
            actor: Actor::parse(&r.4).ok_or_else(|| corrupt("event actor", &r.4))?,
            kind,
            body: r.6,
            data: EventData::from_json(kind, &r.7).map_err(|_| corrupt("event data", &r.0))?,
        });
    }
    Ok(out)
}

/// One authority's standing on a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Routed {
    pub authority_code: AuthorityCode,
    pub role: Role,
    /// A copy for information (cross-border), not for handling.
    pub informed: bool,
    pub assignee_id: Option<Uuid>,
    pub feedback_at: Option<DateTime<Utc>>,
}

/// Every authority a case was routed to.
pub fn routed(c: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<Routed>> {
    type RoutedRow = (
        AuthorityCode,
        Role,
        bool,
        Option<String>,
        Option<NaiveDateTime>,
    );
    let rows: Vec<RoutedRow> = case_recipients::table
        .filter(case_recipients::case_id.eq(case_id.to_string()))
        .order(case_recipients::authority_code)
        .select((
            case_recipients::authority_code,
            case_recipients::role,
            case_recipients::informed,
            case_recipients::assignee_id,
            case_recipients::feedback_at,
        ))
        .load(c)?;
    rows.into_iter()
        .map(|(authority_code, role, informed, assignee, feedback)| {
            Ok(Routed {
                authority_code,
                role,
                informed,
                assignee_id: assignee
                    .map(|a| Uuid::parse_str(&a).map_err(|_| corrupt("assignee", &a)))
                    .transpose()?,
                feedback_at: feedback.map(from_db),
            })
        })
        .collect()
}

pub fn set_assignee(
    c: &mut DbConn,
    case_id: Uuid,
    authority: &AuthorityCode,
    user: Option<Uuid>,
) -> QueryResult<()> {
    diesel::update(case_recipients::table.find((case_id.to_string(), authority)))
        .set(case_recipients::assignee_id.eq(user.map(|u| u.to_string())))
        .execute(c)
        .map(drop)
}

/// Records the authority's first feedback on the case.
pub fn mark_feedback(
    c: &mut DbConn,
    case_id: Uuid,
    authority: &AuthorityCode,
    at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        case_recipients::table
            .find((case_id.to_string(), authority))
            .filter(case_recipients::feedback_at.is_null()),
    )
    .set(case_recipients::feedback_at.eq(to_db(at)))
    .execute(c)
    .map(drop)
}

/// Sets a submission's review status, if it belongs to the case.
pub fn set_review(
    c: &mut DbConn,
    case_id: Uuid,
    submission_id: Uuid,
    status: ReviewStatus,
) -> QueryResult<bool> {
    let n = diesel::update(
        submissions::table
            .find(submission_id.to_string())
            .filter(submissions::case_id.eq(case_id.to_string())),
    )
    .set(submissions::review_status.eq(status))
    .execute(c)?;
    Ok(n == 1)
}
