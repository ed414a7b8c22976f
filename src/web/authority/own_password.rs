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
    label: &'static str,
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
    let (frame, cookie) = frame(req, state, staff, "Change your password");
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
            "Current password",
            "current-password",
            errors.current,
        ),
        field(
            "f-new-password",
            "new_password",
            "New password",
            "new-password",
            errors.new,
        ),
        field(
            "f-repeat-password",
            "repeat_password",
            "New password again",
            "new-password",
            errors.repeat,
        ),
    ];
    let summary = fields
        .iter()
        .filter_map(|f| {
            f.error
                .as_ref()
                .map(|e| (f.id, format!("{}: {e}", f.label)))
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
        let why = format!("Too many password checks from your address; wait {wait} seconds.");
        return refused(StatusCode::TOO_MANY_REQUESTS, why);
    }
    let address = address.to_string();
    let email = staff.user.email.clone();
    if let Some(until) = lockout::lock_of(&state, &email, &address).await? {
        return refused(
            StatusCode::TOO_MANY_REQUESTS,
            lockout::locked_message(&Tr::new(staff.user.language), until),
        );
    }
    let mut errors = Errors::default();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if current.is_empty() {
        errors.current = Some("Enter your current password.".into());
    } else {
        let hash = staff.user.password_hash.clone();
        let Ok(right) = state.password_gate.verify(current.clone(), hash).await else {
            let why = "Too many password checks at once; please try again in a moment.";
            return refused(StatusCode::SERVICE_UNAVAILABLE, why.into()).map(lockout::retry_later);
        };
        if !right {
            errors.current = Some(wrong_current(&state, &staff, &address).await?);
            status = StatusCode::UNAUTHORIZED;
        }
    }
    errors.new = judge_new(&current, &new, &email);
    if errors.new.is_none() && typed("repeat_password") != new {
        errors.repeat =
            Some("The new password typed again differs; type the same one twice.".into());
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
    let wrong = "Your current password is not correct.";
    Ok(
        match lockout::lock_of(state, &staff.user.email, address).await? {
            Some(until) if locked => format!(
                "{wrong} {}",
                lockout::locked_message(&Tr::new(staff.user.language), until)
            ),
            _ => wrong.to_string(),
        },
    )
}

/// Why the new password cannot be used, if it cannot.
fn judge_new(current: &str, new: &str, email: &str) -> Option<String> {
    if new.is_empty() {
        return Some("Enter a new password.".into());
    }
    if new == current {
        return Some("The new password must differ from your current one.".into());
    }
    password::check_strength(new, email).err()
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
