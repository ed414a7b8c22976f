//! What each stage of the sibling regimes asks (spec §7), by field name of the one field
//! registry (`report::fields`); NIS2's own columns live in the registry itself. A regime's
//! field set is what its recipients may see of the shared facts.

use crate::domain::codes::Regime;
use crate::domain::lifecycle::Stage;
use crate::domain::report::fields::{self as F, Need};

/// Every thread's filings carry these (spec §2.1 and the incident's shared core).
const CORE: &[&str] = &[
    "stage",
    "language",
    "tlp",
    "entity_internal_ref",
    "supersedes_submission_id",
    "late_reason",
    "aware_at",
    "aware_at_change_reason",
    "title",
    "summary",
    "incident_status",
];

/// One stage of a sibling regime: the fields it requires and those it accepts.
struct Ask {
    regime: Regime,
    stage: Stage,
    required: &'static [&'static str],
    optional: &'static [&'static str],
}

// size: table
const ASKS: &[Ask] = &[
    // DORA (ITS 2025/302 templates, in outline).
    Ask {
        regime: Regime::Dora,
        stage: Stage::InitialNotification,
        required: &["classified_major_at", "major_criteria"],
        optional: &[
            "detected_at",
            "started_at",
            "affected_services",
            "cross_border_ms",
            "suspected_malicious",
            "personal_data_involved",
            "reported_to_law_enforcement",
            "assistance_requested",
            "assistance_details",
        ],
    },
    Ask {
        regime: Regime::Dora,
        stage: Stage::IntermediateReport,
        required: &["status_update", "service_impact"],
        optional: &[
            "classified_major_at",
            "major_criteria",
            "incident_class",
            "incident_type",
            "users_affected",
            "financial_loss_eur",
            "outage_start",
            "outage_end",
            "geo_spread",
            "cross_border_ms",
            "iocs",
            "mitigation_taken",
            "activities_recovered_at",
        ],
    },
    Ask {
        regime: Regime::Dora,
        stage: Stage::FinalReport,
        required: &[
            "detailed_description",
            "root_cause_category",
            "root_cause_description",
            "handled_at",
        ],
        optional: &[
            "mitigation_applied",
            "lessons_learned",
            "financial_loss_eur",
            "timeline",
            "attack_techniques",
            "activities_recovered_at",
        ],
    },
    Ask {
        regime: Regime::Dora,
        stage: Stage::MajorIncidentReclassifiedAsNonMajor,
        required: &["reclassification_reason"],
        optional: &[],
    },
    // GDPR Art. 33(3).
    Ask {
        regime: Regime::Gdpr,
        stage: Stage::BreachNotification,
        required: &[
            "data_subject_categories",
            "data_subjects_approx",
            "record_categories",
            "records_approx",
            "dpo_contact",
            "likely_consequences",
            "mitigation_taken",
        ],
        optional: &[
            "personal_data_involved",
            "data_subjects_informed",
            "cross_border_ms",
            "detected_at",
            "started_at",
        ],
    },
    Ask {
        regime: Regime::Gdpr,
        stage: Stage::Supplement,
        required: &["status_update"],
        optional: &[
            "data_subject_categories",
            "data_subjects_approx",
            "record_categories",
            "records_approx",
            "dpo_contact",
            "likely_consequences",
            "mitigation_taken",
            "data_subjects_informed",
        ],
    },
    // CRA Art. 14(2): actively exploited vulnerability.
    Ask {
        regime: Regime::CraVulnerability,
        stage: Stage::EarlyWarning,
        // Art. 14(2)(a): the member states "where applicable".
        required: &["product_name"],
        optional: &[
            "ms_made_available",
            "product_versions",
            "product_ids",
            "cve_ids",
        ],
    },
    Ask {
        regime: Regime::CraVulnerability,
        stage: Stage::VulnerabilityNotification,
        // Art. 14(2)(b): product information "where available", sensitivity "where applicable".
        required: &[
            "product_name",
            "vulnerability_nature",
            "mitigation_taken",
            "user_measures",
        ],
        optional: &[
            "product_versions",
            "information_sensitivity",
            "product_ids",
            "cve_ids",
            "cvss_vector",
            "ms_made_available",
            "corrective_measure_available_at",
            "users_informed_at",
        ],
    },
    Ask {
        regime: Regime::CraVulnerability,
        stage: Stage::IntermediateReport,
        required: &["status_update"],
        optional: &["request_id", "corrective_measure_available_at"],
    },
    Ask {
        regime: Regime::CraVulnerability,
        stage: Stage::FinalReport,
        required: &[
            "product_name",
            "detailed_description",
            "severity",
            "corrective_measure_available_at",
            "mitigation_applied",
        ],
        optional: &[
            "malicious_actor_info",
            "cvss_vector",
            "cve_ids",
            "users_informed_at",
            "product_versions",
            "product_ids",
        ],
    },
    // CRA Art. 14(4): severe incident having an impact on the product's security.
    Ask {
        regime: Regime::CraIncident,
        stage: Stage::EarlyWarning,
        required: &["product_name", "suspected_malicious"],
        optional: &["ms_made_available", "product_versions", "product_ids"],
    },
    Ask {
        regime: Regime::CraIncident,
        stage: Stage::IncidentNotification,
        required: &[
            "product_name",
            "initial_assessment",
            "mitigation_taken",
            "user_measures",
        ],
        // Art. 14(4)(b): the sensitivity "where applicable".
        optional: &[
            "information_sensitivity",
            "product_versions",
            "product_ids",
            "severity",
            "ms_made_available",
            "users_informed_at",
            "suspected_malicious",
        ],
    },
    Ask {
        regime: Regime::CraIncident,
        stage: Stage::IntermediateReport,
        required: &["status_update"],
        optional: &["request_id"],
    },
    Ask {
        regime: Regime::CraIncident,
        stage: Stage::FinalReport,
        required: &[
            "product_name",
            "detailed_description",
            "severity",
            "root_cause_description",
            "mitigation_applied",
            "mitigation_ongoing",
        ],
        optional: &[
            "incident_class",
            "incident_type",
            "users_informed_at",
            "product_versions",
            "product_ids",
        ],
    },
];

/// What `stage` of `regime` asks of the field `name`. Late reasons and the reason for a
/// changed `aware_at` are conditional everywhere.
pub fn need(regime: Regime, stage: Stage, name: &str) -> Need {
    if regime == Regime::Nis2 {
        return F::find(name).map_or(Need::No, |f| f.need(stage));
    }
    if matches!(name, "late_reason" | "aware_at_change_reason") {
        return Need::Conditional;
    }
    if matches!(name, "stage" | "aware_at" | "title" | "incident_status") {
        return Need::Required;
    }
    if CORE.contains(&name) {
        return Need::Optional;
    }
    match ASKS.iter().find(|a| a.regime == regime && a.stage == stage) {
        Some(a) if a.required.contains(&name) => Need::Required,
        Some(a) if a.optional.contains(&name) => Need::Optional,
        _ => Need::No,
    }
}

/// The fields `stage` of `regime` requires.
pub fn required(regime: Regime, stage: Stage) -> Vec<&'static str> {
    F::all()
        .iter()
        .map(|f| f.name)
        .filter(|n| need(regime, stage, n) == Need::Required)
        .collect()
}

/// The shared facts a recipient of `regime` may see: every field some stage of the regime
/// asks for (spec §7: a DPA sees the GDPR thread, not the DORA classification).
pub fn field_set(regime: Regime) -> Vec<&'static str> {
    F::all()
        .iter()
        .map(|f| f.name)
        .filter(|n| {
            super::stages(regime)
                .iter()
                .any(|s| need(regime, *s, n) != Need::No)
        })
        .collect()
}

/// Every name the sibling regimes' table uses, for the registry's consistency test.
pub fn named() -> impl Iterator<Item = &'static str> {
    ASKS.iter()
        .flat_map(|a| a.required.iter().chain(a.optional.iter()).copied())
        .chain(CORE.iter().copied())
}

/// The shared facts a recipient serving `regimes` may see (spec §7): only the fields some
/// regime of theirs asks for. An authority serving every regime of the case sees them all.
pub fn facts_for(facts: &serde_json::Value, regimes: &[Regime]) -> serde_json::Value {
    let serde_json::Value::Object(map) = facts else {
        return facts.clone();
    };
    let sets: Vec<Vec<&str>> = regimes.iter().map(|r| field_set(*r)).collect();
    let kept = map
        .iter()
        .filter(|(k, _)| sets.iter().any(|s| s.contains(&k.as_str())))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    serde_json::Value::Object(kept)
}
