//! The threads of a case on its follow-up page (spec §7): each regime's status, deadline rows
//! (with DORA's weekend rule in words) and due stages, each due stage with the other threads'
//! due stages to answer with the same form; and the confirm/decline answer to a proposed
//! GDPR thread.

use super::case_page::{case_page, lang_of, load, Loaded, Viewer};
use super::{admit, page, see_other, PageError, Refused};
use crate::app::AppError;
use crate::domain::codes::Regime;
use crate::domain::lifecycle::Stage;
use crate::domain::regimes::{self, ThreadStatus};
use crate::web::forms::answers::{self, Answer};
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::display::RegimeRow;
use crate::web::forms::FormData;
use crate::web::AppState;
use crate::words::{text_in, Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

/// One "also answer" checkbox: its value (`regime:stage`) and label.
pub(super) struct Also {
    pub(super) value: String,
    pub(super) label: String,
    pub(super) id: String,
}

/// A stage due on a thread, with the form that opens it.
pub(super) struct DueStage {
    pub(super) action: String,
    pub(super) regime: &'static str,
    pub(super) button: String,
    pub(super) also: Vec<Also>,
}

/// One thread as the follow-up page shows it.
pub(super) struct ThreadView {
    pub(super) regime: &'static str,
    pub(super) name: String,
    pub(super) status: String,
    pub(super) proposed: bool,
    pub(super) rows: Vec<RegimeRow>,
    pub(super) due: Vec<DueStage>,
}

/// The regimes of the case's threads, primary first (NIS2's only when it is the primary).
fn regimes_of(l: &Loaded) -> Vec<(Regime, ThreadStatus)> {
    let mut out = Vec::new();
    if l.case.regime == Regime::Nis2 {
        out.push((Regime::Nis2, ThreadStatus::Open));
    }
    for t in &l.case.threads {
        if !out.iter().any(|(r, _)| *r == t.regime) {
            out.push((t.regime, t.status));
        }
    }
    out
}

/// The stages due now on `regime`'s thread: the next stages its order admits, not yet filed.
/// NIS2's are the case page's own actions; a CRA intermediate report waits for a request.
pub(super) fn due_stages(l: &Loaded, regime: Regime) -> Vec<Stage> {
    if l.case.ended_refusal().is_some() {
        return Vec::new();
    }
    if regime == Regime::Nis2 {
        let filed = l.case.filed_stages();
        let request = l.case.clock.intermediate.is_some();
        return crate::domain::lifecycle::NIS2_STAGES
            .iter()
            .copied()
            .filter(|s| !filed.contains(s) || *s == Stage::IntermediateReport)
            .filter(|s| *s != Stage::IntermediateReport || request)
            .filter(|s| l.case.state.file_given(*s, &filed).is_ok())
            .collect();
    }
    let thread = l.case.thread(regime);
    if thread.is_some_and(|t| t.is_ended()) {
        return Vec::new();
    }
    let filed: Vec<Stage> = l.case.filed_in(regime).iter().map(|f| f.stage).collect();
    let requested = thread.is_some_and(|t| t.intermediate.is_some());
    regimes::stages(regime)
        .iter()
        .copied()
        .filter(|s| {
            !filed.contains(s) || (regime == Regime::Dora && *s == Stage::IntermediateReport)
        })
        .filter(|s| *s != Stage::IntermediateReport || regime == Regime::Dora || requested)
        .filter(|s| regimes::admits(regime, *s, &filed).is_ok())
        .collect()
}

/// Every thread's due stages, as (regime, stage) pairs.
pub(super) fn all_due(l: &Loaded) -> Vec<Answer> {
    regimes_of(l)
        .into_iter()
        .flat_map(|(r, _)| due_stages(l, r).into_iter().map(move |s| (r, s)))
        .collect()
}

/// The checkbox label "also answer …" for another thread's stage.
pub(super) fn also_label(lang: Lang, a: Answer) -> String {
    let regime = text_in(lang, "regime", a.0.as_str());
    let stage = text_in(lang, "stage", a.1.as_str());
    let (r, s) = (("regime", regime.as_str()), ("stage", stage.as_str()));
    Tr::new(lang).t2("pages-thread-also", r, s)
}

/// The "also answer" boxes offered beside `own`: the other threads' due stages.
pub(super) fn also_boxes(lang: Lang, due: &[Answer], own: Answer) -> Vec<Also> {
    due.iter()
        .filter(|a| a.0 != own.0)
        .map(|a| Also {
            value: answers::code(*a),
            label: also_label(lang, *a),
            id: format!(
                "also-{}-{}-{}-{}",
                own.0.as_str(),
                own.1.as_str(),
                a.0.as_str(),
                a.1.as_str()
            ),
        })
        .collect()
}

/// The case's threads for the follow-up page; empty for a NIS2 case without sibling threads
/// (its page stays as it was).
pub(super) fn views(lang: Lang, l: &Loaded, token: &str, rows: Vec<RegimeRow>) -> Vec<ThreadView> {
    if l.case.regime == Regime::Nis2 && l.case.threads.is_empty() {
        return Vec::new();
    }
    let due = all_due(l);
    let mut rows = rows;
    regimes_of(l)
        .into_iter()
        .map(|(regime, status)| {
            let (mine, rest): (Vec<_>, Vec<_>) = rows.drain(..).partition(|r| r.regime == regime);
            rows = rest;
            let stages = due.iter().filter(|a| a.0 == regime);
            ThreadView {
                regime: regime.as_str(),
                name: text_in(lang, "regime", regime.as_str()),
                status: text_in(lang, "thread_status", status.as_str()),
                proposed: status == ThreadStatus::Proposed,
                rows: mine,
                due: stages
                    .map(|a| {
                        let stage = text_in(lang, "stage", a.1.as_str());
                        DueStage {
                            action: format!("/report/follow-up/{token}/file/{}", a.1.as_str()),
                            regime: regime.as_str(),
                            button: Tr::new(lang).t1("pages-thread-open-form", "stage", &stage),
                            also: also_boxes(lang, &due, *a),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The threads a posted or requested form answers: its `regime` (default: the case's
/// primary) and `stage`, then each ticked "also answer" box of another thread.
pub(super) fn answers_of(data: &FormData, primary: Regime, stage: Stage) -> Vec<Answer> {
    let regime = data
        .get("regime")
        .and_then(Regime::from_code)
        .unwrap_or(primary);
    let mut out = vec![(regime, stage)];
    for a in data.all("also").into_iter().filter_map(answers::parse) {
        if !out.iter().any(|o| o.0 == a.0) {
            out.push(a);
        }
    }
    out
}

/// `POST /report/follow-up/{token}/threads/{regime}` with `decision` = `confirm` or
/// `decline`: the answer to a proposed thread. Back to the case page, which says what
/// happened; a refused answer comes back there too, as a notice.
pub async fn settle(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (token, raw) = path.into_inner();
    let regime = Regime::from_code(&raw).ok_or(PageError(AppError::NotFound))?;
    let l = load(&state, &token).await?;
    let lang = lang_of(&req, &state, &l);
    let data = match admit(&req, &state, posted, Some(lang)) {
        Ok(data) => data,
        Err((_, refused)) => return refused_page(&req, &state, &l, &token, refused),
    };
    let confirm = match data.get("decision") {
        Some("confirm") => true,
        Some("decline") => false,
        _ => {
            let m = Tr::new(lang).t("pages-thread-decision-missing");
            let refused = Refused::Whole(StatusCode::UNPROCESSABLE_ENTITY, m);
            return refused_page(&req, &state, &l, &token, refused);
        }
    };
    let (id, now) = (l.case.id, state.clock.now());
    let done = state
        .db
        .write(move |c| crate::app::thread_pages::settle(c, id, regime, confirm, now))
        .await;
    match done {
        Ok(()) => {
            let word = if confirm { "confirm" } else { "decline" };
            Ok(see_other(format!(
                "/report/follow-up/{token}?settled={}.{word}#threads",
                regime.as_str()
            )))
        }
        Err(e) => refused_page(&req, &state, &l, &token, Refused::of(e, lang)),
    }
}

/// The notice the case page shows after a proposed thread was answered (`?settled=`).
pub(super) fn settled_notice(lang: Lang, settled: &str) -> Option<String> {
    let (regime, word) = settled.split_once('.')?;
    let regime = Regime::from_code(regime)?;
    let name = text_in(lang, "regime", regime.as_str());
    let tr = Tr::new(lang);
    match word {
        "confirm" => Some(tr.t1("pages-thread-confirmed", "regime", &name)),
        "decline" => Some(tr.t1("pages-thread-declined", "regime", &name)),
        _ => None,
    }
}

/// The case page again with why the answer was refused (forged form, rate limit, a thread
/// that is not proposed), with the refusal's status.
fn refused_page(
    req: &HttpRequest,
    state: &AppState,
    l: &Loaded,
    token: &str,
    refused: Refused,
) -> Result<HttpResponse, PageError> {
    let lang = lang_of(req, state, l);
    let (status, message) = match refused {
        Refused::Whole(s, m) => (s, m),
        Refused::Fields(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Tr::new(lang).t("pages-thread-decision-missing"),
        ),
    };
    let secure = state.base_url.starts_with("https://");
    let (csrf, cookie) = crate::web::forms::csrf::issue(req, &state.secret, secure);
    let viewer = Viewer { csrf, lang };
    let notices = vec![message];
    page(
        status,
        &case_page(state, viewer, l, token, false, None, notices),
        cookie,
    )
}

/// The threads a stage's form answers as the page asks for them (`?regime=…&also=…`), and
/// what the form then carries; `None` for a NIS2 stage alone (its form stays as it was).
pub(super) fn thread_form(
    l: &Loaded,
    token: &str,
    stage: Stage,
    data: &FormData,
) -> Option<super::ThreadForm> {
    let answers = answers_of(data, l.case.regime, stage);
    let offer: Vec<Answer> = all_due(l)
        .into_iter()
        .filter(|a| a.0 != answers[0].0)
        .collect();
    if answers.len() == 1 && answers[0].0 == Regime::Nis2 && offer.is_empty() {
        return None;
    }
    Some(super::ThreadForm {
        also_action: format!("/report/follow-up/{token}/file/{}", stage.as_str()),
        also_hidden: vec![("regime".into(), answers[0].0.as_str().into())],
        answers,
        offer,
    })
}

/// Why the first thread of `answers` does not admit its stage now, in `lang`.
pub(super) fn refusal(lang: Lang, l: &Loaded, answers: &[Answer]) -> Option<String> {
    let (regime, stage) = *answers.first()?;
    let why = if let Some(why) = l.case.ended_refusal() {
        why
    } else if regime == Regime::Nis2 {
        l.case
            .state
            .file_given(stage, &l.case.filed_stages())
            .err()?
    } else {
        let filed: Vec<Stage> = l.case.filed_in(regime).iter().map(|f| f.stage).collect();
        regimes::admits(regime, stage, &filed).err()?
    };
    Some(crate::words::message_in(lang, &why))
}
