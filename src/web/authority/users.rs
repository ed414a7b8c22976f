//! `/authority/users`: an authority's admins manage its staff accounts (a password reset is
//! `super::password_reset`).

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::auth::password;
use crate::domain::audit::AuditAction;
use crate::domain::contact::EmailAddress;
use crate::domain::msg::Msg;
use crate::domain::staff::StaffRole;
use crate::storage::audit;
use crate::storage::staff::{self, StaffUser};
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, see_other, PageError};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde_json::json;
use uuid::Uuid;

use super::speak;
use crate::words::{Lang, Tr};

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

#[derive(Template)]
#[template(path = "authority/users.html")]
struct Users {
    frame: Frame,
    users: Vec<UserLine>,
    /// Each role as (code, words).
    roles: Vec<(&'static str, String)>,
    /// Each language as (tag, its own name), for a new account.
    languages: Vec<(&'static str, &'static str)>,
    /// The name of the language a new account gets when none is chosen.
    default_language: String,
    notice: Option<String>,
    error: Option<String>,
}

/// One account as the table shows it.
struct UserLine {
    id: Uuid,
    email: String,
    role: StaffRole,
    role_name: String,
    language: &'static str,
    language_name: &'static str,
    totp_enabled: bool,
    disabled: bool,
    must_change_password: bool,
}

fn line(tr: &Tr, u: StaffUser) -> UserLine {
    UserLine {
        id: u.id,
        role_name: speak::role(tr, u.role),
        role: u.role,
        language: u.language.tag(),
        language_name: u.language.endonym(),
        totp_enabled: u.totp_enabled,
        disabled: u.disabled,
        must_change_password: u.must_change_password,
        email: u.email,
    }
}

pub(super) fn admin(staff: &Staff) -> Result<(), PageError> {
    if staff.user.role.can_manage_users() {
        Ok(())
    } else {
        Err(PageError(AppError::Forbidden(Msg::t(
            "api-admin-only-users",
        ))))
    }
}

pub(super) async fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    notice: Option<String>,
    error: Option<String>,
) -> Result<HttpResponse, PageError> {
    let authority = staff.user.authority_code.clone();
    let users = state
        .db
        .read(move |c| Ok(staff::users_of(c, &authority)?))
        .await?;
    let tr = speak::tr_of(req, staff);
    let (frame, cookie) = frame(req, state, staff, &tr.t("staff-users-title"));
    let first = speak::first_language(&state.routing, staff.user.authority_code.as_str());
    page(
        status,
        &Users {
            users: users.into_iter().map(|u| line(&tr, u)).collect(),
            roles: (StaffRole::ALL.iter())
                .map(|r| (r.as_str(), speak::role(&tr, *r)))
                .collect(),
            languages: Lang::ALL.iter().map(|l| (l.tag(), l.endonym())).collect(),
            default_language: first.endonym().to_string(),
            frame,
            notice,
            error,
        },
        cookie,
    )
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    render(&req, &state, &staff, StatusCode::OK, None, None).await
}

pub async fn add(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    let email = form
        .get("email")
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let role = form.get("role").and_then(StaffRole::from_code);
    let tr = speak::tr_of(&req, &staff);
    let language = new_language(&state, &staff, form.get("language"));
    let refused = |why: String| render(&req, &state, &staff, UNPROCESSABLE, None, Some(why));
    let Some(language) = language else {
        return refused(tr.t("staff-account-language-invalid")).await;
    };
    let (Ok(_), Some(role)) = (EmailAddress::parse(&email), role) else {
        return refused(tr.t("staff-users-invalid")).await;
    };
    let secret = crate::secrets::random_token()[..24].to_string();
    let hash = web::block({
        let s = secret.clone();
        move || password::hash(&s)
    })
    .await
    .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!("{e}"))))?;
    let (authority, actor, e, at) = (
        staff.user.authority_code.clone(),
        staff.actor(),
        email.clone(),
        state.clock.now(),
    );
    let key = state.audit_key.clone();
    let created = state
        .db
        .write(move |c| {
            // Unique within the authority: other authorities' staff stay invisible.
            let taken = staff::users_of(c, &authority)?;
            if taken.iter().any(|u| u.email.eq_ignore_ascii_case(e.trim())) {
                return Ok(None);
            }
            let id = staff::insert_user(c, &authority, &e, role, &hash, language, at)?;
            // The administrator saw this password: its user chooses their own at first sign-in.
            staff::require_password_change(c, id)?;
            audit::append(
                c,
                &key,
                &actor,
                AuditAction::UserCreated,
                None,
                json!({"user": id, "email": e, "role": role, "language": language.tag()}),
                at,
            )?;
            Ok(Some(id))
        })
        .await?;
    match created {
        Some(_) => {
            let (e, p) = (("email", &email), ("password", &secret));
            let done = tr.t2("staff-users-created", e, p);
            render(&req, &state, &staff, StatusCode::OK, Some(done), None).await
        }
        None => {
            let taken = tr.t1("staff-users-taken", "email", &email);
            render(
                &req,
                &state,
                &staff,
                StatusCode::CONFLICT,
                None,
                Some(taken),
            )
            .await
        }
    }
}

/// The language of a new account: the one chosen, else the authority's first; `None` for a
/// value that is not one of those offered.
fn new_language(state: &AppState, staff: &Staff, raw: Option<&str>) -> Option<Lang> {
    match raw.map(str::trim).unwrap_or_default() {
        "" => Some(speak::first_language(
            &state.routing,
            staff.user.authority_code.as_str(),
        )),
        tag => speak::chosen_language(tag),
    }
}

pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    let id = Uuid::parse_str(&path).map_err(|_| PageError(AppError::NotFound))?;
    let role = form
        .get("role")
        .and_then(StaffRole::from_code)
        .ok_or(PageError(AppError::BadRequest(Msg::t("api-unknown-role"))))?;
    let disabled = form.get("disabled") == Some("true");
    let reset_totp = form.get("reset_totp") == Some("true");
    if id == staff.user.id && (disabled || role != StaffRole::Admin) {
        return render(
            &req,
            &state,
            &staff,
            StatusCode::CONFLICT,
            None,
            Some(speak::tr_of(&req, &staff).t("staff-users-own-admin")),
        )
        .await;
    }
    let (authority, actor, at) = (
        staff.user.authority_code.clone(),
        staff.actor(),
        state.clock.now(),
    );
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            let target = staff::find_user(c, id)?.filter(|u| u.authority_code == authority).ok_or(AppError::NotFound)?;
            staff::set_role_and_status(c, id, role, disabled)?;
            if reset_totp {
                staff::set_totp(c, id, None, false, &[])?;
                staff::delete_sessions_of(c, id)?;
            }
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::UserUpdated,
                None,
                json!({"user": id, "email": target.email, "role": role, "disabled": disabled, "reset_totp": reset_totp}),
                at,
            )?)
        })
        .await?;
    Ok(see_other("/authority/users".into()))
}
