//! The raw report as a client sends it, as JSON or as an HTML form: every field optional and
//! every scalar read as text, so that the one parse step can name each bad field instead of the
//! deserializer stopping at the first. Field names are the domain spec's (§2.3–§2.7). The JSON
//! API checks each value's JSON type first ([`super::type_errors`]): reading scalars as text
//! serves forms and the case's carried-forward facts, it never coerces an API client's types.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

/// A scalar kept as its text: form text, or a carried-forward fact's JSON string, number or
/// boolean. API bodies reach it only after [`super::type_errors`] found their types right.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Scalar(pub String);

impl Scalar {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl utoipa::PartialSchema for Scalar {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .into()
    }
}
impl ToSchema for Scalar {}

type S = Option<Scalar>;
type List = Option<Vec<Scalar>>;

/// One report (stage submission). Fields left empty are carried forward from the case's
/// earlier submissions where the spec allows ("unless already provided").
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// `early_warning`, `incident_notification`, `intermediate_report`, `progress_report` or
    /// `final_report`; left out for a voluntary notification, which names its `kind` instead.
    #[schema(value_type = Option<String>, example = "early_warning")]
    pub stage: S,
    /// The thread this filing answers: `nis2`, `dora`, `gdpr`, `cra_vulnerability` or
    /// `cra_incident`; default: the case's primary regime (a DORA financial entity's is `dora`).
    #[schema(value_type = Option<String>, example = "dora")]
    pub regime: S,
    /// Several threads answered by one filing, e.g. DORA's initial notification and the GDPR
    /// breach notification of the same incident; replaces `regime` and `stage`.
    pub answers: Option<Vec<AnswerInput>>,
    /// Voluntary notification (NIS2 Art. 30): `voluntary_incident`, `cyber_threat` or
    /// `near_miss`, with no deadlines. Left out for a mandatory report.
    #[schema(value_type = Option<String>, example = "near_miss")]
    pub kind: S,
    /// Voluntary notifications: when the incident, threat or near miss was observed
    /// (instead of `aware_at`).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub observed_at: S,
    /// Voluntary notifications: the threat (required for a `cyber_threat`).
    #[schema(value_type = Option<String>)]
    pub threat_description: S,
    /// Voluntary notifications: what could have happened or could still happen.
    #[schema(value_type = Option<String>)]
    pub possible_impact: S,
    /// ISO 639-1 language of the free text.
    #[schema(value_type = Option<String>, example = "en")]
    pub language: S,
    #[schema(value_type = Option<String>, example = "amber")]
    pub tlp: S,
    #[schema(value_type = Option<String>)]
    pub entity_internal_ref: S,
    /// Earlier submission of the same stage that this one corrects.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub supersedes_submission_id: S,
    /// Required when the stage is filed after its due time.
    #[schema(value_type = Option<String>)]
    pub late_reason: S,

    // --- early warning (§2.3)
    /// When the entity became aware of the significant incident; starts the 24 h / 72 h clocks.
    #[schema(value_type = Option<String>, format = DateTime, example = "2026-11-27T08:30:00+01:00")]
    pub aware_at: S,
    /// Why a later filing states a different `aware_at`; required then (spec §1.1).
    #[schema(value_type = Option<String>)]
    pub aware_at_change_reason: S,
    /// Trust-service providers only: does the incident affect the provision of the trust
    /// services (`yes`, `no`, `unknown`)? `no` keeps the 72 h notification; otherwise 24 h.
    #[schema(value_type = Option<String>, example = "yes")]
    pub affects_trust_services: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub detected_at: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub started_at: S,
    #[schema(value_type = Option<String>)]
    pub awareness_basis: S,
    #[schema(value_type = Option<String>, example = "Ransomware on billing servers")]
    pub title: S,
    #[schema(value_type = Option<String>)]
    pub summary: S,
    /// `yes`, `no` or `unknown`.
    #[schema(value_type = Option<String>, example = "yes")]
    pub suspected_malicious: S,
    #[schema(value_type = Option<String>, example = "unknown")]
    pub cross_border_possible: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub cross_border_ms: List,
    /// Sector codes besides the entity's own (cross-sectoral incident, Art. 23(1)).
    #[schema(value_type = Option<Vec<String>>)]
    pub affected_sectors: List,
    #[schema(value_type = Option<Vec<String>>)]
    pub affected_services: List,
    #[schema(value_type = Option<String>, example = "ongoing")]
    pub incident_status: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub significance_basis: List,
    #[schema(value_type = Option<bool>)]
    pub assistance_requested: S,
    #[schema(value_type = Option<String>)]
    pub assistance_details: S,
    #[schema(value_type = Option<String>)]
    pub reported_to_law_enforcement: S,
    #[schema(value_type = Option<String>)]
    pub personal_data_involved: S,

    // --- incident notification (§2.4)
    #[schema(value_type = Option<String>)]
    pub initial_assessment: S,
    #[schema(value_type = Option<String>)]
    pub severity: S,
    #[schema(value_type = Option<String>)]
    pub outlook: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub impact_properties: List,
    #[schema(value_type = Option<String>)]
    pub service_impact: S,
    /// A whole number, or `unknown`.
    #[schema(value_type = Option<String>)]
    pub users_affected: S,
    #[schema(value_type = Option<u64>)]
    pub users_total_eu: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub outage_start: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub outage_end: S,
    #[schema(value_type = Option<u64>)]
    pub outage_duration_min: S,
    #[schema(value_type = Option<String>)]
    pub geo_spread: S,
    /// Euros, at most 2 decimals.
    #[schema(value_type = Option<String>, example = "125000.00")]
    pub financial_loss_eur: S,
    #[schema(value_type = Option<String>)]
    pub financial_loss_confidence: S,
    #[schema(value_type = Option<u64>)]
    pub deaths: S,
    #[schema(value_type = Option<String>)]
    pub health_damage: S,
    #[schema(value_type = Option<String>)]
    pub trade_secret_exfiltration: S,
    /// RSIT class, e.g. `intrusions`.
    #[schema(value_type = Option<String>)]
    pub incident_class: S,
    /// RSIT type belonging to the class, e.g. `system-compromise`.
    #[schema(value_type = Option<String>)]
    pub incident_type: S,
    #[schema(value_type = Option<String>)]
    pub root_cause_category: S,
    pub iocs: Option<Vec<IocInput>>,
    #[schema(value_type = Option<Vec<String>>)]
    pub cve_ids: List,
    #[schema(value_type = Option<String>)]
    pub mitigation_taken: S,
    #[schema(value_type = Option<String>)]
    pub service_recipients_informed: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub service_recipients_informed_at: S,

    // --- intermediate report (§2.5)
    #[schema(value_type = Option<String>, format = Uuid)]
    pub request_id: S,
    #[schema(value_type = Option<String>)]
    pub status_update: S,

    // --- progress report (§2.6) and final report (§2.7)
    #[schema(value_type = Option<String>)]
    pub status_summary: S,
    #[schema(value_type = Option<String>)]
    pub mitigation_applied: S,
    #[schema(value_type = Option<String>)]
    pub mitigation_ongoing: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub expected_resolution_at: S,
    #[schema(value_type = Option<String>)]
    pub detailed_description: S,
    pub timeline: Option<Vec<TimelineInput>>,
    #[schema(value_type = Option<String>)]
    pub root_cause_unknown_reason: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub contributing_causes: List,
    #[schema(value_type = Option<String>)]
    pub root_cause_description: S,
    /// MITRE ATT&CK technique ids such as `T1486` or `T1059.001`.
    #[schema(value_type = Option<Vec<String>>)]
    pub attack_techniques: List,
    pub cross_border_impact: Option<CrossBorderImpactInput>,
    /// When handling finished; required in the final report.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub handled_at: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub related_case_ids: List,
    #[schema(value_type = Option<String>)]
    pub lessons_learned: S,

    // --- DORA (spec §7)
    /// When the financial entity classified the incident as major (RTS 2025/301 Art. 5).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub classified_major_at: S,
    /// The classification criteria met (Delegated Regulation 2024/1772), as codes.
    #[schema(value_type = Option<Vec<String>>)]
    pub major_criteria: List,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub activities_recovered_at: S,
    #[schema(value_type = Option<String>)]
    pub reclassification_reason: S,

    // --- GDPR Art. 33(3)
    #[schema(value_type = Option<String>)]
    pub data_subject_categories: S,
    /// A number, or `unknown`.
    #[schema(value_type = Option<String>)]
    pub data_subjects_approx: S,
    #[schema(value_type = Option<String>)]
    pub record_categories: S,
    /// A number, or `unknown`.
    #[schema(value_type = Option<String>)]
    pub records_approx: S,
    #[schema(value_type = Option<String>)]
    pub dpo_contact: S,
    #[schema(value_type = Option<String>)]
    pub likely_consequences: S,
    /// Art. 34: the data subjects were told.
    #[schema(value_type = Option<String>)]
    pub data_subjects_informed: S,

    // --- CRA Art. 14
    #[schema(value_type = Option<String>)]
    pub product_name: S,
    #[schema(value_type = Option<Vec<String>>)]
    pub product_versions: List,
    /// Package URLs (`pkg:npm/foo@1.2.3`) or CPE names (`cpe:2.3:a:vendor:product:1.2:…`).
    #[schema(value_type = Option<Vec<String>>)]
    pub product_ids: List,
    /// CVSS v3.x or v4.0 vector, e.g. `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`.
    #[schema(value_type = Option<String>)]
    pub cvss_vector: S,
    /// When a corrective or mitigating measure became available: starts the final report's
    /// 14 days (vulnerabilities).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub corrective_measure_available_at: S,
    /// Member states where the manufacturer knows the product is made available.
    #[schema(value_type = Option<Vec<String>>)]
    pub ms_made_available: List,
    /// Art. 14(8): when the product's users were informed.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub users_informed_at: S,
    #[schema(value_type = Option<String>)]
    pub vulnerability_nature: S,
    /// Corrective or mitigating measures users can take.
    #[schema(value_type = Option<String>)]
    pub user_measures: S,
    /// How sensitive the information is, and whom it may be shared with.
    #[schema(value_type = Option<String>)]
    pub information_sensitivity: S,
    #[schema(value_type = Option<String>)]
    pub malicious_actor_info: S,
}

/// One thread a filing answers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    #[schema(value_type = String, example = "gdpr")]
    pub regime: S,
    #[schema(value_type = String, example = "breach_notification")]
    pub stage: S,
}

/// One indicator of compromise.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IocInput {
    /// ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file_name, asn, cve, other.
    #[serde(rename = "type")]
    #[schema(value_type = String)]
    pub kind: S,
    #[schema(value_type = String)]
    pub value: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub first_seen: S,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_seen: S,
    #[schema(value_type = Option<String>)]
    pub note: S,
}

/// One event of the final report's timeline.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineInput {
    #[schema(value_type = String, format = DateTime)]
    pub at: S,
    #[schema(value_type = String)]
    pub event: S,
}

/// Cross-border impact described in the final report.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CrossBorderImpactInput {
    #[schema(value_type = Vec<String>)]
    pub ms: List,
    #[schema(value_type = String)]
    pub description: S,
}

impl ReportInput {
    /// `self` over `earlier`: every field this input leaves out (or empty) is taken from
    /// `earlier`, the case's current facts, except the per-filing fields. Returns the merged
    /// input, the names of the fields it provided and, for a case's first report, the input
    /// by field name as built here, so the parse step does not serialise it again.
    pub fn over(
        self,
        earlier: Option<&serde_json::Value>,
    ) -> (ReportInput, Vec<String>, Option<Fields>) {
        let once = |k: &str| super::fields::not_carried().any(|n| n == k);
        let mut own = match serde_json::to_value(&self) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => return (self, Vec::new(), None),
        };
        let provided: Vec<String> = own
            .iter()
            .filter(|(k, v)| !is_blank(v) && !once(k))
            .map(|(k, _)| k.clone())
            .collect();
        let Some(earlier) = earlier else {
            return (self, provided, Some(own));
        };
        // Facts that are not an object merge nothing; the case still anchors the input.
        let serde_json::Value::Object(prev) = earlier else {
            return (self, provided, None);
        };
        own.retain(|_, v| !is_blank(v));
        for (k, v) in prev {
            if !once(k) && !own.contains_key(k) {
                own.insert(k.clone(), v.clone());
            }
        }
        let merged = serde_json::from_value(serde_json::Value::Object(own)).unwrap_or(self);
        (merged, provided, None)
    }
}

/// A report by field name, as JSON values.
pub type Fields = serde_json::Map<String, serde_json::Value>;

fn is_blank(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::String(s) => s.trim().is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        _ => false,
    }
}
