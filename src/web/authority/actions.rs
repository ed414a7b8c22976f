//! `POST /authority/cases/{id}/{action}`: the workspace's action forms, each checked and
//! applied by `crate::app::handling`, then the case page again (or the form back with its error).

use super::case::{case_id, load, render, Outcome};
use super::Staff;
use crate::app::handling::{self, Action, ActionInput};
use crate::app::AppError;
use crate::storage::{cases, queue};
use crate::web::forms::csrf::Posted;
use crate::web::forms::{self, FormData};
use crate::web::pages::{see_other, PageError};
use crate::web::AppState;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use uuid::Uuid;

/// The raw fields of an action from a posted form.
pub fn action_input(form: &FormData, tz: chrono_tz::Tz) -> ActionInput {
    let get = |k: &str| {
        form.get(k)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty())
    };
    ActionInput {
        kind: get("kind"),
        message: get("message"),
        questions: get("questions"),
        due_at: get("due_at").map(|d| forms::localize(&d, tz)),
        submission_id: get("submission_id"),
        status: get("status"),
        user_id: form.get("user_id").map(str::to_string),
        reason: get("reason"),
        decision: get("decision"),
        duplicate_of: get("duplicate_of"),
        stage: get("stage"),
        regime: get("regime"),
    }
}

/// `POST /authority/cases/{id}/{action}`: applies the action, then shows the case again.
pub async fn act(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (raw_id, name) = path.into_inner();
    let id = case_id(&raw_id)?;
    if !handling::NAMES.contains(&name.as_str()) {
        return Err(PageError(AppError::NotFound));
    }
    let officer = staff.officer();
    let (o, a) = (officer.clone(), officer.authority.clone());
    let tz = state
        .db
        .read(move |c| {
            if !queue::in_scope(c, &a, id)? {
                return Err(AppError::NotFound);
            }
            Ok(cases::find_case(c, id, None)?
                .ok_or(AppError::NotFound)?
                .clock
                .timezone)
        })
        .await?;
    let input = action_input(&form, tz);
    let result = match Action::parse(&name, &input) {
        Ok(action) => {
            let app = state.clone();
            state
                .db
                .write(move |c| {
                    let now = app.clock.now();
                    handling::act(c, &app.audit_key, &app.routing, &o, id, action, now)
                })
                .await
                .map(drop)
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            state.wake.notify_one();
            state.queue_counts.clear(&staff.user.authority_code);
            Ok(see_other(format!("/authority/cases/{id}?done={name}")))
        }
        Err(e @ (AppError::Validation(_) | AppError::Conflict(_) | AppError::Forbidden(_))) => {
            not_done(&req, &state, &staff, id, &name, &form, e).await
        }
        Err(e) => Err(PageError(e)),
    }
}

/// The case page again with why the action was not done and what was typed.
async fn not_done(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    name: &str,
    form: &FormData,
    e: AppError,
) -> Result<HttpResponse, PageError> {
    let status = e.status_code();
    let tr = super::speak::tr_of(req, staff);
    let message = super::speak::refusal(&tr, &e);
    let l = load(
        state,
        staff.actor(),
        staff.user.authority_code.clone(),
        id,
        crate::domain::audit::AuditAction::CaseView,
    )
    .await?;
    let kept = form
        .get("message")
        .or(form.get("questions"))
        .or(form.get("reason"))
        .unwrap_or_default()
        .to_string();
    let what = super::speak::action_words(&tr, name);
    let error = tr.t2("staff-not-done", ("action", &what), ("reason", &message));
    render(
        req,
        state,
        staff,
        &l,
        status,
        Outcome {
            notice: None,
            error: Some(error),
            kept: (name, &kept),
        },
    )
}
