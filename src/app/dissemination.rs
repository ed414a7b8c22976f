//! Whom a case's packages should go to, by law, and the CRA coordinator's decision to delay
//! them. NIS2 Art. 35: the NIS2 competent authority informs the member state's
//! data-protection authority of a possible personal-data breach. CRA Art. 14(7), 16(2): the
//! coordinator CSIRT disseminates a notification to the CSIRTs of the member states where the
//! product is made available and to ENISA, and may delay that on justified grounds (here a
//! recorded, audited decision with its reason).

use super::handling::Officer;
use super::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::audit_chain::ChainKey;
use crate::domain::case::Case;
use crate::domain::codes::Regime;
use crate::domain::member_state::MemberState;
use crate::domain::msg::Msg;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::{Role, RoutingTable};
use crate::domain::validation::Checker;
use crate::storage::{audit, cases, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// A recipient the law names for this case, with the provision.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub code: AuthorityCode,
    /// `nis2_art35` or `cra_art14_7`.
    pub basis: &'static str,
}

const CRA: [Regime; 2] = [Regime::CraVulnerability, Regime::CraIncident];

/// The recipients a sender seeing `regimes` of `case` should consider (never itself): the
/// member state's DPA for a NIS2 recipient; for the CRA coordinator, the CSIRTs of the member
/// states in `ms_made_available` and ENISA.
pub fn proposed(
    routing: &RoutingTable,
    case: &Case,
    regimes: &[Regime],
    sender: &AuthorityCode,
) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    let mut add = |role: Role, ms: Option<MemberState>, basis: &'static str| {
        let found = (routing.authorities.iter())
            .filter(|a| a.role == role && &a.code != sender)
            .filter(|a| ms.is_none_or(|m| a.member_states.contains(&m)));
        for a in found {
            if !out.iter().any(|p| p.code == a.code) {
                out.push(Proposal {
                    code: a.code.clone(),
                    basis,
                });
            }
        }
    };
    if regimes.contains(&Regime::Nis2) {
        add(Role::Dpa, Some(case.member_state), "nis2_art35");
    }
    if regimes.iter().any(|r| CRA.contains(r)) {
        let named = (case
            .facts
            .get("ms_made_available")
            .and_then(|v| v.as_array()))
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .filter_map(|m| MemberState::parse(m).ok());
        for m in named {
            add(Role::Csirt, Some(m), "cra_art14_7");
        }
        add(Role::Enisa, None, "cra_art14_7");
    }
    out
}

/// Records the coordinator CSIRT's decision to delay dissemination (CRA Art. 16(2)), with its
/// reason, in the case's audit trail. 404 if the case is not the officer's, 403 for
/// observers, 409 without a CRA thread the officer serves, 422 without a reason.
pub fn delay(
    c: &mut DbConn,
    key: &ChainKey,
    routing: &RoutingTable,
    officer: &Officer,
    case_id: Uuid,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let case = cases::find_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    let regimes = super::visibility::regimes_of(c, routing, &officer.authority, &case)?;
    if !officer.role.can_act() {
        return Err(AppError::Forbidden(Msg::t("api-dissemination-observer")));
    }
    if !regimes.iter().any(|r| CRA.contains(r)) {
        return Err(AppError::Conflict(Msg::t(
            "api-dissemination-coordinator-only",
        )));
    }
    let mut check = Checker::new("");
    let reason = check.text("reason", reason, 10, 2000);
    let reason = check.require("reason", reason);
    let Some(reason) = reason.filter(|_| check.errors.is_empty()) else {
        return Err(AppError::Validation(check.errors));
    };
    audit::append(
        c,
        key,
        &officer.actor(),
        AuditAction::DisseminationDelayed,
        Some(case_id),
        json!({"reason": reason}),
        now,
    )?;
    Ok(())
}
