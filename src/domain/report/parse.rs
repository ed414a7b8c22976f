//! Field rules of spec §2.3–§2.8, applied once to a merged [`ReportInput`]: one function per
//! fieldset, each reading its fields through the registry ([`super::fields`]).

use super::answers::Answer;
use super::facts::{CrossBorderImpact, Facts, TimelineEvent, UserCount};
use super::fields::{self as F, LANGUAGES};
use super::input::{ReportInput, Scalar};
use super::reader::{limits, read_list, Reader, LIST_MAX};
use super::regime_facts;
use super::rules::{cross_field_rules, lateness, stage_rules};
use super::{Context, Report};
use crate::domain::codes::Regime;
use crate::domain::codes::Tlp;
use crate::domain::ioc::{self, Ioc, IocType};
use crate::domain::member_state::MemberState;
use crate::domain::taxonomy;
use crate::domain::validation::{Checker, FieldErrors, Msg};

fn s(v: &Option<Scalar>) -> Option<&str> {
    v.as_ref().map(Scalar::as_str)
}

pub(super) fn parse(raw: ReportInput, ctx: &Context) -> Result<Report, FieldErrors> {
    let (mut input, provided, fields) = raw.over(ctx.case.as_ref().map(|c| &c.facts));
    // Only a filing on an existing case is anchored, and then `fields` is `None`: the reader
    // never sees a map older than `input`.
    super::awareness::keep_case_anchor(&mut input, &provided, ctx);
    let mut r = Reader::new(&input, fields);
    let answers = super::answers::resolve(&mut r.c, &input, ctx);

    let mut f = Facts::default();
    envelope(&mut r, &mut f);
    early_warning(&mut r, &mut f);
    impact(&mut r, &mut f);
    classification(&mut r, &mut f);
    follow_up(&mut r, &mut f);
    final_report(&mut r, &mut f);
    regime_facts::dora(&mut r, &mut f);
    regime_facts::gdpr(&mut r, &mut f);
    regime_facts::cra(&mut r, &mut f);
    let c = &mut r.c;
    f.iocs = parse_iocs(c, &input);
    f.timeline = parse_timeline(c, &input);
    f.cross_border_impact = parse_cross_border_impact(c, &input);

    super::awareness::rules(c, &f, ctx);
    let mut verdicts = Vec::new();
    for (i, &(regime, stage)) in answers.iter().enumerate() {
        let late = if regime == Regime::Nis2 {
            stage_rules(c, stage, &f, ctx);
            // Voluntary notifications (Art. 30) have no deadlines.
            ctx.kind.is_none() && lateness(c, stage, &f, ctx)
        } else {
            super::answers::rules(c, regime, stage, &f, ctx, &answers[..i])
        };
        verdicts.push(Answer {
            regime,
            stage,
            late,
        });
    }
    regime_facts::anchor_rules(c, &f, ctx);
    cross_field_rules(c, &f, ctx);

    let aware_at = c.require(F::AWARE_AT.name, f.aware_at);
    let title = c.require(F::TITLE.name, f.title.clone());
    let incident_status = c.require(F::INCIDENT_STATUS.name, f.incident_status);
    let errors = std::mem::take(&mut c.errors);
    match (verdicts.first(), aware_at, title, incident_status) {
        (Some(first), Some(aware_at), Some(title), Some(incident_status)) if errors.is_empty() => {
            Ok(Report {
                stage: first.stage,
                regime: first.regime,
                aware_at,
                title,
                incident_status,
                late: first.late,
                kind: None,
                answers: verdicts,
                holidays: ctx.holidays.clone(),
                weekend_relief: ctx.weekend_relief,
                facts: f,
                provided,
            })
        }
        _ => Err(errors),
    }
}

/// §2.1: what every filing says about itself.
fn envelope(r: &mut Reader, f: &mut Facts) {
    let language = r
        .raw(&F::LANGUAGE)
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en".into());
    f.language = r.c.check(
        F::LANGUAGE.name,
        if LANGUAGES.contains(&language.as_str()) {
            Ok(language)
        } else {
            Err(Msg::t1(
                "api-report-language",
                "codes",
                LANGUAGES.join(", "),
            ))
        },
    );
    f.tlp = r.code(&F::TLP).or(Some(Tlp::Amber));
    f.entity_internal_ref = r.text(&F::ENTITY_INTERNAL_REF);
    f.supersedes_submission_id = r.uuid(&F::SUPERSEDES_SUBMISSION_ID);
    f.late_reason = r.text(&F::LATE_REASON);
}

/// §2.3: the early warning's fields.
fn early_warning(r: &mut Reader, f: &mut Facts) {
    f.aware_at = r.datetime(&F::AWARE_AT);
    f.aware_at_change_reason = r.text(&F::AWARE_AT_CHANGE_REASON);
    f.affects_trust_services = r.code(&F::AFFECTS_TRUST_SERVICES);
    f.detected_at = r.datetime(&F::DETECTED_AT);
    f.started_at = r.datetime(&F::STARTED_AT);
    f.awareness_basis = r.code(&F::AWARENESS_BASIS);
    f.title = r.text(&F::TITLE);
    f.summary = r.text(&F::SUMMARY);
    f.suspected_malicious = r.code(&F::SUSPECTED_MALICIOUS);
    f.cross_border_possible = r.code(&F::CROSS_BORDER_POSSIBLE);
    f.cross_border_ms = r.member_states(&F::CROSS_BORDER_MS);
    f.affected_sectors = r.sectors(&F::AFFECTED_SECTORS);
    f.affected_services = r.items(&F::AFFECTED_SERVICES);
    f.incident_status = r.code(&F::INCIDENT_STATUS);
    f.significance_basis = r.items(&F::SIGNIFICANCE_BASIS);
    f.assistance_requested = r.boolean(&F::ASSISTANCE_REQUESTED);
    f.assistance_details = r.text(&F::ASSISTANCE_DETAILS);
    f.reported_to_law_enforcement = r.code(&F::REPORTED_TO_LAW_ENFORCEMENT);
    f.personal_data_involved = r.code(&F::PERSONAL_DATA_INVOLVED);
}

/// §2.4: assessment and impact (also the final report's final values).
fn impact(r: &mut Reader, f: &mut Facts) {
    f.initial_assessment = r.text(&F::INITIAL_ASSESSMENT);
    f.severity = r.code(&F::SEVERITY);
    f.outlook = r.code(&F::OUTLOOK);
    f.impact_properties = r.codes(&F::IMPACT_PROPERTIES);
    f.service_impact = r.code(&F::SERVICE_IMPACT);
    f.users_affected = match r.raw(&F::USERS_AFFECTED).map(str::trim) {
        Some(v) if v.eq_ignore_ascii_case("unknown") => Some(UserCount::Unknown),
        _ => r.count(&F::USERS_AFFECTED).map(UserCount::Known),
    };
    f.users_total_eu = r.count(&F::USERS_TOTAL_EU);
    f.outage_start = r.datetime(&F::OUTAGE_START);
    f.outage_end = r.datetime(&F::OUTAGE_END);
    f.outage_duration_min = r.count(&F::OUTAGE_DURATION_MIN);
    f.geo_spread = r.code(&F::GEO_SPREAD);
    f.financial_loss_eur = r.euros(&F::FINANCIAL_LOSS_EUR);
    f.financial_loss_confidence = r.code(&F::FINANCIAL_LOSS_CONFIDENCE);
    f.deaths = r.count(&F::DEATHS);
    f.health_damage = r.code(&F::HEALTH_DAMAGE);
    f.trade_secret_exfiltration = r.code(&F::TRADE_SECRET_EXFILTRATION);
}

/// §2.4: classification, indicators and the response so far.
fn classification(r: &mut Reader, f: &mut Facts) {
    let class = r.raw(&F::INCIDENT_CLASS).map(str::trim);
    f.incident_class = class
        .filter(|v| !v.is_empty())
        .map(taxonomy::parse_class)
        .and_then(|res| r.c.check(F::INCIDENT_CLASS.name, res));
    let kind = r.raw(&F::INCIDENT_TYPE).map(str::trim);
    if let (Some(class), Some(t)) = (f.incident_class, kind.filter(|v| !v.is_empty())) {
        let res = taxonomy::parse_type(class, t);
        f.incident_type = r.c.check(F::INCIDENT_TYPE.name, res);
    } else if kind.is_some_and(|v| !v.is_empty()) && !r.c.errors.has("report.incident_class") {
        r.c.fail(
            F::INCIDENT_TYPE.name,
            Msg::t1("api-field-needs", "other", "incident_class"),
        );
    }
    f.root_cause_category = r.code(&F::ROOT_CAUSE_CATEGORY);
    f.cve_ids = r.items(&F::CVE_IDS);
    f.mitigation_taken = r.text(&F::MITIGATION_TAKEN);
    f.service_recipients_informed = r.code(&F::SERVICE_RECIPIENTS_INFORMED);
    f.service_recipients_informed_at = r.datetime(&F::SERVICE_RECIPIENTS_INFORMED_AT);
}

/// §2.5–§2.6: updates and progress.
fn follow_up(r: &mut Reader, f: &mut Facts) {
    f.request_id = r.uuid(&F::REQUEST_ID);
    f.status_update = r.text(&F::STATUS_UPDATE);
    f.status_summary = r.text(&F::STATUS_SUMMARY);
    f.mitigation_applied = r.text(&F::MITIGATION_APPLIED);
    f.mitigation_ongoing = r.text(&F::MITIGATION_ONGOING);
    f.expected_resolution_at = r.datetime(&F::EXPECTED_RESOLUTION_AT);
}

/// §2.7: the final report's own fields (the structured ones are read below).
fn final_report(r: &mut Reader, f: &mut Facts) {
    f.detailed_description = r.text(&F::DETAILED_DESCRIPTION);
    f.root_cause_unknown_reason = r.text(&F::ROOT_CAUSE_UNKNOWN_REASON);
    f.contributing_causes = r.codes(&F::CONTRIBUTING_CAUSES);
    f.root_cause_description = r.text(&F::ROOT_CAUSE_DESCRIPTION);
    f.attack_techniques = r.items(&F::ATTACK_TECHNIQUES);
    f.handled_at = r.datetime(&F::HANDLED_AT);
    f.related_case_ids = r.uuids(&F::RELATED_CASE_IDS);
    f.lessons_learned = r.text(&F::LESSONS_LEARNED);
}

fn too_many(c: &mut Checker, name: &str, len: usize) -> bool {
    if len > LIST_MAX {
        c.fail(name, Msg::t1("api-field-list-max", "max", LIST_MAX));
    }
    len > LIST_MAX
}

fn parse_iocs(c: &mut Checker, input: &ReportInput) -> Vec<Ioc> {
    let items = input.iocs.as_deref().unwrap_or(&[]);
    if too_many(c, F::IOCS.name, items.len()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let p = |f: &str| format!("{}[{i}].{f}", F::IOCS.name);
        let kind: Option<IocType> = c.code(&p("type"), s(&raw.kind));
        let kind = c.require(&p("type"), kind);
        let value = s(&raw.value).map(str::trim).filter(|v| !v.is_empty());
        let value = match (kind, c.require(&p("value"), value)) {
            (Some(k), Some(v)) => c.check(&p("value"), ioc::check_value(k, v)),
            _ => None,
        };
        let first_seen = c.datetime(&p("first_seen"), s(&raw.first_seen));
        let last_seen = c.datetime(&p("last_seen"), s(&raw.last_seen));
        if let (Some(a), Some(b)) = (first_seen, last_seen) {
            if b < a {
                c.fail(
                    &p("last_seen"),
                    Msg::t1("api-field-not-before", "other", "first_seen"),
                );
            }
        }
        let note = c.text(&p("note"), s(&raw.note), 1, 1000);
        if let (Some(kind), Some(value)) = (kind, value) {
            out.push(Ioc {
                kind,
                value,
                first_seen,
                last_seen,
                note,
            });
        }
    }
    out
}

fn parse_timeline(c: &mut Checker, input: &ReportInput) -> Vec<TimelineEvent> {
    let items = input.timeline.as_deref().unwrap_or(&[]);
    if too_many(c, F::TIMELINE.name, items.len()) {
        return Vec::new();
    }
    let mut out: Vec<TimelineEvent> = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let p = |f: &str| format!("{}[{i}].{f}", F::TIMELINE.name);
        let at = c.datetime(&p("at"), s(&raw.at));
        let at = c.require(&p("at"), at);
        let event = c.text(&p("event"), s(&raw.event), 1, 2000);
        let event = c.require(&p("event"), event);
        if let (Some(at), Some(event)) = (at, event) {
            if out.last().is_some_and(|prev| at < prev.at) {
                c.fail(&p("at"), Msg::t("api-report-timeline-order"));
            }
            out.push(TimelineEvent { at, event });
        }
    }
    out
}

fn parse_cross_border_impact(c: &mut Checker, input: &ReportInput) -> Option<CrossBorderImpact> {
    let cb = input.cross_border_impact.as_ref()?;
    let name = F::CROSS_BORDER_IMPACT.name;
    let (ms_name, description_name) = (format!("{name}.ms"), format!("{name}.description"));
    let raw_ms: Vec<String> = cb
        .ms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|v| v.0.clone())
        .collect();
    let ms = read_list(c, &ms_name, &raw_ms, &mut |c, p, v| {
        c.check(p, MemberState::parse(v))
    });
    let (min, max) = limits(&F::CROSS_BORDER_IMPACT_PARTS[1]);
    let description = c.text(&description_name, s(&cb.description), min, max);
    let description = c.require(&description_name, description)?;
    if ms.is_empty() && !c.errors.has(&c.path(&ms_name)) {
        c.fail(&ms_name, Msg::t("api-field-one-member-state"));
    }
    Some(CrossBorderImpact { ms, description })
}
