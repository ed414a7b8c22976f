//! On the case page's share section: the recipients the law proposes (NIS2 Art. 35: the
//! member state's DPA; CRA Art. 14(7), 16(2): the CSIRTs where the product is made available,
//! and ENISA) and the CRA coordinator's recorded decision to delay dissemination.

use super::case::{case_id, load, render as render_case, Loaded, Outcome};
use super::speak::{tr_of, words};
use super::Staff;
use crate::app::dissemination::{self, Proposal};
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::codes::Regime;
use crate::domain::routing::RoutingTable;
use crate::web::forms::csrf::Posted;
use crate::web::pages::{see_other, PageError};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use chrono_tz::Tz;

/// The proposed recipients, as (code, "name (code, role) – provision") for the picker.
pub fn proposed(
    tr: &Tr,
    routing: &RoutingTable,
    staff: &Staff,
    l: &Loaded,
) -> Vec<(String, String)> {
    let me = &staff.user.authority_code;
    (dissemination::proposed(routing, &l.case, &l.regimes, me).iter())
        .filter_map(|p: &Proposal| {
            let a = routing.authority(&p.code)?;
            let basis = match p.basis {
                "nis2_art35" => tr.t("staff-share-basis-art35"),
                _ => tr.t("staff-share-basis-cra"),
            };
            let role = words(tr.lang, a.role.as_str());
            Some((
                a.code.to_string(),
                format!("{} ({}, {role}) – {basis}", a.name, a.code),
            ))
        })
        .collect()
}

/// Whether this case has a CRA thread the viewer serves (it may delay dissemination).
pub fn offers_delay(l: &Loaded) -> bool {
    (l.regimes.iter()).any(|r| matches!(r, Regime::CraVulnerability | Regime::CraIncident))
}

/// The delays recorded on the case by this authority, newest first, in words.
pub fn delays(tr: &Tr, l: &Loaded, tz: Tz) -> Vec<String> {
    (l.trail.iter().rev())
        .filter(|e| e.action == AuditAction::DisseminationDelayed)
        .map(|e| {
            let reason = serde_json::from_str::<serde_json::Value>(&e.detail)
                .ok()
                .and_then(|d| d["reason"].as_str().map(str::to_string))
                .unwrap_or_default();
            let at = crate::words::local_in(tr.lang, e.at, tz);
            tr.t2("staff-delay-recorded", ("at", &at), ("reason", &reason))
        })
        .collect()
}

/// `POST /authority/cases/{id}/dissemination-delay`: records the decision and its reason.
pub async fn delay(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let reason = form.get("reason").map(str::to_string);
    let (routing, o, now) = (state.routing.clone(), staff.officer(), state.clock.now());
    let key = state.audit_key.clone();
    let r = reason.clone();
    let done = state
        .db
        .write(move |c| dissemination::delay(c, &key, &routing, &o, id, r.as_deref(), now))
        .await;
    match done {
        Ok(()) => Ok(see_other(format!(
            "/authority/cases/{id}?done=delay-dissemination#packages"
        ))),
        Err(e @ (AppError::Validation(_) | AppError::Forbidden(_) | AppError::Conflict(_))) => {
            let actor = staff.actor();
            let l = load(
                &state,
                actor,
                staff.user.authority_code.clone(),
                id,
                AuditAction::CaseView,
            )
            .await?;
            let message = super::speak::refusal(&tr_of(&req, &staff), &e);
            let kept = reason.unwrap_or_default();
            let outcome = Outcome {
                notice: None,
                error: Some(tr_of(&req, &staff).t1("staff-delay-refused", "reason", &message)),
                kept: ("delay-dissemination", &kept),
            };
            render_case(&req, &state, &staff, &l, e.status_code(), outcome)
        }
        Err(e) => Err(PageError(e)),
    }
}
