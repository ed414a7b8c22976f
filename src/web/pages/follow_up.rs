//! The private follow-up pages a reporter reaches by the link from the confirmation page and
//! the acknowledgement mail: the case, its deadlines and submissions, and the forms for the
//! stages allowed now, pre-filled with what the case already says.

use super::case_page::{case_page, lang_of, load, Loaded, Viewer};
use super::{admit, page, see_other, Form, PageError, Refused};
use crate::app::filing::{self, Filer};
use crate::app::AppError;
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::lifecycle::Stage;
use crate::storage::cases;
use crate::storage::follow_up;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::fields;
use crate::web::forms::{self, FormData};
use crate::web::AppState;
use crate::words::{text_in, Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct ShowQuery {
    received: Option<Uuid>,
    saved: Option<String>,
    /// The proof a mailed link carries (`SecretKey::mail_proof`).
    from: Option<String>,
    /// A proposed thread was just confirmed or declined: `gdpr.confirm`, `gdpr.decline`.
    settled: Option<String>,
}

/// `GET /report/follow-up/{token}`.
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    if let Some(proof) = query.from.as_deref() {
        answered(&state, &l, proof).await?;
    }
    let lang = lang_of(&req, &state, &l);
    let mut notices = Vec::new();
    if let Some(stage) = query.saved.as_deref().and_then(Stage::from_code) {
        let draft = text_in(lang, "stage", stage.as_str());
        notices.push(Tr::new(lang).t1("pages-case-draft-saved", "stage", &draft));
    }
    if let Some(settled) = query.settled.as_deref() {
        notices.extend(super::threads::settled_notice(lang, settled));
    }
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    let viewer = Viewer { csrf, lang };
    page(
        StatusCode::OK,
        &case_page(&state, viewer, &l, &token, false, query.received, notices),
        cookie,
    )
}

/// A link opened from a mail to the case's contact address: that address has answered, so
/// later mail to it may repeat what the filer typed. A proof for another address (or none
/// valid) changes nothing.
async fn answered(state: &AppState, l: &Loaded, proof: &str) -> Result<(), PageError> {
    let address = l.entity.profile.email.as_ref().to_string();
    if !crate::secrets::same(&state.secret.mail_proof(l.case.id, &address), proof) {
        return Ok(());
    }
    let (entity, at) = (l.entity.id, state.clock.now());
    state
        .db
        .write(move |c| {
            Ok(crate::storage::mail_answers::record(
                c, entity, &address, at,
            )?)
        })
        .await?;
    Ok(())
}

/// `GET /report/follow-up/{token}/print`: the case without forms or navigation.
pub async fn print(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    let viewer = Viewer {
        csrf: String::new(),
        lang: lang_of(&req, &state, &l),
    };
    page(
        StatusCode::OK,
        &case_page(&state, viewer, &l, &token, true, None, Vec::new()),
        None,
    )
}

fn stage_form<'a>(
    req: &'a HttpRequest,
    state: &'a AppState,
    l: &Loaded,
    token: &str,
    stage: Stage,
    threads: Option<super::ThreadForm>,
) -> Form<'a> {
    let lang = lang_of(req, state, l);
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let case = format!("{} {}", l.case.reference, l.case.title);
    let named = text("stage", stage.as_str());
    let (c, s) = (("case", case.as_str()), ("stage", named.as_str()));
    Form {
        voluntary: false,
        lang,
        req,
        state,
        stage,
        new_case: false,
        threads,
        links: Vec::new(),
        title: Tr::new(lang).t2("pages-stage-form-title", c, s),
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
fn carried(l: &Loaded, stage: Stage, threads: Option<&super::ThreadForm>) -> FormData {
    let names = match threads.filter(|t| t.is_joint()) {
        Some(t) => forms::answers::names(&t.answers, false),
        None => fields::names(stage, false),
    };
    forms::prefill(&l.case.facts, &names, l.case.clock.timezone)
}

/// Notices for a stage's form: its deadline and whether it is late.
fn stage_notices(lang: Lang, l: &Loaded, stage: Stage, now: DateTime<Utc>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(d) = l.case.deadlines(now).into_iter().find(|d| d.stage == stage) {
        if d.status == DeadlineStatus::Overdue {
            out.push(text_in(lang, "page", "late_notice"));
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
    let lang = lang_of(&req, &state, &l);
    let asked = FormData::parse(req.query_string().as_bytes()).unwrap_or_default();
    let threads = super::threads::thread_form(&l, &token, stage, &asked);
    let mut notices = stage_notices(lang, &l, stage, state.clock.now());
    let data = match l.drafts.iter().find(|d| d.stage == stage) {
        Some(d) if !threads.as_ref().is_some_and(|t| t.is_joint()) => {
            notices.push(if query.saved.is_some() {
                text_in(lang, "page", "draft_saved_case")
            } else {
                text_in(lang, "page", "draft_resumed")
            });
            FormData(d.form.clone())
        }
        _ => carried(&l, stage, threads.as_ref()),
    };
    let answers = super::threads::answers_of(&asked, l.case.regime, stage);
    let refused = super::threads::refusal(lang, &l, &answers)
        .map(|m| Refused::Whole(StatusCode::CONFLICT, m));
    stage_form(&req, &state, &l, &token, stage, threads).show(&data, refused, notices)
}

/// The posted stage form as the API's input: only what changed from the case's facts, as
/// one stage or as several threads' answers (spec §7).
fn decode_stage(
    data: &FormData,
    l: &Loaded,
    stage: Stage,
    joint: Option<&super::ThreadForm>,
) -> Result<crate::domain::report::ReportInput, crate::domain::validation::FieldErrors> {
    let tz = forms::timezone(data, l.case.clock.timezone);
    let changed = data.minus(&carried(l, stage, joint));
    let decoded = match joint {
        Some(t) => forms::decode_answers(&changed, &t.answers, tz),
        None => forms::decode(&changed, stage, tz),
    };
    decoded.map(|(_, input)| input)
}

/// The stage form again in language `to`, with what was typed (nothing is stored).
fn switched(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    l: &Loaded,
    token: &str,
    stage: Stage,
    to: crate::words::Lang,
    typed: &FormData,
) -> Result<HttpResponse, PageError> {
    let threads = super::threads::thread_form(l, token, stage, typed);
    let page = stage_form(req, state, l, token, stage, threads);
    super::switch::keep(state, to, page.show(&typed.content(), None, Vec::new()))
}

/// `POST /report/follow-up/{token}/file/{stage}`: file the stage, or save its draft.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (token, stage) = path.into_inner();
    let stage = parse_stage(&stage)?;
    let l = load(&state, &token).await?;
    if let Some((to, typed)) = super::switch::requested(&req, &posted) {
        return switched(&req, &state, &l, &token, stage, to, &typed);
    }
    let lang = lang_of(&req, &state, &l);
    let (data, refused) = match admit(&req, &state, posted, Some(lang)) {
        Ok(data) => (data, None),
        Err((typed, refused)) => (typed, Some(refused)),
    };
    let threads = super::threads::thread_form(&l, &token, stage, &data);
    let joint = threads.as_ref().filter(|t| t.is_joint());
    let page = || {
        let threads = super::threads::thread_form(&l, &token, stage, &data);
        stage_form(&req, &state, &l, &token, stage, threads)
    };
    if let Some(refused) = refused {
        return page().show(&data.content(), Some(refused), Vec::new());
    }
    let (case_id, now) = (l.case.id, state.clock.now());
    if data.get("action") == Some("save") {
        let (content, kept) = (data.for_draft(stage, false), data.for_draft(stage, false));
        let save =
            move |c: &mut _| crate::app::drafts::save_case_draft(c, case_id, stage, &kept.0, now);
        if let Err(e) = state.db.write(save).await {
            let notices = stage_notices(lang, &l, stage, now);
            return page().show(&content, Some(Refused::of(e, lang)), notices);
        }
        let s = stage.as_str();
        return Ok(see_other(format!(
            "/report/follow-up/{token}/file/{s}?saved={s}"
        )));
    }
    let input = match decode_stage(&data, &l, stage, joint) {
        Ok(input) => forms::for_entity(input, l.entity.profile.classification.entity_type),
        Err(e) => {
            let notices = stage_notices(lang, &l, stage, now);
            return page().show(&data.content(), Some(Refused::Fields(e)), notices);
        }
    };
    let (app, profile, entity_id) = (state.clone(), l.entity.profile.clone(), l.entity.id);
    let lang = crate::web::lang::page_lang(&req, None);
    let written = state
        .db
        .write(move |c| {
            let snapshot = serde_json::to_string(&profile).map_err(anyhow::Error::from)?;
            let filer = Filer {
                entity_id,
                profile: &profile,
                snapshot: &snapshot,
                by: "web",
                lang: Some(lang),
            };
            let mut case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
            let submissions = filing::add(c, &app.desk(), &filer, &mut case, input, now)?;
            follow_up::delete_case_draft(c, case_id, stage)?;
            submissions.first().map(|s| s.id).ok_or(AppError::NotFound)
        })
        .await;
    match written {
        Ok(id) => {
            state.wake.notify_one();
            Ok(see_other(format!(
                "/report/follow-up/{token}?received={id}"
            )))
        }
        Err(e) => page().show(
            &data.content(),
            Some(Refused::of(e, lang)),
            stage_notices(lang, &l, stage, state.clock.now()),
        ),
    }
}
