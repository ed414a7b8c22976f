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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    pub language: Option<String>,
    pub tlp: Option<Tlp>,
    pub entity_internal_ref: Option<String>,
    pub supersedes_submission_id: Option<Uuid>,
    pub late_reason: Option<String>,
    pub aware_at: T,
    pub aware_at_change_reason: Option<String>,
    pub affects_trust_services: Option<Tri>,
    pub detected_at: T,
    pub started_at: T,
    pub awareness_basis: Option<AwarenessBasis>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub suspected_malicious: Option<Tri>,
    pub cross_border_possible: Option<Tri>,
    pub cross_border_ms: Vec<MemberState>,
    pub affected_sectors: Vec<crate::domain::names::Sector>,
    pub affected_services: Vec<String>,
    pub incident_status: Option<IncidentStatus>,
    pub significance_basis: Vec<String>,
    pub assistance_requested: Option<bool>,
    pub assistance_details: Option<String>,
    pub reported_to_law_enforcement: Option<Tri>,
    pub personal_data_involved: Option<Tri>,
    pub initial_assessment: Option<String>,
    pub severity: Option<Severity>,
    pub outlook: Option<Outlook>,
    pub impact_properties: Vec<ImpactProperty>,
    pub service_impact: Option<ServiceImpact>,
    pub users_affected: Option<UserCount>,
    pub users_total_eu: Option<u64>,
    pub outage_start: T,
    pub outage_end: T,
    pub outage_duration_min: Option<u64>,
    pub geo_spread: Option<GeoSpread>,
    pub financial_loss_eur: Option<String>,
    pub financial_loss_confidence: Option<LossConfidence>,
    pub deaths: Option<u64>,
    pub health_damage: Option<Tri>,
    pub trade_secret_exfiltration: Option<Tri>,
    pub incident_class: Option<&'static str>,
    pub incident_type: Option<&'static str>,
    pub root_cause_category: Option<RootCause>,
    pub iocs: Vec<Ioc>,
    pub cve_ids: Vec<String>,
    pub mitigation_taken: Option<String>,
    pub service_recipients_informed: Option<Tri>,
    pub service_recipients_informed_at: T,
    pub request_id: Option<Uuid>,
    pub status_update: Option<String>,
    pub status_summary: Option<String>,
    pub mitigation_applied: Option<String>,
    pub mitigation_ongoing: Option<String>,
    pub expected_resolution_at: T,
    pub detailed_description: Option<String>,
    pub timeline: Vec<TimelineEvent>,
    pub root_cause_unknown_reason: Option<String>,
    pub contributing_causes: Vec<RootCause>,
    pub root_cause_description: Option<String>,
    pub attack_techniques: Vec<String>,
    pub cross_border_impact: Option<CrossBorderImpact>,
    pub handled_at: T,
    pub related_case_ids: Vec<Uuid>,
    pub lessons_learned: Option<String>,
    /// Voluntary notifications (Art. 30): their kind and own fields (spec §7).
    pub kind: Option<super::ReportKind>,
    pub observed_at: T,
    pub threat_description: Option<String>,
    pub possible_impact: Option<String>,
    /// DORA (spec §7).
    pub classified_major_at: T,
    pub major_criteria: Vec<String>,
    pub activities_recovered_at: T,
    pub reclassification_reason: Option<String>,
    /// GDPR Art. 33(3).
    pub data_subject_categories: Option<String>,
    pub data_subjects_approx: Option<UserCount>,
    pub record_categories: Option<String>,
    pub records_approx: Option<UserCount>,
    pub dpo_contact: Option<String>,
    pub likely_consequences: Option<String>,
    pub data_subjects_informed: Option<Tri>,
    /// CRA Art. 14.
    pub product_name: Option<String>,
    pub product_versions: Vec<String>,
    pub product_ids: Vec<String>,
    pub cvss_vector: Option<String>,
    pub corrective_measure_available_at: T,
    pub ms_made_available: Vec<MemberState>,
    pub users_informed_at: T,
    pub vulnerability_nature: Option<String>,
    pub user_measures: Option<String>,
    pub information_sensitivity: Option<String>,
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
