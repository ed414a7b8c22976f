//! `/authority/account/password`: staff change their own password. The current password is
//! checked like a sign-in (the lock on e-mail and address first, the bounded password check,
//! a wrong one counted as a failure); the new one is judged by
//! [`crate::auth::password::check_strength`] and typed twice. A change ends every other session
//! of the user and clears a password an administrator set (`must_change_password`), which is
//! also where [`super::Staff`] sends such a user before any other page.

use super::lockout::{self, actor_of};
use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::auth::password;
use crate::domain::audit::AuditAction;
use crate::storage::audit;
use crate::storage::staff;
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde_json::json;

/// Where the change of password lives; [`super::Staff`] lets a user with an administrator's
/// password reach only this page and sign-out.
pub const PATH: &str = "/authority/account/password";

/// One password field of the form, with its error.
struct Field {
    id: &'static str,
    name: &'static str,
    label: String,
    autocomplete: &'static str,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "authority/password.html")]
struct PasswordPage {
    frame: Frame,
    forced: bool,
    done: bool,
    fields: Vec<Field>,
    /// (field id, "Label: message") for the summary, in the form's order.
    errors: Vec<(&'static str, String)>,
}

/// What is wrong with each field, if anything.
#[derive(Default)]
struct Errors {
    current: Option<String>,
    new: Option<String>,
    repeat: Option<String>,
}

impl Errors {
    fn any(&self) -> bool {
        self.current.is_some() || self.new.is_some() || self.repeat.is_some()
    }
}

fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    done: bool,
    errors: Errors,
) -> Result<HttpResponse, PageError> {
    let tr = super::speak::tr_of(req, staff);
    let (frame, cookie) = frame(req, state, staff, &tr.t("staff-password-title"));
    let field = |id, name, label, autocomplete, error| Field {
        id,
        name,
        label,
        autocomplete,
        error,
    };
    let fields = vec![
        field(
            "f-current-password",
            "current_password",
            tr.t("staff-password-current"),
            "current-password",
            errors.current,
        ),
        field(
            "f-new-password",
            "new_password",
            tr.t("staff-password-new"),
            "new-password",
            errors.new,
        ),
        field(
            "f-repeat-password",
            "repeat_password",
            tr.t("staff-password-repeat"),
            "new-password",
            errors.repeat,
        ),
    ];
    let summary = fields
        .iter()
        .filter_map(|f| {
            f.error
                .as_ref()
                .map(|e| (f.id, summary_line(&tr, &f.label, e)))
        })
        .collect();
    page(
        status,
        &PasswordPage {
            frame,
            forced: staff.user.must_change_password && !done,
            done,
            fields,
            errors: summary,
        },
        cookie,
    )
}

/// `GET /authority/account/password`.
pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    render(
        &req,
        &state,
        &staff,
        StatusCode::OK,
        false,
        Errors::default(),
    )
}

/// `POST /authority/account/password`.
pub async fn change(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let tr = Tr::new(staff.user.language);
    let typed = |name| form.get(name).unwrap_or_default().to_string();
    let (current, new) = (typed("current_password"), typed("new_password"));
    let address = lockout::client_address(&req);
    let refused = |status, why: String| {
        let errors = Errors {
            current: Some(why),
            ..Errors::default()
        };
        render(&req, &state, &staff, status, false, errors)
    };
    if let Err(wait) = state.login_limit.check(address, state.clock.now()) {
        let why = tr.n("staff-password-rate", wait);
        return refused(StatusCode::TOO_MANY_REQUESTS, why);
    }
    let address = address.to_string();
    let email = staff.user.email.clone();
    if let Some(until) = lockout::lock_of(&state, &email, &address).await? {
        return refused(
            StatusCode::TOO_MANY_REQUESTS,
            lockout::locked_message(&tr, until),
        );
    }
    let mut errors = Errors::default();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if current.is_empty() {
        errors.current = Some(tr.t("staff-password-current-empty"));
    } else {
        let hash = staff.user.password_hash.clone();
        let Ok(right) = state.password_gate.verify(current.clone(), hash).await else {
            let why = tr.t("staff-password-busy");
            return refused(StatusCode::SERVICE_UNAVAILABLE, why).map(lockout::retry_later);
        };
        if !right {
            errors.current = Some(wrong_current(&state, &staff, &address).await?);
            status = StatusCode::UNAUTHORIZED;
        }
    }
    errors.new = judge_new(&tr, &current, &new, &email);
    if errors.new.is_none() && typed("repeat_password") != new {
        errors.repeat = Some(tr.t("staff-password-repeat-differs"));
    }
    if errors.any() {
        return render(&req, &state, &staff, status, false, errors);
    }
    store(&state, &staff, new).await?;
    render(
        &req,
        &state,
        &staff,
        StatusCode::OK,
        true,
        Errors::default(),
    )
}

/// Counts a wrong current password like a failed sign-in of this e-mail from this address
/// (audited as [`AuditAction::PasswordChangeFailed`]); says so, and when the lock now holds.
async fn wrong_current(
    state: &AppState,
    staff: &Staff,
    address: &str,
) -> Result<String, PageError> {
    let (_, locked) = lockout::failed(
        state,
        &staff.user.email,
        address,
        std::slice::from_ref(&staff.user),
        AuditAction::PasswordChangeFailed,
        &Tr::new(staff.user.language),
    )
    .await?;
    let tr = Tr::new(staff.user.language);
    let wrong = tr.t("staff-password-current-wrong");
    Ok(
        match lockout::lock_of(state, &staff.user.email, address).await? {
            // Two sentences: the wrong password, then the lock.
            Some(until) if locked => format!("{wrong} {}", lockout::locked_message(&tr, until)),
            _ => wrong,
        },
    )
}

/// Why the new password cannot be used, if it cannot.
fn judge_new(tr: &Tr, current: &str, new: &str, email: &str) -> Option<String> {
    if new.is_empty() {
        return Some(tr.t("staff-password-new-empty"));
    }
    if new == current {
        return Some(tr.t("staff-password-new-same"));
    }
    password::weakness(new, email).map(|w| w.say(tr))
}

/// A line of the error summary: the field's label, then its message.
fn summary_line(tr: &Tr, label: &str, message: &str) -> String {
    let (l, m) = (("label", label), ("message", message));
    tr.t2("staff-password-summary", l, m)
}

/// Stores the new password (no longer one an administrator set), ends the user's other
/// sessions and audits the change.
async fn store(state: &AppState, staff: &Staff, new: String) -> Result<(), PageError> {
    let hash = web::block(move || password::hash(&new))
        .await
        .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!("{e}"))))?;
    let (id, kept, actor) = (staff.user.id, staff.token.clone(), actor_of(&staff.user));
    let (forced, at, key) = (
        staff.user.must_change_password,
        state.clock.now(),
        state.audit_key.clone(),
    );
    state
        .db
        .write(move |c| {
            staff::set_password(c, id, &hash, false)?;
            let ended = staff::delete_other_sessions(c, id, &kept)?;
            let detail = json!({"other_sessions_ended": ended, "was_set_by_administrator": forced});
            let what = AuditAction::PasswordChanged;
            Ok(audit::append(c, &key, &actor, what, None, detail, at)?)
        })
        .await?;
    Ok(())
}
