//! The audit trail's hash chain: each entry's hash covers its content and the previous
//! entry's hash, so altering, inserting or removing any row breaks every link after it.

use super::names::AuthorityCode;
use super::staff::EventKind;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acted. Stored as text (`reporter`, `api_key:<id>`, `user:<id> <email>`, `token:<id>`,
/// `cli:<login>`) that the hash chain covers, so the text of each variant never changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The reporting entity, through its follow-up link.
    Reporter,
    /// A reporting entity's API key.
    ApiKey(Uuid),
    /// A signed-in member of an authority's staff.
    Staff { id: Uuid, email: String },
    /// An authority's API token.
    AuthorityToken(Uuid),
    /// The operator of the command line (the system itself), by login name.
    System(String),
}

impl Actor {
    /// Reads the stored text back; `None` for text no version ever wrote.
    pub fn parse(text: &str) -> Option<Self> {
        if text == "reporter" {
            return Some(Self::Reporter);
        }
        let (kind, rest) = text.split_once(':')?;
        match kind {
            "api_key" => Uuid::parse_str(rest).ok().map(Self::ApiKey),
            "token" => Uuid::parse_str(rest).ok().map(Self::AuthorityToken),
            "cli" => Some(Self::System(rest.to_string())),
            "user" => {
                let (id, email) = rest.split_once(' ')?;
                let id = Uuid::parse_str(id).ok()?;
                Some(Self::Staff {
                    id,
                    email: email.to_string(),
                })
            }
            _ => None,
        }
    }

    /// The short name shown to people: the email of a staff member, else the stored text.
    pub fn display_name(&self) -> String {
        match self {
            Self::Staff { email, .. } => email.clone(),
            other => other.to_string(),
        }
    }

    /// The staff user behind this actor, if any.
    pub fn user_id(&self) -> Option<Uuid> {
        match self {
            Self::Staff { id, .. } => Some(*id),
            _ => None,
        }
    }
}

/// The stored text (see [`Actor`]).
impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Reporter => f.write_str("reporter"),
            Self::ApiKey(id) => write!(f, "api_key:{id}"),
            Self::Staff { id, email } => write!(f, "user:{id} {email}"),
            Self::AuthorityToken(id) => write!(f, "token:{id}"),
            Self::System(login) => write!(f, "cli:{login}"),
        }
    }
}

impl serde::Serialize for Actor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What was done. Stored as text covered by the hash chain: `case.<event kind>`,
/// `case.view`, `login`, `export.csv`, …; the text of each variant never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// An event added to a case (feedback, message, note, request, review…).
    Case(EventKind),
    CaseView,
    Login,
    /// The password was right; the second factor is still to come.
    LoginPassword,
    LoginFailed,
    LoginTotpFailed,
    Logout,
    TotpEnabled,
    UserCreated,
    UserUpdated,
    TokenCreated,
    /// An authority token withdrawn (command line or an administrator in the workspace).
    TokenRevoked,
    /// An entity's API key withdrawn on the command line.
    ApiKeyRevoked,
    ExportQueue,
    ExportEnisa,
    ExportCase,
    /// A filing changed the case's `aware_at`; deadlines recomputed (spec §1.1).
    AwareAtChanged,
    /// A share package made from a case (spec §6, Art. 23(6)).
    PackageCreated,
    PackageRevoked,
    /// A recipient's staff or token read a package.
    PackageViewed,
    /// Staff linked a filing from an unaffiliated (web) filer to a registered entity.
    CaseEntityLinked,
    /// A staff member changed their own password (their other sessions ended).
    PasswordChanged,
    /// A change of password refused because the current password was wrong (counted like a
    /// failed sign-in).
    PasswordChangeFailed,
    /// An administrator set a new password for a user, to be changed at its next sign-in.
    PasswordReset,
    /// The CRA coordinator CSIRT delayed disseminating a notification, with its reason
    /// (Regulation 2024/2847 Art. 16(2)).
    DisseminationDelayed,
    /// The entity confirmed or declined a proposed thread of its case (spec §7).
    ThreadSettled,
}

impl AuditAction {
    /// The actions other than case events, with their stored text.
    pub const FIXED: [(AuditAction, &'static str); 25] = [
        (Self::CaseView, "case.view"),
        (Self::Login, "login"),
        (Self::LoginPassword, "login.password"),
        (Self::LoginFailed, "login.failed"),
        (Self::LoginTotpFailed, "login.totp_failed"),
        (Self::Logout, "logout"),
        (Self::TotpEnabled, "totp.enabled"),
        (Self::UserCreated, "user.created"),
        (Self::UserUpdated, "user.updated"),
        (Self::TokenCreated, "token.created"),
        (Self::TokenRevoked, "token.revoked"),
        (Self::ApiKeyRevoked, "api_key.revoked"),
        (Self::ExportQueue, "export.queue"),
        (Self::ExportEnisa, "export.enisa"),
        (Self::ExportCase, "export.case"),
        (Self::AwareAtChanged, "case.aware_at_changed"),
        (Self::PackageCreated, "package.created"),
        (Self::PackageRevoked, "package.revoked"),
        (Self::PackageViewed, "package.viewed"),
        (Self::CaseEntityLinked, "case.entity_linked"),
        (Self::PasswordChanged, "password.changed"),
        (Self::PasswordChangeFailed, "password.change_failed"),
        (Self::PasswordReset, "password.reset"),
        (Self::DisseminationDelayed, "dissemination.delayed"),
        (Self::ThreadSettled, "case.thread_settled"),
    ];

    /// Reads the stored text back; `None` for text no version ever wrote.
    pub fn parse(text: &str) -> Option<Self> {
        if let Some((action, _)) = Self::FIXED.iter().find(|(_, t)| *t == text) {
            return Some(*action);
        }
        text.strip_prefix("case.")
            .and_then(EventKind::from_code)
            .map(Self::Case)
    }
}

/// The stored text (see [`AuditAction`]).
impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Case(kind) => write!(f, "case.{}", kind.as_str()),
            fixed => {
                let text = Self::FIXED
                    .iter()
                    .find(|(a, _)| a == fixed)
                    .map_or("", |(_, t)| *t);
                f.write_str(text)
            }
        }
    }
}

impl serde::Serialize for AuditAction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One audit entry's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 1, 2, 3… without gaps.
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor: Actor,
    pub authority_code: Option<AuthorityCode>,
    pub action: AuditAction,
    pub case_id: Option<String>,
    /// JSON with the particulars.
    pub detail: String,
}

/// One audit entry as stored: the text the hash covers. Verification reads this, so an
/// altered row that no longer parses is still reported as a broken link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub authority_code: Option<String>,
    pub action: String,
    pub case_id: Option<String>,
    pub detail: String,
}

impl Entry {
    /// The stored text of this entry.
    pub fn stored(&self) -> Stored {
        Stored {
            seq: self.seq,
            at: self.at,
            actor: self.actor.to_string(),
            authority_code: self.authority_code.as_ref().map(String::from),
            action: self.action.to_string(),
            case_id: self.case_id.clone(),
            detail: self.detail.clone(),
        }
    }

    /// See [`Stored::hash`].
    pub fn hash(&self, prev_hash: &str) -> String {
        self.stored().hash(prev_hash)
    }
}

impl Stored {
    /// SHA-256 over the previous hash and every field, each length-prefixed so no two
    /// different entries can serialise alike.
    pub fn hash(&self, prev_hash: &str) -> String {
        let mut h = Sha256::new();
        let at = self.at.timestamp_micros().to_string();
        let seq = self.seq.to_string();
        let fields: [&str; 8] = [
            prev_hash,
            &seq,
            &at,
            &self.actor,
            self.authority_code.as_deref().unwrap_or("\u{0}"),
            &self.action,
            self.case_id.as_deref().unwrap_or("\u{0}"),
            &self.detail,
        ];
        for f in fields {
            h.update((f.len() as u64).to_be_bytes());
            h.update(f.as_bytes());
        }
        hex::encode(h.finalize())
    }
}

/// Where a chain first breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub seq: i64,
    pub reason: String,
}

/// Checks entries in `seq` order, each with its stored `prev_hash` and `hash`. Returns how
/// many entries were verified, or the first broken link.
pub fn verify(rows: impl IntoIterator<Item = (Stored, String, String)>) -> Result<i64, Broken> {
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    for (entry, prev_hash, hash) in rows {
        let broken = |reason: String| Broken {
            seq: entry.seq,
            reason,
        };
        if entry.seq != expected_seq {
            return Err(Broken {
                seq: expected_seq,
                reason: format!("entry {expected_seq} is missing (next is {})", entry.seq),
            });
        }
        if prev_hash != prev {
            return Err(broken(
                "its prev_hash does not match the entry before it".into(),
            ));
        }
        if entry.hash(&prev_hash) != hash {
            return Err(broken(
                "its content does not match its hash (altered)".into(),
            ));
        }
        prev = hash;
        expected_seq += 1;
    }
    Ok(expected_seq - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_and_actions_keep_their_stored_text() {
        let id = Uuid::parse_str("0190a0b0-0000-7000-8000-000000000001").unwrap();
        let actors = [
            (Actor::Reporter, "reporter".to_string()),
            (Actor::ApiKey(id), format!("api_key:{id}")),
            (
                Actor::Staff {
                    id,
                    email: "a b@x.example".into(),
                },
                format!("user:{id} a b@x.example"),
            ),
            (Actor::AuthorityToken(id), format!("token:{id}")),
            (Actor::System("root".into()), "cli:root".to_string()),
        ];
        for (actor, text) in actors {
            assert_eq!(actor.to_string(), text);
            assert_eq!(Actor::parse(&text), Some(actor));
        }
        assert_eq!(Actor::parse("user:nope x"), None);
        assert_eq!(Actor::parse("someone"), None);
        for (action, text) in AuditAction::FIXED {
            assert_eq!(action.to_string(), text);
            assert_eq!(AuditAction::parse(text), Some(action));
        }
        let message = AuditAction::Case(EventKind::MessageFromReporter);
        assert_eq!(message.to_string(), "case.message_from_reporter");
        assert_eq!(
            AuditAction::parse("case.message_from_reporter"),
            Some(message)
        );
        assert_eq!(AuditAction::parse("case.nothing"), None);
    }

    fn chain(n: i64) -> Vec<(Stored, String, String)> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let e = Entry {
                    seq,
                    at: DateTime::from_timestamp(1_700_000_000 + seq, 0).unwrap(),
                    actor: Actor::Staff {
                        id: Uuid::nil(),
                        email: "a@b.example".into(),
                    },
                    authority_code: AuthorityCode::parse("LU-CSIRT").ok(),
                    action: AuditAction::CaseView,
                    case_id: Some(format!("case-{seq}")),
                    detail: "{}".into(),
                };
                let h = e.hash(&prev);
                let row = (e.stored(), prev.clone(), h.clone());
                prev = h;
                row
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_and_any_change_is_found_at_its_entry() {
        assert_eq!(verify(chain(5)), Ok(5));
        let mut altered = chain(5);
        altered[2].0.action = AuditAction::ExportQueue.to_string();
        assert_eq!(verify(altered).unwrap_err().seq, 3);
        let mut unreadable = chain(5);
        unreadable[2].0.actor = "someone else".into();
        assert_eq!(verify(unreadable).unwrap_err().seq, 3);
        let mut altered = chain(5);
        altered[2].0.authority_code = None;
        assert_eq!(verify(altered).unwrap_err().seq, 3);
        let mut removed = chain(5);
        removed.remove(3);
        assert_eq!(verify(removed).unwrap_err().seq, 4);
        let mut rehashed = chain(5);
        rehashed[1].0.detail = "{\"x\":1}".into();
        rehashed[1].2 = rehashed[1].0.hash(&rehashed[1].1);
        assert_eq!(
            verify(rehashed).unwrap_err().seq,
            3,
            "a rewritten hash breaks the next link"
        );
    }
}
