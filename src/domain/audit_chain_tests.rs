//! Unit tests of the keyed chain and its checkpoints.

use super::*;
use crate::domain::audit::Stored;

fn key(byte: u8) -> ChainKey {
    ChainKey::from_bytes([byte; 32])
}

fn entry(seq: i64) -> Stored {
    Stored {
        seq,
        at: DateTime::from_timestamp(1_700_000_000 + seq, 0).unwrap(),
        actor: format!(
            "user:00000000-0000-0000-0000-000000000000 u{}@x.example",
            seq % 2
        ),
        authority_code: Some("LU-CSIRT".into()),
        action: "case.view".into(),
        case_id: None,
        detail: "{}".into(),
    }
}

/// `unkeyed` old entries, then `keyed` new ones.
fn chain(k: &ChainKey, unkeyed: i64, keyed: i64) -> Vec<Linked> {
    let mut prev = GENESIS.to_string();
    (1..=unkeyed + keyed)
        .map(|seq| {
            let e = entry(seq);
            let (chain, hash) = if seq <= unkeyed {
                (UNKEYED, e.hash(&prev))
            } else {
                (KEYED, k.entry_hash(&e, &prev))
            };
            let row = Linked {
                entry: e,
                chain,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            };
            prev = hash;
            row
        })
        .collect()
}

fn entry_seq(f: Finding) -> i64 {
    match f {
        Finding::Entry { seq, .. } => seq,
        other => panic!("expected an entry finding, got {other}"),
    }
}

#[test]
fn old_unkeyed_entries_then_keyed_ones_verify() {
    let k = key(1);
    let v = verify(chain(&k, 3, 4), &k, &[]).unwrap();
    assert_eq!((v.entries, v.keyed_from), (7, Some(4)));
    assert_eq!(verify(chain(&k, 0, 0), &k, &[]).unwrap().head, GENESIS);
}

#[test]
fn another_key_or_an_unkeyed_rewrite_is_found_at_its_entry() {
    let k = key(1);
    assert_eq!(
        entry_seq(verify(chain(&k, 2, 3), &key(2), &[]).unwrap_err()),
        3
    );
    // The attacker rewrites entry 5 and the rest as plain SHA-256.
    let mut rows = chain(&k, 2, 5);
    rows[4].entry.detail = "{\"x\":1}".into();
    let mut prev = rows[3].hash.clone();
    for r in &mut rows[4..] {
        r.chain = UNKEYED;
        r.prev_hash = prev.clone();
        r.hash = r.entry.hash(&prev);
        prev = r.hash.clone();
    }
    let err = verify(rows, &k, &[]).unwrap_err();
    assert!(
        err.to_string().starts_with("entry 5: it is unkeyed"),
        "{err}"
    );
}

#[test]
fn checkpoints_find_truncation_deletion_and_rewrites() {
    let k = key(1);
    let full = chain(&k, 1, 9);
    let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let cp = |rows: &[Linked], n: usize| {
        let r = &rows[n - 1];
        (7, Checkpoint::sign(&k, at, r.entry.seq, &r.hash))
    };
    let at_9 = cp(&full, 9);
    assert_eq!(
        verify(full.clone(), &k, std::slice::from_ref(&at_9))
            .unwrap()
            .checkpoints,
        1
    );

    let truncated = full[..6].to_vec();
    let err = verify(truncated, &k, std::slice::from_ref(&at_9)).unwrap_err();
    assert!(matches!(err, Finding::Checkpoint { line: 7, .. }), "{err}");
    assert!(err.to_string().contains("removed from the end"), "{err}");
    assert!(
        verify(Vec::new(), &k, std::slice::from_ref(&at_9)).is_err(),
        "deleted all"
    );

    // Rewritten from the start as an unkeyed chain: every link holds, the head does not.
    let mut prev = GENESIS.to_string();
    let rewritten: Vec<Linked> = (1..=9)
        .map(|seq| {
            let e = entry(seq);
            let hash = e.hash(&prev);
            let r = Linked {
                entry: e,
                chain: UNKEYED,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            };
            prev = hash;
            r
        })
        .collect();
    let err = verify(rewritten, &k, std::slice::from_ref(&at_9)).unwrap_err();
    assert!(err.to_string().contains("was rewritten"), "{err}");

    let mut forged = at_9.clone();
    forged.1.seq = 8;
    assert!(verify(full.clone(), &k, &[forged])
        .unwrap_err()
        .to_string()
        .contains("altered"));
    let other = (2, Checkpoint::sign(&key(9), at, 9, &full[8].hash));
    assert!(verify(full, &k, &[other])
        .unwrap_err()
        .to_string()
        .contains("another key"));
}

#[test]
fn a_checkpoint_line_reads_back_and_bad_lines_say_why() {
    let k = key(3);
    let c = Checkpoint::sign(
        &k,
        DateTime::from_timestamp(1_800_000_000, 5_000).unwrap(),
        12,
        "ab",
    );
    assert_eq!(Checkpoint::parse(&c.to_line()), Ok(c.clone()));
    assert!(c.signed_by(&k) && !c.signed_by(&key(4)));
    assert!(Checkpoint::parse("hello").is_err());
    let bad = c.to_line().replace("seq=12", "seq=twelve");
    assert!(Checkpoint::parse(&bad).unwrap_err().contains("seq"));
    assert_eq!(format!("{k:?}"), "ChainKey(…)");
    assert!(ChainKey::from_hex("zz").is_err());
}
