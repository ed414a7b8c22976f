//! Authority staff and what they do to cases (spec §1.4, §6).

use super::codes::code_enum;
use chrono::{DateTime, Utc};

code_enum!(
    /// A staff member's role within their authority.
    StaffRole { Admin = "admin", Reviewer = "reviewer", Observer = "observer" }
);

impl StaffRole {
    /// Reviewers and admins act on cases; observers only read.
    pub fn can_act(self) -> bool {
        matches!(self, Self::Admin | Self::Reviewer)
    }

    pub fn can_manage_users(self) -> bool {
        self == Self::Admin
    }
}

code_enum!(
    /// Feedback an authority gives the reporter (Art. 23(5)).
    FeedbackKind {
        Acknowledgement = "acknowledgement",
        InitialFeedback = "initial_feedback",
        MitigationGuidance = "mitigation_guidance",
        TechnicalSupport = "technical_support",
        LawEnforcementGuidance = "law_enforcement_guidance",
    }
);

impl FeedbackKind {
    /// Whether this feedback answers Art. 23(5)'s "initial feedback" and so clears the
    /// authority's 24 h timer (spec §1.3 rule 6, §6): feedback of substance does; a bare
    /// acknowledgement of receipt does not.
    pub fn clears_feedback_timer(self) -> bool {
        self != Self::Acknowledgement
    }
}

code_enum!(
    /// Everything recorded on a case besides filings.
    EventKind {
        Feedback = "feedback",
        MessageToReporter = "message_to_reporter",
        MessageFromReporter = "message_from_reporter",
        Note = "note",
        IntermediateRequest = "intermediate_request",
        Review = "review",
        Assignment = "assignment",
        Closed = "closed",
        Reopened = "reopened",
        PublicAwareness = "public_awareness",
        /// One stage the entity no longer owes (spec §1.5).
        StageWaived = "stage_waived",
        /// The entity withdrew its report (spec §1.5).
        Withdrawn = "withdrawn",
    }
);

impl EventKind {
    /// What the reporter sees on the follow-up page: the conversation, not internal work.
    pub fn visible_to_reporter(self) -> bool {
        matches!(
            self,
            Self::Feedback
                | Self::MessageToReporter
                | Self::MessageFromReporter
                | Self::IntermediateRequest
                | Self::Closed
                | Self::Reopened
                | Self::StageWaived
                | Self::Withdrawn
        )
    }
}

code_enum!(
    /// Art. 23(7): whether the public is informed, and by whom.
    PublicAwareness {
        NotNeeded = "not_needed",
        AuthorityInforms = "authority_informs",
        EntityMustInform = "entity_must_inform",
    }
);

/// Initial feedback is owed within 24 hours of receiving the early warning (Art. 23(5)).
pub const FEEDBACK_HOURS: i64 = 24;

/// Where an authority stands with its initial feedback on a case (Art. 23(5)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackDue {
    Given(DateTime<Utc>),
    /// Informed copies owe none: the authority in charge answers.
    NotOwed,
    Owed {
        due: DateTime<Utc>,
        overdue: bool,
    },
}

impl FeedbackDue {
    /// The state at `now` of feedback on a case received at `received_at`.
    pub fn at(
        received_at: DateTime<Utc>,
        given_at: Option<DateTime<Utc>>,
        informed: bool,
        now: DateTime<Utc>,
    ) -> Self {
        let due = received_at + chrono::Duration::hours(FEEDBACK_HOURS);
        match given_at {
            Some(t) => Self::Given(t),
            None if informed => Self::NotOwed,
            None => Self::Owed {
                due,
                overdue: now > due,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    /// Art. 23(5): initial feedback within 24 hours of receiving the early warning.
    /// Art. 23(5), spec §6: only substantive kinds clear the timer.
    #[test]
    fn only_substantive_feedback_clears_the_timer() {
        let clearing: Vec<_> = FeedbackKind::ALL
            .iter()
            .filter(|k| k.clears_feedback_timer())
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            clearing,
            vec![
                "initial_feedback",
                "mitigation_guidance",
                "technical_support",
                "law_enforcement_guidance"
            ]
        );
    }

    #[test]
    fn feedback_is_owed_for_24_hours_then_overdue_unless_given_or_informed() {
        let received = t("2027-01-31T23:30:00Z");
        let due = t("2027-02-01T23:30:00Z");
        let owed = |now| FeedbackDue::at(received, None, false, now);

        assert_eq!(
            owed(due),
            FeedbackDue::Owed {
                due,
                overdue: false
            }
        );
        assert_eq!(
            owed(due + chrono::Duration::seconds(1)),
            FeedbackDue::Owed { due, overdue: true }
        );
        assert_eq!(
            FeedbackDue::at(received, Some(due), false, due),
            FeedbackDue::Given(due)
        );
        assert_eq!(
            FeedbackDue::at(received, None, true, due),
            FeedbackDue::NotOwed
        );
    }
}
