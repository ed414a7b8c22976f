//! One report (stage submission): raw input → parse step → parsed [`Report`].

mod answers;
pub mod awareness;
mod facts;
pub mod fields;
mod identifiers;
mod input;
mod json_types;
mod parse;
mod reader;
mod regime_facts;
mod rules;
mod voluntary;

pub use answers::{thread_for, Answer};
pub use facts::{CrossBorderImpact, Facts, TimelineEvent, UserCount};
pub use fields::LANGUAGES;
pub use identifiers::{is_cvss_vector, is_product_id};
pub use input::{
    AnswerInput, CrossBorderImpactInput, IocInput, ReportInput, Scalar, TimelineInput,
};
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
    /// The case's primary regime; `None` when the report opens a case (spec §7).
    pub primary: Option<crate::domain::codes::Regime>,
    /// Bank holidays of the member state, for a DORA thread this report opens.
    pub holidays: Vec<chrono::NaiveDate>,
    /// Whether that DORA thread gets the weekend relief ([`crate::domain::regimes::dora`]).
    pub weekend_relief: bool,
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
    /// The sibling regimes' threads (spec §7).
    pub threads: Vec<crate::domain::regimes::Thread>,
}

/// A parsed report: the stage, its checked facts, and what every stage guarantees.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The first thread answered: its stage and regime (see `answers` for all).
    pub stage: Stage,
    pub regime: crate::domain::codes::Regime,
    pub aware_at: DateTime<Utc>,
    pub title: String,
    pub incident_status: IncidentStatus,
    pub late: bool,
    /// Set for a voluntary notification (Art. 30); `None` for a mandatory report.
    pub kind: Option<ReportKind>,
    /// Every thread this filing answers, in order, each with its verdict (spec §7).
    pub answers: Vec<Answer>,
    /// The bank holidays a DORA thread this filing opens keeps ([`Context::holidays`]).
    pub holidays: Vec<chrono::NaiveDate>,
    pub weekend_relief: bool,
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
