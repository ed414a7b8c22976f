//! Each tampering of issue 12 finding 1 is found by `intake audit verify` (non-zero exit,
//! naming the entry or checkpoint): truncation at the end, deletion of everything, deletion
//! of one user's entries with the chain recomputed without the key, a rewrite without the
//! key. Entries from before the keyed chain keep verifying.

use super::*;
use intake::domain::audit::GENESIS;

fn broken(log: &Log, expect: &[&str]) {
    let (ok, said) = log.verify();
    assert!(!ok, "verify passed a tampered log: {said}");
    for e in expect {
        assert!(said.contains(e), "{e:?} not in: {said}");
    }
}

async fn a_keyed_log_verifies_with_its_checkpoints_and_not_under_another_key(kind: Kind) {
    let log = Log::new(kind);
    fill(&mut log.conn(), 30);
    let line = log.checkpoint();
    fill(&mut log.conn(), 2);
    let second = log.checkpoint();

    let (ok, said) = log.verify();
    let other_key = log.intake(&["audit", "verify"]);
    let with_other = std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
        .args(["audit", "verify"])
        .current_dir(log.dir.path())
        .env("INTAKE_DATABASE_URL", &log.db)
        .env("INTAKE_SECRET_KEY", SECRET)
        .env("INTAKE_AUDIT_KEY", "ab".repeat(32))
        .env("INTAKE_AUDIT_CHECKPOINTS", log.checkpoint_file())
        .output()
        .unwrap();

    assert!(ok, "{said}");
    assert!(
        said.contains("32 entries verified (keyed from entry 1)")
            && said.contains("2 checkpoint(s)"),
        "{said}"
    );
    assert!(
        line.starts_with("intake-audit-checkpoint-v1 ") && line.contains(" seq=30 "),
        "{line}"
    );
    let file = std::fs::read_to_string(log.checkpoint_file()).unwrap();
    assert_eq!(
        file,
        format!("{line}\n{second}\n"),
        "appended, never rewritten"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(log.checkpoint_file())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(other_key.status.success());
    let err = String::from_utf8_lossy(&with_other.stderr);
    assert!(
        !with_other.status.success() && err.contains("entry 1:"),
        "{err}"
    );
}

async fn truncation_at_the_end_is_found_by_the_checkpoint(kind: Kind) {
    let log = Log::new(kind);
    fill(&mut log.conn(), 30);
    log.checkpoint();

    diesel::delete(audit_log::table.filter(audit_log::seq.gt(20)))
        .execute(&mut log.conn())
        .unwrap();

    broken(
        &log,
        &[
            "checkpoint on line 1",
            "reached entry 30",
            "ends at entry 20",
            "removed from the end",
        ],
    );
}

async fn deleting_every_entry_is_found_by_the_checkpoint(kind: Kind) {
    let log = Log::new(kind);
    fill(&mut log.conn(), 12);
    log.checkpoint();

    diesel::delete(audit_log::table)
        .execute(&mut log.conn())
        .unwrap();

    broken(&log, &["checkpoint on line 1", "ends at entry 0"]);
}

/// The issue's case: one user's entries deleted and the chain recomputed without the key,
/// from the first deleted entry on (found at that entry, checkpoint or not), or from the very
/// start (only the checkpoint can tell), or posing as keyed (found at entry 1).
async fn one_users_entries_deleted_and_rechained_without_the_key_are_found(kind: Kind) {
    let log = Log::new(kind);
    fill(&mut log.conn(), 30);
    log.checkpoint();
    let original = rows(&mut log.conn());
    let anas: Vec<Stored> = original
        .iter()
        .filter(|r| !r.0.actor.contains("ben@"))
        .map(|r| r.0.clone())
        .collect();
    assert_eq!(anas.len(), 15);

    // From ben's first entry (2) on: ana's entry 1 stays keyed, the rest is plain SHA-256.
    let mut from_2 = vec![original[0].clone()];
    from_2.extend(rechain(anas[1..].to_vec(), 2, original[0].3.clone(), 1));
    replace_all(&mut log.conn(), &from_2);
    broken(
        &log,
        &[
            "entry 2:",
            "unkeyed although the chain is keyed from entry 1",
        ],
    );

    // Everything rewritten as an old unkeyed chain: every link holds; the checkpoint does not.
    replace_all(
        &mut log.conn(),
        &rechain(anas.clone(), 1, GENESIS.into(), 1),
    );
    broken(
        &log,
        &[
            "checkpoint on line 1",
            "reached entry 30",
            "ends at entry 15",
        ],
    );

    // Posing as keyed entries.
    replace_all(&mut log.conn(), &rechain(anas, 1, GENESIS.into(), 2));
    broken(&log, &["entry 1:", "keyed hash"]);
}

async fn a_rewrite_without_the_key_is_found_at_its_entry(kind: Kind) {
    let log = Log::new(kind);
    fill(&mut log.conn(), 20);
    let mut all = rows(&mut log.conn());

    // Entry 10 altered, the chain after it recomputed with plain SHA-256, labels kept.
    all[9].0.detail = r#"{"i":"nothing to see"}"#.into();
    let tail: Vec<Stored> = all[9..].iter().map(|r| r.0.clone()).collect();
    let mut rewritten = all[..9].to_vec();
    rewritten.extend(rechain(tail, 10, all[8].3.clone(), 2));
    replace_all(&mut log.conn(), &rewritten);

    broken(&log, &["entry 10:", "does not match its keyed hash"]);
}

/// Entries written before the keyed chain (chain 1) verify as they are; the first keyed
/// entry commits to the last of them, and no unkeyed entry may follow a keyed one.
async fn entries_from_before_the_keyed_chain_keep_verifying(kind: Kind) {
    let log = Log::new(kind);
    let old: Vec<Stored> = (1..=5)
        .map(|i| Stored {
            seq: i,
            at: t0() + chrono::Duration::seconds(i),
            actor: "cli:root".into(),
            authority_code: Some("LU-CSIRT".into()),
            action: "user.created".into(),
            case_id: None,
            detail: "{}".into(),
        })
        .collect();
    replace_all(&mut log.conn(), &rechain(old, 1, GENESIS.into(), 1));
    fill(&mut log.conn(), 3);

    let (ok, said) = log.verify();
    let mut all = rows(&mut log.conn());
    let (chains, first_keyed_prev) = (
        all.iter().map(|r| r.1).collect::<Vec<_>>(),
        all[5].2.clone(),
    );
    assert!(ok, "{said}");
    assert!(
        said.contains("8 entries verified (keyed from entry 6)"),
        "{said}"
    );
    assert_eq!(chains, [1, 1, 1, 1, 1, 2, 2, 2]);
    assert_eq!(
        first_keyed_prev, all[4].3,
        "the switch commits to the old head"
    );

    // Entry 7 downgraded to an unkeyed entry.
    all[6].1 = 1;
    all[6].3 = all[6].0.hash(&all[6].2);
    all[7].2 = all[6].3.clone();
    replace_all(&mut log.conn(), &all);
    broken(&log, &["entry 7:", "unkeyed"]);
}

crate::on_both_kinds!(
    a_keyed_log_verifies_with_its_checkpoints_and_not_under_another_key,
    truncation_at_the_end_is_found_by_the_checkpoint,
    deleting_every_entry_is_found_by_the_checkpoint,
    one_users_entries_deleted_and_rechained_without_the_key_are_found,
    a_rewrite_without_the_key_is_found_at_its_entry,
    entries_from_before_the_keyed_chain_keep_verifying,
);
