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

/// SQLite checks code lists as chains of `=` (migration 27): a `col IN ('a','b','c')` CHECK
/// makes it build a temporary b-tree on every write, a fifth of a filing's instructions. The
/// chains still refuse a value outside the list.
#[test]
fn sqlite_code_list_checks_use_no_in_lists_and_still_refuse_strangers() {
    use diesel::sql_types::Text;
    #[derive(QueryableByName)]
    struct Table {
        #[diesel(sql_type = Text)]
        name: String,
        #[diesel(sql_type = Text)]
        sql: String,
    }
    let dir = tempfile::tempdir().unwrap();
    let backend = Backend::Sqlite(dir.path().join("t.db"));
    backend.migrate().unwrap();
    let DbConn::Sqlite(mut c) = backend.connect().unwrap() else {
        unreachable!()
    };
    let tables: Vec<Table> =
        diesel::sql_query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            .load(&mut c)
            .unwrap();
    for t in &tables {
        assert!(!t.sql.contains(" IN ("), "{}: {}", t.name, t.sql);
    }
    let mut staff = |role: &str| {
        diesel::sql_query(format!(
            "INSERT INTO staff_users (id, authority_code, email, role, password_hash, \
             totp_enabled, recovery_codes, failed_logins, disabled, created_at) \
             VALUES ('{role}', 'LU-CSIRT', '{role}@x.example', '{role}', 'h', FALSE, '[]', 0, \
             FALSE, '2026-12-02 00:00:00')"
        ))
        .execute(&mut c)
    };
    assert!(staff("reviewer").is_ok());
    let refused = staff("root").unwrap_err().to_string();
    assert!(refused.contains("CHECK constraint failed"), "{refused}");
}
