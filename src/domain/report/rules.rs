//! Rules spanning fields (spec §2.3–§2.8): what each stage requires, when a filing is late,
//! and the order of the clock anchors. They run on already-parsed facts.

use super::facts::{Facts, UserCount};
use super::fields::{self as F, Item, Kind, Need};
use super::{has_user_thresholds, Context};
use crate::domain::codes::*;
use crate::domain::deadlines::Clock;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::{Checker, Msg};
use chrono::{DateTime, Duration, Utc};

/// Clock skew tolerated between a client's "now" and ours.
const SKEW: i64 = 120;

/// Required and conditional fields of each stage (spec §2.3–§2.7): the registry says which
/// fields a stage requires; the conditions below say when the others are.
pub(super) fn stage_rules(c: &mut Checker, stage: Stage, f: &Facts, ctx: &Context) {
    required_fields(c, stage, f);
    let thresholds = has_user_thresholds(ctx.entity_type);
    match stage {
        Stage::EarlyWarning => early_warning(c, f),
        Stage::IncidentNotification => {
            early_warning(c, f);
            impact(c, f, thresholds, false);
            if f.suspected_malicious == Some(Tri::Yes) {
                c.require(F::INCIDENT_CLASS.name, f.incident_class);
                c.require(F::INCIDENT_TYPE.name, f.incident_type);
            }
        }
        Stage::IntermediateReport => {}
        Stage::ProgressReport => {
            if f.incident_status == Some(IncidentStatus::Resolved) {
                c.fail(
                    F::INCIDENT_STATUS.name,
                    Msg::t("api-report-progress-resolved"),
                );
            }
            if f.expected_resolution_at.is_some_and(|t| t <= ctx.now) {
                c.fail(F::EXPECTED_RESOLUTION_AT.name, Msg::t("api-field-future"));
            }
        }
        Stage::FinalReport => final_report(c, f, ctx, thresholds),
        // Not NIS2 stages: the sibling regimes' rules are in `answers.rs`.
        _ => {}
    }
}

/// Whether an error was already recorded for the field `name` or below it.
fn has_error(c: &Checker, name: &str) -> bool {
    let path = c.path(name);
    c.errors.list().iter().any(|e| {
        e.field
            .strip_prefix(path.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['[', '.']))
    })
}

/// Every field the registry marks required at `stage` must be present (or already wrong).
fn required_fields(c: &mut Checker, stage: Stage, f: &Facts) {
    let present = f.to_json();
    for field in F::all() {
        if field.need(stage) != Need::Required
            || field.name == F::STAGE.name
            || present.get(field.name).is_some()
            || has_error(c, field.name)
        {
            continue;
        }
        let message = match field.kind {
            Kind::List(Item::Service) => Msg::t("api-field-one-service"),
            Kind::List(_) => Msg::t("api-field-one-entry"),
            Kind::Codes(list) => Msg::t1("api-field-one-code", "codes", list.codes().join(", ")),
            _ => Msg::t("api-field-required"),
        };
        c.fail(field.name, message);
    }
}

fn early_warning(c: &mut Checker, f: &Facts) {
    if f.assistance_requested == Some(true) {
        c.require(F::ASSISTANCE_DETAILS.name, f.assistance_details.as_ref());
    }
}

fn impact(c: &mut Checker, f: &Facts, thresholds: bool, final_values: bool) {
    if final_values && f.severity == Some(Severity::Unknown) {
        c.fail(F::SEVERITY.name, Msg::t("api-report-severity-known"));
    }
    if thresholds {
        match c.require(F::USERS_AFFECTED.name, f.users_affected) {
            Some(UserCount::Unknown) if final_values => {
                c.fail(F::USERS_AFFECTED.name, Msg::t("api-report-users-number"))
            }
            _ => {}
        }
        c.require(F::USERS_TOTAL_EU.name, f.users_total_eu);
    }
    if f.service_impact.is_some_and(|i| i != ServiceImpact::None)
        && f.outage_start.is_none()
        && f.outage_duration_min.is_none()
    {
        c.fail(F::OUTAGE_START.name, Msg::t("api-report-outage-start"));
    }
}

fn final_report(c: &mut Checker, f: &Facts, ctx: &Context, thresholds: bool) {
    impact(c, f, thresholds, true);
    match f.root_cause_category {
        Some(RootCause::Unknown) => {
            c.require(
                F::ROOT_CAUSE_UNKNOWN_REASON.name,
                f.root_cause_unknown_reason.as_ref(),
            );
        }
        Some(RootCause::MaliciousAction) => {
            c.require(F::INCIDENT_CLASS.name, f.incident_class);
            c.require(F::INCIDENT_TYPE.name, f.incident_type);
        }
        _ => {}
    }
    let flagged = ctx.case.as_ref().is_some_and(|k| k.cross_border_flagged)
        || f.cross_border_possible == Some(Tri::Yes);
    if flagged && !has_error(c, F::CROSS_BORDER_IMPACT.name) {
        c.require(F::CROSS_BORDER_IMPACT.name, f.cross_border_impact.as_ref());
    }
    if f.incident_status
        .is_some_and(|s| s != IncidentStatus::Resolved)
    {
        c.fail(F::INCIDENT_STATUS.name, Msg::t("api-report-final-resolved"));
    }
}

/// Whether this filing is late, requiring `late_reason` then (spec §1.3.5).
pub(super) fn lateness(c: &mut Checker, stage: Stage, f: &Facts, ctx: &Context) -> bool {
    let tsp = ctx.entity_type.is_trust_service_provider();
    let (clock, filed) = match &ctx.case {
        Some(case) => (
            case.clock.clone(),
            case.filed
                .iter()
                .filter(|x| x.regime == Regime::Nis2)
                .copied()
                .collect(),
        ),
        None => match f.aware_at {
            Some(aware_at) => (
                Clock {
                    aware_at,
                    timezone: ctx.timezone,
                    trust_service_provider: tsp,
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
    // Judged against the anchors this filing states (spec §1.1, §1.2, §1.3 rule 7).
    let clock = Clock {
        aware_at: f.aware_at.unwrap_or(clock.aware_at),
        trust_service_provider: Clock::notification_24h(tsp, f.affects_trust_services),
        handled_at: f.handled_at.or(clock.handled_at),
        ..clock
    };
    let late = clock.is_late(stage, &filed, ctx.now);
    if late && f.late_reason.is_none() && !c.errors.has(&c.path(F::LATE_REASON.name)) {
        c.fail(F::LATE_REASON.name, Msg::t("api-report-late-reason"));
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
                     what: Option<&str>| {
        if let (Some(a), Some(b)) = (a, b) {
            if a > b {
                c.fail(
                    name,
                    match what {
                        Some(other) => Msg::t1("api-field-not-after", "other", other),
                        None => Msg::t("api-field-after-submission"),
                    },
                );
            }
        }
    };
    for (name, t) in [
        (F::AWARE_AT.name, f.aware_at),
        (F::DETECTED_AT.name, f.detected_at),
        (F::STARTED_AT.name, f.started_at),
        (F::HANDLED_AT.name, f.handled_at),
    ] {
        not_after(c, name, t, Some(now), None);
    }
    not_after(
        c,
        F::DETECTED_AT.name,
        f.detected_at,
        f.aware_at,
        Some("aware_at"),
    );
    not_after(
        c,
        F::STARTED_AT.name,
        f.started_at,
        f.detected_at.or(f.aware_at),
        Some(if f.detected_at.is_some() {
            "detected_at"
        } else {
            "aware_at"
        }),
    );
    impact_rules(c, f);
}

/// The impact figures' rules spanning several fields (spec §2.4).
fn impact_rules(c: &mut Checker, f: &Facts) {
    if let (Some(aware), Some(handled)) = (f.aware_at, f.handled_at) {
        if handled < aware {
            c.fail(
                F::HANDLED_AT.name,
                Msg::t1("api-field-not-before", "other", "aware_at"),
            );
        }
    }
    if let (Some(a), Some(b)) = (f.outage_start, f.outage_end) {
        if b < a {
            c.fail(
                F::OUTAGE_END.name,
                Msg::t1("api-field-not-before", "other", "outage_start"),
            );
        }
    }
    if let (Some(UserCount::Known(a)), Some(total)) = (f.users_affected, f.users_total_eu) {
        if a > total {
            c.fail(
                F::USERS_AFFECTED.name,
                Msg::t1("api-field-not-exceed", "other", "users_total_eu"),
            );
        }
    }
    if f.cross_border_possible == Some(Tri::Yes)
        && f.cross_border_ms.is_empty()
        && f.geo_spread.is_some()
    {
        c.fail(
            F::CROSS_BORDER_MS.name,
            Msg::t("api-report-cross-border-ms"),
        );
    }
    if matches!(f.geo_spread, Some(GeoSpread::MultiMs | GeoSpread::Global))
        && f.cross_border_ms.is_empty()
        && !c.errors.has(&c.path(F::CROSS_BORDER_MS.name))
    {
        c.fail(F::CROSS_BORDER_MS.name, Msg::t("api-report-spread-ms"));
    }
    if f.financial_loss_eur.is_none() && f.financial_loss_confidence.is_some() {
        c.fail(
            F::FINANCIAL_LOSS_EUR.name,
            Msg::t1(
                "api-field-required-with",
                "other",
                "financial_loss_confidence",
            ),
        );
    }
}
