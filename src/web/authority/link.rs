//! `POST /authority/cases/{id}/entity`: the case page's form linking a filing from the public
//! form to a registered entity (spec §2.2), through [`crate::app::linking`]; audited.

use super::case::case_id;
use super::Staff;
use crate::app::linking::link_entity;
use crate::web::forms::csrf::Posted;
use crate::web::pages::{see_other, PageError};
use crate::web::AppState;
use actix_web::{web, HttpResponse};

/// Links, then shows the case again; a refusal is shown with its reason.
pub async fn link(
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let (officer, now) = (staff.officer(), state.clock.now());
    let raw = form.get("entity_id").map(str::to_string);
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| link_entity(c, &key, &officer, id, raw.as_deref(), now))
        .await?;
    state.queue_counts.clear(&staff.user.authority_code);
    Ok(see_other(format!("/authority/cases/{id}?done=entity")))
}
