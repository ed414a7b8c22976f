//! NIS2 as the law reads where cases change (domain spec v0.2): corrections of `aware_at`
//! (§1.1), the trust-service clock (§1.2), the progress path (§1.3 rule 7), the earliest
//! awareness (§1.3 rule 8), references (§2.1), single-line fields (§2.8), the significance
//! helper (§4.2) and feedback that counts (§6).

mod awareness;
mod dora_classification;
mod dora_entities;
mod entity_lines;
mod feedback;
mod forms;
mod progress;
mod references;
mod significance;
mod trust_services;

use chrono::{DateTime, Utc};
use serde_json::Value;

/// The row of `stage` in a case's deadline table.
pub fn row<'a>(case: &'a Value, stage: &str) -> &'a Value {
    case["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == stage)
        .unwrap_or_else(|| panic!("no {stage} row in {}", case["deadlines"]))
}

pub fn t(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("a time: {v}")))
        .unwrap()
        .to_utc()
}

pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

pub fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
