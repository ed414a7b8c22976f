//! Which fields each stage's form shows, in which fieldset (its catalogue key in `[section]`),
//! and whether the form marks them required: the registry says so for report fields.

use crate::domain::lifecycle::Stage;
use crate::domain::report::fields::{self as registry, Need};

/// A fieldset: its catalogue key and its fields.
pub type Section = (&'static str, &'static [&'static str]);

/// The entity block's required fields (spec §2.2).
const ENTITY_REQUIRED: &[&str] = &["legal_name", "member_state", "entity_type", "email"];

/// Whether the form of `stage` marks `name` required.
pub fn required(name: &str, stage: Stage) -> bool {
    match registry::find(name) {
        // A voluntary notification (Art. 30) needs its kind and when it was observed.
        Some(f) if f.voluntary => matches!(f.name, "kind" | "observed_at"),
        Some(f) => f.need(stage) == Need::Required,
        None => ENTITY_REQUIRED.contains(&name),
    }
}

/// The entity block's fields required only under a condition (`domain::entity`: the sector
/// when the entity type does not name it, the subsector when the type does not settle it;
/// `domain::jurisdiction`: the Art. 26 establishment and representative).
const ENTITY_CONDITIONAL: &[&str] = &[
    "sector",
    "subsector",
    "ms_main_establishment",
    "ms_services_provided",
    "eu_representative_name",
    "eu_representative_ms",
    "eu_representative_email",
    "eu_representative_phone",
];

/// Whether the form of `stage` marks `name` "required if …": the registry's conditional need,
/// whose condition a rule of the parse step checks and the catalogue's `[required_if]` words.
pub fn conditional(name: &str, stage: Stage) -> bool {
    match registry::find(name) {
        Some(f) => f.need(stage) == Need::Conditional,
        None => ENTITY_CONDITIONAL.contains(&name),
    }
}

const ENTITY_SECTIONS: &[Section] = &[
    (
        "entity",
        &[
            "legal_name",
            "trade_name",
            "member_state",
            "entity_type",
            "sector",
            "subsector",
            "entity_category",
            "registration_id",
            "registration_scheme",
        ],
    ),
    (
        "jurisdiction",
        &[
            "ms_main_establishment",
            "ms_services_provided",
            "eu_representative_name",
            "eu_representative_ms",
            "eu_representative_email",
            "eu_representative_phone",
            "lei",
            "annual_turnover_prev_fy_eur",
            "is_cer_critical_entity",
        ],
    ),
    ("contact", &["contact_name", "email", "phone"]),
    (
        "technical_contact",
        &[
            "technical_contact_name",
            "technical_contact_role",
            "technical_contact_email",
            "technical_contact_phone",
            "available_24x7",
        ],
    ),
];

const EARLY_WARNING: &[Section] = &[
    (
        "timing",
        &[
            "aware_at",
            "detected_at",
            "started_at",
            "awareness_basis",
            "tz",
        ],
    ),
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
            "affects_trust_services",
            "significance_basis",
        ],
    ),
    (
        "support",
        &[
            "assistance_requested",
            "assistance_details",
            "reported_to_law_enforcement",
            "personal_data_involved",
        ],
    ),
];

const IMPACT: Section = (
    "impact",
    &[
        "severity",
        "outlook",
        "impact_properties",
        "service_impact",
        "users_affected",
        "users_total_eu",
        "outage_start",
        "outage_end",
        "outage_duration_min",
        "geo_spread",
        "financial_loss_eur",
        "financial_loss_confidence",
        "deaths",
        "health_damage",
        "trade_secret_exfiltration",
    ],
);

const NOTIFICATION: &[Section] = &[
    ("assessment", &["initial_assessment"]),
    IMPACT,
    (
        "classification",
        &[
            "incident_class",
            "incident_type",
            "root_cause_category",
            "iocs",
            "cve_ids",
        ],
    ),
    (
        "response",
        &[
            "mitigation_taken",
            "service_recipients_informed",
            "service_recipients_informed_at",
        ],
    ),
];

const INTERMEDIATE: &[Section] = &[(
    "update",
    &["status_update", "incident_status", "request_id"],
)];

const PROGRESS: &[Section] = &[(
    "progress",
    &[
        "status_summary",
        "incident_status",
        "mitigation_applied",
        "mitigation_ongoing",
        "expected_resolution_at",
        "tz",
    ],
)];

const FINAL: &[Section] = &[
    (
        "final",
        &[
            "detailed_description",
            "incident_status",
            "handled_at",
            "tz",
            "timeline",
        ],
    ),
    IMPACT,
    (
        "cause",
        &[
            "root_cause_category",
            "root_cause_unknown_reason",
            "contributing_causes",
            "root_cause_description",
            "incident_class",
            "incident_type",
            "attack_techniques",
        ],
    ),
    (
        "final_response",
        &[
            "mitigation_applied",
            "mitigation_ongoing",
            "cross_border_impact.ms",
            "cross_border_impact.description",
            "related_case_ids",
            "lessons_learned",
        ],
    ),
];

/// A later filing may change the case's time of awareness, with a reason (spec §1.1).
const AWARE_CHANGE: Section = ("aware_change", &["aware_at_change_reason"]);

const FILING: Section = (
    "filing",
    &["language", "tlp", "entity_internal_ref", "late_reason"],
);

/// A voluntary notification (Art. 30, spec §7): the early warning's fields with
/// `observed_at` instead of `aware_at`, plus the threat and its possible impact.
const VOLUNTARY: &[Section] = &[
    ("timing", &["kind", "observed_at", "tz"]),
    (
        "incident",
        &[
            "title",
            "summary",
            "threat_description",
            "possible_impact",
            "suspected_malicious",
            "cross_border_possible",
            "cross_border_ms",
            "affected_services",
            "incident_status",
        ],
    ),
];

/// The fieldsets of the voluntary-notification form: entity block, the notification, and
/// the early warning's support fieldset.
pub fn voluntary_sections() -> Vec<Section> {
    let mut out: Vec<Section> = ENTITY_SECTIONS.to_vec();
    out.extend_from_slice(VOLUNTARY);
    out.extend(
        EARLY_WARNING
            .iter()
            .filter(|(k, _)| *k == "support")
            .copied(),
    );
    out.push(("filing", &["language", "tlp", "entity_internal_ref"]));
    out
}

/// The fieldsets of a stage's form; a new case's form starts with the entity block.
pub fn sections(stage: Stage, new_case: bool) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    if new_case {
        out.extend_from_slice(ENTITY_SECTIONS);
    }
    match stage {
        Stage::EarlyWarning | Stage::IncidentNotification => {
            out.extend_from_slice(&EARLY_WARNING[..1]);
            if !new_case {
                // Beside the times: a later filing may change the time of awareness (§1.1).
                out.push(AWARE_CHANGE);
            }
            out.extend_from_slice(&EARLY_WARNING[1..]);
            if stage == Stage::IncidentNotification {
                out.extend_from_slice(NOTIFICATION);
            }
        }
        Stage::IntermediateReport => out.extend_from_slice(INTERMEDIATE),
        Stage::ProgressReport => out.extend_from_slice(PROGRESS),
        Stage::FinalReport => out.extend_from_slice(FINAL),
        // The sibling regimes' stages are filed through the API for now.
        _ => {}
    }
    out.push(FILING);
    out
}

/// The entity block of a new case's form (spec §2.2).
pub fn entity_sections() -> &'static [Section] {
    ENTITY_SECTIONS
}

/// The fieldset every filing ends with: its language, TLP, own reference and late reason.
pub fn filing_section() -> Section {
    FILING
}

/// Every field name a stage's form may send.
pub fn names(stage: Stage, new_case: bool) -> Vec<&'static str> {
    sections(stage, new_case)
        .iter()
        .flat_map(|(_, fields)| fields.iter().copied())
        .collect()
}
