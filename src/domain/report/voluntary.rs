//! Voluntary notifications (NIS2 Art. 30, spec §7): incidents, cyber threats and near misses,
//! from entities in scope or not. A report kind, not a stage: the §2.3 field set with
//! `observed_at` instead of `aware_at`, plus `threat_description` and `possible_impact`; no
//! deadlines, so never late. Stored as an early-warning-shaped filing of a case whose `kind`
//! is set (the case then has no clock and sorts below mandatory reports).

use super::fields as F;
use super::input::{ReportInput, Scalar};
use super::{Context, Report};
use crate::domain::codes::code_enum;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::{Checker, FieldErrors, Msg};

code_enum!(
    /// The kind of a voluntary notification (Art. 30(1)).
    ReportKind {
        VoluntaryIncident = "voluntary_incident",
        CyberThreat = "cyber_threat",
        NearMiss = "near_miss",
    }
);

/// Whether this input is a voluntary notification: it names a kind, or it is added to a
/// voluntary case.
pub fn is_voluntary(input: &ReportInput, ctx: &Context) -> bool {
    let named = input.kind.as_ref().is_some_and(|k| !k.0.trim().is_empty());
    named || ctx.kind.is_some()
}

/// Parses a voluntary notification through the one parse step, its clock anchor being
/// `observed_at`; every error is named as the client sent it.
pub(super) fn parse(mut input: ReportInput, ctx: &Context) -> Result<Report, FieldErrors> {
    let mut c = Checker::new("report");
    let kind = input
        .kind
        .as_ref()
        .map(|k| k.0.trim())
        .filter(|k| !k.is_empty())
        .and_then(|k| c.check(F::KIND.name, k.parse::<ReportKind>()));
    let kind = kind.or(ctx.kind);
    c.require(F::KIND.name, kind);
    if input.stage.as_ref().is_some_and(|s| !s.0.trim().is_empty()) {
        c.fail(F::STAGE.name, Msg::t("api-voluntary-no-stage"));
    }
    if input
        .aware_at
        .as_ref()
        .is_some_and(|s| !s.0.trim().is_empty())
    {
        c.fail(F::AWARE_AT.name, Msg::t("api-voluntary-no-aware-at"));
    }
    let earlier = ctx
        .case
        .as_ref()
        .and_then(|k| k.facts.get(F::OBSERVED_AT.name));
    let observed = input
        .observed_at
        .as_ref()
        .map(|s| s.0.clone())
        .filter(|s| !s.trim().is_empty())
        .or_else(|| earlier.and_then(|v| v.as_str()).map(str::to_string));
    let observed_at = c.datetime(F::OBSERVED_AT.name, observed.as_deref());
    if ctx.case.is_none() {
        c.require(F::OBSERVED_AT.name, observed_at);
    }
    let threat = input.threat_description.as_ref().map(|s| s.0.clone());
    let threat_description = c.text(F::THREAT_DESCRIPTION.name, threat.as_deref(), 10, 20_000);
    if kind == Some(ReportKind::CyberThreat) {
        c.require(F::THREAT_DESCRIPTION.name, threat_description.as_ref());
    }
    let impact = input.possible_impact.as_ref().map(|s| s.0.clone());
    let possible_impact = c.text(F::POSSIBLE_IMPACT.name, impact.as_deref(), 1, 20_000);

    input.stage = Some(Scalar(Stage::EarlyWarning.as_str().into()));
    input.aware_at = observed.map(Scalar);
    let errors = c.errors;
    // The parse step skips lateness for a voluntary context: there is no deadline.
    let mut voluntary_ctx = ctx.clone();
    voluntary_ctx.kind = kind.or(Some(ReportKind::VoluntaryIncident));
    match super::parse::parse(input, &voluntary_ctx) {
        Ok(mut report) if errors.is_empty() => {
            report.facts.kind = kind;
            report.facts.observed_at = observed_at;
            report.facts.threat_description = threat_description;
            report.facts.possible_impact = possible_impact;
            report.facts.aware_at = None;
            report.kind = kind;
            Ok(report)
        }
        Ok(_) => Err(errors),
        Err(more) => Err(renamed(errors, more)),
    }
}

/// The parse step's errors as the client named things: `observed_at` for `aware_at`.
fn renamed(mut errors: FieldErrors, more: FieldErrors) -> FieldErrors {
    for e in more.list() {
        let field = if e.field == "report.aware_at" {
            "report.observed_at".to_string()
        } else {
            e.field.clone()
        };
        let message = e.msg.clone().renamed("aware_at", "observed_at");
        if !errors.has(&field) {
            errors.add(field, message);
        }
    }
    errors
}
