//! The write path (group commit, a panicking job) and URL parsing, on a real SQLite file.

use super::*;

#[test]
fn a_panicking_job_rolls_back_its_writes_and_the_writer_keeps_going() {
    use crate::storage::schema::reference_counters::dsl as rc;
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(Backend::Sqlite(dir.path().join("t.db"))).unwrap();
    actix_rt::System::new().block_on(async {
        let insert = |prefix: &'static str| {
            move |c: &mut DbConn| -> Result<(), StorageError> {
                diesel::insert_into(rc::reference_counters)
                    .values((rc::prefix.eq(prefix), rc::last_value.eq(1i64)))
                    .execute(c)?;
                Ok(())
            }
        };
        let broken = db
            .write(move |c| {
                insert("LOST")(c)?;
                if c.batch_execute("SELECT 1").is_ok() {
                    panic!("a bug inside a database job");
                }
                Ok(())
            })
            .await;
        let after = db.write(insert("KEPT")).await;
        let stored: Vec<String> = db
            .read(|c| -> Result<_, StorageError> {
                Ok(rc::reference_counters.select(rc::prefix).load(c)?)
            })
            .await
            .unwrap();

        assert!(
            matches!(broken, Err(StorageError::Unavailable(_))),
            "{broken:?}"
        );
        assert!(after.is_ok(), "the writer still runs: {after:?}");
        assert_eq!(stored, vec!["KEPT".to_string()]);
    });
}

#[test]
fn urls_choose_the_backend_and_bad_ones_say_why() {
    assert_eq!(
        Backend::from_url("sqlite://data/intake.db"),
        Ok(Backend::Sqlite("data/intake.db".into()))
    );
    assert_eq!(
        Backend::from_url("sqlite:///tmp/x.db"),
        Ok(Backend::Sqlite("/tmp/x.db".into()))
    );
    assert!(matches!(
        Backend::from_url("postgresql://u:p@h/db"),
        Ok(Backend::Postgres(_))
    ));
    assert!(Backend::from_url("mysql://x")
        .unwrap_err()
        .contains("must start with"));
    assert!(Backend::from_url("sqlite://")
        .unwrap_err()
        .contains("names no file"));
    assert_eq!(
        redact("postgres://bob:secret@db:5432/x"),
        "postgres://bob:***@db:5432/x"
    );
}
