//! The names and attributes of the service's two cookies, the staff session and the CSRF
//! nonce. Over https (`INTAKE_BASE_URL` starting with `https://`) both carry the `__Host-`
//! prefix, `Secure` and `Path=/` and no `Domain`: a browser then accepts them only from this
//! exact host over TLS, so a sibling subdomain or a plain-http page cannot plant or overwrite
//! them (cookie tossing). Over plain http (local use) they keep their plain names.

use crate::web::AppState;
use actix_web::cookie::{Cookie, SameSite};

/// Whether the service is reached over TLS, so its cookies can be `Secure` and `__Host-`.
pub fn secure(state: &AppState) -> bool {
    state.base_url.starts_with("https://")
}

/// The staff session cookie's name.
pub fn session_name(secure: bool) -> &'static str {
    if secure {
        "__Host-intake_staff"
    } else {
        "intake_staff"
    }
}

/// The CSRF nonce cookie's name.
pub fn csrf_name(secure: bool) -> &'static str {
    if secure {
        "__Host-intake_csrf"
    } else {
        "intake_csrf"
    }
}

/// An `HttpOnly` cookie: `__Host-` rules over https (`Secure`, `Path=/`, no `Domain`);
/// over http, `local_path` (the session keeps `/authority` there, as before).
pub fn build(
    name: &'static str,
    value: String,
    secure: bool,
    same_site: SameSite,
    local_path: &'static str,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path(if secure { "/" } else { local_path })
        .http_only(true)
        .secure(secure)
        .same_site(same_site)
        .finish()
}
