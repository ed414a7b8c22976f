//! The keyed audit chain and its checkpoints. Since chain version 2 each entry's hash is an
//! HMAC-SHA-256 under a key kept outside the database, so whoever can only write to the
//! database cannot recompute a chain that verifies after deleting or rewriting entries.
//! Entries written before (version 1, plain SHA-256) keep verifying as they are: the first
//! keyed entry's MAC covers the last unkeyed hash, and no unkeyed entry may follow a keyed
//! one. A checkpoint is the MAC of the chain head (sequence number and hash) at a time; kept
//! outside the database, it also reveals entries removed from the end, or all of them.

use super::audit::{Stored, GENESIS};
use chrono::{DateTime, SecondsFormat, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// `audit_log.chain` of entries hashed with plain SHA-256 (before the keyed chain).
pub const UNKEYED: i32 = 1;
/// `audit_log.chain` of entries MAC'd under the [`ChainKey`].
pub const KEYED: i32 = 2;

/// The 256-bit key of the audit chain (`INTAKE_AUDIT_KEY`, or derived from the server
/// secret). Never stored in the database.
#[derive(Clone)]
pub struct ChainKey([u8; 32]);

impl std::fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChainKey(…)")
    }
}

impl ChainKey {
    /// Wraps 32 key bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// From configuration: 64 hex digits.
    pub fn from_hex(text: &str) -> Result<Self, String> {
        hex::decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .map(Self)
            .ok_or_else(|| {
                "INTAKE_AUDIT_KEY must be 64 hex digits (e.g. from `openssl rand -hex 32`)".into()
            })
    }

    fn mac(&self, label: &str, fields: &[&str]) -> String {
        let Ok(mut m) = <Hmac<Sha256> as Mac>::new_from_slice(&self.0) else {
            unreachable!("HMAC takes keys of any length")
        };
        m.update(label.as_bytes());
        for f in fields {
            m.update(&(f.len() as u64).to_be_bytes());
            m.update(f.as_bytes());
        }
        hex::encode(m.finalize().into_bytes())
    }

    /// A short public name of the key (not the key), so a checkpoint says which key signed it.
    pub fn id(&self) -> String {
        self.mac("intake-audit-key-id", &[])[..16].to_string()
    }

    /// The keyed hash of an entry after `prev_hash`: every field length-prefixed, as in
    /// [`Stored::hash`], under a label no other use of the key shares.
    pub fn entry_hash(&self, e: &Stored, prev_hash: &str) -> String {
        let at = e.at.timestamp_micros().to_string();
        let seq = e.seq.to_string();
        self.mac(
            "intake-audit-entry-v2",
            &[
                prev_hash,
                &seq,
                &at,
                &e.actor,
                e.authority_code.as_deref().unwrap_or("\u{0}"),
                &e.action,
                e.case_id.as_deref().unwrap_or("\u{0}"),
                &e.detail,
            ],
        )
    }
}

/// One row as stored, for verification: its content, chain version and both hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    pub entry: Stored,
    pub chain: i32,
    pub prev_hash: String,
    pub hash: String,
}

/// The chain head a checkpoint vouches for, signed with the chain key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub at: DateTime<Utc>,
    /// The last entry's sequence number (0: the log was empty).
    pub seq: i64,
    /// The last entry's hash ([`GENESIS`] when empty).
    pub head: String,
    /// [`ChainKey::id`] of the key that signed.
    pub key_id: String,
    pub mac: String,
}

const LINE_TAG: &str = "intake-audit-checkpoint-v1";

impl Checkpoint {
    /// Signs the head `(seq, head)` as it stood at `at`.
    pub fn sign(key: &ChainKey, at: DateTime<Utc>, seq: i64, head: &str) -> Self {
        let at = at.with_timezone(&Utc);
        Self {
            mac: Self::mac_of(key, at, seq, head),
            at,
            seq,
            head: head.to_string(),
            key_id: key.id(),
        }
    }

    fn mac_of(key: &ChainKey, at: DateTime<Utc>, seq: i64, head: &str) -> String {
        let at = at.timestamp_micros().to_string();
        key.mac("intake-audit-checkpoint-v1", &[&at, &seq.to_string(), head])
    }

    /// One line of the checkpoint file (and of the mailed copy).
    pub fn to_line(&self) -> String {
        format!(
            "{LINE_TAG} at={} seq={} head={} key={} mac={}",
            self.at.to_rfc3339_opts(SecondsFormat::Micros, true),
            self.seq,
            self.head,
            self.key_id,
            self.mac
        )
    }

    /// Reads a line written by [`Checkpoint::to_line`].
    pub fn parse(line: &str) -> Result<Self, String> {
        let mut parts = line.split_whitespace();
        if parts.next() != Some(LINE_TAG) {
            return Err(format!("it does not start with {LINE_TAG}"));
        }
        let mut field = |name: &str| {
            parts
                .next()
                .and_then(|p| p.strip_prefix(name)?.strip_prefix('='))
                .map(str::to_string)
                .ok_or_else(|| format!("its {name}= is missing"))
        };
        let at = field("at")?;
        let seq = field("seq")?;
        let (head, key_id, mac) = (field("head")?, field("key")?, field("mac")?);
        Ok(Self {
            at: DateTime::parse_from_rfc3339(&at)
                .map_err(|_| format!("its at={at} is not a time"))?
                .with_timezone(&Utc),
            seq: seq
                .parse()
                .map_err(|_| format!("its seq={seq} is not a number"))?,
            head,
            key_id,
            mac,
        })
    }

    /// Whether `key` signed exactly this head and time.
    pub fn signed_by(&self, key: &ChainKey) -> bool {
        same(&Self::mac_of(key, self.at, self.seq, &self.head), &self.mac)
    }
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// What disagrees: an entry of the log, or a checkpoint (by its line in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Entry { seq: i64, reason: String },
    Checkpoint { line: usize, reason: String },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Entry { seq, reason } => write!(f, "entry {seq}: {reason}"),
            Self::Checkpoint { line, reason } => write!(f, "checkpoint on line {line}: {reason}"),
        }
    }
}

/// A chain that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub entries: i64,
    /// The first keyed entry, if any.
    pub keyed_from: Option<i64>,
    /// The last entry's hash ([`GENESIS`] when empty).
    pub head: String,
    pub checkpoints: usize,
}

/// Checks the rows in `seq` order, then every checkpoint (numbered by line) against them.
/// Returns the first disagreement.
pub fn verify(
    rows: impl IntoIterator<Item = Linked>,
    key: &ChainKey,
    checkpoints: &[(usize, Checkpoint)],
) -> Result<Verified, Finding> {
    let mut wanted: std::collections::HashMap<i64, Option<String>> =
        checkpoints.iter().map(|(_, c)| (c.seq, None)).collect();
    let (mut prev, mut seq, mut keyed_from) = (GENESIS.to_string(), 0i64, None);
    for row in rows {
        let entry_seq = row.entry.seq;
        let broken = |reason: &str| Finding::Entry {
            seq: entry_seq,
            reason: reason.to_string(),
        };
        if entry_seq != seq + 1 {
            return Err(Finding::Entry {
                seq: seq + 1,
                reason: format!("it is missing (the next entry is {entry_seq})"),
            });
        }
        if row.prev_hash != prev {
            return Err(broken("its prev_hash does not match the entry before it"));
        }
        let expected = match (row.chain, keyed_from) {
            (KEYED, _) => key.entry_hash(&row.entry, &row.prev_hash),
            (UNKEYED, None) => row.entry.hash(&row.prev_hash),
            (UNKEYED, Some(first)) => {
                return Err(broken(&format!(
                    "it is unkeyed although the chain is keyed from entry {first} on (rewritten without the key)"
                )))
            }
            (other, _) => return Err(broken(&format!("unknown chain version {other}"))),
        };
        if !same(&expected, &row.hash) {
            return Err(broken(if row.chain == KEYED {
                "its content does not match its keyed hash (altered or rewritten without the key, or verified with another key)"
            } else {
                "its content does not match its hash (altered)"
            }));
        }
        if row.chain == KEYED && keyed_from.is_none() {
            keyed_from = Some(entry_seq);
        }
        if let Some(slot) = wanted.get_mut(&entry_seq) {
            *slot = Some(row.hash.clone());
        }
        (prev, seq) = (row.hash, entry_seq);
    }
    for (line, c) in checkpoints {
        check_one(c, key, seq, &wanted).map_err(|reason| Finding::Checkpoint {
            line: *line,
            reason,
        })?;
    }
    Ok(Verified {
        entries: seq,
        keyed_from,
        head: prev,
        checkpoints: checkpoints.len(),
    })
}

fn check_one(
    c: &Checkpoint,
    key: &ChainKey,
    last: i64,
    hashes: &std::collections::HashMap<i64, Option<String>>,
) -> Result<(), String> {
    let at = c.at.to_rfc3339_opts(SecondsFormat::Secs, true);
    if !c.signed_by(key) {
        return Err(if c.key_id == key.id() {
            format!("its signature is wrong (the checkpoint of {at} was altered)")
        } else {
            format!("it was signed by another key ({}), not this one", c.key_id)
        });
    }
    if c.seq > last {
        return Err(format!(
            "on {at} the log reached entry {}, but it now ends at entry {last}: entries were removed from the end",
            c.seq
        ));
    }
    let found = match c.seq {
        0 => Some(GENESIS.to_string()),
        n => hashes.get(&n).cloned().flatten(),
    };
    if found.as_deref() != Some(c.head.as_str()) {
        return Err(format!(
            "entry {} does not have the hash it had on {at}: the log was rewritten",
            c.seq
        ));
    }
    Ok(())
}

#[cfg(test)]
#[path = "audit_chain_tests.rs"]
mod tests;
