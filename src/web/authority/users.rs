//! `/authority/users`: an authority's admins manage its staff accounts (a password reset is
//! `super::password_reset`).

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::auth::password;
use crate::domain::audit::AuditAction;
use crate::domain::contact::EmailAddress;
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

#[derive(Template)]
#[template(path = "authority/users.html")]
struct Users {
    frame: Frame,
    users: Vec<StaffUser>,
    roles: Vec<&'static str>,
    notice: Option<String>,
    error: Option<String>,
}

pub(super) fn admin(staff: &Staff) -> Result<(), PageError> {
    if staff.user.role.can_manage_users() {
        Ok(())
    } else {
        Err(PageError(AppError::Forbidden(
            "only administrators manage users".into(),
        )))
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
    let (frame, cookie) = frame(req, state, staff, "Users");
    page(
        status,
        &Users {
            frame,
            users,
            roles: StaffRole::ALL.iter().map(|r| r.as_str()).collect(),
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
    let (Ok(_), Some(role)) = (EmailAddress::parse(&email), role) else {
        return render(
            &req,
            &state,
            &staff,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some("Give a valid email address and a role.".into()),
        )
        .await;
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
            let id = staff::insert_user(c, &authority, &e, role, &hash, at)?;
            // The administrator saw this password: its user chooses their own at first sign-in.
            staff::require_password_change(c, id)?;
            audit::append(
                c,
                &key,
                &actor,
                AuditAction::UserCreated,
                None,
                json!({"user": id, "email": e, "role": role}),
                at,
            )?;
            Ok(Some(id))
        })
        .await?;
    match created {
        Some(_) => render(&req, &state, &staff, StatusCode::OK, Some(format!("{email} can now sign in with the password {secret} (shown once; hand it over securely). At the first sign-in they must choose their own password.")), None).await,
        None => render(&req, &state, &staff, StatusCode::CONFLICT, None, Some(format!("{email} already has an account."))).await,
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
        .ok_or(PageError(AppError::BadRequest("unknown role".into())))?;
    let disabled = form.get("disabled") == Some("true");
    let reset_totp = form.get("reset_totp") == Some("true");
    if id == staff.user.id && (disabled || role != StaffRole::Admin) {
        return render(
            &req,
            &state,
            &staff,
            StatusCode::CONFLICT,
            None,
            Some("You cannot remove your own administrator access.".into()),
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
