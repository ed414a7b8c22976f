//! Staff sessions: a `Secure` (over TLS), `HttpOnly`, `SameSite=Lax` cookie holding a random
//! token stored only as a hash, an idle timeout, the [`Staff`] extractor every workspace page
//! uses, and sign-out. Signing in is `super::login`.

use crate::app::handling::Officer;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::storage::audit::{self, Actor};
use crate::storage::staff::{self, StaffUser};
use crate::web::forms::csrf::Posted;
use crate::web::pages::{see_other, PageError};
use crate::web::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse};
use chrono::Duration;
use serde_json::json;

/// Sessions end after this long without a request.
pub const IDLE_MINUTES: i64 = 30;

/// The signed-in staff member of a request. Extracting it sends anyone else to the login.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: StaffUser,
    pub token: String,
}

impl Staff {
    pub fn officer(&self) -> Officer {
        Officer {
            authority: self.user.authority_code.clone(),
            role: self.user.role,
            user_id: Some(self.user.id),
            who: self.user.actor(),
        }
    }

    pub fn actor(&self) -> Actor {
        self.officer().actor()
    }
}

pub(super) fn redirect(to: String) -> actix_web::Error {
    actix_web::error::InternalError::from_response("sign-in required", see_other(to)).into()
}

/// Where to go after signing in: only back into the workspace (no open redirect).
pub(super) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with("/authority/")
                && !n.starts_with("/authority/login")
                && !n.contains("//")
                && !n.chars().any(char::is_control) =>
        {
            n.to_string()
        }
        _ => "/authority/queue".into(),
    }
}

fn login_redirect(req: &HttpRequest) -> actix_web::Error {
    let here = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/authority/queue");
    let next: String = url_escape(here);
    redirect(format!("/authority/login?next={next}"))
}

pub(super) fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl FromRequest for Staff {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .expect("AppState")
                .clone();
            let name = crate::web::cookies::session_name(secure(&state));
            let Some(token) = req.cookie(name).map(|c| c.value().to_string()) else {
                return Err(login_redirect(&req));
            };
            let t = token.clone();
            let at = state.clock.now();
            let session = state
                .db
                .read(move |c| {
                    Ok(staff::find_session(
                        c,
                        &t,
                        Duration::minutes(IDLE_MINUTES),
                        at,
                    )?)
                })
                .await?;
            let Some(session) = session else {
                return Err(login_redirect(&req));
            };
            if !session.second_factor_done {
                return Err(redirect("/authority/login/totp".into()));
            }
            let must_enrol = !session.user.totp_enabled
                && state
                    .routing
                    .authorities
                    .iter()
                    .any(|a| a.code == session.user.authority_code && a.require_totp);
            if let Some(to) = detour(&session.user, must_enrol, req.path()) {
                return Err(redirect(to.into()));
            }
            if at - session.last_seen_at > Duration::minutes(1) {
                let t = token.clone();
                state
                    .db
                    .write(move |c| Ok(staff::touch_session(c, &t, at)?))
                    .await?;
            }
            // Error pages of this request (a refusal) speak the user's own language too.
            req.extensions_mut()
                .insert(crate::web::lang::Switched(session.user.language));
            Ok(Staff {
                user: session.user,
                token,
            })
        })
    }
}

/// Where a signed-in user must go before `path`: a password an administrator set is changed
/// first (only that page and sign-out are open until then), then a second factor the
/// authority requires is enrolled.
fn detour(user: &StaffUser, must_enrol: bool, path: &str) -> Option<&'static str> {
    const CHANGE: &str = super::own_password::PATH;
    if user.must_change_password {
        return (path != CHANGE && path != "/authority/logout").then_some(CHANGE);
    }
    let enrol = "/authority/account/totp";
    (must_enrol && path != enrol).then_some(enrol)
}

pub(super) fn secure(state: &AppState) -> bool {
    crate::web::cookies::secure(state)
}

/// The session cookie: `__Host-intake_staff` over https, `intake_staff` (on `/authority`)
/// over plain http.
pub(super) fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let secure = secure(state);
    let name = crate::web::cookies::session_name(secure);
    crate::web::cookies::build(name, token, secure, SameSite::Lax, "/authority")
}

/// The session token the browser sent, if any.
pub(super) fn session_token(req: &HttpRequest, state: &AppState) -> Option<String> {
    let name = crate::web::cookies::session_name(secure(state));
    req.cookie(name).map(|c| c.value().to_string())
}

/// `POST /authority/logout`: ends the session and removes its cookie.
pub async fn logout(
    state: web::Data<AppState>,
    _: Posted,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let at = state.clock.now();
    let (token, actor) = (staff.token.clone(), staff.actor());
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            staff::delete_session(c, &token)?;
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::Logout,
                None,
                json!({}),
                at,
            )?)
        })
        .await?;
    let mut r = see_other("/authority/login".into());
    let mut gone = session_cookie(&state, String::new());
    gone.make_removal();
    r.add_cookie(&gone)
        .map_err(|e| PageError(AppError::Unexpected(e.into())))?;
    Ok(r)
}
