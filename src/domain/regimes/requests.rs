//! The coordinator CSIRT's requests for an intermediate report on a CRA thread (Regulation
//! (EU) 2024/2847 Art. 14(6)): the thread's own pending stage and due time, beside NIS2's
//! requests on the case's clock (Art. 23(4)(c)).

use crate::domain::case::Case;
use crate::domain::codes::Regime;
use crate::domain::deadlines::IntermediateRequest;
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
    ) -> Result<(), String> {
        if !matches!(regime, Regime::CraVulnerability | Regime::CraIncident) {
            return Err(format!(
                "intermediate reports are requested on a cra_vulnerability or cra_incident thread (CRA Art. 14(6)), not on {regime}"
            ));
        }
        if let Some(why) = self.ended_refusal() {
            return Err(why);
        }
        if due_at <= now {
            return Err("the due date must be in the future".into());
        }
        let Some(thread) = self.threads.iter_mut().find(|t| t.regime == regime) else {
            return Err(format!("this case has no {regime} thread"));
        };
        if thread.is_ended() {
            return Err(format!(
                "the {regime} thread has ended; nothing more can be asked on it"
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
