//! Issue 12, finding 1: the audit log cannot be rewritten undetected. The chain is keyed
//! (HMAC-SHA-256 under a key outside the database), its head is signed into a checkpoint
//! file and mailed to the platform administrators, and `intake audit verify` names the entry
//! or checkpoint that disagrees. Also: an authority's case page shows only its own staff's
//! entries and those of no authority. Tampering goes through SQL directly, as an attacker
//! holding only the database would. On both database backends.

mod checkpoints;
mod served_log;
mod tamper;
mod trail;

use crate::helpers::{fresh_database, Kind};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use intake::domain::audit::{Actor as Who, AuditAction, Stored};
use intake::domain::audit_chain::ChainKey;
use intake::storage::audit::{self, Actor};
use intake::storage::{schema::audit_log, Backend, DbConn};
use std::process::Output;
use uuid::Uuid;

/// The server secret of the tests; the chain key is derived from it.
pub const SECRET: &str = "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";

pub fn key() -> ChainKey {
    intake::secrets::SecretKey::from_hex(SECRET)
        .unwrap()
        .audit_chain_key()
}

/// A migrated database, a folder for the checkpoint file, and the `intake` binary on both.
pub struct Log {
    pub db: String,
    pub dir: tempfile::TempDir,
    _guard: Option<tempfile::TempDir>,
}

impl Log {
    pub fn new(kind: Kind) -> Self {
        let (db, guard) = fresh_database(kind);
        Backend::from_url(&db).unwrap().migrate().unwrap();
        Self {
            db,
            dir: tempfile::tempdir().unwrap(),
            _guard: guard,
        }
    }

    pub fn conn(&self) -> DbConn {
        Backend::from_url(&self.db).unwrap().connect().unwrap()
    }

    pub fn checkpoint_file(&self) -> std::path::PathBuf {
        self.dir.path().join("audit-checkpoints.log")
    }

    /// Runs `intake <args>` as the operator would, with the server's secret.
    pub fn intake(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
            .args(args)
            .current_dir(self.dir.path())
            .env("INTAKE_DATABASE_URL", &self.db)
            .env("INTAKE_SECRET_KEY", SECRET)
            .env("INTAKE_AUDIT_CHECKPOINTS", self.checkpoint_file())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    }

    /// `intake audit verify`: whether it passed, and what it said.
    pub fn verify(&self) -> (bool, String) {
        let out = self.intake(&["audit", "verify"]);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), said)
    }

    /// `intake audit checkpoint`, which must succeed; the line it printed.
    pub fn checkpoint(&self) -> String {
        let out = self.intake(&["audit", "checkpoint"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }
}

pub fn staff(name: &str) -> Actor {
    Actor {
        who: Who::Staff {
            id: Uuid::new_v4(),
            email: format!("{name}@csirt.example"),
        },
        authority_code: Some("LU-CSIRT".parse().unwrap()),
    }
}

pub fn t0() -> DateTime<Utc> {
    "2026-11-30T08:00:00Z".parse().unwrap()
}

/// Appends `n` keyed entries the way the server does, ana and ben taking turns (ana first).
pub fn fill(c: &mut DbConn, n: i64) {
    let (ana, ben) = (staff("ana"), staff("ben"));
    let start = audit::head(c).unwrap().0;
    for i in start..start + n {
        let who = if i % 2 == 0 { &ana } else { &ben };
        let at = t0() + chrono::Duration::seconds(i);
        audit::append(
            c,
            &key(),
            who,
            AuditAction::CaseView,
            None,
            serde_json::json!({"i": i}),
            at,
        )
        .unwrap();
    }
}

/// Every row as stored, in order.
pub fn rows(c: &mut DbConn) -> Vec<(Stored, i32, String, String)> {
    type Row = (
        i64,
        chrono::NaiveDateTime,
        String,
        Option<String>,
        String,
        Option<String>,
        String,
        String,
        String,
        i32,
    );
    audit_log::table
        .order(audit_log::seq)
        .load::<Row>(c)
        .unwrap()
        .into_iter()
        .map(|r| {
            let s = Stored {
                seq: r.0,
                at: r.1.and_utc(),
                actor: r.2,
                authority_code: r.3,
                action: r.4,
                case_id: r.5,
                detail: r.6,
            };
            (s, r.9, r.7, r.8)
        })
        .collect()
}

/// Replaces the whole log with `rows` (content, chain, prev_hash, hash) as given.
pub fn replace_all(c: &mut DbConn, rows: &[(Stored, i32, String, String)]) {
    diesel::delete(audit_log::table).execute(c).unwrap();
    for (s, chain, prev, hash) in rows {
        diesel::insert_into(audit_log::table)
            .values((
                audit_log::seq.eq(s.seq),
                audit_log::at.eq(s.at.naive_utc()),
                audit_log::actor.eq(&s.actor),
                audit_log::authority_code.eq(&s.authority_code),
                audit_log::action.eq(&s.action),
                audit_log::case_id.eq(&s.case_id),
                audit_log::detail.eq(&s.detail),
                audit_log::prev_hash.eq(prev),
                audit_log::hash.eq(hash),
                audit_log::chain.eq(chain),
            ))
            .execute(c)
            .unwrap();
    }
}

/// What an attacker without the key can do: renumber `entries` and chain them with plain
/// SHA-256 after `prev`, labelled as `chain` (1: honestly unkeyed; 2: posing as keyed).
pub fn rechain(
    entries: Vec<Stored>,
    first_seq: i64,
    mut prev: String,
    chain: i32,
) -> Vec<(Stored, i32, String, String)> {
    entries
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.seq = first_seq + i as i64;
            let hash = s.hash(&prev);
            let row = (s, chain, prev.clone(), hash.clone());
            prev = hash;
            row
        })
        .collect()
}
