//! One regime's thread of a case: its status and the anchors only it has. Stored with the
//! case as JSON; the shared anchor `aware_at` and NIS2's own clock stay on the case.

use crate::domain::codes::{code_enum, Regime};
use crate::domain::deadlines::IntermediateRequest;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

code_enum!(
    /// Where a thread stands.
    ThreadStatus {
        /// Suggested by the service (personal data involved: a GDPR breach?); the entity
        /// confirms it by filing it or on its follow-up page (spec §7).
        Proposed = "proposed",
        Open = "open",
        /// Nothing more is owed on it ([`ThreadEnd`] says why).
        Ended = "ended",
    }
);

code_enum!(
    /// Why a thread ended before its final report.
    ThreadEnd {
        /// DORA: the incident was reclassified as non-major (ITS 2025/302).
        ReclassifiedNonMajor = "reclassified_non_major",
        /// GDPR: the entity declined the proposed thread (the breach is unlikely to result in
        /// a risk to individuals, Art. 33(1)).
        Declined = "declined",
    }
);

/// One regime's thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub regime: Regime,
    pub status: ThreadStatus,
    pub opened_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<ThreadEnd>,
    /// DORA: when the entity classified the incident as major (Delegated Regulation 2025/301 Art. 5(1)(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classified_major_at: Option<DateTime<Utc>>,
    /// CRA: when a corrective or mitigating measure became available (Art. 14(2)(c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrective_measure_available_at: Option<DateTime<Utc>>,
    /// CRA: the coordinator CSIRT's open request for an intermediate report (Art. 14(6)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intermediate: Option<IntermediateRequest>,
    /// DORA: the entity may file its initial notification and intermediate reports by noon of
    /// the next working day when their deadline falls on a weekend or bank holiday (2025/301
    /// Art. 5(4)); not credit institutions, CCPs, trading venues or NIS2 entities (Art. 5(5)).
    #[serde(default)]
    pub weekend_relief: bool,
    /// DORA: the bank holidays of the reporting entity's member state (Art. 5(4)), from the routing
    /// table when the thread opened, so its deadlines never move under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holidays: Vec<NaiveDate>,
}

impl Thread {
    /// A thread of `regime` opened (or proposed) at `now`.
    pub fn new(regime: Regime, status: ThreadStatus, now: DateTime<Utc>) -> Self {
        Self {
            regime,
            status,
            opened_at: now,
            ended: None,
            classified_major_at: None,
            corrective_measure_available_at: None,
            intermediate: None,
            weekend_relief: false,
            holidays: Vec::new(),
        }
    }

    pub fn is_ended(&self) -> bool {
        self.status == ThreadStatus::Ended
    }
}

impl Thread {
    /// A new open thread of `regime` for an entity of `entity_type`; DORA threads keep the
    /// weekend rule and bank holidays that apply to them (Delegated Regulation 2025/301 Art. 5(4)).
    pub fn opened(
        regime: Regime,
        weekend_relief: bool,
        holidays: &[NaiveDate],
        now: DateTime<Utc>,
    ) -> Self {
        let mut t = Thread::new(regime, ThreadStatus::Open, now);
        if regime == Regime::Dora {
            t.weekend_relief = weekend_relief;
            t.holidays = holidays.to_vec();
            t.holidays.sort();
            t.holidays.dedup();
        }
        t
    }

    /// Moves the anchors a filing states: DORA's classification time, the CRA's measure.
    pub fn apply_anchors(&mut self, f: &crate::domain::report::Facts) {
        if self.regime == Regime::Dora && f.classified_major_at.is_some() {
            self.classified_major_at = f.classified_major_at;
        }
        if self.regime == Regime::CraVulnerability && f.corrective_measure_available_at.is_some() {
            self.corrective_measure_available_at = f.corrective_measure_available_at;
        }
    }
}
