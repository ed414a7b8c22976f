//! The platform administrators' daily copy of a signed audit checkpoint: a copy of the chain
//! head outside the server, so a log rewritten or cut short later is found by
//! `intake audit verify --checkpoints <a file holding this line>`.

use super::Rendered;
use crate::words::Tr;

/// The checkpoint line and what it vouches for; nothing from any case.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditCheckpoint {
    pub tr: Tr,
    /// The time of the checkpoint, UTC.
    pub at: String,
    /// The number of entries the log held.
    pub seq: i64,
    /// The line exactly as the checkpoint file holds it.
    pub line: String,
}
mail_templates!(
    AuditCheckpoint,
    audit_checkpoint,
    "email/audit_checkpoint/subject.txt",
    "email/audit_checkpoint/body.txt",
    "email/audit_checkpoint/body.html"
);
