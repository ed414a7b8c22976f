//! The case page a reporter reaches by the follow-up link: the case as loaded by its link,
//! and its view (deadlines, submissions, conversation, the stages allowed now).

use super::PageError;
use crate::app::AppError;
use crate::domain::case::{Case, Submission};
use crate::domain::entity::Entity;
use crate::domain::lifecycle::Stage;
use crate::domain::staff::EventKind;
use crate::storage::follow_up::{self, Draft};
use crate::storage::{cases, entities};
use crate::web::forms::{display, fields};
use crate::web::AppState;
use crate::words::text;
use crate::words::{local, utc};
use askama::Template;
use chrono::{DateTime, Utc};
use uuid::Uuid;

pub(super) struct Loaded {
    pub(super) case: Case,
    pub(super) submissions: Vec<Submission>,
    pub(super) entity: Entity,
    pub(super) drafts: Vec<Draft>,
    pub(super) events: Vec<crate::storage::handling::Event>,
}

pub(super) async fn load(state: &AppState, token: &str) -> Result<Loaded, PageError> {
    let token = token.to_string();
    let alive_since = state.drafts.alive_since(state.clock.now());
    Ok(state
        .db
        .read(move |c| {
            let id = follow_up::case_of_link(c, &token)?.ok_or(AppError::NotFound)?;
            let case = cases::find_case(c, id, None)?.ok_or(AppError::NotFound)?;
            let entity = entities::find_entity(c, case.entity_id)?.ok_or(AppError::NotFound)?;
            Ok(Loaded {
                submissions: cases::submissions_of(c, id)?,
                drafts: follow_up::drafts_of_case(c, id, alive_since)?,
                events: crate::storage::handling::events_of(c, id, None)?,
                case,
                entity,
            })
        })
        .await?)
}

struct SubmissionRow {
    heading: String,
    at: String,
    late: bool,
    facts: Vec<(String, String)>,
}

struct Action {
    href: String,
    label: String,
    draft: bool,
}

#[derive(Template)]
#[template(path = "pages/follow_up.html")]
pub(super) struct CasePage {
    title: String,
    print: bool,
    reference: String,
    case_title: String,
    entity_name: String,
    state: String,
    link: String,
    receipt: Option<String>,
    notices: Vec<String>,
    deadlines: Vec<display::DeadlineRow>,
    submissions: Vec<SubmissionRow>,
    actions: Vec<Action>,
    conversation: Vec<(String, String, String)>,
    request: Option<String>,
    csrf: String,
    here: String,
    /// How a closed or withdrawn case ended, for the entity (spec §1.5).
    ending: Option<String>,
    /// The entity may withdraw now (spec §1.5).
    can_withdraw: bool,
    withdraw_error: Option<String>,
    withdraw_kept: String,
}

impl CasePage {
    /// The page again with why the withdrawal was not done, tied to its field.
    pub(super) fn refused_withdrawal(mut self, error: String, kept: String) -> Self {
        self.withdraw_error = Some(error);
        self.withdraw_kept = kept;
        self
    }
}

/// The case page of a follow-up link: deadlines, submissions, the conversation with the
/// authorities and the forms allowed now.
pub(super) fn case_page(
    state: &AppState,
    csrf: String,
    l: &Loaded,
    token: &str,
    print: bool,
    received: Option<Uuid>,
    notices: Vec<String>,
) -> CasePage {
    let now = state.clock.now();
    let tz = l.case.clock.timezone;
    let when = |t: DateTime<Utc>| format!("{} ({})", local(t, tz), utc(t));
    let submissions = l
        .submissions
        .iter()
        .rev()
        .map(|s| SubmissionRow {
            heading: format!(
                "{} – version {}",
                fields::words(&text("stage", s.stage.as_str())),
                s.version
            ),
            at: when(s.submitted_at),
            late: s.late,
            facts: display::fact_rows(&s.facts, tz),
        })
        .collect();
    let receipt = received
        .and_then(|id| l.submissions.iter().find(|s| s.id == id))
        .map(|s| {
            format!(
                "Your {} was received on {}.",
                text("stage", s.stage.as_str()),
                when(s.submitted_at)
            )
        });
    CasePage {
        here: format!("/report/follow-up/{token}"),
        conversation: conversation(state, l, &when),
        request: open_request(l, &when),
        csrf,
        title: format!("{} – {}", l.case.reference, l.case.title),
        print,
        reference: l.case.reference.to_string(),
        case_title: l.case.title.clone(),
        entity_name: l.entity.profile.legal_name.clone(),
        state: fields::words(l.case.state.as_str()),
        link: format!("{}/report/follow-up/{token}", state.base_url),
        receipt,
        notices,
        deadlines: display::deadline_rows(&l.case, now),
        submissions,
        actions: actions(l, token),
        ending: ending(l),
        can_withdraw: crate::app::handling::can_withdraw(l.case.state),
        withdraw_error: None,
        withdraw_kept: String::new(),
    }
}

/// How the case ended, as the entity reads it: who ended it, why, and where to file instead.
fn ending(l: &Loaded) -> Option<String> {
    use crate::domain::closure::ClosureKind as K;
    let c = l.case.closure.as_ref()?;
    let reason = c.reason.trim_end_matches(['.', ' ']);
    Some(match (c.kind, &c.duplicate_of) {
        (K::Duplicate, Some(other)) => format!(
            "The authority closed this case as a duplicate of case {other} ({}). File any further reports on case {other}; nothing more is due here.",
            reason
        ),
        (K::NotSignificant, _) => format!(
            "The authority closed this case as not significant ({}). The reports still open are waived: nothing more is due.",
            reason
        ),
        (K::Withdrawn, _) => format!(
            "You withdrew this report ({}). The reports still open are waived; the authority may reopen the case.",
            reason
        ),
        _ => format!("The authority accepted and closed this case ({}).", reason),
    })
}

/// The stages the reporter may file now. Intermediate reports answer an authority's request
/// (voluntary updates go through the API); the page offers them while a request is open.
fn actions(l: &Loaded, token: &str) -> Vec<Action> {
    let open_request = l.case.clock.intermediate;
    Stage::ALL
        .iter()
        .filter(|s| {
            (**s != Stage::IntermediateReport || open_request.is_some())
                && l.case.state.file_given(**s, &l.case.filed_stages()).is_ok()
        })
        .map(|s| Action {
            href: format!("/report/follow-up/{token}/file/{}", s.as_str()),
            label: if l.case.filed.iter().any(|f| f.stage == *s) {
                format!(
                    "{} ({})",
                    fields::words(&text("stage", s.as_str())),
                    text("page", "correction")
                )
            } else {
                fields::words(&text("stage", s.as_str()))
            },
            draft: l.drafts.iter().any(|d| d.stage == *s),
        })
        .collect()
}

/// The messages between the reporter and the authorities: heading, body, kind.
fn conversation(
    state: &AppState,
    l: &Loaded,
    when: &dyn Fn(DateTime<Utc>) -> String,
) -> Vec<(String, String, String)> {
    l.events
        .iter()
        .map(|e| {
            let who = match &e.authority_code {
                Some(a) => state
                    .routing
                    .authorities
                    .iter()
                    .find(|x| &x.code == a)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| a.to_string()),
                None => "You".into(),
            };
            let what = match e.kind {
                EventKind::Feedback => format!(
                    "Feedback ({})",
                    fields::words(e.data.feedback_kind().map_or("", |k| k.as_str()))
                ),
                EventKind::StageWaived => format!(
                    "No longer due: {}",
                    e.data
                        .stage()
                        .map_or(String::new(), |s| text("stage", s.as_str()))
                ),
                k => fields::words(&text("event", k.as_str())),
            };
            (
                format!("{what} – {who}, {}", when(e.at)),
                e.body.clone(),
                e.kind.as_str().to_string(),
            )
        })
        .collect()
}

/// The authority's open request for an intermediate report, with its questions.
fn open_request(l: &Loaded, when: &dyn Fn(DateTime<Utc>) -> String) -> Option<String> {
    l.case.clock.intermediate.map(|r| {
        let questions = l
            .events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::IntermediateRequest)
            .map(|e| e.body.clone())
            .unwrap_or_default();
        format!(
            "The authority asks for an intermediate report by {}: {questions}",
            when(r.due_at)
        )
    })
}
