//! Field rules of spec §2.3–§2.8, applied once to a merged [`ReportInput`].

use super::facts::{CrossBorderImpact, Facts, TimelineEvent, UserCount};
use super::input::{ReportInput, Scalar};
use super::rules::{cross_field_rules, lateness, stage_rules};
use super::{Context, Report};
use crate::domain::codes::*;
use crate::domain::ioc::{self, Ioc, IocType};
use crate::domain::lifecycle::Stage;
use crate::domain::member_state::MemberState;
use crate::domain::taxonomy;
use crate::domain::validation::{Checker, FieldErrors, TEXT_MAX};
use uuid::Uuid;

/// The 24 official EU languages (ISO 639-1).
pub const LANGUAGES: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];
const LIST_MAX: usize = 500;

fn s(v: &Option<Scalar>) -> Option<&str> {
    v.as_ref().map(Scalar::as_str)
}

fn parse_uuid(v: &str) -> Result<Uuid, String> {
    Uuid::parse_str(v).map_err(|_| "must be a UUID".to_string())
}

/// Reads a list, each item under `name[i]`, refusing over-long lists.
fn list<T>(
    c: &mut Checker,
    name: &str,
    raw: &Option<Vec<Scalar>>,
    mut item: impl FnMut(&mut Checker, &str, &str) -> Option<T>,
) -> Vec<T> {
    let items = raw.as_deref().unwrap_or(&[]);
    if items.len() > LIST_MAX {
        c.fail(name, format!("must have at most {LIST_MAX} entries"));
        return Vec::new();
    }
    items
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.0.trim().is_empty())
        .filter_map(|(i, v)| item(c, &format!("{name}[{i}]"), v.0.trim()))
        .collect()
}

fn codes<T: std::str::FromStr<Err = String>>(
    c: &mut Checker,
    name: &str,
    raw: &Option<Vec<Scalar>>,
) -> Vec<T> {
    list(c, name, raw, |c, path, v| c.check(path, v.parse::<T>()))
}

pub(super) fn parse(raw: ReportInput, ctx: &Context) -> Result<Report, FieldErrors> {
    let (input, provided) = raw.over(ctx.case.as_ref().map(|c| &c.facts));
    let mut c = Checker::new("report");
    let stage: Option<Stage> = c.code("stage", s(&input.stage));
    let stage = c.require("stage", stage);

    let mut f = Facts {
        language: c.check("language", {
            let l = s(&input.language)
                .map(|l| l.trim().to_ascii_lowercase())
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| "en".into());
            if LANGUAGES.contains(&l.as_str()) {
                Ok(l)
            } else {
                Err(format!(
                    "must be an EU language code: {}",
                    LANGUAGES.join(", ")
                ))
            }
        }),
        tlp: c.code("tlp", s(&input.tlp)).or(Some(Tlp::Amber)),
        entity_internal_ref: c.text("entity_internal_ref", s(&input.entity_internal_ref), 1, 100),
        supersedes_submission_id: s(&input.supersedes_submission_id)
            .and_then(|v| c.check("supersedes_submission_id", parse_uuid(v.trim()))),
        late_reason: c.text("late_reason", s(&input.late_reason), 10, TEXT_MAX),
        aware_at: c.datetime("aware_at", s(&input.aware_at)),
        detected_at: c.datetime("detected_at", s(&input.detected_at)),
        started_at: c.datetime("started_at", s(&input.started_at)),
        awareness_basis: c.code("awareness_basis", s(&input.awareness_basis)),
        title: c.text("title", s(&input.title), 5, 200),
        summary: c.text("summary", s(&input.summary), 20, 4000),
        suspected_malicious: c.code("suspected_malicious", s(&input.suspected_malicious)),
        cross_border_possible: c.code("cross_border_possible", s(&input.cross_border_possible)),
        cross_border_ms: list(
            &mut c,
            "cross_border_ms",
            &input.cross_border_ms,
            |c, p, v| c.check(p, MemberState::parse(v)),
        ),
        affected_services: list(
            &mut c,
            "affected_services",
            &input.affected_services,
            |c, p, v| {
                c.check(
                    p,
                    if v.chars().count() <= 200 && !v.chars().any(char::is_control) {
                        Ok(v.to_string())
                    } else {
                        Err("must be at most 200 characters of text".into())
                    },
                )
            },
        ),
        incident_status: c.code("incident_status", s(&input.incident_status)),
        significance_basis: list(
            &mut c,
            "significance_basis",
            &input.significance_basis,
            |c, p, v| {
                let ok = v.len() <= 40
                    && v.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                c.check(
                    p,
                    if ok {
                        Ok(v.to_string())
                    } else {
                        Err("must be a criterion code such as ir_a3_a".into())
                    },
                )
            },
        ),
        assistance_requested: c.boolean("assistance_requested", s(&input.assistance_requested)),
        assistance_details: c.text(
            "assistance_details",
            s(&input.assistance_details),
            1,
            TEXT_MAX,
        ),
        reported_to_law_enforcement: c.code(
            "reported_to_law_enforcement",
            s(&input.reported_to_law_enforcement),
        ),
        personal_data_involved: c.code("personal_data_involved", s(&input.personal_data_involved)),
        initial_assessment: c.text(
            "initial_assessment",
            s(&input.initial_assessment),
            50,
            TEXT_MAX,
        ),
        severity: c.code("severity", s(&input.severity)),
        outlook: c.code("outlook", s(&input.outlook)),
        impact_properties: codes(&mut c, "impact_properties", &input.impact_properties),
        service_impact: c.code("service_impact", s(&input.service_impact)),
        users_affected: match s(&input.users_affected)
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            Some(v) if v.eq_ignore_ascii_case("unknown") => Some(UserCount::Unknown),
            other => c.count("users_affected", other).map(UserCount::Known),
        },
        users_total_eu: c.count("users_total_eu", s(&input.users_total_eu)),
        outage_start: c.datetime("outage_start", s(&input.outage_start)),
        outage_end: c.datetime("outage_end", s(&input.outage_end)),
        outage_duration_min: c.count("outage_duration_min", s(&input.outage_duration_min)),
        geo_spread: c.code("geo_spread", s(&input.geo_spread)),
        financial_loss_eur: c.euros("financial_loss_eur", s(&input.financial_loss_eur)),
        financial_loss_confidence: c.code(
            "financial_loss_confidence",
            s(&input.financial_loss_confidence),
        ),
        deaths: c.count("deaths", s(&input.deaths)),
        health_damage: c.code("health_damage", s(&input.health_damage)),
        trade_secret_exfiltration: c.code(
            "trade_secret_exfiltration",
            s(&input.trade_secret_exfiltration),
        ),
        incident_class: s(&input.incident_class)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .and_then(|v| c.check("incident_class", taxonomy::parse_class(v))),
        incident_type: None,
        root_cause_category: c.code("root_cause_category", s(&input.root_cause_category)),
        iocs: Vec::new(),
        cve_ids: list(&mut c, "cve_ids", &input.cve_ids, |c, p, v| {
            c.check(
                p,
                if ioc::is_cve(v) {
                    Ok(v.to_string())
                } else {
                    Err("must be a CVE id such as CVE-2024-12345".into())
                },
            )
        }),
        mitigation_taken: c.text("mitigation_taken", s(&input.mitigation_taken), 1, TEXT_MAX),
        service_recipients_informed: c.code(
            "service_recipients_informed",
            s(&input.service_recipients_informed),
        ),
        service_recipients_informed_at: c.datetime(
            "service_recipients_informed_at",
            s(&input.service_recipients_informed_at),
        ),
        request_id: s(&input.request_id).and_then(|v| c.check("request_id", parse_uuid(v.trim()))),
        status_update: c.text("status_update", s(&input.status_update), 20, TEXT_MAX),
        status_summary: c.text("status_summary", s(&input.status_summary), 20, TEXT_MAX),
        mitigation_applied: c.text(
            "mitigation_applied",
            s(&input.mitigation_applied),
            1,
            TEXT_MAX,
        ),
        mitigation_ongoing: c.text(
            "mitigation_ongoing",
            s(&input.mitigation_ongoing),
            1,
            TEXT_MAX,
        ),
        expected_resolution_at: c
            .datetime("expected_resolution_at", s(&input.expected_resolution_at)),
        detailed_description: c.text(
            "detailed_description",
            s(&input.detailed_description),
            200,
            TEXT_MAX,
        ),
        timeline: Vec::new(),
        root_cause_unknown_reason: c.text(
            "root_cause_unknown_reason",
            s(&input.root_cause_unknown_reason),
            10,
            TEXT_MAX,
        ),
        contributing_causes: codes(&mut c, "contributing_causes", &input.contributing_causes),
        root_cause_description: c.text(
            "root_cause_description",
            s(&input.root_cause_description),
            10,
            TEXT_MAX,
        ),
        attack_techniques: list(
            &mut c,
            "attack_techniques",
            &input.attack_techniques,
            |c, p, v| {
                c.check(
                    p,
                    if is_attack_technique(v) {
                        Ok(v.to_string())
                    } else {
                        Err("must be a MITRE ATT&CK id such as T1486 or T1059.001".into())
                    },
                )
            },
        ),
        cross_border_impact: None,
        handled_at: c.datetime("handled_at", s(&input.handled_at)),
        related_case_ids: list(
            &mut c,
            "related_case_ids",
            &input.related_case_ids,
            |c, p, v| c.check(p, parse_uuid(v)),
        ),
        lessons_learned: c.text("lessons_learned", s(&input.lessons_learned), 1, TEXT_MAX),
    };
    if let (Some(class), Some(t)) = (
        f.incident_class,
        s(&input.incident_type)
            .map(str::trim)
            .filter(|v| !v.is_empty()),
    ) {
        f.incident_type = c.check("incident_type", taxonomy::parse_type(class, t));
    } else if s(&input.incident_type).is_some_and(|v| !v.trim().is_empty())
        && !c.errors.has("report.incident_class")
    {
        c.fail("incident_type", "needs incident_class");
    }
    f.iocs = parse_iocs(&mut c, &input);
    f.timeline = parse_timeline(&mut c, &input);
    f.cross_border_impact = input.cross_border_impact.as_ref().and_then(|cb| {
        let ms = list(&mut c, "cross_border_impact.ms", &cb.ms, |c, p, v| {
            c.check(p, MemberState::parse(v))
        });
        let description = c.text(
            "cross_border_impact.description",
            s(&cb.description),
            10,
            TEXT_MAX,
        );
        let description = c.require("cross_border_impact.description", description)?;
        if ms.is_empty() && !c.errors.has("report.cross_border_impact.ms") {
            c.fail(
                "cross_border_impact.ms",
                "must name at least one member state",
            );
        }
        Some(CrossBorderImpact { ms, description })
    });

    let mut late = false;
    if let Some(stage) = stage {
        stage_rules(&mut c, stage, &f, ctx);
        late = lateness(&mut c, stage, &f, ctx);
    }
    cross_field_rules(&mut c, &f, ctx);

    let aware_at = c.require("aware_at", f.aware_at);
    let title = c.require("title", f.title.clone());
    let incident_status = c.require("incident_status", f.incident_status);
    let errors = std::mem::take(&mut c.errors);
    match (stage, aware_at, title, incident_status) {
        (Some(stage), Some(aware_at), Some(title), Some(incident_status)) if errors.is_empty() => {
            Ok(Report {
                stage,
                aware_at,
                title,
                incident_status,
                late,
                facts: f,
                provided,
            })
        }
        _ => Err(errors),
    }
}

fn is_attack_technique(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('T') else {
        return false;
    };
    let (main, sub) = rest
        .split_once('.')
        .map_or((rest, None), |(m, s)| (m, Some(s)));
    main.len() == 4
        && main.bytes().all(|b| b.is_ascii_digit())
        && sub.is_none_or(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
}

fn parse_iocs(c: &mut Checker, input: &ReportInput) -> Vec<Ioc> {
    let items = input.iocs.as_deref().unwrap_or(&[]);
    if items.len() > LIST_MAX {
        c.fail("iocs", format!("must have at most {LIST_MAX} entries"));
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let p = |f: &str| format!("iocs[{i}].{f}");
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
                c.fail(&p("last_seen"), "must not be before first_seen");
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
    if items.len() > LIST_MAX {
        c.fail("timeline", format!("must have at most {LIST_MAX} entries"));
        return Vec::new();
    }
    let mut out: Vec<TimelineEvent> = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let at = c.datetime(&format!("timeline[{i}].at"), s(&raw.at));
        let at = c.require(&format!("timeline[{i}].at"), at);
        let event = c.text(&format!("timeline[{i}].event"), s(&raw.event), 1, 2000);
        let event = c.require(&format!("timeline[{i}].event"), event);
        if let (Some(at), Some(event)) = (at, event) {
            if out.last().is_some_and(|prev| at < prev.at) {
                c.fail(
                    &format!("timeline[{i}].at"),
                    "events must be in chronological order",
                );
            }
            out.push(TimelineEvent { at, event });
        }
    }
    out
}
