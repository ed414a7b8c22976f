//! The parsed content of one submission: every value already checked. Serialized with the
//! same field names as [`ReportInput`](super::ReportInput), so the stored facts of one filing
//! can be carried forward into the next.

use crate::domain::codes::*;
use crate::domain::ioc::Ioc;
use crate::domain::member_state::MemberState;
use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

type T = Option<DateTime<Utc>>;

/// Users affected: a count, or `unknown` where the entity cannot tell yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum UserCount {
    Known(u64),
    #[serde(serialize_with = "unknown")]
    Unknown,
}

fn unknown<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("unknown")
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEvent {
    pub at: DateTime<Utc>,
    pub event: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrossBorderImpact {
    pub ms: Vec<MemberState>,
    pub description: String,
}

/// Everything a submission states, parsed. Which fields are present depends on the stage.
/// Absent values are skipped as they are serialised (as [`Facts::to_json`] would drop them
/// after): a filing serialises its facts several times, and most of the fields are absent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tlp: Option<Tlp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_internal_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supersedes_submission_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aware_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aware_at_change_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affects_trust_services: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detected_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awareness_basis: Option<AwarenessBasis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspected_malicious: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cross_border_possible: Option<Tri>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cross_border_ms: Vec<MemberState>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub affected_sectors: Vec<crate::domain::names::Sector>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub affected_services: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_status: Option<IncidentStatus>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub significance_basis: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assistance_requested: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assistance_details: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_to_law_enforcement: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_data_involved: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_assessment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlook: Option<Outlook>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub impact_properties: Vec<ImpactProperty>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_impact: Option<ServiceImpact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users_affected: Option<UserCount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users_total_eu: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outage_start: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outage_end: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outage_duration_min: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo_spread: Option<GeoSpread>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub financial_loss_eur: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub financial_loss_confidence: Option<LossConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deaths: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_damage: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_secret_exfiltration: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_class: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_cause_category: Option<RootCause>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub iocs: Vec<Ioc>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cve_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitigation_taken: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_recipients_informed: Option<Tri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_recipients_informed_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_update: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitigation_applied: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitigation_ongoing: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_resolution_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed_description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<TimelineEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_cause_unknown_reason: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributing_causes: Vec<RootCause>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_cause_description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attack_techniques: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cross_border_impact: Option<CrossBorderImpact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handled_at: T,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_case_ids: Vec<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lessons_learned: Option<String>,
    /// Voluntary notifications (Art. 30): their kind and own fields (spec §7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::ReportKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threat_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub possible_impact: Option<String>,
    /// DORA (spec §7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub classified_major_at: T,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub major_criteria: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activities_recovered_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reclassification_reason: Option<String>,
    /// GDPR Art. 33(3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_subject_categories: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_subjects_approx: Option<UserCount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_categories: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records_approx: Option<UserCount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo_contact: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likely_consequences: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_subjects_informed: Option<Tri>,
    /// CRA Art. 14.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub product_versions: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub product_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvss_vector: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrective_measure_available_at: T,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ms_made_available: Vec<MemberState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users_informed_at: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vulnerability_nature: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_measures: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub information_sensitivity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub malicious_actor_info: Option<String>,
}

impl Facts {
    /// The facts as a JSON object without empty values: what is stored and shown.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        if let serde_json::Value::Object(m) = &mut v {
            m.retain(|_, x| !(x.is_null() || x.as_array().is_some_and(|a| a.is_empty())));
        }
        v
    }
}
