//! Staff sessions: sign-in with argon2id passwords and TOTP, a `Secure` (over TLS),
//! `HttpOnly`, `SameSite=Lax` cookie holding a random token stored only as a hash, an idle
//! timeout, per-address rate limits and per-account lockout.

use crate::app::handling::Officer;
use crate::app::AppError;
use crate::auth::{password, totp};
use crate::domain::audit::AuditAction;
use crate::domain::validation::now;
use crate::secrets::hash_token;
use crate::storage::audit::{self, Actor};
use crate::storage::staff::{self, StaffUser};
use crate::web::forms::{csrf, FormData};
use crate::web::pages::{page, read_form, see_other, PageError};
use crate::web::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;
use serde_json::json;

pub const COOKIE: &str = "intake_staff";
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

fn redirect(to: String) -> actix_web::Error {
    actix_web::error::InternalError::from_response("sign-in required", see_other(to)).into()
}

/// Where to go after signing in: only back into the workspace (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with("/authority/")
                && !n.starts_with("/authority/login")
                && !n.contains("//") =>
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

fn url_escape(s: &str) -> String {
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
            let Some(token) = req.cookie(COOKIE).map(|c| c.value().to_string()) else {
                return Err(login_redirect(&req));
            };
            let t = token.clone();
            let at = now();
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
            if must_enrol && req.path() != "/authority/account/totp" {
                return Err(redirect("/authority/account/totp".into()));
            }
            if at - session.last_seen_at > Duration::minutes(1) {
                let t = token.clone();
                state
                    .db
                    .write(move |c| Ok(staff::touch_session(c, &t, at)?))
                    .await?;
            }
            Ok(Staff {
                user: session.user,
                token,
            })
        })
    }
}

#[derive(Template)]
#[template(path = "authority/login.html")]
struct LoginPage {
    title: String,
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
    totp: bool,
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

fn secure(state: &AppState) -> bool {
    state.base_url.starts_with("https://")
}

fn login_page(
    req: &HttpRequest,
    state: &AppState,
    status: StatusCode,
    email: &str,
    next: &str,
    error: Option<String>,
    totp: bool,
) -> Result<HttpResponse, PageError> {
    let (token, cookie) = csrf::issue(req, &state.secret, secure(state));
    page(
        status,
        &LoginPage {
            title: if totp {
                "Two-factor code".into()
            } else {
                "Staff sign-in".into()
            },
            csrf: token,
            next: next.to_string(),
            email: email.to_string(),
            error,
            totp,
        },
        cookie,
    )
}

pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    login_page(
        &req,
        &state,
        StatusCode::OK,
        "",
        &safe_next(q.next.as_deref()),
        None,
        false,
    )
}

fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    Cookie::build(COOKIE, token)
        .path("/authority")
        .http_only(true)
        .secure(secure(state))
        .same_site(SameSite::Lax)
        .finish()
}

/// Checks the CSRF token and the address's login budget.
fn login_guard(
    req: &HttpRequest,
    state: &AppState,
    form: &FormData,
) -> Result<(), (StatusCode, String)> {
    if !csrf::verify(req, &state.secret, form.get("csrf")) {
        return Err((
            StatusCode::FORBIDDEN,
            "The form expired; please sign in again.".into(),
        ));
    }
    let ip = req
        .peer_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    if let Err(wait) = state.login_limit.check(ip) {
        return Err((
            StatusCode::TOO_MANY_REQUESTS,
            format!("Too many sign-in attempts from your address; wait {wait} seconds."),
        ));
    }
    Ok(())
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = read_form(&body)?;
    let email = form.get("email").unwrap_or_default().trim().to_string();
    let next = safe_next(form.get("next"));
    if let Err((status, message)) = login_guard(&req, &state, &form) {
        return login_page(&req, &state, status, &email, &next, Some(message), false);
    }
    let secret = form.get("password").unwrap_or_default().to_string();
    let at = now();
    let e = email.clone();
    let user = state
        .db
        .read(move |c| Ok(staff::find_user_by_email(c, &e)?))
        .await?;
    let wrong = "Wrong email or password.".to_string();
    let Some(user) = user.filter(|u| !u.disabled) else {
        // As slow as a real check, so a wrong email is indistinguishable from a wrong password.
        let _ = web::block(move || password::verify(&secret, password::decoy())).await;
        return login_page(
            &req,
            &state,
            StatusCode::UNAUTHORIZED,
            &email,
            &next,
            Some(wrong),
            false,
        );
    };
    if let Some(until) = user.locked_until.filter(|u| *u > at) {
        return login_page(
            &req,
            &state,
            StatusCode::TOO_MANY_REQUESTS,
            &email,
            &next,
            Some(format!(
                "This account is locked after repeated failed sign-ins until {} UTC.",
                until.format("%H:%M")
            )),
            false,
        );
    }
    let hash = user.password_hash.clone();
    let ok = web::block(move || password::verify(&secret, &hash))
        .await
        .unwrap_or(false);
    let actor = Actor {
        who: user.actor(),
        authority_code: Some(user.authority_code.clone()),
    };
    if !ok {
        let (u, a) = (user.clone(), actor.clone());
        let locked = state
            .db
            .write(move |c| {
                let locked = staff::record_failed_login(c, &u, at)?;
                audit::append(
                    c,
                    &a,
                    AuditAction::LoginFailed,
                    None,
                    json!({"locked": locked}),
                    at,
                )?;
                Ok(locked)
            })
            .await?;
        let message = if locked {
            format!(
                "Wrong email or password. The account is now locked for {} minutes.",
                staff::LOCKOUT_MINUTES
            )
        } else {
            wrong
        };
        return login_page(
            &req,
            &state,
            StatusCode::UNAUTHORIZED,
            &email,
            &next,
            Some(message),
            false,
        );
    }
    let two_factor = user.totp_enabled;
    let (uid, a) = (user.id, actor);
    let token = state
        .db
        .write(move |c| {
            staff::record_login(c, uid)?;
            let token = staff::create_session(c, uid, !two_factor, at)?;
            audit::append(
                c,
                &a,
                if two_factor {
                    AuditAction::LoginPassword
                } else {
                    AuditAction::Login
                },
                None,
                json!({}),
                at,
            )?;
            Ok(token)
        })
        .await?;
    let to = if two_factor {
        format!("/authority/login/totp?next={}", url_escape(&next))
    } else {
        next
    };
    let mut r = see_other(to);
    r.add_cookie(&session_cookie(&state, token))
        .map_err(|e| PageError(AppError::Unexpected(e.into())))?;
    Ok(r)
}

/// The session of a request that has passed the password but not yet the second factor.
async fn half_session(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<(String, StaffUser)>, PageError> {
    let Some(token) = req.cookie(COOKIE).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let t = token.clone();
    let at = now();
    let s = state
        .db
        .read(move |c| Ok(staff::find_session(c, &t, Duration::minutes(10), at)?))
        .await?;
    Ok(s.filter(|s| !s.second_factor_done).map(|s| (token, s.user)))
}

pub async fn totp_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    if half_session(&req, &state).await?.is_none() {
        return Ok(see_other("/authority/login".into()));
    }
    login_page(
        &req,
        &state,
        StatusCode::OK,
        "",
        &safe_next(q.next.as_deref()),
        None,
        true,
    )
}

pub async fn totp(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = read_form(&body)?;
    let next = safe_next(form.get("next"));
    let Some((token, user)) = half_session(&req, &state).await? else {
        return Ok(see_other("/authority/login".into()));
    };
    if let Err((status, message)) = login_guard(&req, &state, &form) {
        return login_page(&req, &state, status, "", &next, Some(message), true);
    }
    let code = form.get("code").unwrap_or_default().trim().to_string();
    let at = now();
    let by_app = user
        .totp_secret
        .as_deref()
        .is_some_and(|s| totp::verify(s, &code, at.timestamp()));
    let recovery = hash_token(&code.to_ascii_lowercase().replace([' ', '-'], ""));
    let by_recovery = !by_app && user.recovery_codes.contains(&recovery);
    let actor = Actor {
        who: user.actor(),
        authority_code: Some(user.authority_code.clone()),
    };
    if !(by_app || by_recovery) {
        let (u, a) = (user.clone(), actor);
        state
            .db
            .write(move |c| {
                staff::record_failed_login(c, &u, at)?;
                Ok(audit::append(
                    c,
                    &a,
                    AuditAction::LoginTotpFailed,
                    None,
                    json!({}),
                    at,
                )?)
            })
            .await?;
        return login_page(&req, &state, StatusCode::UNAUTHORIZED, "", &next, Some("That code is not valid. Enter the current 6-digit code from your app, or a recovery code.".into()), true);
    }
    state
        .db
        .write(move |c| {
            if by_recovery {
                let left: Vec<String> = user
                    .recovery_codes
                    .iter()
                    .filter(|h| **h != recovery)
                    .cloned()
                    .collect();
                staff::set_totp(c, user.id, user.totp_secret.as_deref(), true, &left)?;
            }
            staff::complete_second_factor(c, &token)?;
            Ok(audit::append(
                c,
                &actor,
                AuditAction::Login,
                None,
                json!({"second_factor": if by_recovery { "recovery_code" } else { "totp" }}),
                at,
            )?)
        })
        .await?;
    Ok(see_other(next))
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = read_form(&body)?;
    if !csrf::verify(&req, &state.secret, form.get("csrf")) {
        return Err(PageError(AppError::Forbidden(
            "The form expired; reload the page and try again.".into(),
        )));
    }
    let at = now();
    let (token, actor) = (staff.token.clone(), staff.actor());
    state
        .db
        .write(move |c| {
            staff::delete_session(c, &token)?;
            Ok(audit::append(
                c,
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
