//! Connections, pool and the write path.
//!
//! The backend is chosen from the URL scheme, so a connection error names its real cause.
//! On SQLite all writes go through one writer thread that commits concurrent submissions as
//! one fsync'd transaction (group commit): nobody is answered before their batch is on disk,
//! and one bad job rolls back only its own savepoint. PostgreSQL groups commits itself, so
//! writes there run on pooled connections.

use super::StorageError;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
/// Most jobs one SQLite commit carries.
const MAX_BATCH: usize = 512;

/// One connection to either backend; diesel queries written once run on both.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the data lives, parsed from `INTAKE_DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Backend {
    /// `sqlite://path` (relative) or `sqlite:///abs/path`, or `postgres://…`/`postgresql://…`.
    pub fn from_url(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_string()))
        } else if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            let path = path.split('?').next().unwrap_or(path);
            if path.is_empty() {
                Err(format!(
                    "database URL {url:?} names no file; use e.g. sqlite://data/intake.db"
                ))
            } else {
                Ok(Self::Sqlite(PathBuf::from(path)))
            }
        } else {
            Err(format!(
                "database URL {url:?} must start with sqlite:// or postgres://"
            ))
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    /// Opens one connection with the settings every connection needs.
    pub fn connect(&self) -> Result<DbConn, String> {
        match self {
            Self::Sqlite(path) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    if let Some(warning) = crate::secrets::files::private_dir(dir)? {
                        log::warn!("{warning}");
                    }
                }
                let mut c = SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(|e| format!("cannot open SQLite database {}: {e}", path.display()))?;
                // WAL lets readers run beside the writer; FULL fsyncs every commit, so an
                // acknowledged report survives a power cut.
                c.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = 67108864; PRAGMA temp_store = MEMORY; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                )
                .map_err(|e| format!("cannot configure SQLite database {}: {e}", path.display()))?;
                // The database holds secrets (TOTP seeds, hashes, reports): owner only.
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.as_os_str().to_owned();
                    file.push(suffix);
                    crate::secrets::files::private_file(std::path::Path::new(&file))?;
                }
                Ok(DbConn::Sqlite(c))
            }
            Self::Postgres(url) => {
                PgConnection::establish(url)
                    .map(DbConn::Postgres)
                    .map_err(|e| {
                        format!(
                            "cannot connect to PostgreSQL at {}: {}",
                            redact(url),
                            one_line(&e.to_string())
                        )
                    })
            }
        }
    }

    /// Applies pending migrations; on PostgreSQL under an advisory lock so that several
    /// instances starting together do not race.
    pub fn migrate(&self) -> Result<usize, String> {
        let fail = |e: Box<dyn std::error::Error + Send + Sync>| format!("migration failed: {e}");
        match self.connect()? {
            DbConn::Sqlite(mut c) => c
                .run_pending_migrations(SQLITE_MIGRATIONS)
                .map(|v| v.len())
                .map_err(fail),
            DbConn::Postgres(mut c) => {
                c.batch_execute("SELECT pg_advisory_lock(727274)")
                    .map_err(|e| e.to_string())?;
                let r = c
                    .run_pending_migrations(POSTGRES_MIGRATIONS)
                    .map(|v| v.len())
                    .map_err(fail);
                let _ = c.batch_execute("SELECT pg_advisory_unlock(727274)");
                r
            }
        }
    }
}

/// Joins a multi-line driver message into one line.
fn one_line(msg: &str) -> String {
    msg.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Hides the password of a URL in messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}://{user}:***@{}", &url[..s], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[derive(Debug)]
pub struct ConnectError(String);
impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for ConnectError {}

/// r2d2 manager that connects through [`Backend::connect`].
pub struct Manager(Backend);

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = ConnectError;
    fn connect(&self) -> Result<DbConn, ConnectError> {
        self.0.connect().map_err(ConnectError)
    }
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), ConnectError> {
        conn.batch_execute("SELECT 1")
            .map_err(|e| ConnectError(e.to_string()))
    }
    /// A connection handed back inside a transaction (a job that panicked) is discarded,
    /// never reused with someone else's half-done writes.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        use diesel::connection::TransactionManager;
        let status =
            <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn);
        !matches!(status.transaction_depth(), Ok(None))
    }
}

type Completion = Box<dyn FnOnce(bool) + Send>;
type Job = Box<dyn FnOnce(&mut DbConn) -> Completion + Send>;

/// The database: a pool for reads (and PostgreSQL writes) plus, on SQLite, the group-commit writer.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    writer: Option<mpsc::Sender<Job>>,
    backend: Backend,
}

impl Db {
    /// Migrates, then opens the pool (and the SQLite writer thread).
    pub fn open(backend: Backend) -> Result<Self, String> {
        backend.migrate()?;
        let size = if matches!(backend, Backend::Postgres(_)) {
            16
        } else {
            8
        };
        let pool = Pool::builder()
            .max_size(size)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(5))
            .build(Manager(backend.clone()))
            .map_err(|e| e.to_string())?;
        let writer = match &backend {
            Backend::Sqlite(_) => {
                let conn = backend.connect()?;
                let (tx, rx) = mpsc::channel::<Job>();
                std::thread::Builder::new()
                    .name("sqlite-writer".into())
                    .spawn({
                        let backend = backend.clone();
                        move || run_writer(backend, conn, rx)
                    })
                    .map_err(|e| e.to_string())?;
                Some(tx)
            }
            Backend::Postgres(_) => None,
        };
        Ok(Self {
            pool,
            writer,
            backend,
        })
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    fn conn(pool: &Pool<Manager>) -> Result<PooledConnection<Manager>, StorageError> {
        pool.get()
            .map_err(|e| StorageError::Unavailable(e.to_string()))
    }

    /// Runs `f` on a pooled connection off the async executor.
    /// The caller's error type `E` carries its own failures (a refused filing) out of `f`.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StorageError> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&mut *Self::conn(&pool)?))
            .await
            .map_err(|e| task_failed(&e))?
    }

    /// Runs `f` in a transaction and returns only once it is durably committed. An `Err` from
    /// `f` rolls back everything `f` wrote.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StorageError> + From<diesel::result::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        match &self.writer {
            Some(writer) => {
                let (tx, rx) = tokio::sync::oneshot::channel();
                let job: Job = Box::new(move |conn| {
                    let result = conn.transaction(f);
                    Box::new(move |committed| {
                        let _ = tx.send(match (committed, result) {
                            (true, r) | (false, r @ Err(_)) => r,
                            (false, Ok(_)) => Err(StorageError::Unavailable(
                                "the database could not commit".into(),
                            )
                            .into()),
                        });
                    })
                });
                let stopped = || StorageError::Unavailable("the database writer stopped".into());
                writer.send(job).map_err(|_| stopped())?;
                rx.await.map_err(|_| stopped())?
            }
            None => {
                let pool = self.pool.clone();
                tokio::task::spawn_blocking(move || (*Self::conn(&pool)?).transaction(f))
                    .await
                    .map_err(|e| task_failed(&e))?
            }
        }
    }

    /// A connection for command-line tools, outside any runtime.
    pub fn blocking_conn(&self) -> Result<PooledConnection<Manager>, StorageError> {
        Self::conn(&self.pool)
    }
}

fn task_failed(e: &tokio::task::JoinError) -> StorageError {
    StorageError::Unexpected(anyhow::anyhow!("database task failed: {e}"))
}

/// The SQLite writer: takes every job waiting, runs each in its own savepoint inside one
/// transaction, commits once, then tells each job whether its writes are on disk.
fn run_writer(backend: Backend, mut conn: DbConn, rx: mpsc::Receiver<Job>) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut completions: Vec<Completion> = Vec::with_capacity(batch.len());
        let mut panicked = false;
        let committed = conn
            .transaction::<_, diesel::result::Error, _>(|c| {
                for job in batch.drain(..) {
                    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(c))) {
                        Ok(done) => completions.push(done),
                        Err(_) => {
                            panicked = true;
                            return Err(diesel::result::Error::RollbackTransaction);
                        }
                    }
                }
                Ok(())
            })
            .map_err(|e| log::error!("group commit of {} jobs failed: {e}", completions.len()))
            .is_ok();
        if panicked {
            // A panicking job (a bug) must neither commit its half-done writes nor stop the
            // writer. Its savepoint was never closed, so the connection's transaction state
            // cannot be trusted: closing it rolls everything back, and a fresh one carries on.
            log::error!("a database job panicked; its batch was rolled back");
            conn = loop {
                match backend.connect() {
                    Ok(c) => break c,
                    Err(e) => {
                        log::error!("cannot reopen the database writer: {e}");
                        std::thread::sleep(Duration::from_secs(1));
                    }
                }
            };
        }
        for done in completions {
            done(committed && !panicked);
        }
    }
}

#[cfg(test)]
mod tests;
