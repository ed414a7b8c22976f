//! The server signs the audit chain's head into the checkpoint file on the injected clock
//! (when the head moved and the last checkpoint is an interval old) and queues one copy a
//! day to the platform administrators through the outbox; the job is run on demand here, as
//! the delivery worker runs it beside the deadline scan.

use super::*;
use intake::domain::clock::ManualClock;
use intake::storage::outbox::{self, Kind as MailKind};

async fn the_job_checkpoints_a_moving_head_hourly_and_mails_admins_daily(kind: Kind) {
    let log = Log::new(kind);
    let mail = tempfile::tempdir().unwrap();
    let mut s = crate::helpers::settings(&log.db, mail.path(), None);
    s.audit.checkpoints = Some(log.checkpoint_file());
    let clock = ManualClock::at(t0() + chrono::Duration::hours(1));
    let db = intake::storage::Db::open(s.database.clone()).unwrap();
    let job = intake::startup::notifier(&s, db, std::sync::Arc::new(clock.clone())).unwrap();
    let run = || async { job.checkpoint_audit(false).await.unwrap() };

    let empty = run().await;
    fill(&mut log.conn(), 3);
    let first = run().await;
    let unchanged = run().await;
    fill(&mut log.conn(), 1);
    let too_soon = run().await;
    clock.advance(chrono::Duration::minutes(61));
    let hourly = run().await;
    clock.advance(chrono::Duration::days(1));
    let next_day = run().await;
    let queued: Vec<outbox::Message> = outbox::list(&mut log.conn(), None, 100)
        .unwrap()
        .into_iter()
        .map(|l| l.message)
        .collect();
    let sent = job.deliver_due().await.unwrap();
    let bodies: Vec<String> = std::fs::read_dir(mail.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();

    assert_eq!(
        (empty.written, empty.mailed),
        (None, false),
        "nothing to sign yet"
    );
    assert_eq!(first.written.as_ref().map(|c| c.seq), Some(3));
    assert!(first.mailed, "the day's copy");
    assert_eq!((unchanged.written, unchanged.mailed), (None, false));
    assert_eq!(
        (too_soon.written, too_soon.mailed),
        (None, false),
        "within the hour"
    );
    assert_eq!(hourly.written.as_ref().map(|c| c.seq), Some(4));
    assert!(!hourly.mailed, "one mail a day");
    assert_eq!(next_day.written, None, "the head did not move");
    assert!(next_day.mailed, "the next day's copy");
    let file = std::fs::read_to_string(log.checkpoint_file()).unwrap();
    assert_eq!(file.lines().count(), 2, "{file}");
    assert!(file
        .lines()
        .all(|l| l.starts_with("intake-audit-checkpoint-v1 ")));
    assert_eq!(queued.len(), 2);
    for m in &queued {
        assert_eq!(m.kind, MailKind::AuditCheckpoint);
        assert_eq!(m.recipients, ["intake-admins@example.org"]);
        assert_eq!(m.case_id, None);
    }
    assert_eq!(sent, 2);
    assert_eq!(bodies.len(), 2);
    for b in &bodies {
        assert!(
            b.contains("intake-audit-checkpoint-v1") && b.contains("intake audit verify"),
            "{b}"
        );
    }
    let (ok, said) = log.verify();
    assert!(ok && said.contains("2 checkpoint(s)"), "{said}");
}

crate::on_both_kinds!(the_job_checkpoints_a_moving_head_hourly_and_mails_admins_daily);
