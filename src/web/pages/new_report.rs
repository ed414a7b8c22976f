//! A new report without an account: the early warning (or a full incident notification) with
//! the entity and contact block, and its drafts, reached by their own private link.

use super::{admit, new_regimes, Form, PageError, Refused};
use crate::app::filing::{self, Filer};
use crate::app::AppError;
use crate::domain::case::Reporter;
use crate::domain::entity::{EntityInput, EntityProfile};
use crate::domain::lifecycle::Stage;
use crate::domain::member_state::MemberState;
use crate::domain::report::ReportInput;
use crate::domain::validation::FieldErrors;
use crate::storage::{entities, follow_up};
use crate::web::forms::answers::Answer;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::{self, FormData};
use crate::web::lang::page_lang;
use crate::web::AppState;
use crate::words::{text_in, Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct Query {
    stage: Option<String>,
    /// A voluntary notification (Art. 30): `voluntary_incident`, `cyber_threat`, `near_miss`.
    kind: Option<String>,
    saved: Option<String>,
    /// Criterion codes handed over by the significance helper.
    significance_basis: Option<String>,
}

/// A new case opens with an early warning, or directly with the incident notification.
fn opening_stage(raw: Option<&str>) -> Stage {
    match raw {
        Some("incident_notification") => Stage::IncidentNotification,
        _ => Stage::EarlyWarning,
    }
}

/// Whether the posted (or saved) form is a voluntary notification: it names a kind.
pub(super) fn is_voluntary(data: &FormData) -> bool {
    data.get("kind").is_some_and(|k| !k.trim().is_empty())
}

/// The language of a new-report page: the reader's choice, else the browser's, else the
/// first language of the authority of the member state typed in `data`.
/// The language the reporter's mail is written in: the one it asked for, else the one its
/// report is written in (when the service speaks it), else the page's (the authority's).
fn reporter_lang(req: &HttpRequest, data: &FormData, page: Lang) -> Lang {
    crate::web::lang::chosen_lang(req)
        .or_else(|| data.get("language").and_then(Lang::from_tag))
        .unwrap_or(page)
}

pub(super) fn lang_of(req: &HttpRequest, state: &AppState, data: &FormData) -> Lang {
    let fallback = super::language::typed_lang(&state.routing, data.get("member_state"));
    page_lang(req, fallback)
}

pub(super) fn form<'a>(
    req: &'a HttpRequest,
    state: &'a AppState,
    stage: Stage,
    draft: Option<&str>,
    voluntary: bool,
    lang: Lang,
) -> Form<'a> {
    let text = |s: &str, k: &str| text_in(lang, s, k);
    if voluntary {
        return Form {
            voluntary,
            title: text("page", "voluntary_notification"),
            intro: text("page", "intro_voluntary"),
            back_link: draft
                .is_none()
                .then(|| ("/report/new".into(), text("page", "switch_to_mandatory"))),
            links: Vec::new(),
            ..form(req, state, stage, draft, false, lang)
        };
    }
    let other = match stage {
        Stage::EarlyWarning => "incident_notification",
        _ => "early_warning",
    };
    Form {
        voluntary: false,
        lang,
        req,
        state,
        stage,
        new_case: true,
        threads: None,
        links: if draft.is_none() {
            new_regimes::links(lang, None)
        } else {
            Vec::new()
        },
        title: {
            let named = (text("page", "new_report"), text("stage", stage.as_str()));
            let (n, s) = (("new", named.0.as_str()), ("stage", named.1.as_str()));
            Tr::new(lang).t2("pages-new-report-title", n, s)
        },
        intro: text("page", &format!("intro_{}", stage.as_str())),
        action: match draft {
            Some(t) => format!("/report/draft/{t}"),
            None => "/report/new".into(),
        },
        draft_link: draft.map(|t| format!("{}/report/draft/{t}", state.base_url)),
        back_link: draft.is_none().then(|| {
            (
                format!("/report/new?stage={other}"),
                text("page", &format!("switch_to_{other}")),
            )
        }),
    }
}

/// `GET /report/new?stage=…`: an empty form.
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<Query>,
) -> Result<HttpResponse, PageError> {
    let stage = opening_stage(query.stage.as_deref());
    let mut data = FormData::default();
    // Trust-service providers: the stricter reading until they say otherwise (spec §1.2).
    data.0.push(("affects_trust_services".into(), "yes".into()));
    if let Some(codes) = &query.significance_basis {
        data.0
            .push(("significance_basis".into(), codes.replace(',', "\n")));
    }
    if let Some(kind) = query.kind.as_deref().filter(|k| !k.trim().is_empty()) {
        data.0.push(("kind".into(), kind.to_string()));
    }
    let voluntary = is_voluntary(&data);
    let lang = page_lang(&req, None);
    // The report's language starts as the page's: the filer reads and writes in it.
    data.0.push(("language".into(), lang.tag().into()));
    let asked = FormData::parse(req.query_string().as_bytes()).unwrap_or_default();
    if let Some(t) = new_regimes::opening(&asked).filter(|_| !voluntary) {
        return new_regimes::thread_form(&req, &state, t, lang).show(&data, None, Vec::new());
    }
    form(&req, &state, stage, None, voluntary, lang).show(&data, None, Vec::new())
}

/// `GET /report/draft/{token}`: a saved draft, as it was typed.
pub async fn resume(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    query: web::Query<Query>,
) -> Result<HttpResponse, PageError> {
    let (t, alive_since) = (token.clone(), state.drafts.alive_since(state.clock.now()));
    let draft = state
        .db
        .read(move |c| Ok(follow_up::find_new_report_draft(c, &t, alive_since)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let data = FormData(draft.form);
    let lang = lang_of(&req, &state, &data);
    let mut notices = Vec::new();
    if query.saved.is_some() {
        notices.push(text_in(lang, "page", "draft_saved"));
    }
    let voluntary = is_voluntary(&data);
    form(&req, &state, draft.stage, Some(&token), voluntary, lang).show(&data, None, notices)
}

/// `POST /report/new`: file, or save a draft.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    handle(req, state, posted, None).await
}

/// `POST /report/draft/{token}`: file the draft, or save it again.
pub async fn submit_draft(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (t, alive_since) = (token.clone(), state.drafts.alive_since(state.clock.now()));
    state
        .db
        .read(move |c| Ok(follow_up::find_new_report_draft(c, &t, alive_since)?))
        .await?
        .ok_or(AppError::NotFound)?;
    handle(req, state, posted, Some(token.into_inner())).await
}

async fn handle(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
    draft: Option<String>,
) -> Result<HttpResponse, PageError> {
    if let Some((lang, typed)) = super::switch::requested(&req, &posted) {
        let page = match new_regimes::opening(&typed).filter(|_| !is_voluntary(&typed)) {
            Some(t) => new_regimes::thread_form(&req, &state, t, lang),
            None => {
                let stage = opening_stage(typed.get("stage"));
                let voluntary = is_voluntary(&typed);
                form(&req, &state, stage, draft.as_deref(), voluntary, lang)
            }
        };
        return super::switch::keep(&state, lang, page.show(&typed.content(), None, Vec::new()));
    }
    let (data, refused) = match admit(&req, &state, posted, None) {
        Ok(data) => (data, None),
        Err((typed, refused)) => (typed, Some(refused)),
    };
    let lang = lang_of(&req, &state, &data);
    let speaks = reporter_lang(&req, &data, lang);
    let threads = new_regimes::opening(&data);
    if let Some(t) = threads.filter(|_| !is_voluntary(&data)) {
        let answers = t.answers.clone();
        let page = new_regimes::thread_form(&req, &state, t, lang);
        if let Some(refused) = refused {
            return page.show(&data.content(), Some(refused), Vec::new());
        }
        return match file(
            &state,
            &data,
            Some(answers.as_slice()),
            None,
            (lang, speaks),
        )
        .await
        {
            Ok(done) => Ok(new_regimes::received(done)),
            Err(refused) => page.show(&data.content(), Some(refused), Vec::new()),
        };
    }
    let stage = opening_stage(data.get("stage"));
    let page = || {
        form(
            &req,
            &state,
            stage,
            draft.as_deref(),
            is_voluntary(&data),
            lang,
        )
    };
    if let Some(refused) = refused {
        return page().show(&data.content(), Some(refused), Vec::new());
    }
    if data.get("action") == Some("save") {
        return super::new_draft::save(&req, &state, &data, stage, draft).await;
    }
    // A DORA financial entity reports under DORA (NIS2 Art. 4): its form instead, as typed.
    if let Some(t) = new_regimes::dora_instead(&data).filter(|_| !is_voluntary(&data)) {
        let why = Tr::new(lang).t("pages-new-dora-instead");
        let refused = Refused::Whole(StatusCode::UNPROCESSABLE_ENTITY, why);
        let page = new_regimes::thread_form(&req, &state, t, lang);
        return page.show(&data.content(), Some(refused), Vec::new());
    }
    match file(&state, &data, None, draft.clone(), (lang, speaks)).await {
        Ok(done) => Ok(new_regimes::received(done)),
        Err(refused) => page().show(&data.content(), Some(refused), Vec::new()),
    }
}

/// The filer's entity type and its authority's time zone; while the entity block is invalid,
/// the typed type (else "other") and the member state's zone, so the report is still checked.
fn type_and_zone(
    state: &AppState,
    profile: Option<&EntityProfile>,
    raw_type: Option<&str>,
    fallback_tz: chrono_tz::Tz,
) -> (crate::domain::names::EntityType, chrono_tz::Tz) {
    match profile {
        Some(p) => (
            p.classification.entity_type,
            state.routing.timezone_for(p.home(), &p.classification),
        ),
        None => (
            raw_type
                .and_then(|t| crate::domain::names::EntityType::parse(t).ok())
                .unwrap_or(crate::domain::names::EntityType::OTHER),
            fallback_tz,
        ),
    }
}

/// The posted form as the API's input, with the typed member state and its time zone.
fn decoded(
    data: &FormData,
    answers: Option<&[Answer]>,
) -> Result<(EntityInput, ReportInput, Option<MemberState>, chrono_tz::Tz), Refused> {
    let stage = opening_stage(data.get("stage"));
    let member_state = data
        .get("member_state")
        .and_then(|m| MemberState::parse(m).ok());
    let fallback_tz = member_state
        .map(|m| m.default_timezone())
        .unwrap_or(chrono_tz::UTC);
    let tz = forms::timezone(data, fallback_tz);
    let decoded = match answers {
        Some(a) => forms::decode_answers(data, a, tz),
        None => forms::decode(data, stage, tz),
    };
    let (entity, mut input) = decoded.map_err(Refused::Fields)?;
    if is_voluntary(data) {
        // Art. 30: a kind instead of a stage.
        input.stage = None;
    }
    Ok((entity, input, member_state, fallback_tz))
}

/// Checks the entity block and the report together, so every error shows at once, then
/// stores the entity and opens the case in one transaction. Refusals read in the page's
/// language, the reporter's mail in the one it `speaks`.
async fn file(
    state: &web::Data<AppState>,
    data: &FormData,
    answers: Option<&[Answer]>,
    draft: Option<String>,
    (lang, speaks): (Lang, Lang),
) -> Result<(String, Uuid), Refused> {
    let (entity, input, member_state, fallback_tz) = decoded(data, answers)?;
    let mut errors = FieldErrors::default();
    let profile = EntityProfile::parse(&entity)
        .map_err(|e| errors.extend(e))
        .ok();
    if let Some(e) = new_regimes::needs_lei(answers, profile.as_ref()) {
        errors.extend(e);
    }
    let (entity_type, timezone) = type_and_zone(
        state,
        profile.as_ref(),
        entity.entity_type.as_deref(),
        fallback_tz,
    );
    let input = forms::for_entity(input, entity_type);
    let reporter = Reporter {
        entity_id: Uuid::nil(),
        entity_type,
        member_state: profile
            .as_ref()
            .map(|p| p.home())
            .or(member_state)
            .unwrap_or(MemberState::LU),
    };
    let now = state.clock.now();
    use crate::domain::{codes::EntityCategory, regimes::dora};
    let category = profile
        .as_ref()
        .map_or(EntityCategory::Unknown, |p| p.entity_category);
    let relief = dora::weekend_relief(entity_type, category);
    let report =
        match filing::check_opening(input, &reporter, &state.routing, relief, timezone, now) {
            Ok(r) => Some(r),
            Err(AppError::Validation(e)) => {
                errors.extend(e);
                None
            }
            Err(e) => return Err(Refused::of(e, lang)),
        };
    let (Some(profile), Some(report)) = (profile, report) else {
        return Err(Refused::Fields(errors));
    };
    if !errors.is_empty() {
        return Err(Refused::Fields(errors));
    }
    let app = state.clone();
    let token = state
        .db
        .write(move |c| {
            let entity = entities::find_or_insert_web_entity(c, &profile, now)?;
            let snapshot = serde_json::to_string(&profile).map_err(anyhow::Error::from)?;
            let filer = Filer {
                entity_id: entity.id,
                profile: &profile,
                snapshot: &snapshot,
                by: "web",
                lang: Some(speaks),
            };
            let (case, submissions, _) =
                filing::open(c, &app.desk(), &filer, timezone, report, now)?;
            if let Some(d) = &draft {
                follow_up::delete_new_report_draft(c, d)?;
            }
            let first = submissions.first().ok_or(AppError::NotFound)?.id;
            Ok((app.secret.follow_up_token(case.id), first))
        })
        .await
        .map_err(|e| Refused::of(e, lang))?;
    state.wake.notify_one();
    Ok(token)
}
