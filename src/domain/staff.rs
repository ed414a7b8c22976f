//! Authority staff and what they do to cases (spec §1.4, §6).

use super::codes::code_enum;

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
