//! Rules spanning fields (spec §2.3–§2.8): what each stage requires, when a filing is late,
//! and the order of the clock anchors. They run on already-parsed facts.

use super::facts::{Facts, UserCount};
use super::{has_user_thresholds, Context};
use crate::domain::codes::*;
use crate::domain::deadlines::Clock;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::Checker;
use chrono::{DateTime, Duration, Utc};

/// Clock skew tolerated between a client's "now" and ours.
const SKEW: i64 = 120;

/// Required and conditional fields of each stage (spec §2.3–§2.7).
pub(super) fn stage_rules(c: &mut Checker, stage: Stage, f: &Facts, ctx: &Context) {
    let thresholds = has_user_thresholds(ctx.entity_type);
    let early_warning = |c: &mut Checker| {
        c.require("summary", f.summary.as_ref());
        c.require("suspected_malicious", f.suspected_malicious);
        c.require("cross_border_possible", f.cross_border_possible);
        if f.affected_services.is_empty()
            && !c
                .errors
                .list()
                .iter()
                .any(|e| e.field.starts_with("report.affected_services"))
        {
            c.fail(
                "affected_services",
                "must name at least one affected service",
            );
        }
        if c.require("assistance_requested", f.assistance_requested) == Some(true) {
            c.require("assistance_details", f.assistance_details.as_ref());
        }
    };
    let impact = |c: &mut Checker, final_values: bool| {
        c.require("severity", f.severity);
        if final_values && f.severity == Some(Severity::Unknown) {
            c.fail("severity", "must be known in the final report");
        }
        if f.impact_properties.is_empty()
            && !c
                .errors
                .list()
                .iter()
                .any(|e| e.field.starts_with("report.impact_properties"))
        {
            c.fail(
                "impact_properties",
                format!(
                    "must name at least one: {}",
                    ImpactProperty::ALL
                        .iter()
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        c.require("service_impact", f.service_impact);
        c.require("geo_spread", f.geo_spread);
        if thresholds {
            match c.require("users_affected", f.users_affected) {
                Some(UserCount::Unknown) if final_values => {
                    c.fail("users_affected", "must be a number in the final report")
                }
                _ => {}
            }
            c.require("users_total_eu", f.users_total_eu);
        }
        if f.service_impact.is_some_and(|i| i != ServiceImpact::None)
            && f.outage_start.is_none()
            && f.outage_duration_min.is_none()
        {
            c.fail("outage_start", "is required when the service was impacted (or give outage_duration_min if the times are unknown)");
        }
    };
    match stage {
        Stage::EarlyWarning => early_warning(c),
        Stage::IncidentNotification => {
            early_warning(c);
            c.require("initial_assessment", f.initial_assessment.as_ref());
            impact(c, false);
            c.require("mitigation_taken", f.mitigation_taken.as_ref());
            if f.suspected_malicious == Some(Tri::Yes) {
                c.require("incident_class", f.incident_class);
                c.require("incident_type", f.incident_type);
            }
        }
        Stage::IntermediateReport => {
            c.require("status_update", f.status_update.as_ref());
        }
        Stage::ProgressReport => {
            c.require("status_summary", f.status_summary.as_ref());
            c.require("mitigation_applied", f.mitigation_applied.as_ref());
            c.require("mitigation_ongoing", f.mitigation_ongoing.as_ref());
            if f.incident_status == Some(IncidentStatus::Resolved) {
                c.fail("incident_status", "a progress report is for an incident still ongoing; file the final report instead");
            }
            if f.expected_resolution_at.is_some_and(|t| t <= ctx.now) {
                c.fail("expected_resolution_at", "must be in the future");
            }
        }
        Stage::FinalReport => {
            c.require("detailed_description", f.detailed_description.as_ref());
            impact(c, true);
            match c.require("root_cause_category", f.root_cause_category) {
                Some(RootCause::Unknown) => {
                    c.require(
                        "root_cause_unknown_reason",
                        f.root_cause_unknown_reason.as_ref(),
                    );
                }
                Some(RootCause::MaliciousAction) => {
                    c.require("incident_class", f.incident_class);
                    c.require("incident_type", f.incident_type);
                }
                _ => {}
            }
            c.require("root_cause_description", f.root_cause_description.as_ref());
            c.require("mitigation_applied", f.mitigation_applied.as_ref());
            c.require("mitigation_ongoing", f.mitigation_ongoing.as_ref());
            let flagged = ctx.case.as_ref().is_some_and(|k| k.cross_border_flagged)
                || f.cross_border_possible == Some(Tri::Yes);
            if flagged
                && !c
                    .errors
                    .list()
                    .iter()
                    .any(|e| e.field.starts_with("report.cross_border_impact"))
            {
                c.require("cross_border_impact", f.cross_border_impact.as_ref());
            }
            c.require("handled_at", f.handled_at);
            if f.incident_status
                .is_some_and(|s| s != IncidentStatus::Resolved)
            {
                c.fail("incident_status", "must be resolved for a final report; while the incident is ongoing, file a progress report");
            }
        }
    }
}

/// Whether this filing is late, requiring `late_reason` then (spec §1.3.5).
pub(super) fn lateness(c: &mut Checker, stage: Stage, f: &Facts, ctx: &Context) -> bool {
    let (clock, filed) = match &ctx.case {
        Some(case) => (case.clock.clone(), case.filed.clone()),
        None => match f.aware_at {
            Some(aware_at) => (
                Clock {
                    aware_at,
                    timezone: ctx.timezone,
                    trust_service_provider: ctx.entity_type == "trust_service_provider",
                    notification_submitted_at: None,
                    progress_reported: false,
                    handled_at: None,
                    intermediate: None,
                },
                Vec::new(),
            ),
            None => return false,
        },
    };
    let clock = Clock {
        handled_at: clock.handled_at.or(f.handled_at),
        ..clock
    };
    let late = clock.is_late(stage, &filed, ctx.now);
    if late && f.late_reason.is_none() && !c.errors.has("report.late_reason") {
        c.fail(
            "late_reason",
            "this stage is filed after its deadline: say why (at least 10 characters)",
        );
    }
    late
}

/// Order of the clock anchors and other rules spanning several fields (spec §2.8).
pub(super) fn cross_field_rules(c: &mut Checker, f: &Facts, ctx: &Context) {
    let now = ctx.now + Duration::seconds(SKEW);
    let not_after = |c: &mut Checker,
                     name: &str,
                     a: Option<DateTime<Utc>>,
                     b: Option<DateTime<Utc>>,
                     what: &str| {
        if let (Some(a), Some(b)) = (a, b) {
            if a > b {
                c.fail(name, format!("must not be after {what}"));
            }
        }
    };
    for (name, t) in [
        ("aware_at", f.aware_at),
        ("detected_at", f.detected_at),
        ("started_at", f.started_at),
        ("handled_at", f.handled_at),
    ] {
        not_after(c, name, t, Some(now), "the time of submission");
    }
    not_after(c, "detected_at", f.detected_at, f.aware_at, "aware_at");
    not_after(
        c,
        "started_at",
        f.started_at,
        f.detected_at.or(f.aware_at),
        if f.detected_at.is_some() {
            "detected_at"
        } else {
            "aware_at"
        },
    );
    if let (Some(aware), Some(handled)) = (f.aware_at, f.handled_at) {
        if handled < aware {
            c.fail("handled_at", "must not be before aware_at");
        }
    }
    if let (Some(a), Some(b)) = (f.outage_start, f.outage_end) {
        if b < a {
            c.fail("outage_end", "must not be before outage_start");
        }
    }
    if let (Some(UserCount::Known(a)), Some(total)) = (f.users_affected, f.users_total_eu) {
        if a > total {
            c.fail("users_affected", "must not exceed users_total_eu");
        }
    }
    if f.cross_border_possible == Some(Tri::Yes)
        && f.cross_border_ms.is_empty()
        && f.geo_spread.is_some()
    {
        c.fail(
            "cross_border_ms",
            "is required when cross-border impact is possible",
        );
    }
    if matches!(f.geo_spread, Some(GeoSpread::MultiMs | GeoSpread::Global))
        && f.cross_border_ms.is_empty()
        && !c.errors.has("report.cross_border_ms")
    {
        c.fail(
            "cross_border_ms",
            "is required when the spread is multi_ms or global",
        );
    }
    if f.financial_loss_eur.is_none() && f.financial_loss_confidence.is_some() {
        c.fail(
            "financial_loss_eur",
            "is required when financial_loss_confidence is given",
        );
    }
}
