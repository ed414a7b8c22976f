//! Which fields each form shows, in which fieldset, and how each is entered. Labels and hints
//! are words, so they live in the message catalogue (`[label]`, `[hint]`, `[section]`).

use crate::domain::codes::*;
use crate::domain::lifecycle::Stage;
use crate::domain::member_state::MemberState;
use crate::domain::report::LANGUAGES;
use crate::domain::{sector, taxonomy};

/// How a field is entered in HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Email,
    Tel,
    Area,
    Number,
    /// `datetime-local`, read in the form's time zone.
    DateTime,
    Select,
    /// yes / no / unknown radios.
    Tri,
    /// yes / no radios.
    Bool,
    /// Several checkboxes of one name.
    Checks,
    /// One entry per line in a text area.
    Lines,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Email => "email",
            Kind::Tel => "tel",
            Kind::Area => "area",
            Kind::Number => "number",
            Kind::DateTime => "datetime",
            Kind::Select => "select",
            Kind::Tri => "tri",
            Kind::Bool => "bool",
            Kind::Checks => "checks",
            Kind::Lines => "lines",
        }
    }
}

/// The entity and contact block (spec §2.2) of a new report.
pub const ENTITY: &[&str] = &[
    "legal_name",
    "trade_name",
    "member_state",
    "sector",
    "subsector",
    "entity_type",
    "entity_category",
    "registration_id",
    "registration_scheme",
    "contact_name",
    "email",
    "phone",
];

pub fn kind(name: &str) -> Kind {
    match name {
        "email" => Kind::Email,
        "phone" => Kind::Tel,
        "member_state"
        | "sector"
        | "subsector"
        | "entity_type"
        | "entity_category"
        | "registration_scheme"
        | "language"
        | "tlp"
        | "awareness_basis"
        | "incident_status"
        | "severity"
        | "outlook"
        | "service_impact"
        | "geo_spread"
        | "financial_loss_confidence"
        | "incident_class"
        | "incident_type"
        | "root_cause_category"
        | "tz" => Kind::Select,
        "aware_at"
        | "detected_at"
        | "started_at"
        | "outage_start"
        | "outage_end"
        | "service_recipients_informed_at"
        | "expected_resolution_at"
        | "handled_at" => Kind::DateTime,
        "suspected_malicious"
        | "cross_border_possible"
        | "reported_to_law_enforcement"
        | "personal_data_involved"
        | "health_damage"
        | "trade_secret_exfiltration"
        | "service_recipients_informed" => Kind::Tri,
        "assistance_requested" => Kind::Bool,
        "cross_border_ms"
        | "impact_properties"
        | "contributing_causes"
        | "cross_border_impact.ms" => Kind::Checks,
        "affected_services" | "significance_basis" | "iocs" | "cve_ids" | "attack_techniques"
        | "related_case_ids" | "timeline" => Kind::Lines,
        "users_affected"
        | "users_total_eu"
        | "outage_duration_min"
        | "deaths"
        | "financial_loss_eur" => Kind::Number,
        "summary"
        | "assistance_details"
        | "initial_assessment"
        | "mitigation_taken"
        | "late_reason"
        | "status_update"
        | "status_summary"
        | "mitigation_applied"
        | "mitigation_ongoing"
        | "detailed_description"
        | "root_cause_unknown_reason"
        | "root_cause_description"
        | "cross_border_impact.description"
        | "lessons_learned" => Kind::Area,
        _ => Kind::Text,
    }
}

/// One choice of a select, radio or checkbox group; `group` labels an `<optgroup>`.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub group: String,
}

fn choice(value: &str, label: String) -> Choice {
    Choice {
        value: value.into(),
        label,
        group: String::new(),
    }
}

fn coded<T: Copy + std::fmt::Display>(all: &[T]) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let code = v.to_string();
            choice(&code, words(&code))
        })
        .collect()
}

/// A code as words: the catalogue's `[code]` entry, else the code with spaces.
pub fn words(code: &str) -> String {
    let t = crate::words::text("code", code);
    let t = t.replace('-', " ");
    let mut chars = t.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => t,
    }
}

fn member_states() -> impl Iterator<Item = MemberState> {
    MemberState::ALL
        .iter()
        .copied()
        .filter(|m| !m.is_eea_efta())
}

/// The choices of a select, radio or checkbox field.
pub fn choices(name: &str) -> Vec<Choice> {
    use crate::words::text;
    match name {
        "member_state" | "cross_border_ms" | "cross_border_impact.ms" => member_states()
            .map(|m| {
                choice(
                    m.as_str(),
                    format!("{} ({})", text("member_state", m.as_str()), m.eu_code()),
                )
            })
            .collect(),
        "sector" => sector::sectors()
            .into_iter()
            .map(|s| choice(s, words(s)))
            .collect(),
        "subsector" => {
            let mut out: Vec<Choice> = Vec::new();
            for (s, sub, _) in sector::TABLE {
                if let Some(sub) = sub {
                    if !out.iter().any(|c| c.value == *sub) {
                        out.push(Choice {
                            group: words(s),
                            ..choice(sub, words(sub))
                        });
                    }
                }
            }
            out
        }
        "entity_type" => {
            let mut out: Vec<Choice> = Vec::new();
            for (s, sub, types) in sector::TABLE {
                let group = match sub {
                    Some(sub) => format!("{} – {}", words(s), words(sub)),
                    None => words(s),
                };
                for t in *types {
                    if !out.iter().any(|c| c.value == *t) {
                        out.push(Choice {
                            group: group.clone(),
                            ..choice(t, words(t))
                        });
                    }
                }
            }
            out
        }
        "incident_class" => taxonomy::RSIT
            .iter()
            .map(|(c, _)| choice(c, words(c)))
            .collect(),
        "incident_type" => taxonomy::RSIT
            .iter()
            .flat_map(|(c, types)| {
                types.iter().map(move |t| Choice {
                    group: words(c),
                    ..choice(t, words(t))
                })
            })
            .collect(),
        "entity_category" => coded(EntityCategory::ALL),
        "registration_scheme" => coded(RegistrationScheme::ALL),
        "language" => LANGUAGES
            .iter()
            .map(|l| choice(l, text("language", l)))
            .collect(),
        "tlp" => coded(Tlp::ALL),
        "awareness_basis" => coded(AwarenessBasis::ALL),
        "incident_status" => coded(IncidentStatus::ALL),
        "severity" => coded(Severity::ALL),
        "outlook" => coded(Outlook::ALL),
        "service_impact" => coded(ServiceImpact::ALL),
        "geo_spread" => coded(GeoSpread::ALL),
        "financial_loss_confidence" => coded(LossConfidence::ALL),
        "root_cause_category" | "contributing_causes" => coded(RootCause::ALL),
        "impact_properties" => coded(ImpactProperty::ALL),
        "tz" => {
            let mut zones: Vec<String> = member_states()
                .map(|m| m.default_timezone().name().to_string())
                .collect();
            zones.sort();
            zones.dedup();
            std::iter::once(choice("", text("phrase", "tz_default")))
                .chain(std::iter::once(choice("UTC", "UTC".into())))
                .chain(zones.iter().map(|z| choice(z, z.clone())))
                .collect()
        }
        "tri" => coded(Tri::ALL),
        "bool" => vec![choice("true", words("yes")), choice("false", words("no"))],
        _ => Vec::new(),
    }
}

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
