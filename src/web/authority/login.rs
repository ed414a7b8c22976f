//! Staff sign-in: argon2id passwords and TOTP (or a recovery code), per-address rate limits
//! and per-account lockout; a session cookie (`super::session`) once both factors pass.

use super::lockout::{self, actor_of};
use super::session::{safe_next, session_cookie, session_token, url_escape};
use crate::app::AppError;
use crate::auth::totp;
use crate::domain::audit::AuditAction;
use crate::secrets::hash_token;
use crate::storage::audit;
use crate::storage::sign_in::{self, Attempt};
use crate::storage::staff::{self, StaffUser};
use crate::web::forms::csrf::{self, Forged, Posted};
use crate::web::lang::page_tr;
use crate::web::pages::{page, see_other, PageError};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;
use serde_json::json;

#[derive(Template)]
#[template(path = "authority/login.html")]
struct LoginPage {
    tr: Tr,
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

/// The sign-in page (or its second step) with an optional error.
struct Shown<'a> {
    status: StatusCode,
    email: &'a str,
    next: &'a str,
    error: Option<String>,
    totp: bool,
}

fn login_page(req: &HttpRequest, state: &AppState, s: Shown) -> Result<HttpResponse, PageError> {
    let (token, cookie) = csrf::issue_staff(req, state);
    let tr = page_tr(req, None);
    page(
        s.status,
        &LoginPage {
            title: if s.totp {
                tr.t("staff-login-totp-title")
            } else {
                tr.t("staff-login-title")
            },
            tr,
            csrf: token,
            next: s.next.to_string(),
            email: s.email.to_string(),
            error: s.error,
            totp: s.totp,
        },
        cookie,
    )
}

/// `GET /authority/login`.
pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    let next = safe_next(q.next.as_deref());
    let shown = Shown {
        status: StatusCode::OK,
        email: "",
        next: &next,
        error: None,
        totp: false,
    };
    login_page(&req, &state, shown)
}

/// `POST /authority/login`: the password step. A wrong password, an unknown account and a
/// disabled one cost the same check and read the same; the lock is checked first.
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (form, refused) = lockout::admit(&req, &state, posted);
    let email = form.get("email").unwrap_or_default().trim().to_string();
    let next = safe_next(form.get("next"));
    let again = |status, error: String| {
        let shown = Shown {
            status,
            email: &email,
            next: &next,
            error: Some(error),
            totp: false,
        };
        login_page(&req, &state, shown)
    };
    if let Some((status, why)) = refused {
        return again(status, why);
    }
    let address = lockout::client_address(&req).to_string();
    if let Some(until) = lockout::lock_of(&state, &email, &address).await? {
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            lockout::locked_message(&page_tr(&req, None), until),
        );
    }
    let secret = form.get("password").unwrap_or_default().to_string();
    let e = email.clone();
    let accounts = state
        .db
        .read(move |c| Ok(sign_in::accounts_of(c, &e)?))
        .await?;
    let Ok(user) = lockout::matching_account(&state, secret, &accounts).await else {
        let why = page_tr(&req, None).t("staff-login-busy");
        return again(StatusCode::SERVICE_UNAVAILABLE, why).map(lockout::retry_later);
    };
    let Some(user) = user else {
        let (why, _) = lockout::failed(
            &state,
            &email,
            &address,
            &accounts,
            AuditAction::LoginFailed,
            &page_tr(&req, None),
        )
        .await?;
        return again(StatusCode::UNAUTHORIZED, why);
    };
    let two_factor = user.totp_enabled;
    let token = open_session(&state, &user, &address).await?;
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

/// A session after the password: complete (the failures of this address forgotten), or
/// waiting for the second factor (they still count).
async fn open_session(
    state: &AppState,
    user: &StaffUser,
    address: &str,
) -> Result<String, PageError> {
    let two_factor = user.totp_enabled;
    let (uid, a, at) = (user.id, actor_of(user), state.clock.now());
    let (email, address) = (user.email.clone(), address.to_string());
    let key = state.audit_key.clone();
    Ok(state
        .db
        .write(move |c| {
            let token = staff::create_session(c, uid, !two_factor, at)?;
            let what = if two_factor {
                AuditAction::LoginPassword
            } else {
                staff::record_login(c, uid)?;
                let who = Attempt {
                    email: &email,
                    address: &address,
                };
                sign_in::clear_failures(c, &who)?;
                AuditAction::Login
            };
            audit::append(c, &key, &a, what, None, json!({}), at)?;
            Ok(token)
        })
        .await?)
}

/// The session of a request that has passed the password but not yet the second factor.
async fn half_session(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<(String, StaffUser)>, PageError> {
    let Some(token) = session_token(req, state) else {
        return Ok(None);
    };
    let t = token.clone();
    let at = state.clock.now();
    let s = state
        .db
        .read(move |c| Ok(staff::find_session(c, &t, Duration::minutes(10), at)?))
        .await?;
    Ok(s.filter(|s| !s.second_factor_done).map(|s| (token, s.user)))
}

/// `GET /authority/login/totp`.
pub async fn totp_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    if half_session(&req, &state).await?.is_none() {
        return Ok(see_other("/authority/login".into()));
    }
    let next = safe_next(q.next.as_deref());
    let shown = Shown {
        status: StatusCode::OK,
        email: "",
        next: &next,
        error: None,
        totp: true,
    };
    login_page(&req, &state, shown)
}

/// `POST /authority/login/totp`: the second factor, by app code or recovery code.
pub async fn totp(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (form, refused) = lockout::admit(&req, &state, posted);
    let next = safe_next(form.get("next"));
    let again = |status, error: String| {
        let shown = Shown {
            status,
            email: "",
            next: &next,
            error: Some(error),
            totp: true,
        };
        login_page(&req, &state, shown)
    };
    // A forged post is refused before anything else, signed in halfway or not.
    if let Some((status, why)) = refused.as_ref().filter(|r| r.0 == StatusCode::FORBIDDEN) {
        return again(*status, why.clone());
    }
    let Some((token, user)) = half_session(&req, &state).await? else {
        return Ok(see_other("/authority/login".into()));
    };
    if let Some((status, why)) = refused {
        return again(status, why);
    }
    let address = lockout::client_address(&req).to_string();
    if let Some(until) = lockout::lock_of(&state, &user.email, &address).await? {
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            lockout::locked_message(&page_tr(&req, None), until),
        );
    }
    let code = form.get("code").unwrap_or_default().trim().to_string();
    let by_app = app_code_accepted(&state, &user, &code).await?;
    let recovery = hash_token(&code.to_ascii_lowercase().replace([' ', '-'], ""));
    let by_recovery = !by_app && user.recovery_codes.contains(&recovery);
    if !(by_app || by_recovery) {
        let failed = AuditAction::LoginTotpFailed;
        let (why, locked) = lockout::failed(
            &state,
            &user.email,
            &address,
            std::slice::from_ref(&user),
            failed,
            &page_tr(&req, None),
        )
        .await?;
        if locked {
            // Locked halfway: after the lock, the password is asked again.
            state
                .db
                .write(move |c| Ok(staff::delete_session(c, &token)?))
                .await?;
            return again(StatusCode::UNAUTHORIZED, why);
        }
        let why = page_tr(&req, None).t("staff-login-code-invalid");
        return again(StatusCode::UNAUTHORIZED, why);
    }
    let spent = by_recovery.then_some(recovery);
    second_factor_passed(&state, user, token, spent, &address).await?;
    Ok(see_other(next))
}

/// Whether `code` is the app's code now for a time step not used before: each step signs in
/// once, so a replayed code fails like a wrong one.
async fn app_code_accepted(
    state: &AppState,
    user: &StaffUser,
    code: &str,
) -> Result<bool, PageError> {
    let at = state.clock.now();
    let seed = match user.totp_secret.as_deref() {
        Some(stored) => Some(
            state
                .secret
                .open_totp(user.id, stored)
                .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!(e))))?,
        ),
        None => None,
    };
    let step = seed
        .as_deref()
        .and_then(|s| totp::matching_step(s, code, at.timestamp()));
    let Some(step) = step else {
        return Ok(false);
    };
    let (uid, step) = (user.id, i64::try_from(step).unwrap_or(i64::MAX));
    Ok(state
        .db
        .write(move |c| Ok(sign_in::accept_totp_step(c, uid, step)?))
        .await?)
}

/// Completes the session, forgets this address's failures; a recovery code used is spent.
async fn second_factor_passed(
    state: &AppState,
    user: StaffUser,
    token: String,
    recovery: Option<String>,
    address: &str,
) -> Result<(), PageError> {
    let (actor, at, address) = (actor_of(&user), state.clock.now(), address.to_string());
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            if let Some(used) = &recovery {
                let left: Vec<String> = user
                    .recovery_codes
                    .iter()
                    .filter(|h| *h != used)
                    .cloned()
                    .collect();
                staff::set_totp(c, user.id, user.totp_secret.as_deref(), true, &left)?;
            }
            staff::complete_second_factor(c, &token)?;
            staff::record_login(c, user.id)?;
            let who = Attempt {
                email: &user.email,
                address: &address,
            };
            sign_in::clear_failures(c, &who)?;
            let how = if recovery.is_some() {
                "recovery_code"
            } else {
                "totp"
            };
            let detail = json!({"second_factor": how});
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::Login,
                None,
                detail,
                at,
            )?)
        })
        .await?;
    Ok(())
}
