//! What an outbox row says besides who and when: one serde struct per message kind, stored as
//! JSON next to the kind. Only the reason for a message is kept; its words are composed at send
//! time from the case as it is then, so the report's content never sits in the queue.

use super::Kind;
use crate::domain::lifecycle::Stage;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A routed authority's notice of a filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AuthorityNotification {
    /// An informed copy for an affected member state, not the authority in charge.
    #[serde(default)]
    pub informed: bool,
}

/// The reporter's receipt for a filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ReporterAcknowledgement {
    /// The authorities in charge, as the reporter reads them.
    #[serde(default)]
    pub routed_to: String,
}

/// The administrators' alert about a filing that no routing rule matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UnroutedAlert {}

/// A deadline a reminder or an overdue notice is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineDue {
    /// The thread whose stage is due (spec §7); NIS2 for messages queued before threads.
    #[serde(default = "nis2", skip_serializing_if = "is_nis2")]
    pub regime: crate::domain::codes::Regime,
    pub stage: Stage,
    pub due_at: DateTime<Utc>,
    /// A monthly request for a status update while the final report awaits the end of
    /// handling (spec §1.3 rule 7): a reminder, not a deadline.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub status_update: bool,
}

/// The reporter's notice that an authority wrote to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ReporterUpdate {
    /// What kind of update it is, in words (feedback, a message, a request).
    #[serde(default)]
    pub update_label: String,
    /// The case event's code (`feedback`, `withdrawn_by_entity`, …), so the mail names it in
    /// its reader's language; absent in messages queued before languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// The platform administrators' daily copy of a signed audit checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AuditCheckpoint {
    /// The checkpoint's line, as the checkpoint file holds it.
    pub line: String,
}

/// A recipient authority's notice that a package was shared with it (spec §6): who shared
/// it, its TLP and its id; never its content, nor the case it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePackage {
    pub package_id: uuid::Uuid,
    pub sender_name: String,
    pub tlp: crate::domain::codes::Tlp,
}

/// A routed authority's notice that something changed on a case (a withdrawal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AuthorityUpdate {
    /// What changed, in words.
    #[serde(default)]
    pub update_label: String,
    /// The case event's code (`feedback`, `withdrawn_by_entity`, …), so the mail names it in
    /// its reader's language; absent in messages queued before languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// Why a message exists; its variant decides the message's [`Kind`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    AuthorityNotification(AuthorityNotification),
    ReporterAcknowledgement(ReporterAcknowledgement),
    UnroutedAlert(UnroutedAlert),
    DeadlineReminder(DeadlineDue),
    OverdueNotice(DeadlineDue),
    ReporterUpdate(ReporterUpdate),
    AuditCheckpoint(AuditCheckpoint),
    SharePackage(SharePackage),
    AuthorityUpdate(AuthorityUpdate),
}

impl Payload {
    /// The message kind this payload belongs to.
    pub fn kind(&self) -> Kind {
        match self {
            Payload::AuthorityNotification(_) => Kind::AuthorityNotification,
            Payload::ReporterAcknowledgement(_) => Kind::ReporterAcknowledgement,
            Payload::UnroutedAlert(_) => Kind::UnroutedAlert,
            Payload::DeadlineReminder(_) => Kind::DeadlineReminder,
            Payload::OverdueNotice(_) => Kind::OverdueNotice,
            Payload::ReporterUpdate(_) => Kind::ReporterUpdate,
            Payload::AuditCheckpoint(_) => Kind::AuditCheckpoint,
            Payload::SharePackage(_) => Kind::SharePackage,
            Payload::AuthorityUpdate(_) => Kind::AuthorityUpdate,
        }
    }

    /// The stored JSON (the kind is stored beside it).
    pub fn to_json(&self) -> String {
        let v = match self {
            Payload::AuthorityNotification(p) => serde_json::to_string(p),
            Payload::ReporterAcknowledgement(p) => serde_json::to_string(p),
            Payload::UnroutedAlert(p) => serde_json::to_string(p),
            Payload::DeadlineReminder(p) | Payload::OverdueNotice(p) => serde_json::to_string(p),
            Payload::ReporterUpdate(p) => serde_json::to_string(p),
            Payload::AuditCheckpoint(p) => serde_json::to_string(p),
            Payload::SharePackage(p) => serde_json::to_string(p),
            Payload::AuthorityUpdate(p) => serde_json::to_string(p),
        };
        // Plain structs of strings, booleans and dates always serialise.
        v.unwrap_or_else(|_| "{}".into())
    }

    /// Reads the stored JSON of a message of `kind`.
    pub fn from_json(kind: Kind, json: &str) -> Result<Self, serde_json::Error> {
        Ok(match kind {
            Kind::AuthorityNotification => {
                Payload::AuthorityNotification(serde_json::from_str(json)?)
            }
            Kind::ReporterAcknowledgement => {
                Payload::ReporterAcknowledgement(serde_json::from_str(json)?)
            }
            Kind::UnroutedAlert => Payload::UnroutedAlert(serde_json::from_str(json)?),
            Kind::DeadlineReminder => Payload::DeadlineReminder(serde_json::from_str(json)?),
            Kind::OverdueNotice => Payload::OverdueNotice(serde_json::from_str(json)?),
            Kind::ReporterUpdate => Payload::ReporterUpdate(serde_json::from_str(json)?),
            Kind::AuditCheckpoint => Payload::AuditCheckpoint(serde_json::from_str(json)?),
            Kind::SharePackage => Payload::SharePackage(serde_json::from_str(json)?),
            Kind::AuthorityUpdate => Payload::AuthorityUpdate(serde_json::from_str(json)?),
        })
    }
}

fn nis2() -> crate::domain::codes::Regime {
    crate::domain::codes::Regime::Nis2
}

fn is_nis2(r: &crate::domain::codes::Regime) -> bool {
    *r == crate::domain::codes::Regime::Nis2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_read_what_earlier_versions_stored_and_round_trip() {
        let old = r#"{"stage":"final_report","due_at":"2027-01-31T23:59:59+00:00"}"#;
        let p = Payload::from_json(Kind::OverdueNotice, old).unwrap();
        assert_eq!(p.kind(), Kind::OverdueNotice);
        assert_eq!(Payload::from_json(p.kind(), &p.to_json()).unwrap(), p);
        let informed = Payload::from_json(Kind::AuthorityNotification, r#"{"informed":true}"#);
        assert_eq!(
            informed.unwrap(),
            Payload::AuthorityNotification(AuthorityNotification { informed: true })
        );
        assert!(Payload::from_json(Kind::DeadlineReminder, "{}").is_err());
    }
}
