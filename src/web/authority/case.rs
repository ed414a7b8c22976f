//! `/authority/cases/{id}`: everything about one case for the authorities it was routed to
//! (each view audited), the actions on it, and its JSON export.

use super::{case_view, frame, Staff};
use crate::app::handling;
use crate::app::{visibility, AppError};
use crate::domain::audit::AuditAction;
use crate::domain::case::{Case, Submission};
use crate::domain::entity::Entity;
use crate::domain::names::AuthorityCode;
use crate::storage::audit::{self};
use crate::storage::handling::{self as events, Event, Routed};
use crate::storage::outbox::Message;
use crate::storage::{cases, entities, outbox, queue, staff};
use crate::web::pages::{page, PageError};
use crate::web::views;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

/// Everything the case page shows, read in one go after the view is audited.
pub struct Loaded {
    pub case: Case,
    pub entity: Entity,
    pub submissions: Vec<Submission>,
    pub mail: Vec<Message>,
    pub events: Vec<Event>,
    pub trail: Vec<crate::domain::audit::Entry>,
    pub routed: Vec<Routed>,
    pub users: Vec<staff::StaffUser>,
    /// The packages this authority shared from the case.
    pub packages: Vec<crate::domain::package::Package>,
    /// The audit details of every read of this case's packages (counts for the sender).
    pub package_reads: Vec<String>,
    /// The threads this authority sees (spec §7); `case`, `submissions`, `mail`, `events`
    /// and `routed` hold only what belongs to them.
    pub regimes: Vec<crate::domain::codes::Regime>,
}

/// Records the access, then reads the case if it is in the authority's scope (else 404,
/// indistinguishable from a case that does not exist).
pub async fn load(
    state: &AppState,
    actor: audit::Actor,
    authority: AuthorityCode,
    case_id: Uuid,
    action: AuditAction,
) -> Result<Loaded, AppError> {
    let at = state.clock.now();
    let a = authority.clone();
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            if !queue::in_scope(c, &a, case_id)? {
                return Err(AppError::NotFound);
            }
            Ok(audit::append(
                c,
                &key,
                &actor,
                action,
                Some(case_id),
                json!({}),
                at,
            )?)
        })
        .await?;
    let routing = state.routing.clone();
    state
        .db
        .read(move |c| {
            let case = cases::find_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
            let entity = entities::find_entity(c, case.entity_id)?.ok_or(AppError::NotFound)?;
            let all = cases::submissions_of(c, case_id)?;
            let v = visibility::for_authority(c, &routing, &authority, case, all)?;
            let seen = visibility::recipients_seen(c, &v.case, &v.regimes)?;
            let routed = events::routed(c, case_id)?;
            // An authority routed for a thread this viewer does not see is not its business.
            let other = |a: &str| {
                !seen.iter().any(|s| s == a) && routed.iter().any(|r| r.authority_code == a)
            };
            let shown =
                |s: &Option<Uuid>| s.is_none_or(|s| v.submissions.iter().any(|x| x.id == s));
            Ok(Loaded {
                mail: outbox::of_case(c, case_id)?
                    .into_iter()
                    .filter(|m| shown(&m.submission_id))
                    .filter(|m| !m.authority_code.as_ref().is_some_and(|a| other(a.as_str())))
                    .collect(),
                events: events::events_of(c, case_id, Some(&authority))?
                    .into_iter()
                    .filter(|e| !e.authority_code.as_deref().is_some_and(other))
                    .collect(),
                trail: audit::of_case(c, case_id, &authority)?,
                package_reads: audit::package_reads(c, case_id)?,
                routed: routed
                    .iter()
                    .filter(|r| !other(r.authority_code.as_str()))
                    .cloned()
                    .collect(),
                users: staff::users_of(c, &authority)?,
                // Only this authority's own packages: another's recipients, notes and staff
                // are not its business.
                packages: crate::storage::packages::of_case(c, case_id)?
                    .into_iter()
                    .filter(|p| p.sender == authority)
                    .collect(),
                regimes: v.regimes,
                submissions: v.submissions,
                case: v.case,
                entity,
            })
        })
        .await
}

/// What the page says about the last action: done, or refused with the text kept.
#[derive(Default)]
pub(super) struct Outcome<'a> {
    pub notice: Option<String>,
    pub error: Option<String>,
    /// The refused action and the text typed into it.
    pub kept: (&'a str, &'a str),
}

/// The staff case page: its view model is built in [`case_view`](super::case_view).
pub(super) fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    l: &Loaded,
    status: StatusCode,
    outcome: Outcome,
) -> Result<HttpResponse, PageError> {
    let at = state.clock.now();
    let (frame, cookie) = frame(req, state, staff, l.case.reference.as_str());
    let t = case_view::case_page(frame, staff, l, at, outcome, &state.routing);
    page(status, &t, cookie)
}

/// A case as JSON for the authority API: the API's case view with its conversation.
pub async fn case_json(
    state: &AppState,
    officer: &crate::app::handling::Officer,
    id: Uuid,
) -> Result<crate::web::views::CaseView<crate::web::views::ReportView>, AppError> {
    let l = load(
        state,
        officer.actor(),
        officer.authority.clone(),
        id,
        AuditAction::CaseView,
    )
    .await?;
    Ok(view_of(&l, state.clock.now()).with_messages(&l.events))
}

/// The API's case view of what this authority sees: its threads' deadline rows only.
fn view_of(l: &Loaded, now: chrono::DateTime<chrono::Utc>) -> views::CaseView<views::ReportView> {
    let mut view = views::full(&l.case, &l.submissions, &l.mail, now);
    let mut keep = crate::domain::regimes::visible::row_mask(&l.case, &l.regimes, now).into_iter();
    view.deadlines.retain(|_| keep.next().unwrap_or(false));
    view
}

pub(super) fn case_id(raw: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(raw).map_err(|_| PageError(AppError::NotFound))
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<String>,
    q: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let l = load(
        &state,
        staff.actor(),
        staff.user.authority_code.clone(),
        id,
        AuditAction::CaseView,
    )
    .await?;
    let notice = q
        .done
        .as_deref()
        .filter(|d| handling::NAMES.contains(d) || super::packages::DONE.contains(d))
        .map(|d| {
            let tr = super::speak::tr_of(&req, &staff);
            tr.t1("staff-done", "action", &super::speak::action_words(&tr, d))
        });
    render(
        &req,
        &state,
        &staff,
        &l,
        StatusCode::OK,
        Outcome {
            notice,
            ..Default::default()
        },
    )
}

pub async fn export(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let l = load(
        &state,
        staff.actor(),
        staff.user.authority_code.clone(),
        id,
        AuditAction::ExportCase,
    )
    .await?;
    let at = state.clock.now();
    Ok(HttpResponse::Ok()
        .insert_header(("Content-Disposition", format!("attachment; filename=\"{}.json\"", l.case.reference)))
        .json(json!({
            "case": view_of(&l, at),
            "entity": l.entity.profile,
            "events": l.events.iter().map(|e| json!({"at": e.at, "authority": e.authority_code, "actor": e.actor, "kind": e.kind, "body": e.body, "data": e.data})).collect::<Vec<_>>(),
            "audit": l.trail.iter().map(|e| json!({"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action})).collect::<Vec<_>>(),
        })))
}
