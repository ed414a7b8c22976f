//! The private follow-up pages a reporter reaches by the link from the confirmation page and
//! the acknowledgement mail: the case, its deadlines and submissions, and the forms for the
//! stages allowed now, pre-filled with what the case already says.

use super::{guard, page, read_form, see_other, Form, PageError, Refused};
use crate::app::filing::{self, Filer};
use crate::app::AppError;
use crate::domain::case::{Case, Submission};
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::entity::Entity;
use crate::domain::lifecycle::Stage;
use crate::domain::validation;
use crate::notify::catalog::text;
use crate::notify::messages::{local, utc};
use crate::storage::follow_up::{self, Draft};
use crate::storage::{cases, entities};
use crate::web::forms::{self, FormData};
use crate::web::forms::{display, fields};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

struct Loaded {
    case: Case,
    submissions: Vec<Submission>,
    entity: Entity,
    drafts: Vec<Draft>,
    events: Vec<crate::storage::handling::Event>,
}

async fn load(state: &AppState, token: &str) -> Result<Loaded, PageError> {
    let token = token.to_string();
    Ok(state
        .db
        .read(move |c| {
            let id = follow_up::case_of_link(c, &token)?.ok_or(AppError::NotFound)?;
            let case = cases::find_case(c, id, None)?.ok_or(AppError::NotFound)?;
            let entity = entities::find_entity(c, case.entity_id)?.ok_or(AppError::NotFound)?;
            Ok(Loaded {
                submissions: cases::submissions_of(c, id)?,
                drafts: follow_up::drafts_of_case(c, id)?,
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
struct CasePage {
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
}

fn case_page(
    state: &AppState,
    csrf: String,
    l: &Loaded,
    token: &str,
    print: bool,
    received: Option<Uuid>,
    notices: Vec<String>,
) -> CasePage {
    let now = validation::now();
    let tz = l.case.clock.timezone;
    let when = |t: DateTime<Utc>| format!("{} ({})", local(t, tz), utc(t));
    let deadlines = display::deadline_rows(&l.case, now);
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
    // Intermediate reports answer an authority's request (voluntary updates go through the
    // API); the page offers them while a request is open.
    let open_request = l.case.clock.intermediate;
    let actions = Stage::ALL
        .iter()
        .filter(|s| {
            (**s != Stage::IntermediateReport || open_request.is_some())
                && l.case.state.file(**s).is_ok()
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
    use crate::domain::staff::EventKind;
    let conversation = l
        .events
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
                k => fields::words(&text("event", k.as_str())),
            };
            (
                format!("{what} – {who}, {}", when(e.at)),
                e.body.clone(),
                e.kind.as_str().to_string(),
            )
        })
        .collect();
    let request = open_request.map(|r| {
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
    });
    CasePage {
        here: format!("/report/follow-up/{token}"),
        conversation,
        request,
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
        deadlines,
        submissions,
        actions,
    }
}

#[derive(Deserialize)]
pub struct ShowQuery {
    received: Option<Uuid>,
    saved: Option<String>,
}

/// `GET /report/follow-up/{token}`.
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    let mut notices = Vec::new();
    if let Some(stage) = query.saved.as_deref().and_then(Stage::from_code) {
        notices.push(format!(
            "Your draft {} is saved. Open it below to continue.",
            text("stage", stage.as_str())
        ));
    }
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    page(
        StatusCode::OK,
        &case_page(&state, csrf, &l, &token, false, query.received, notices),
        cookie,
    )
}

/// `GET /report/follow-up/{token}/print`: the case without forms or navigation.
pub async fn print(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    page(
        StatusCode::OK,
        &case_page(&state, String::new(), &l, &token, true, None, Vec::new()),
        None,
    )
}

fn stage_form<'a>(
    req: &'a HttpRequest,
    state: &'a AppState,
    l: &Loaded,
    token: &str,
    stage: Stage,
) -> Form<'a> {
    Form {
        req,
        state,
        stage,
        new_case: false,
        title: format!(
            "{} {}: {}",
            l.case.reference,
            l.case.title,
            text("stage", stage.as_str())
        ),
        intro: text("page", &format!("intro_{}", stage.as_str())),
        action: format!("/report/follow-up/{token}/file/{}", stage.as_str()),
        draft_link: None,
        back_link: Some((
            format!("/report/follow-up/{token}"),
            text("page", "back_to_case"),
        )),
    }
}

/// What the form shows before anything is typed: the case's facts, in the case's zone.
fn carried(l: &Loaded, stage: Stage) -> FormData {
    forms::prefill(
        &l.case.facts,
        &fields::names(stage, false),
        l.case.clock.timezone,
    )
}

/// Notices for a stage's form: its deadline and whether it is late.
fn stage_notices(l: &Loaded, stage: Stage) -> Vec<String> {
    let now = validation::now();
    let mut out = Vec::new();
    if let Some(d) = l.case.deadlines(now).into_iter().find(|d| d.stage == stage) {
        if d.status == DeadlineStatus::Overdue {
            out.push(text("page", "late_notice"));
        }
    }
    out
}

fn parse_stage(raw: &str) -> Result<Stage, PageError> {
    Stage::from_code(raw).ok_or(PageError(AppError::NotFound))
}

/// `GET /report/follow-up/{token}/file/{stage}`: the stage's form, from its draft if saved.
pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let (token, stage) = path.into_inner();
    let stage = parse_stage(&stage)?;
    let l = load(&state, &token).await?;
    let mut notices = stage_notices(&l, stage);
    let data = match l.drafts.iter().find(|d| d.stage == stage) {
        Some(d) => {
            notices.push(if query.saved.is_some() {
                text("page", "draft_saved_case")
            } else {
                text("page", "draft_resumed")
            });
            FormData(d.form.clone())
        }
        None => carried(&l, stage),
    };
    let refused = l
        .case
        .state
        .file(stage)
        .err()
        .map(|m| Refused::Whole(StatusCode::CONFLICT, m));
    stage_form(&req, &state, &l, &token, stage).show(&data, refused, notices)
}

/// `POST /report/follow-up/{token}/file/{stage}`: file the stage, or save its draft.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (token, stage) = path.into_inner();
    let stage = parse_stage(&stage)?;
    let l = load(&state, &token).await?;
    let data = read_form(&body)?;
    let page = || stage_form(&req, &state, &l, &token, stage);
    if let Err(refused) = guard(&req, &state, &data) {
        return page().show(&data.content(), Some(refused), Vec::new());
    }
    let case_id = l.case.id;
    let now = validation::now();
    if data.get("action") == Some("save") {
        let content = data.content();
        state
            .db
            .write(move |c| {
                Ok(follow_up::save_case_draft(
                    c, case_id, stage, &content.0, now,
                )?)
            })
            .await?;
        return Ok(see_other(format!(
            "/report/follow-up/{token}/file/{}?saved={}",
            stage.as_str(),
            stage.as_str()
        )));
    }
    let tz = forms::timezone(&data, l.case.clock.timezone);
    let changed = data.minus(&carried(&l, stage));
    let input = match forms::decode(&changed, stage, tz) {
        Ok((_, input)) => input,
        Err(e) => {
            return page().show(
                &data.content(),
                Some(Refused::Fields(e)),
                stage_notices(&l, stage),
            )
        }
    };
    let (app, profile, entity_id) = (state.clone(), l.entity.profile.clone(), l.entity.id);
    let written = state
        .db
        .write(move |c| {
            let snapshot = serde_json::to_string(&profile).map_err(anyhow::Error::from)?;
            let filer = Filer {
                entity_id,
                profile: &profile,
                snapshot: &snapshot,
                by: "web",
            };
            let mut case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
            let submission = filing::add(c, &app.desk(), &filer, &mut case, input, now)?;
            follow_up::delete_case_draft(c, case_id, stage)?;
            Ok(submission.id)
        })
        .await;
    match written {
        Ok(id) => {
            state.wake.notify_one();
            Ok(see_other(format!(
                "/report/follow-up/{token}?received={id}"
            )))
        }
        Err(e) => page().show(&data.content(), Some(e.into()), stage_notices(&l, stage)),
    }
}

/// `POST /report/follow-up/{token}/message`: the reporter answers the authority.
pub async fn message(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    let data = read_form(&body)?;
    let refused = match guard(&req, &state, &data) {
        Err(Refused::Whole(_, m)) => Some(m),
        Err(Refused::Fields(_)) => None,
        Ok(()) => {
            let (id, text) = (
                l.case.id,
                data.get("message").unwrap_or_default().to_string(),
            );
            match state
                .db
                .write(move |c| {
                    crate::app::handling::reporter_message(c, id, &text, validation::now())
                })
                .await
            {
                Ok(_) => return Ok(see_other(format!("/report/follow-up/{token}#conversation"))),
                Err(AppError::Validation(_)) => {
                    Some("Write a message before sending it.".to_string())
                }
                Err(e) => return Err(PageError(e)),
            }
        }
    };
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    let notices = refused.into_iter().collect();
    page(
        StatusCode::UNPROCESSABLE_ENTITY,
        &case_page(&state, csrf, &l, &token, false, None, notices),
        cookie,
    )
}
