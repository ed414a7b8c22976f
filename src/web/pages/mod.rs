//! The public pages for reporting companies: landing page, report forms, follow-up pages,
//! significance helper. Server-rendered with askama; nothing needs JavaScript.

mod case_page;
mod dora_classification;
mod follow_up;
mod landing;
mod language;
mod new_draft;
mod new_regimes;
mod new_report;
mod reply;
mod significance;
pub mod switch;
mod threads;
mod withdrawal;

use super::forms::csrf::{self, Forged, Posted};
use super::forms::{self, ErrorLine, FormData, SectionView};
use super::AppState;
use crate::app::AppError;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::FieldErrors;
pub use crate::web::error::PageError;
use crate::words::{Lang, Tr};
use actix_web::cookie::Cookie;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::from_fn;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse, ResponseError, Route};
use askama::Template;

/// Where the public forms live; every request below it passes the CSRF guard.
pub const SCOPE: &str = "/report";

pub fn routes(cfg: &mut web::ServiceConfig) {
    let mut scope = web::scope(SCOPE)
        .wrap(from_fn(csrf::guard))
        .route("/new", web::get().to(new_report::show))
        .route("/draft/{token}", web::get().to(new_report::resume))
        .route("/significance", web::get().to(significance::show))
        .route(
            "/dora-classification",
            web::get().to(dora_classification::show),
        )
        .route("/follow-up/{token}", web::get().to(follow_up::show))
        .route("/follow-up/{token}/print", web::get().to(follow_up::print))
        .route(
            "/follow-up/{token}/file/{stage}",
            web::get().to(follow_up::form),
        );
    for (path, route) in posts() {
        scope = scope.route(path, route);
    }
    cfg.route("/", web::get().to(landing::show))
        .route("/static/style.css", web::get().to(stylesheet))
        .service(scope);
}

/// The public form posts, below [`SCOPE`]: registered from this list only, so
/// [`crate::web::form_posts`] (and the test that forges each) sees every one.
pub(crate) fn posts() -> Vec<(&'static str, Route)> {
    vec![
        ("/new", web::post().to(new_report::submit)),
        ("/draft/{token}", web::post().to(new_report::submit_draft)),
        ("/follow-up/{token}/message", web::post().to(reply::message)),
        (
            "/follow-up/{token}/withdraw",
            web::post().to(withdrawal::withdraw),
        ),
        (
            "/follow-up/{token}/file/{stage}",
            web::post().to(follow_up::submit),
        ),
        (
            "/follow-up/{token}/threads/{regime}",
            web::post().to(threads::settle),
        ),
    ]
}

/// The stylesheet, compiled in; cacheable, unlike the pages.
async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../../../templates/static/style.css"))
}

/// A rendered page with its status and, on first visit, the CSRF cookie. It says its
/// language (`Content-Language`, as its own `<html lang>` does) and that it depends on the
/// reader's language choice (`Vary`).
pub(crate) fn page(
    status: StatusCode,
    t: &impl Template,
    cookie: Option<Cookie<'static>>,
) -> Result<HttpResponse, PageError> {
    let body = t
        .render()
        .map_err(|e| PageError(AppError::Unexpected(e.into())))?;
    let mut r = HttpResponse::build(status);
    r.content_type("text/html; charset=utf-8")
        .insert_header((header::VARY, "Accept-Language, Cookie"));
    if let Some(lang) = html_lang(&body) {
        r.insert_header((header::CONTENT_LANGUAGE, lang));
    }
    if let Some(c) = cookie {
        r.cookie(c);
    }
    Ok(r.body(body))
}

/// The language a rendered page declares in `<html lang>`: its `Content-Language` repeats
/// it, so the two never disagree.
fn html_lang(body: &str) -> Option<String> {
    let rest = &body[body.find("<html lang=\"")? + 12..];
    Some(rest[..rest.find('"')?].to_string())
}

/// A redirect; a target that cannot be a header (line breaks, controls) is a bad request.
pub(crate) fn see_other(location: String) -> HttpResponse {
    if location.chars().any(char::is_control) {
        return HttpResponse::BadRequest().finish();
    }
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Everything a report form page shows, for new reports, drafts and later stages alike.
#[derive(Template)]
#[template(path = "pages/report_form.html")]
pub struct ReportForm {
    pub tr: Tr,
    pub title: String,
    pub intro: String,
    pub action: String,
    pub csrf: String,
    pub stage: &'static str,
    pub sections: Vec<SectionView>,
    pub errors: Vec<ErrorLine>,
    /// Shown above the form: a saved draft's link, a refusal, a late stage.
    pub notices: Vec<String>,
    pub draft_link: Option<String>,
    pub back_link: Option<(String, String)>,
    /// Shown again after a post: what was typed is on the page, so the header's language
    /// links lead to the form's own switch buttons, which keep it ([`switch`]).
    pub posted: bool,
    /// Other forms the reader may need instead (DORA's, the CRA's), as links.
    pub links: Vec<(String, String)>,
    /// The threads this form answers when not only a NIS2 stage (spec §7), carried as hidden
    /// `regime` and `also` fields.
    pub hidden: Vec<(String, String)>,
    /// "This form answers: …".
    pub answers_line: Option<String>,
    /// The "also answer" boxes that reload the form with more threads' fields (GET).
    pub also: Option<AlsoForm>,
    /// Whether the form offers to save a draft (NIS2 stages only).
    pub can_save: bool,
}

/// The "also answer" boxes above a form: ticking one and reloading shows the union of the
/// threads' fields (no JavaScript).
pub struct AlsoForm {
    pub action: String,
    pub hidden: Vec<(String, String)>,
    /// Value, label, element id, ticked.
    pub options: Vec<(String, String, String, bool)>,
}

/// Why a posted form comes back instead of being filed.
pub enum Refused {
    /// Field errors (422).
    Fields(FieldErrors),
    /// Not a field's fault: bad token, rate limit, stage not allowed now.
    Whole(StatusCode, String),
}

impl Refused {
    /// A use case's refusal, its words in the page's `lang`.
    pub fn of(e: AppError, lang: Lang) -> Self {
        match e {
            AppError::Validation(f) => Refused::Fields(f),
            other => Refused::Whole(other.status_code(), other.detail(&Tr::new(lang))),
        }
    }
}

/// The form filled with what was typed and the reasons it was refused.
pub struct Form<'a> {
    pub req: &'a HttpRequest,
    pub state: &'a AppState,
    pub stage: Stage,
    pub new_case: bool,
    pub title: String,
    pub intro: String,
    pub action: String,
    pub draft_link: Option<String>,
    pub back_link: Option<(String, String)>,
    /// The voluntary-notification form (Art. 30) rather than the stage's.
    pub voluntary: bool,
    /// The reader's language, chosen by [`crate::web::lang::page_lang`].
    pub lang: Lang,
    /// The threads answered and the "also answer" offer, for a form that is not only a
    /// NIS2 stage's (spec §7).
    pub threads: Option<ThreadForm>,
    /// Other forms the reader may need instead, as links.
    pub links: Vec<(String, String)>,
}

/// What a form answering sibling regimes' stages carries (spec §7).
pub struct ThreadForm {
    /// The threads the form answers, the first the one it was opened for.
    pub answers: Vec<forms::answers::Answer>,
    /// Other threads' stages the reader may add.
    pub offer: Vec<forms::answers::Answer>,
    /// Where the "also answer" boxes reload the form, and what they carry along.
    pub also_action: String,
    pub also_hidden: Vec<(String, String)>,
}

impl ThreadForm {
    /// Whether the form is more than a NIS2 stage's alone (which keeps its own form, drafts
    /// and decoding, and only offers the "also answer" boxes).
    pub fn is_joint(&self) -> bool {
        !matches!(
            self.answers.as_slice(),
            [(crate::domain::codes::Regime::Nis2, _)]
        )
    }

    fn hidden(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some((regime, _)) = self.answers.first() {
            out.push(("regime".to_string(), regime.as_str().to_string()));
        }
        for a in self.answers.iter().skip(1) {
            out.push(("also".to_string(), forms::answers::code(*a)));
        }
        out
    }

    fn also_form(&self, lang: Lang) -> Option<AlsoForm> {
        if self.offer.is_empty() {
            return None;
        }
        let options = self
            .offer
            .iter()
            .map(|a| {
                let value = forms::answers::code(*a);
                let id = format!("also-{}", value.replace(':', "-"));
                let label = threads::also_label(lang, *a);
                (value, label, id, self.answers.contains(a))
            })
            .collect();
        Some(AlsoForm {
            action: self.also_action.clone(),
            hidden: self.also_hidden.clone(),
            options,
        })
    }

    fn line(&self, lang: Lang) -> String {
        let list: Vec<String> = self
            .answers
            .iter()
            .map(|(r, s)| {
                let r = crate::words::text_in(lang, "regime", r.as_str());
                let s = crate::words::text_in(lang, "stage", s.as_str());
                format!("{r} – {s}")
            })
            .collect();
        Tr::new(lang).t1("pages-form-answers", "list", list.join("; ").as_str())
    }
}

impl Form<'_> {
    pub fn show(
        self,
        data: &FormData,
        refused: Option<Refused>,
        notices: Vec<String>,
    ) -> Result<HttpResponse, PageError> {
        let (token, cookie) = csrf::issue(
            self.req,
            &self.state.secret,
            self.state.base_url.starts_with("https://"),
        );
        let (status, errors, mut notices) = match refused {
            None => (StatusCode::OK, FieldErrors::default(), notices),
            Some(Refused::Fields(e)) => (StatusCode::UNPROCESSABLE_ENTITY, e, notices),
            Some(Refused::Whole(s, m)) => {
                let mut n = vec![m];
                n.extend(notices);
                (s, FieldErrors::default(), n)
            }
        };
        let lang = self.lang;
        let (sections, errors) = match &self.threads {
            _ if self.voluntary => {
                let sections = forms::fields::voluntary_sections();
                forms::render_sections(lang, sections, self.stage, data, &errors)
            }
            Some(t) if t.is_joint() => {
                forms::render_answers(lang, &t.answers, self.new_case, data, &errors)
            }
            _ => forms::render(lang, self.stage, self.new_case, data, &errors),
        };
        if status == StatusCode::UNPROCESSABLE_ENTITY && !errors.is_empty() {
            notices.clear();
        }
        let threads = self.threads.as_ref();
        let t = ReportForm {
            tr: Tr::page(lang, language::here(self.req)),
            title: self.title,
            intro: self.intro,
            action: self.action,
            csrf: token,
            stage: self.stage.as_str(),
            sections,
            errors,
            notices,
            draft_link: self.draft_link,
            back_link: self.back_link,
            posted: self.req.method() == actix_web::http::Method::POST,
            links: self.links,
            hidden: threads.map(ThreadForm::hidden).unwrap_or_default(),
            answers_line: threads.map(|t| t.line(lang)),
            also: threads.and_then(|t| t.also_form(lang)),
            can_save: !threads.is_some_and(ThreadForm::is_joint),
        };
        let mut r = page(status, &t, cookie)?;
        if let Some(wait) = retry_after(self.req) {
            r.headers_mut().insert(header::RETRY_AFTER, wait);
        }
        Ok(r)
    }
}

/// The seconds a rate-limited client must wait, stashed by [`admit`] for the response.
fn retry_after(req: &HttpRequest) -> Option<header::HeaderValue> {
    req.extensions()
        .get::<RetryAfter>()
        .and_then(|r| header::HeaderValue::from_str(&r.0.to_string()).ok())
}

#[derive(Clone, Copy)]
struct RetryAfter(u64);

/// The posted form once the CSRF guard passed it and the client is within its rate limit;
/// otherwise what was typed (to show again) and why it is refused, in the page's language
/// (`fallback` the authority's, else that of the member state typed in the form).
pub fn admit(
    req: &HttpRequest,
    state: &AppState,
    posted: Result<Posted, Forged>,
    fallback: Option<Lang>,
) -> Result<FormData, (FormData, Refused)> {
    let tr = |form: &FormData| {
        let typed = || language::typed_lang(&state.routing, form.get("member_state"));
        Tr::new(crate::web::lang::page_lang(req, fallback.or_else(typed)))
    };
    let form = match posted {
        Ok(Posted(form)) => form,
        Err(Forged(typed)) => {
            let m = tr(&typed).t("pages-refused-forged");
            return Err((typed, Refused::Whole(StatusCode::FORBIDDEN, m)));
        }
    };
    if let Err(wait) = state.form_limit.check(client_ip(req), state.clock.now()) {
        req.extensions_mut().insert(RetryAfter(wait));
        let m = tr(&form).t1("pages-refused-rate-limit", "wait", wait);
        return Err((form, Refused::Whole(StatusCode::TOO_MANY_REQUESTS, m)));
    }
    Ok(form)
}

/// The client's address, as the form rate limit and the draft quota count it.
pub(crate) fn client_ip(req: &HttpRequest) -> std::net::IpAddr {
    crate::web::client_address::of(req)
}
