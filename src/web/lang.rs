//! The reader's language on pages: an explicit choice (the `lang` cookie, set by the header's
//! links without JavaScript) > `Accept-Language` > the authority's first language where the
//! page knows it > English. The API reads only `Accept-Language`.

use super::AppState;
use crate::words::{Lang, Tr};
use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::http::header::{self, HeaderMap};
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};

/// The cookie that keeps an explicit choice.
pub const COOKIE: &str = "lang";

/// A language the request itself fixes: a form's language switch
/// (`crate::web::pages::switch`, whose response then updates the cookie) or the signed-in
/// staff user's own language (so a refusal page reads like the user's other pages). It
/// outranks the cookie.
#[derive(Debug, Clone, Copy)]
pub struct Switched(pub Lang);

/// The cookie keeping `lang` as the reader's choice for a year.
pub fn cookie(state: &AppState, lang: Lang) -> Cookie<'static> {
    Cookie::build(COOKIE, lang.tag())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(super::cookies::secure(state))
        .finish()
}

/// The language a page speaks: the explicit choice, else the browser's, else `fallback` (the
/// jurisdiction authority's first language, when the page knows it), else English.
pub fn page_lang(req: &HttpRequest, fallback: Option<Lang>) -> Lang {
    chosen_lang(req).or(fallback).unwrap_or_default()
}

/// The language the reader asked for: the switcher, its cookie or `Accept-Language`.
pub fn chosen_lang(req: &HttpRequest) -> Option<Lang> {
    let switched = req.extensions().get::<Switched>().map(|s| s.0);
    switched
        .or_else(|| req.cookie(COOKIE).and_then(|c| Lang::from_tag(c.value())))
        .or_else(|| accept_language(req.headers()))
}

/// The translator for the page being answered (its path and query feed the switcher).
pub fn page_tr(req: &HttpRequest, fallback: Option<Lang>) -> Tr {
    let here = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    Tr::page(page_lang(req, fallback), here)
}

/// The language an API client asked for with `Accept-Language`, else English.
pub fn api_lang(headers: &HeaderMap) -> Lang {
    accept_language(headers).unwrap_or_default()
}

fn accept_language(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::negotiate)
}

#[derive(serde::Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// `GET /language/{tag}?next=/path`: keeps the choice in a cookie for a year and shows the
/// page again. Only a local path is followed, so the link cannot send anyone elsewhere.
pub async fn choose(
    state: web::Data<AppState>,
    path: web::Path<String>,
    q: web::Query<Next>,
) -> HttpResponse {
    let Some(lang) = Lang::from_tag(&path) else {
        return HttpResponse::NotFound().finish();
    };
    let next = q
        .next
        .as_deref()
        .filter(|n| is_local_path(n))
        .unwrap_or("/");
    let cookie = cookie(&state, lang);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, next.to_string()))
        .cookie(cookie)
        .finish()
}

/// A path on this site: starts with one `/`, no scheme-relative `//` or `/\`, no controls.
fn is_local_path(p: &str) -> bool {
    p.starts_with('/')
        && !p.starts_with("//")
        && !p.starts_with("/\\")
        && !p.chars().any(|c| c.is_control())
        && p.len() <= 2048
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/report/new?stage=early_warning"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x=1"));
    }
}
