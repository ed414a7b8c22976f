//! Staff link a filing from an unaffiliated filer (an organisation typed into the public
//! form) to a registered entity (spec §2.2): the case then belongs to that entity, whose API
//! key sees it. Only the authorities in charge may do it, never for information copies or
//! observers; a case already of a registered entity is not moved; the entity must be under
//! the case's member state's jurisdiction (Art. 26). The public filer's private link ends with
//! the link: the case is the entity's now. Audited.

use crate::app::handling::Officer;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::msg::Msg;
use crate::domain::validation::FieldErrors;
use crate::storage::{audit, cases, entities, follow_up, handling, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Links case `case_id` to the registered entity `raw_entity`; returns the previous entity.
pub fn link_entity(
    c: &mut DbConn,
    key: &crate::domain::audit_chain::ChainKey,
    officer: &Officer,
    case_id: Uuid,
    raw_entity: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Uuid, AppError> {
    let routed = handling::routed(c, case_id)?;
    let Some(mine) = routed
        .iter()
        .find(|r| r.authority_code == officer.authority)
    else {
        return Err(AppError::NotFound);
    };
    if !officer.role.can_act() || mine.informed || !mine.role.handles_reports() {
        return Err(AppError::Forbidden(Msg::t("api-link-not-in-charge")));
    }
    let bad = |m: Msg| AppError::Validation(FieldErrors::single("entity_id", m));
    let raw = raw_entity.map(str::trim).filter(|s| !s.is_empty());
    let raw = raw.ok_or_else(|| bad(Msg::t("api-link-required")))?;
    let target = Uuid::parse_str(raw).map_err(|_| bad(Msg::t("api-link-uuid")))?;
    match entities::is_web_entity(c, target)? {
        None => return Err(bad(Msg::t("api-link-none"))),
        Some(true) => return Err(bad(Msg::t("api-link-web-entity"))),
        Some(false) => {}
    }
    let case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    if case.entity_id == target {
        return Err(AppError::Conflict(Msg::t("api-link-same")));
    }
    if entities::is_web_entity(c, case.entity_id)? != Some(true) {
        return Err(AppError::Conflict(Msg::t("api-link-registered")));
    }
    // The entity must fall under the jurisdiction of the case's member state (Art. 26).
    let profile = entities::find_entity(c, target)?
        .ok_or_else(|| bad(Msg::t("api-link-none")))?
        .profile;
    if !profile.jurisdiction().contains(&case.member_state) {
        return Err(bad(Msg::t1(
            "api-link-jurisdiction",
            "state",
            case.member_state.eu_code(),
        )));
    }
    entities::relink_case(c, case_id, target)?;
    follow_up::forget_link(c, case_id)?;
    let detail = json!({"from_entity": case.entity_id, "to_entity": target});
    audit::append(
        c,
        key,
        &officer.actor(),
        AuditAction::CaseEntityLinked,
        Some(case_id),
        detail,
        now,
    )?;
    Ok(case.entity_id)
}
