//! Reporting stages and the case state machine (spec §1.2, §1.4).

use super::codes::code_enum;
use super::msg::Msg;

code_enum!(
    /// A reporting stage of any regime (spec §1.2, §7). Which regime has which stages is
    /// [`crate::domain::regimes::stages`]; the first five are NIS2's (Art. 23(4)).
    Stage {
        EarlyWarning = "early_warning",
        IncidentNotification = "incident_notification",
        IntermediateReport = "intermediate_report",
        ProgressReport = "progress_report",
        FinalReport = "final_report",
        /// DORA Art. 19(4)(a).
        InitialNotification = "initial_notification",
        /// DORA (ITS 2025/302): the incident is no longer major; ends the DORA thread.
        MajorIncidentReclassifiedAsNonMajor = "major_incident_reclassified_as_non_major",
        /// GDPR Art. 33(1).
        BreachNotification = "breach_notification",
        /// GDPR Art. 33(4): information provided in phases.
        Supplement = "supplement",
        /// CRA Art. 14(2)(b).
        VulnerabilityNotification = "vulnerability_notification",
    }
);

/// NIS2's stages, in the order of the field registry's columns.
pub const NIS2_STAGES: [Stage; 5] = [
    Stage::EarlyWarning,
    Stage::IncidentNotification,
    Stage::IntermediateReport,
    Stage::ProgressReport,
    Stage::FinalReport,
];

code_enum!(
    /// Reporting progress of a case; separate from the factual incident status.
    CaseState {
        Draft = "draft",
        EarlyWarningSubmitted = "early_warning_submitted",
        Notified = "notified",
        ProgressReported = "progress_reported",
        FinalReported = "final_reported",
        Closed = "closed",
        Withdrawn = "withdrawn",
    }
);

impl CaseState {
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Closed | Self::Withdrawn)
    }

    /// The state after the entity files `stage`, or why that stage is not allowed now.
    /// Filing a stage already filed is a correction (a new version) and keeps the state.
    /// Field guards (resolved for a final report, ongoing for a progress report) are
    /// checked by the parse step, which can name the field.
    pub fn file(self, stage: Stage) -> Result<CaseState, Msg> {
        use CaseState as S;
        use Stage as T;
        match (self, stage) {
            (S::Closed | S::Withdrawn, _) => {
                Err(Msg::t1("api-case-ended-state", "case_state", self.as_str()))
            }
            (S::Draft | S::EarlyWarningSubmitted, T::EarlyWarning) => Ok(S::EarlyWarningSubmitted),
            (S::Draft | S::EarlyWarningSubmitted | S::Notified, T::IncidentNotification) => {
                Ok(S::Notified)
            }
            (S::Notified | S::ProgressReported, T::ProgressReport) => Ok(S::ProgressReported),
            (S::Notified | S::ProgressReported | S::FinalReported, T::FinalReport) => {
                Ok(S::FinalReported)
            }
            (S::Draft, T::IntermediateReport) => Err(Msg::t("api-case-starts-with")),
            (state, T::IntermediateReport) => Ok(state),
            (S::Draft | S::EarlyWarningSubmitted, T::ProgressReport | T::FinalReport) => Err(
                Msg::t1("api-stage-needs-notification", "stage", stage.as_str()),
            ),
            (state, stage) => Err(Msg::t2(
                "api-stage-too-late",
                ("stage", stage.as_str()),
                ("case_state", state.as_str()),
            )),
        }
    }
}

impl CaseState {
    /// Like [`CaseState::file`], knowing the stages already `filed`: while the case is open, a
    /// stage filed before may always be corrected (spec §1.5), even after a later stage (the
    /// early warning once notified); the state stays.
    pub fn file_given(self, stage: Stage, filed: &[Stage]) -> Result<CaseState, Msg> {
        if !self.is_terminal() && filed.contains(&stage) {
            return Ok(self);
        }
        self.file(stage)
    }
}

/// Refuses a stage the state does not allow, before its fields are checked: "not now" is
/// more useful to a reporter than a list of fields for a report they cannot file yet.
/// An unreadable stage passes through; the parse step names it.
pub fn admits(state: CaseState, filed: &[Stage], raw_stage: Option<&str>) -> Result<(), Msg> {
    match raw_stage.and_then(|s| Stage::from_code(s.trim())) {
        Some(stage) => state.file_given(stage, filed).map(drop),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseState as S;
    use Stage as T;

    #[test]
    fn transitions_follow_the_spec_table() {
        let allowed = [
            (S::Draft, T::EarlyWarning, S::EarlyWarningSubmitted),
            (S::Draft, T::IncidentNotification, S::Notified),
            (
                S::EarlyWarningSubmitted,
                T::IncidentNotification,
                S::Notified,
            ),
            (S::Notified, T::FinalReport, S::FinalReported),
            (S::Notified, T::ProgressReport, S::ProgressReported),
            (S::ProgressReported, T::FinalReport, S::FinalReported),
            (S::Notified, T::IntermediateReport, S::Notified),
            (
                S::EarlyWarningSubmitted,
                T::IntermediateReport,
                S::EarlyWarningSubmitted,
            ),
            (S::FinalReported, T::FinalReport, S::FinalReported),
            (S::Notified, T::IncidentNotification, S::Notified),
        ];
        for (from, stage, to) in allowed {
            assert_eq!(from.file(stage), Ok(to), "{from} + {stage}");
        }
    }

    /// Spec §1.5: corrections of filed stages stay possible while the case is open.
    #[test]
    fn a_filed_stage_may_be_corrected_after_a_later_one_while_open() {
        let filed = [T::EarlyWarning, T::IncidentNotification];
        assert_eq!(
            S::Notified.file_given(T::EarlyWarning, &filed),
            Ok(S::Notified)
        );
        let on = [T::IncidentNotification, T::ProgressReport, T::FinalReport];
        assert_eq!(
            S::FinalReported.file_given(T::IncidentNotification, &on),
            Ok(S::FinalReported)
        );
        // Never filed: no correction; an ended case takes nothing.
        assert!(S::Notified.file_given(T::EarlyWarning, &on).is_err());
        assert!(S::Closed.file_given(T::EarlyWarning, &filed).is_err());
    }

    #[test]
    fn illegal_moves_are_refused() {
        let refused = [
            (S::Draft, T::FinalReport),
            (S::Draft, T::IntermediateReport),
            (S::EarlyWarningSubmitted, T::ProgressReport),
            (S::Notified, T::EarlyWarning),
            (S::FinalReported, T::ProgressReport),
            (S::FinalReported, T::IncidentNotification),
            (S::ProgressReported, T::IncidentNotification),
            (S::Closed, T::IntermediateReport),
            (S::Withdrawn, T::FinalReport),
        ];
        for (from, stage) in refused {
            assert!(
                from.file(stage).is_err(),
                "{from} + {stage} must be refused"
            );
        }
    }
}
