//! The form of one filing answering one or several threads (spec §7): the sibling regimes'
//! stages and joint filings (e.g. DORA's initial notification with the GDPR breach
//! notification). Which fields it shows comes from the registry of each regime's stages
//! (`domain::regimes::fields`), so the registry stays the one source; this module only
//! groups them into fieldsets.

use super::sections;
use crate::domain::codes::Regime;
use crate::domain::lifecycle::Stage;
use crate::domain::regimes::fields as asks;
use crate::domain::report::fields::{self as registry, Need};

/// One thread a form answers.
pub type Answer = (Regime, Stage);

/// A fieldset of a joint form: its catalogue key (`section-…`) and its fields.
pub type Group = (&'static str, Vec<&'static str>);

/// The fieldsets in form order: the shared facts first, then each regime's own section,
/// then the later stages' content. A field goes into the first group naming it.
const ORDER: &[(&str, &[&str])] = &[
    (
        "timing",
        &[
            "aware_at",
            "classified_major_at",
            "detected_at",
            "started_at",
            "awareness_basis",
            "tz",
        ],
    ),
    ("aware_change", &["aware_at_change_reason"]),
    (
        "incident",
        &[
            "title",
            "summary",
            "suspected_malicious",
            "cross_border_possible",
            "cross_border_ms",
            "affected_sectors",
            "affected_services",
            "incident_status",
            "significance_basis",
        ],
    ),
    (
        "dora",
        &[
            "major_criteria",
            "activities_recovered_at",
            "reclassification_reason",
        ],
    ),
    (
        "gdpr",
        &[
            "personal_data_involved",
            "data_subject_categories",
            "data_subjects_approx",
            "record_categories",
            "records_approx",
            "dpo_contact",
            "likely_consequences",
            "data_subjects_informed",
        ],
    ),
    (
        "cra",
        &[
            "product_name",
            "product_versions",
            "product_ids",
            "cve_ids",
            "cvss_vector",
            "ms_made_available",
            "vulnerability_nature",
            "user_measures",
            "information_sensitivity",
            "corrective_measure_available_at",
            "users_informed_at",
            "malicious_actor_info",
        ],
    ),
];

/// Catch-all for fields of no group above: NIS2's own fieldsets, in their order.
fn nis2_groups() -> Vec<sections::Section> {
    [
        Stage::IncidentNotification,
        Stage::IntermediateReport,
        Stage::ProgressReport,
        Stage::FinalReport,
    ]
    .iter()
    .flat_map(|s| sections::sections(*s, false))
    .filter(|(k, _)| *k != "filing")
    .collect()
}

/// Whether the form answering `answers` carries `name`: NIS2's stage form has it, or a
/// sibling stage requires or accepts it.
fn asked(answers: &[Answer], new_case: bool, name: &str) -> bool {
    if name == "tz" {
        return true;
    }
    if name == "aware_at_change_reason" && new_case {
        return false;
    }
    answers.iter().any(|(regime, stage)| match regime {
        Regime::Nis2 => sections::names(*stage, new_case).contains(&name),
        _ => asks::need(*regime, *stage, name) != Need::No,
    })
}

/// What the form asks of `name`: the strictest need of the threads it answers.
pub fn need(answers: &[Answer], name: &str) -> Need {
    let needs = answers.iter().map(|(regime, stage)| match regime {
        Regime::Nis2 if sections::required(name, *stage) => Need::Required,
        Regime::Nis2 if sections::conditional(name, *stage) => Need::Conditional,
        Regime::Nis2 => Need::Optional,
        _ => asks::need(*regime, *stage, name),
    });
    let needs: Vec<Need> = needs.collect();
    if needs.contains(&Need::Required) {
        Need::Required
    } else if needs.contains(&Need::Conditional) {
        Need::Conditional
    } else {
        Need::Optional
    }
}

/// The fieldsets of the form answering `answers`; a new case's form starts with the entity
/// block. Every field the registry gives a stage is shown once, in the first group naming it.
pub fn groups(answers: &[Answer], new_case: bool) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut placed: Vec<&'static str> = vec!["stage", "supersedes_submission_id"];
    let filing = sections::filing_section();
    placed.extend_from_slice(filing.1);
    if new_case {
        for &(key, list) in sections::entity_sections() {
            out.push((key, list.to_vec()));
            placed.extend_from_slice(list);
        }
    }
    let ordered = ORDER.iter().copied().chain(nis2_groups());
    for (key, list) in ordered {
        add_group(&mut out, &mut placed, key, list.iter().copied(), |n| {
            asked(answers, new_case, n)
        });
    }
    let rest = registry::all().iter().map(|f| f.name);
    add_group(&mut out, &mut placed, "other", rest, |n| {
        asked(answers, new_case, n)
    });
    out.push((filing.0, filing.1.to_vec()));
    out
}

fn add_group(
    out: &mut Vec<Group>,
    placed: &mut Vec<&'static str>,
    key: &'static str,
    list: impl Iterator<Item = &'static str>,
    asked: impl Fn(&str) -> bool,
) {
    let fields: Vec<&'static str> = list.filter(|n| !placed.contains(n) && asked(n)).collect();
    placed.extend(fields.iter().copied());
    if fields.iter().any(|n| *n != "tz") {
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, l)) => l.extend(fields),
            None => out.push((key, fields)),
        }
    }
}

/// Every field name the form answering `answers` may send.
pub fn names(answers: &[Answer], new_case: bool) -> Vec<&'static str> {
    groups(answers, new_case)
        .into_iter()
        .flat_map(|(_, l)| l)
        .collect()
}

/// Reads an "also answer" value, `regime:stage`, as a thread's stage.
pub fn parse(value: &str) -> Option<Answer> {
    let (regime, stage) = value.split_once(':')?;
    Some((Regime::from_code(regime)?, Stage::from_code(stage)?))
}

/// The value of an "also answer" checkbox.
pub fn code(a: Answer) -> String {
    format!("{}:{}", a.0.as_str(), a.1.as_str())
}
