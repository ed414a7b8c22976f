//! `POST /authority/users/{id}/password`: an administrator gives a user who lost their password
//! a new one, generated and shown once. Its user must change it at the next sign-in (so the
//! administrator never knows a password in use), and their sessions end now.

use super::users::{admin, render};
use super::Staff;
use crate::app::AppError;
use crate::auth::password;
use crate::domain::audit::AuditAction;
use crate::storage::audit;
use crate::storage::staff;
use crate::web::forms::csrf::Posted;
use crate::web::pages::PageError;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;
use uuid::Uuid;

/// Gives the user a new generated password, shown once to the administrator.
pub async fn reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    _: Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    let tr = super::speak::tr_of(&req, &staff);
    let id = Uuid::parse_str(&path).map_err(|_| PageError(AppError::NotFound))?;
    if id == staff.user.id {
        let why = tr.t("staff-users-reset-own");
        return render(&req, &state, &staff, StatusCode::CONFLICT, None, Some(why)).await;
    }
    let secret = crate::secrets::random_token()[..24].to_string();
    let hash = web::block({
        let s = secret.clone();
        move || password::hash(&s)
    })
    .await
    .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!("{e}"))))?;
    let (authority, actor, at) = (
        staff.user.authority_code.clone(),
        staff.actor(),
        state.clock.now(),
    );
    let key = state.audit_key.clone();
    let email = state
        .db
        .write(move |c| {
            let target = staff::find_user(c, id)?
                .filter(|u| u.authority_code == authority)
                .ok_or(AppError::NotFound)?;
            staff::set_password(c, id, &hash, true)?;
            staff::delete_sessions_of(c, id)?;
            let detail = json!({"user": id, "email": target.email});
            audit::append(
                c,
                &key,
                &actor,
                AuditAction::PasswordReset,
                None,
                detail,
                at,
            )?;
            Ok(target.email)
        })
        .await?;
    let (e, p) = (("email", &email), ("password", &secret));
    let notice = tr.t2("staff-users-reset-done", e, p);
    render(&req, &state, &staff, StatusCode::OK, Some(notice), None).await
}
