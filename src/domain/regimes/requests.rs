//! The coordinator CSIRT's requests for an intermediate report on a CRA thread (Regulation
//! (EU) 2024/2847 Art. 14(6)): the thread's own pending stage and due time, beside NIS2's
//! requests on the case's clock (Art. 23(4)(c)).

use crate::domain::case::Case;
use crate::domain::codes::Regime;
use crate::domain::deadlines::IntermediateRequest;
use crate::domain::msg::Msg;
use chrono::{DateTime, Utc};
use uuid::Uuid;

impl Case {
    /// The coordinator CSIRT asks for an intermediate report on the `regime` thread by
    /// `due_at`. Only the CRA's threads know such requests; a newer request replaces an
    /// unanswered one.
    pub fn request_thread_intermediate(
        &mut self,
        regime: Regime,
        id: Uuid,
        due_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), Msg> {
        if !matches!(regime, Regime::CraVulnerability | Regime::CraIncident) {
            return Err(Msg::t1("api-request-cra-thread", "regime", regime.as_str()));
        }
        if let Some(why) = self.ended_refusal() {
            return Err(why);
        }
        if due_at <= now {
            return Err(Msg::t("api-request-due-future"));
        }
        let Some(thread) = self.threads.iter_mut().find(|t| t.regime == regime) else {
            return Err(Msg::t1("api-thread-none", "regime", regime.as_str()));
        };
        if thread.is_ended() {
            return Err(Msg::t1(
                "api-request-thread-ended",
                "regime",
                regime.as_str(),
            ));
        }
        thread.intermediate = Some(IntermediateRequest {
            id,
            requested_at: now,
            due_at,
        });
        self.updated_at = now;
        self.version += 1;
        Ok(())
    }
}
