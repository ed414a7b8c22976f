//! The audit trail's hash chain: each entry's hash covers its content and the previous
//! entry's hash, so altering, inserting or removing any row breaks every link after it.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit entry's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 1, 2, 3… without gaps.
    pub seq: i64,
    pub at: DateTime<Utc>,
    /// `user:<id> <email>`, `token:<id>`, `reporter`, `cli`.
    pub actor: String,
    pub authority_code: Option<String>,
    /// What was done: `case.view`, `login`, `feedback.sent`, `export.csv`, …
    pub action: String,
    pub case_id: Option<String>,
    /// JSON with the particulars.
    pub detail: String,
}

impl Entry {
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
pub fn verify(rows: impl IntoIterator<Item = (Entry, String, String)>) -> Result<i64, Broken> {
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

    fn chain(n: i64) -> Vec<(Entry, String, String)> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let e = Entry {
                    seq,
                    at: DateTime::from_timestamp(1_700_000_000 + seq, 0).unwrap(),
                    actor: "user:1 a@b.example".into(),
                    authority_code: Some("LU-CSIRT".into()),
                    action: "case.view".into(),
                    case_id: Some(format!("case-{seq}")),
                    detail: "{}".into(),
                };
                let h = e.hash(&prev);
                let row = (e, prev.clone(), h.clone());
                prev = h;
                row
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_and_any_change_is_found_at_its_entry() {
        assert_eq!(verify(chain(5)), Ok(5));
        let mut altered = chain(5);
        altered[2].0.action = "case.export".into();
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
