//! Share packages as use cases (spec v0.2 §6; NIS2 Art. 23(6), 23(8), 23(10)): an authority
//! a case is routed to shares chosen fields with other authorities; they are mailed and read
//! exactly that package; the sender revokes it. Each step is audited on the case, so the
//! sender sees it in the case's audit trail.

use super::handling::Officer;
use super::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::audit_chain::ChainKey;
use crate::domain::msg::Msg;
use crate::domain::names::AuthorityCode;
use crate::domain::package::{self, CaseFacts, Package, PackageInput, PackageRequest};
use crate::domain::routing::RoutingTable;
use crate::storage::outbox::payload::SharePackage;
use crate::storage::outbox::{self, NewMessage, Payload};
use crate::storage::{audit, cases, entities, handling, packages, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Makes a package from a case routed to the officer's authority, queues one mail per
/// recipient and audits it. 404 if the case is not the officer's, 403 for observers, 422 for
/// a request that names an unknown authority or no field.
pub fn create(
    c: &mut DbConn,
    key: &ChainKey,
    routing: &RoutingTable,
    officer: &Officer,
    case_id: Uuid,
    input: &PackageInput,
    now: DateTime<Utc>,
) -> Result<Package, AppError> {
    in_charge(c, officer, case_id)?;
    if !officer.role.can_act() {
        return Err(AppError::Forbidden(Msg::t("api-package-observer-share")));
    }
    let request =
        PackageRequest::parse(input, routing, &officer.authority).map_err(AppError::Validation)?;
    let case = cases::find_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    let entity = entities::find_entity(c, case.entity_id)?.ok_or(AppError::NotFound)?;
    // A package holds no more than its sender sees (spec §7: its own threads' facts).
    let case = super::visibility::for_authority(c, routing, &officer.authority, case, vec![])?.case;
    let p = &entity.profile;
    let content = package::content(
        &request.fields,
        &CaseFacts {
            reference: case.reference.as_str(),
            entity_name: &p.legal_name,
            member_state: case.member_state.as_str(),
            sector: p.classification.sector.as_str(),
            entity_type: p.classification.entity_type.as_str(),
            facts: &case.facts,
        },
    );
    let made = Package {
        id: Uuid::now_v7(),
        case_id,
        sender: officer.authority.clone(),
        recipients: request.recipients,
        fields: request.fields,
        content,
        tlp: request.tlp,
        note: request.note,
        redact_identity: request.redact_identity,
        created_at: now,
        created_by: officer.who.to_string(),
        revoked_at: None,
        revoked_by: None,
    };
    packages::insert(c, &made)?;
    let fields: Vec<&str> = made.fields.iter().map(|f| f.as_str()).collect();
    audit::append(
        c,
        key,
        &officer.actor(),
        AuditAction::PackageCreated,
        Some(case_id),
        json!({"package": made.id, "recipients": made.recipients.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
               "fields": fields, "tlp": made.tlp.as_str(), "redact_identity": made.redact_identity}),
        now,
    )?;
    outbox::enqueue(c, mail(routing, &made), now)?;
    Ok(made)
}

/// One mail per recipient, listed on the case's mail table for the sender.
fn mail(routing: &RoutingTable, p: &Package) -> Vec<NewMessage> {
    let sender_name = routing
        .authority(&p.sender)
        .map(|a| format!("{} ({})", a.name, a.code))
        .unwrap_or_else(|| p.sender.to_string());
    p.recipients
        .iter()
        .filter_map(|code| routing.authority(code))
        .map(|a| NewMessage {
            dedupe_key: format!("package:{}:{}", p.id, a.code),
            case_id: Some(p.case_id),
            submission_id: None,
            authority_code: Some(a.code.clone()),
            recipients: a.emails.iter().map(|e| e.as_ref().to_string()).collect(),
            payload: Payload::SharePackage(SharePackage {
                package_id: p.id,
                sender_name: sender_name.clone(),
                tlp: p.tlp,
            }),
        })
        .collect()
}

/// Revokes a package of the officer's authority: its recipients can no longer read it.
pub fn revoke(
    c: &mut DbConn,
    key: &ChainKey,
    officer: &Officer,
    package_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Package, AppError> {
    let p = packages::find(c, package_id)?
        .filter(|p| p.sender == officer.authority)
        .ok_or(AppError::NotFound)?;
    if !officer.role.can_act() {
        return Err(AppError::Forbidden(Msg::t("api-package-observer-revoke")));
    }
    if !packages::revoke(c, package_id, now, &officer.who.to_string())? {
        return Err(AppError::Conflict(Msg::t("api-package-revoked")));
    }
    audit::append(
        c,
        key,
        &officer.actor(),
        AuditAction::PackageRevoked,
        Some(p.case_id),
        json!({"package": package_id}),
        now,
    )?;
    packages::find(c, package_id)?.ok_or(AppError::NotFound)
}

/// A package as its recipient reads it (the view audited on the case); 404 for anyone else
/// and once it is revoked.
pub fn view(
    c: &mut DbConn,
    key: &ChainKey,
    actor: &audit::Actor,
    authority: &AuthorityCode,
    package_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Package, AppError> {
    let p = packages::find(c, package_id)?
        .filter(|p| p.readable_by(authority))
        .ok_or(AppError::NotFound)?;
    audit::append(
        c,
        key,
        actor,
        AuditAction::PackageViewed,
        Some(p.case_id),
        json!({"package": package_id}),
        now,
    )?;
    Ok(p)
}

/// The packages an authority received and that still stand.
pub fn received(c: &mut DbConn, authority: &AuthorityCode) -> Result<Vec<Package>, AppError> {
    Ok(packages::received(c, authority)?)
}

/// The packages the officer's authority shared from a case routed to it (never another
/// authority's: their recipients, notes and staff are not its business).
pub fn of_case(c: &mut DbConn, officer: &Officer, case_id: Uuid) -> Result<Vec<Package>, AppError> {
    in_charge(c, officer, case_id)?;
    Ok(packages::of_case(c, case_id)?
        .into_iter()
        .filter(|p| p.sender == officer.authority)
        .collect())
}

fn in_charge(c: &mut DbConn, officer: &Officer, case_id: Uuid) -> Result<(), AppError> {
    let routed = handling::routed(c, case_id)?;
    if routed.iter().any(|r| r.authority_code == officer.authority) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
