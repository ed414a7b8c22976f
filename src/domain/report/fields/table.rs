//! The table of report fields (spec §2.1, §2.3–§2.7), in the API's order. Stage columns are
//! `[early_warning, incident_notification, intermediate_report, progress_report, final_report]`:
//! R required, C conditional (a rule in `rules.rs`), O optional, N not asked.
// size: table

use super::{CodeList, Field, Item, Kind, Need};
use crate::domain::codes::*;
use crate::domain::lifecycle::Stage;
use crate::domain::report::ReportKind;
use crate::domain::validation::TEXT_MAX;

const R: Need = Need::Required;
const C: Need = Need::Conditional;
const O: Need = Need::Optional;
const N: Need = Need::No;

/// A `code_enum!` type as a [`CodeList`].
macro_rules! list {
    ($t:ty) => {
        CodeList::Enum {
            name: stringify!($t),
            codes: || <$t>::ALL.iter().map(|v| v.as_str()).collect(),
        }
    };
}

/// yes / no / unknown.
pub const TRI: CodeList = list!(Tri);

const fn f(name: &'static str, kind: Kind, nis2: [Need; 5]) -> Field {
    Field {
        name,
        kind,
        nis2,
        carried: true,
        hint: false,
        voluntary: false,
    }
}

impl Field {
    /// Describes this one filing: a later filing does not inherit it.
    const fn once(self) -> Field {
        Field {
            carried: false,
            ..self
        }
    }
    /// The form shows a hint for it.
    const fn hinted(self) -> Field {
        Field { hint: true, ..self }
    }
    /// Asked by voluntary notifications (Art. 30) only.
    const fn voluntary(self) -> Field {
        Field {
            voluntary: true,
            ..self
        }
    }
}

const fn line(min: usize, max: usize) -> Kind {
    Kind::Line { min, max }
}
const fn text(min: usize) -> Kind {
    Kind::Text { min, max: TEXT_MAX }
}

const ALL5: [Need; 5] = [R, R, R, R, R];
const ANY: [Need; 5] = [O, O, O, O, O];
const EW_R: [Need; 5] = [R, R, N, N, N];
const EW_O: [Need; 5] = [O, O, N, N, N];
const IMPACT_R: [Need; 5] = [N, R, N, N, R];
const IMPACT_C: [Need; 5] = [N, C, N, N, C];
const IMPACT_O: [Need; 5] = [N, O, N, N, O];
const IN_R: [Need; 5] = [N, R, N, N, N];
const IN_O: [Need; 5] = [N, O, N, N, N];
const FR_R: [Need; 5] = [N, N, N, N, R];
const FR_O: [Need; 5] = [N, N, N, N, O];
const FR_C: [Need; 5] = [N, N, N, N, C];
const MITIGATION: [Need; 5] = [N, N, N, R, R];

// --- envelope (§2.1)
pub const STAGE: Field = f("stage", Kind::Code(list!(Stage)), ALL5).once();
pub const LANGUAGE: Field = f("language", Kind::Code(CodeList::Language), ALL5);
pub const TLP: Field = f("tlp", Kind::Code(list!(Tlp)), ANY).hinted();
pub const ENTITY_INTERNAL_REF: Field = f("entity_internal_ref", line(1, 100), ANY);
pub const SUPERSEDES_SUBMISSION_ID: Field = f("supersedes_submission_id", Kind::Uuid, ANY).once();
pub const LATE_REASON: Field = f("late_reason", text(10), [C, C, C, C, C]).once();

/// Which thread a filing answers (spec §7); default: the case's primary regime.
pub const REGIME: Field = f("regime", Kind::Code(list!(Regime)), NONE).once().hinted();
/// Several threads answered by one filing: `[{regime, stage}, …]` (spec §7).
pub const ANSWERS: Field = f("answers", Kind::Answers, NONE).once().hinted();

// --- voluntary notifications (Art. 30, §7): a kind instead of a stage, no deadlines
const NONE: [Need; 5] = [N, N, N, N, N];
pub const KIND: Field = f("kind", Kind::Code(list!(ReportKind)), NONE).voluntary();
pub const OBSERVED_AT: Field = f("observed_at", Kind::DateTime, NONE).voluntary().hinted();
pub const THREAT_DESCRIPTION: Field = f("threat_description", text(10), NONE).voluntary();
pub const POSSIBLE_IMPACT: Field = f("possible_impact", text(1), NONE).voluntary();

// --- early warning (§2.3)
pub const AWARE_AT: Field = f("aware_at", Kind::DateTime, EW_R).hinted();
/// Required when a later filing states a different `aware_at` (spec §1.1).
pub const AWARE_AT_CHANGE_REASON: Field = f("aware_at_change_reason", text(10), [C, C, N, N, N])
    .once()
    .hinted();
/// Trust-service providers only: decides the 24 h notification (spec §1.2, Art. 23(4)).
pub const AFFECTS_TRUST_SERVICES: Field =
    f("affects_trust_services", Kind::Tri, [C, C, N, N, N]).hinted();
pub const DETECTED_AT: Field = f("detected_at", Kind::DateTime, EW_O);
pub const STARTED_AT: Field = f("started_at", Kind::DateTime, EW_O);
pub const AWARENESS_BASIS: Field = f("awareness_basis", Kind::Code(list!(AwarenessBasis)), EW_O);
pub const TITLE: Field = f("title", line(5, 200), EW_R).hinted();
pub const SUMMARY: Field = f("summary", Kind::Text { min: 20, max: 4000 }, EW_R).hinted();
pub const SUSPECTED_MALICIOUS: Field = f("suspected_malicious", Kind::Tri, EW_R);
pub const CROSS_BORDER_POSSIBLE: Field = f("cross_border_possible", Kind::Tri, EW_R);
pub const CROSS_BORDER_MS: Field = f(
    "cross_border_ms",
    Kind::Codes(CodeList::MemberState),
    [O, C, N, N, N],
)
.hinted();
/// Sectors besides the entity's own that the incident affects: a cross-sectoral incident also
/// reaches the single point of contact (Art. 23(1), spec §5).
pub const AFFECTED_SECTORS: Field = f(
    "affected_sectors",
    Kind::Codes(CodeList::Enum {
        name: "Sector",
        codes: crate::domain::sector::sectors,
    }),
    [O, O, N, N, N],
)
.hinted();
pub const AFFECTED_SERVICES: Field =
    f("affected_services", Kind::List(Item::Service), EW_R).hinted();
pub const INCIDENT_STATUS: Field = f("incident_status", Kind::Code(list!(IncidentStatus)), ALL5);
pub const SIGNIFICANCE_BASIS: Field =
    f("significance_basis", Kind::List(Item::Criterion), EW_O).hinted();
pub const ASSISTANCE_REQUESTED: Field = f("assistance_requested", Kind::Bool, EW_R);
pub const ASSISTANCE_DETAILS: Field = f("assistance_details", text(1), [C, C, N, N, N]);
pub const REPORTED_TO_LAW_ENFORCEMENT: Field = f("reported_to_law_enforcement", Kind::Tri, EW_O);
pub const PERSONAL_DATA_INVOLVED: Field = f("personal_data_involved", Kind::Tri, EW_O);

// --- incident notification (§2.4)
pub const INITIAL_ASSESSMENT: Field = f("initial_assessment", text(50), IN_R).hinted();
pub const SEVERITY: Field = f("severity", Kind::Code(list!(Severity)), IMPACT_R);
pub const OUTLOOK: Field = f("outlook", Kind::Code(list!(Outlook)), IMPACT_O);
pub const IMPACT_PROPERTIES: Field = f(
    "impact_properties",
    Kind::Codes(list!(ImpactProperty)),
    IMPACT_R,
);
pub const SERVICE_IMPACT: Field = f("service_impact", Kind::Code(list!(ServiceImpact)), IMPACT_R);
pub const USERS_AFFECTED: Field = f("users_affected", Kind::CountOrUnknown, IMPACT_C).hinted();
pub const USERS_TOTAL_EU: Field = f("users_total_eu", Kind::Count, IMPACT_C);
pub const OUTAGE_START: Field = f("outage_start", Kind::DateTime, IMPACT_C);
pub const OUTAGE_END: Field = f("outage_end", Kind::DateTime, IMPACT_O);
pub const OUTAGE_DURATION_MIN: Field = f("outage_duration_min", Kind::Count, IMPACT_O);
pub const GEO_SPREAD: Field = f("geo_spread", Kind::Code(list!(GeoSpread)), IMPACT_R);
pub const FINANCIAL_LOSS_EUR: Field = f("financial_loss_eur", Kind::Money, IMPACT_C).hinted();
pub const FINANCIAL_LOSS_CONFIDENCE: Field = f(
    "financial_loss_confidence",
    Kind::Code(list!(LossConfidence)),
    IMPACT_O,
);
pub const DEATHS: Field = f("deaths", Kind::Count, IMPACT_O);
pub const HEALTH_DAMAGE: Field = f("health_damage", Kind::Tri, IMPACT_O);
pub const TRADE_SECRET_EXFILTRATION: Field = f("trade_secret_exfiltration", Kind::Tri, IMPACT_O);
pub const INCIDENT_CLASS: Field = f("incident_class", Kind::Code(CodeList::RsitClass), IMPACT_C);
pub const INCIDENT_TYPE: Field = f("incident_type", Kind::Code(CodeList::RsitType), IMPACT_C);
pub const ROOT_CAUSE_CATEGORY: Field = f(
    "root_cause_category",
    Kind::Code(list!(RootCause)),
    [N, O, N, N, R],
);
pub const IOCS: Field = f("iocs", Kind::Iocs, IN_O).hinted();
pub const CVE_IDS: Field = f("cve_ids", Kind::List(Item::Cve), IN_O).hinted();
pub const MITIGATION_TAKEN: Field = f("mitigation_taken", text(1), IN_R);
pub const SERVICE_RECIPIENTS_INFORMED: Field = f("service_recipients_informed", Kind::Tri, IN_O);
pub const SERVICE_RECIPIENTS_INFORMED_AT: Field =
    f("service_recipients_informed_at", Kind::DateTime, IN_O);

// --- intermediate report (§2.5)
pub const REQUEST_ID: Field = f("request_id", Kind::Uuid, [N, N, C, N, N]).once().hinted();
pub const STATUS_UPDATE: Field = f("status_update", text(20), [N, N, R, N, N])
    .once()
    .hinted();

// --- progress report (§2.6) and final report (§2.7)
pub const STATUS_SUMMARY: Field = f("status_summary", text(20), [N, N, N, R, N]).once();
pub const MITIGATION_APPLIED: Field = f("mitigation_applied", text(1), MITIGATION);
pub const MITIGATION_ONGOING: Field = f("mitigation_ongoing", text(1), MITIGATION);
pub const EXPECTED_RESOLUTION_AT: Field =
    f("expected_resolution_at", Kind::DateTime, [N, N, N, O, N]);
pub const DETAILED_DESCRIPTION: Field = f("detailed_description", text(200), FR_R).hinted();
pub const TIMELINE: Field = f("timeline", Kind::Timeline, FR_O).hinted();
pub const ROOT_CAUSE_UNKNOWN_REASON: Field = f("root_cause_unknown_reason", text(10), FR_C);
pub const CONTRIBUTING_CAUSES: Field =
    f("contributing_causes", Kind::Codes(list!(RootCause)), FR_O);
pub const ROOT_CAUSE_DESCRIPTION: Field = f("root_cause_description", text(10), FR_R);
pub const ATTACK_TECHNIQUES: Field =
    f("attack_techniques", Kind::List(Item::AttackTechnique), FR_O).hinted();
/// The parts of [`CROSS_BORDER_IMPACT`], read as `cross_border_impact.ms` and `….description`.
pub const CROSS_BORDER_IMPACT_PARTS: &[Field] = &[
    f("ms", Kind::Codes(CodeList::MemberState), FR_C),
    f("description", text(10), FR_C),
];
pub const CROSS_BORDER_IMPACT: Field = f(
    "cross_border_impact",
    Kind::Object(CROSS_BORDER_IMPACT_PARTS),
    FR_C,
);
pub const HANDLED_AT: Field = f("handled_at", Kind::DateTime, FR_R);
pub const RELATED_CASE_IDS: Field = f("related_case_ids", Kind::List(Item::Uuid), FR_O).hinted();
pub const LESSONS_LEARNED: Field = f("lessons_learned", text(1), FR_O);

// --- DORA (Art. 19; RTS 2025/301; ITS 2025/302), asked per `regimes::fields`
pub const CLASSIFIED_MAJOR_AT: Field = f("classified_major_at", Kind::DateTime, NONE).hinted();
pub const MAJOR_CRITERIA: Field = f("major_criteria", Kind::List(Item::Criterion), NONE).hinted();
pub const ACTIVITIES_RECOVERED_AT: Field = f("activities_recovered_at", Kind::DateTime, NONE);
pub const RECLASSIFICATION_REASON: Field = f("reclassification_reason", text(10), NONE).once();

// --- GDPR Art. 33(3)
pub const DATA_SUBJECT_CATEGORIES: Field = f("data_subject_categories", text(1), NONE);
pub const DATA_SUBJECTS_APPROX: Field = f("data_subjects_approx", Kind::CountOrUnknown, NONE);
pub const RECORD_CATEGORIES: Field = f("record_categories", text(1), NONE);
pub const RECORDS_APPROX: Field = f("records_approx", Kind::CountOrUnknown, NONE);
pub const DPO_CONTACT: Field = f("dpo_contact", line(3, 200), NONE).hinted();
pub const LIKELY_CONSEQUENCES: Field = f("likely_consequences", text(10), NONE);
/// Art. 34: the data subjects were told (tracked as a flag only).
pub const DATA_SUBJECTS_INFORMED: Field = f("data_subjects_informed", Kind::Tri, NONE);

// --- CRA Art. 14
pub const PRODUCT_NAME: Field = f("product_name", line(1, 200), NONE);
pub const PRODUCT_VERSIONS: Field = f("product_versions", Kind::List(Item::Service), NONE);
pub const PRODUCT_IDS: Field = f("product_ids", Kind::List(Item::ProductId), NONE).hinted();
pub const CVSS_VECTOR: Field = f("cvss_vector", Kind::Cvss, NONE).hinted();
pub const CORRECTIVE_MEASURE_AVAILABLE_AT: Field =
    f("corrective_measure_available_at", Kind::DateTime, NONE).hinted();
pub const MS_MADE_AVAILABLE: Field = f(
    "ms_made_available",
    Kind::Codes(CodeList::MemberState),
    NONE,
);
pub const USERS_INFORMED_AT: Field = f("users_informed_at", Kind::DateTime, NONE);
pub const VULNERABILITY_NATURE: Field = f("vulnerability_nature", text(10), NONE);
pub const USER_MEASURES: Field = f("user_measures", text(1), NONE);
pub const INFORMATION_SENSITIVITY: Field = f("information_sensitivity", text(1), NONE).hinted();
pub const MALICIOUS_ACTOR_INFO: Field = f("malicious_actor_info", text(1), NONE);

/// Every report field, in the API's order.
pub(super) const FIELDS: &[Field] = &[
    STAGE,
    REGIME,
    ANSWERS,
    KIND,
    OBSERVED_AT,
    THREAT_DESCRIPTION,
    POSSIBLE_IMPACT,
    LANGUAGE,
    TLP,
    ENTITY_INTERNAL_REF,
    SUPERSEDES_SUBMISSION_ID,
    LATE_REASON,
    AWARE_AT,
    AWARE_AT_CHANGE_REASON,
    AFFECTS_TRUST_SERVICES,
    DETECTED_AT,
    STARTED_AT,
    AWARENESS_BASIS,
    TITLE,
    SUMMARY,
    SUSPECTED_MALICIOUS,
    CROSS_BORDER_POSSIBLE,
    CROSS_BORDER_MS,
    AFFECTED_SECTORS,
    AFFECTED_SERVICES,
    INCIDENT_STATUS,
    SIGNIFICANCE_BASIS,
    ASSISTANCE_REQUESTED,
    ASSISTANCE_DETAILS,
    REPORTED_TO_LAW_ENFORCEMENT,
    PERSONAL_DATA_INVOLVED,
    INITIAL_ASSESSMENT,
    SEVERITY,
    OUTLOOK,
    IMPACT_PROPERTIES,
    SERVICE_IMPACT,
    USERS_AFFECTED,
    USERS_TOTAL_EU,
    OUTAGE_START,
    OUTAGE_END,
    OUTAGE_DURATION_MIN,
    GEO_SPREAD,
    FINANCIAL_LOSS_EUR,
    FINANCIAL_LOSS_CONFIDENCE,
    DEATHS,
    HEALTH_DAMAGE,
    TRADE_SECRET_EXFILTRATION,
    INCIDENT_CLASS,
    INCIDENT_TYPE,
    ROOT_CAUSE_CATEGORY,
    IOCS,
    CVE_IDS,
    MITIGATION_TAKEN,
    SERVICE_RECIPIENTS_INFORMED,
    SERVICE_RECIPIENTS_INFORMED_AT,
    REQUEST_ID,
    STATUS_UPDATE,
    STATUS_SUMMARY,
    MITIGATION_APPLIED,
    MITIGATION_ONGOING,
    EXPECTED_RESOLUTION_AT,
    DETAILED_DESCRIPTION,
    TIMELINE,
    ROOT_CAUSE_UNKNOWN_REASON,
    CONTRIBUTING_CAUSES,
    ROOT_CAUSE_DESCRIPTION,
    ATTACK_TECHNIQUES,
    CROSS_BORDER_IMPACT,
    HANDLED_AT,
    RELATED_CASE_IDS,
    LESSONS_LEARNED,
    CLASSIFIED_MAJOR_AT,
    MAJOR_CRITERIA,
    ACTIVITIES_RECOVERED_AT,
    RECLASSIFICATION_REASON,
    DATA_SUBJECT_CATEGORIES,
    DATA_SUBJECTS_APPROX,
    RECORD_CATEGORIES,
    RECORDS_APPROX,
    DPO_CONTACT,
    LIKELY_CONSEQUENCES,
    DATA_SUBJECTS_INFORMED,
    PRODUCT_NAME,
    PRODUCT_VERSIONS,
    PRODUCT_IDS,
    CVSS_VECTOR,
    CORRECTIVE_MEASURE_AVAILABLE_AT,
    MS_MADE_AVAILABLE,
    USERS_INFORMED_AT,
    VULNERABILITY_NATURE,
    USER_MEASURES,
    INFORMATION_SENSITIVITY,
    MALICIOUS_ACTOR_INFO,
];
