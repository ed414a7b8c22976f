//! The `aware_at` anchor and the trust-service question of a report (spec §1.1, §1.2, §1.3
//! rule 8): the case owns `aware_at`; a later filing changes it only explicitly, with
//! `aware_at_change_reason`; NIS2 awareness cannot predate 18 October 2024.

use super::facts::Facts;
use super::fields as F;
use super::input::{ReportInput, Scalar};
use super::Context;
use crate::domain::validation::{Checker, Msg};
use chrono::{DateTime, SecondsFormat, TimeZone, Utc};

/// NIS2 reporting duties apply from 18 October 2024 (Art. 41): the earliest `aware_at`.
pub fn nis2_applies_from() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 10, 18, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// A later filing that does not state `aware_at` itself keeps the case's, never a value
/// carried forward from an earlier filing's facts (which the case may have moved since). Only
/// the stages whose fields include `aware_at` (the early warning and the notification, and a
/// voluntary notification's `observed_at`) state it; on the others it is not a field, like
/// any field foreign to a stage, and the case's stays.
pub(super) fn keep_case_anchor(input: &mut ReportInput, provided: &[String], ctx: &Context) {
    let stage = input
        .stage
        .as_ref()
        .and_then(|s| crate::domain::lifecycle::Stage::from_code(s.0.trim()));
    let states_it = stage.is_none_or(|s| F::AWARE_AT.need(s) != F::Need::No);
    if let Some(case) = &ctx.case {
        if !states_it || !provided.iter().any(|p| p == F::AWARE_AT.name) {
            let at = case
                .clock
                .aware_at
                .to_rfc3339_opts(SecondsFormat::AutoSi, true);
            input.aware_at = Some(Scalar(at));
        }
    }
}

/// The rules of §1.1, §1.2 and §1.3 rule 8 on the parsed facts.
pub(super) fn rules(c: &mut Checker, f: &Facts, ctx: &Context) {
    let earliest = nis2_applies_from();
    if f.aware_at.is_some_and(|t| t < earliest) {
        c.fail(F::AWARE_AT.name, Msg::t("api-report-aware-before-nis2"));
    }
    let case_aware = ctx.case.as_ref().map(|k| k.clock.aware_at);
    let changed =
        matches!((case_aware, f.aware_at), (Some(a), Some(b)) if a.timestamp() != b.timestamp());
    let has_reason = f.aware_at_change_reason.is_some();
    let reason_error = c.errors.has(&c.path(F::AWARE_AT_CHANGE_REASON.name));
    match case_aware {
        Some(old) if changed && !has_reason && !reason_error => c.fail(
            F::AWARE_AT.name,
            Msg::t1(
                "api-report-aware-changed",
                "old",
                old.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            ),
        ),
        Some(old) if !changed && has_reason => c.fail(
            F::AWARE_AT_CHANGE_REASON.name,
            Msg::t1(
                "api-report-aware-reason-unchanged",
                "old",
                old.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            ),
        ),
        None if has_reason => c.fail(
            F::AWARE_AT_CHANGE_REASON.name,
            Msg::t("api-report-aware-reason-first"),
        ),
        _ => {}
    }
    if f.affects_trust_services.is_some() && !ctx.entity_type.is_trust_service_provider() {
        c.fail(
            F::AFFECTS_TRUST_SERVICES.name,
            Msg::t("api-report-trust-services-only"),
        );
    }
}
