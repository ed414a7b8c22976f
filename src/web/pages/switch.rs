//! Switching language on a form page without losing what was typed, and without JavaScript:
//! the form carries one submit button per other language (`name="switch_lang"`, placed after
//! "Send" so Enter still sends). Its post reaches the form's own handler, which, once the
//! CSRF guard passed it, shows the same form again with the typed values in the new language
//! and keeps the choice in the `lang` cookie. Nothing is checked for errors, filed or saved,
//! and the form rate limit is not spent: it is the same as reading the page again.

use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::FormData;
use crate::web::lang::Switched;
use crate::web::AppState;
use crate::words::Lang;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};

/// The form's field that asks for another language.
pub const FIELD: &str = "switch_lang";

/// The language a form post asks to switch to, with what was typed, if it is such a post
/// and its CSRF token is good. From here on the request's page language is the new one.
pub fn requested(req: &HttpRequest, posted: &Result<Posted, Forged>) -> Option<(Lang, FormData)> {
    let Ok(Posted(form)) = posted else {
        return None;
    };
    let lang = form.get(FIELD).and_then(Lang::from_tag)?;
    req.extensions_mut().insert(Switched(lang));
    Some((lang, form.clone()))
}

/// `shown` (the form again) with the choice kept in the `lang` cookie.
pub fn keep(
    state: &AppState,
    lang: Lang,
    shown: Result<HttpResponse, super::PageError>,
) -> Result<HttpResponse, super::PageError> {
    let mut r = shown?;
    r.add_cookie(&crate::web::lang::cookie(state, lang))
        .map_err(|e| super::PageError(anyhow::anyhow!("language cookie: {e}").into()))?;
    Ok(r)
}
