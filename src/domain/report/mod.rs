//! One report (stage submission): raw input → parse step → parsed [`Report`].

pub mod awareness;
mod facts;
pub mod fields;
mod input;
mod json_types;
mod parse;
mod reader;
mod rules;
mod voluntary;

pub use facts::{CrossBorderImpact, Facts, TimelineEvent, UserCount};
pub use fields::LANGUAGES;
pub use input::{CrossBorderImpactInput, IocInput, ReportInput, Scalar, TimelineInput};
pub use json_types::{json_type_error, type_errors};
pub use voluntary::{is_voluntary, ReportKind};

use super::codes::IncidentStatus;
use super::deadlines::Clock;
use super::lifecycle::Stage;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// What the parse step needs to know besides the input itself.
#[derive(Debug, Clone)]
pub struct Context {
    pub now: DateTime<Utc>,
    /// Entity type of the reporter: user-count thresholds and the TSP 24 h rule depend on it.
    pub entity_type: crate::domain::names::EntityType,
    pub timezone: Tz,
    /// The case this report is added to; `None` when it opens a new case.
    pub case: Option<CaseSoFar>,
    /// The kind of the voluntary case this report is added to (Art. 30): no deadlines.
    pub kind: Option<ReportKind>,
}

/// The state of an existing case that the parse step checks against.
#[derive(Debug, Clone)]
pub struct CaseSoFar {
    pub clock: Clock,
    /// The filings so far, in order.
    pub filed: Vec<crate::domain::deadlines::Filed>,
    /// Any earlier stage said cross-border impact was possible: the final report must describe it.
    pub cross_border_flagged: bool,
    /// The merged facts of the latest filing, carried forward into this one.
    pub facts: serde_json::Value,
}

/// A parsed report: the stage, its checked facts, and what every stage guarantees.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub stage: Stage,
    pub aware_at: DateTime<Utc>,
    pub title: String,
    pub incident_status: IncidentStatus,
    pub late: bool,
    /// Set for a voluntary notification (Art. 30); `None` for a mandatory report.
    pub kind: Option<ReportKind>,
    pub facts: Facts,
    /// Field names this filing itself provided (the rest was carried forward).
    pub provided: Vec<String>,
}

impl Report {
    /// The one parse step for forms and the API: carries earlier facts forward, checks every
    /// field of the stage under `report.…`, and returns all field errors at once.
    pub fn parse(
        input: ReportInput,
        ctx: &Context,
    ) -> Result<Report, super::validation::FieldErrors> {
        if voluntary::is_voluntary(&input, ctx) {
            voluntary::parse(input, ctx)
        } else {
            parse::parse(input, ctx)
        }
    }
}

/// Entity types with user-count thresholds in Impl. Reg. 2024/2690 (spec §4.3).
pub fn has_user_thresholds(entity_type: crate::domain::names::EntityType) -> bool {
    matches!(
        entity_type.as_str(),
        "cloud_computing_provider"
            | "cdn_provider"
            | "managed_service_provider"
            | "managed_security_service_provider"
            | "online_marketplace"
            | "online_search_engine"
            | "social_network_platform"
            | "trust_service_provider"
    )
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
