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
use crate::web::lang::page_lang;
use crate::web::AppState;
use crate::words::{local_in, text_in, utc, Lang, Tr};
use actix_web::HttpRequest;
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
    tr: Tr,
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
    /// The case's threads per regime (spec §7), when it has more than NIS2's.
    threads: Vec<super::threads::ThreadView>,
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
    /// The reply as typed, shown again (a language switch, a refused post).
    message_kept: String,
    /// Why the reply was not sent, tied to its field.
    message_error: Option<String>,
}

impl CasePage {
    /// The page again with the reply as it was typed and why it was not sent (if it was
    /// refused), tied to its field.
    pub(super) fn kept_message(mut self, kept: String, error: Option<String>) -> Self {
        self.message_kept = kept;
        self.message_error = error;
        self
    }

    /// The page again with the reason as typed and why the withdrawal was not done (if it
    /// was refused), tied to its field.
    pub(super) fn refused_withdrawal(mut self, error: Option<String>, kept: String) -> Self {
        self.withdraw_error = error;
        self.withdraw_kept = kept;
        self
    }
}

/// The first language of the authority in charge of the case.
pub(super) fn case_lang(state: &AppState, l: &Loaded) -> Option<Lang> {
    let c = &l.entity.profile.classification;
    super::language::authority_lang(&state.routing, l.case.member_state, Some(c))
}

/// The language of a follow-up page: the reader's choice, else the browser's, else that of
/// the case's authority.
pub(super) fn lang_of(req: &HttpRequest, state: &AppState, l: &Loaded) -> Lang {
    page_lang(req, case_lang(state, l))
}

/// Who reads the page: the form token and the reader's language.
pub(super) struct Viewer {
    pub(super) csrf: String,
    pub(super) lang: Lang,
}

/// The case page of a follow-up link: deadlines, submissions, the conversation with the
/// authorities and the forms allowed now.
pub(super) fn case_page(
    state: &AppState,
    viewer: Viewer,
    l: &Loaded,
    token: &str,
    print: bool,
    received: Option<Uuid>,
    notices: Vec<String>,
) -> CasePage {
    let now = state.clock.now();
    let tz = l.case.clock.timezone;
    let lang = viewer.lang;
    let here = format!("/report/follow-up/{token}");
    let tr = Tr::page(
        lang,
        if print {
            format!("{here}/print")
        } else {
            here.clone()
        },
    );
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let when = |t: DateTime<Utc>| format!("{} ({})", local_in(lang, t, tz), utc(t));
    let submissions = l
        .submissions
        .iter()
        .rev()
        .map(|s| SubmissionRow {
            heading: {
                let stage = fields::words_in(lang, &text("stage", s.stage.as_str()));
                let (n, v) = (("stage", stage.as_str()), ("version", s.version));
                tr.t2("pages-case-submission-heading", n, v)
            },
            at: when(s.submitted_at),
            late: s.late,
            facts: display::fact_rows_in(lang, &s.facts, tz),
        })
        .collect();
    let receipt = received
        .and_then(|id| l.submissions.iter().find(|s| s.id == id))
        .map(|s| {
            let (stage, at) = (text("stage", s.stage.as_str()), when(s.submitted_at));
            tr.t2("pages-case-receipt", ("stage", &stage), ("when", &at))
        });
    let (nis2_rows, thread_rows): (Vec<_>, Vec<_>) = display::regime_rows_in(lang, &l.case, now)
        .into_iter()
        .partition(|r| r.regime == crate::domain::codes::Regime::Nis2);
    let nis2_rows = nis2_rows.into_iter().map(|r| r.row).collect();
    CasePage {
        here,
        conversation: conversation(state, &tr, l, &when),
        request: open_request(&tr, l, &when),
        csrf: viewer.csrf,
        title: format!("{} – {}", l.case.reference, l.case.title),
        print,
        reference: l.case.reference.to_string(),
        case_title: l.case.title.clone(),
        entity_name: l.entity.profile.legal_name.clone(),
        state: fields::words_in(lang, l.case.state.as_str()),
        link: format!("{}/report/follow-up/{token}", state.base_url),
        receipt,
        notices,
        deadlines: nis2_rows,
        threads: super::threads::views(lang, l, token, thread_rows),
        submissions,
        actions: actions(lang, l, token),
        ending: ending(&tr, l),
        can_withdraw: crate::app::handling::can_withdraw(l.case.state),
        withdraw_error: None,
        withdraw_kept: String::new(),
        message_kept: String::new(),
        message_error: None,
        tr,
    }
}

/// How the case ended, as the entity reads it: who ended it, why, and where to file instead.
fn ending(tr: &Tr, l: &Loaded) -> Option<String> {
    use crate::domain::closure::ClosureKind as K;
    let c = l.case.closure.as_ref()?;
    let reason = ("reason", c.reason.trim_end_matches(['.', ' ']));
    Some(match (c.kind, &c.duplicate_of) {
        (K::Duplicate, Some(other)) => {
            let other = other.to_string();
            let other = ("other", other.as_str());
            tr.t2("pages-case-ending-duplicate", other, reason)
        }
        (K::NotSignificant, _) => tr.t1("pages-case-ending-not-significant", reason.0, reason.1),
        (K::Withdrawn, _) => tr.t1("pages-case-ending-withdrawn", reason.0, reason.1),
        _ => tr.t1("pages-case-ending-closed", reason.0, reason.1),
    })
}

/// The stages the reporter may file now. Intermediate reports answer an authority's request
/// (voluntary updates go through the API); the page offers them while a request is open.
fn actions(lang: Lang, l: &Loaded, token: &str) -> Vec<Action> {
    let stage = |s: &Stage| fields::words_in(lang, &text_in(lang, "stage", s.as_str()));
    let open_request = l.case.clock.intermediate;
    let nis2 = l.case.regime == crate::domain::codes::Regime::Nis2;
    crate::domain::lifecycle::NIS2_STAGES
        .iter()
        .filter(|s| {
            nis2 && (**s != Stage::IntermediateReport || open_request.is_some())
                && l.case.state.file_given(**s, &l.case.filed_stages()).is_ok()
        })
        .map(|s| Action {
            href: format!("/report/follow-up/{token}/file/{}", s.as_str()),
            label: if l.case.filed.iter().any(|f| f.stage == *s) {
                format!("{} ({})", stage(s), text_in(lang, "page", "correction"))
            } else {
                stage(s)
            },
            draft: l.drafts.iter().any(|d| d.stage == *s),
        })
        .collect()
}

/// The messages between the reporter and the authorities: heading, body, kind.
fn conversation(
    state: &AppState,
    tr: &Tr,
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
                None => tr.t("pages-case-you"),
            };
            let lang = tr.lang;
            let kind = fields::words_in(lang, e.data.feedback_kind().map_or("", |k| k.as_str()));
            let stage = e.data.stage();
            let stage = stage.map_or(String::new(), |s| text_in(lang, "stage", s.as_str()));
            let what = match e.kind {
                EventKind::Feedback => tr.t1("pages-case-feedback", "kind", &kind),
                EventKind::StageWaived => tr.t1("pages-case-waived", "stage", &stage),
                k => fields::words_in(lang, &text_in(lang, "event", k.as_str())),
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
fn open_request(tr: &Tr, l: &Loaded, when: &dyn Fn(DateTime<Utc>) -> String) -> Option<String> {
    l.case.clock.intermediate.map(|r| {
        let questions = l
            .events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::IntermediateRequest)
            .map(|e| e.body.clone())
            .unwrap_or_default();
        let due = when(r.due_at);
        let (w, q) = (("when", due.as_str()), ("questions", questions.as_str()));
        tr.t2("pages-case-request", w, q)
    })
}
