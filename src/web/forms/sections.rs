//! Which fields each stage's form shows, in which fieldset (its catalogue key in `[section]`),
//! and whether the form marks them required.

use crate::domain::lifecycle::Stage;

/// A fieldset: its catalogue key and its fields, each with whether the stage requires it.
pub type Section = (&'static str, &'static [(&'static str, bool)]);

const ENTITY_SECTIONS: &[Section] = &[
    (
        "entity",
        &[
            ("legal_name", true),
            ("trade_name", false),
            ("member_state", true),
            ("entity_type", true),
            ("sector", false),
            ("subsector", false),
            ("entity_category", false),
            ("registration_id", false),
            ("registration_scheme", false),
        ],
    ),
    (
        "contact",
        &[("contact_name", false), ("email", true), ("phone", false)],
    ),
];

const EARLY_WARNING: &[Section] = &[
    (
        "timing",
        &[
            ("aware_at", true),
            ("detected_at", false),
            ("started_at", false),
            ("awareness_basis", false),
            ("tz", false),
        ],
    ),
    (
        "incident",
        &[
            ("title", true),
            ("summary", true),
            ("suspected_malicious", true),
            ("cross_border_possible", true),
            ("cross_border_ms", false),
            ("affected_services", true),
            ("incident_status", true),
            ("significance_basis", false),
        ],
    ),
    (
        "support",
        &[
            ("assistance_requested", true),
            ("assistance_details", false),
            ("reported_to_law_enforcement", false),
            ("personal_data_involved", false),
        ],
    ),
];

const IMPACT: Section = (
    "impact",
    &[
        ("severity", true),
        ("outlook", false),
        ("impact_properties", true),
        ("service_impact", true),
        ("users_affected", false),
        ("users_total_eu", false),
        ("outage_start", false),
        ("outage_end", false),
        ("outage_duration_min", false),
        ("geo_spread", true),
        ("financial_loss_eur", false),
        ("financial_loss_confidence", false),
        ("deaths", false),
        ("health_damage", false),
        ("trade_secret_exfiltration", false),
    ],
);

const NOTIFICATION: &[Section] = &[
    ("assessment", &[("initial_assessment", true)]),
    IMPACT,
    (
        "classification",
        &[
            ("incident_class", false),
            ("incident_type", false),
            ("root_cause_category", false),
            ("iocs", false),
            ("cve_ids", false),
        ],
    ),
    (
        "response",
        &[
            ("mitigation_taken", true),
            ("service_recipients_informed", false),
            ("service_recipients_informed_at", false),
        ],
    ),
];

const INTERMEDIATE: &[Section] = &[(
    "update",
    &[
        ("status_update", true),
        ("incident_status", true),
        ("request_id", false),
    ],
)];

const PROGRESS: &[Section] = &[(
    "progress",
    &[
        ("status_summary", true),
        ("incident_status", true),
        ("mitigation_applied", true),
        ("mitigation_ongoing", true),
        ("expected_resolution_at", false),
        ("tz", false),
    ],
)];

const FINAL: &[Section] = &[
    (
        "final",
        &[
            ("detailed_description", true),
            ("incident_status", true),
            ("handled_at", true),
            ("tz", false),
            ("timeline", false),
        ],
    ),
    IMPACT,
    (
        "cause",
        &[
            ("root_cause_category", true),
            ("root_cause_unknown_reason", false),
            ("contributing_causes", false),
            ("root_cause_description", true),
            ("incident_class", false),
            ("incident_type", false),
            ("attack_techniques", false),
        ],
    ),
    (
        "final_response",
        &[
            ("mitigation_applied", true),
            ("mitigation_ongoing", true),
            ("cross_border_impact.ms", false),
            ("cross_border_impact.description", false),
            ("related_case_ids", false),
            ("lessons_learned", false),
        ],
    ),
];

const FILING: Section = (
    "filing",
    &[
        ("language", true),
        ("tlp", false),
        ("entity_internal_ref", false),
        ("late_reason", false),
    ],
);

/// The fieldsets of a stage's form; a new case's form starts with the entity block.
pub fn sections(stage: Stage, new_case: bool) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    if new_case {
        out.extend_from_slice(ENTITY_SECTIONS);
    }
    match stage {
        Stage::EarlyWarning => out.extend_from_slice(EARLY_WARNING),
        Stage::IncidentNotification => {
            out.extend_from_slice(EARLY_WARNING);
            out.extend_from_slice(NOTIFICATION);
        }
        Stage::IntermediateReport => out.extend_from_slice(INTERMEDIATE),
        Stage::ProgressReport => out.extend_from_slice(PROGRESS),
        Stage::FinalReport => out.extend_from_slice(FINAL),
    }
    out.push(FILING);
    out
}

/// Every field name a stage's form may send.
pub fn names(stage: Stage, new_case: bool) -> Vec<&'static str> {
    sections(stage, new_case)
        .iter()
        .flat_map(|(_, fields)| fields.iter().map(|(n, _)| *n))
        .collect()
}
