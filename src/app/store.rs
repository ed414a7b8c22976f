//! The database as the use cases see it: the same transactions as [`Db`], with failures in
//! [`AppError`], so a use case can refuse from inside its transaction and roll it back.

use super::AppError;
use crate::storage::{Db, DbConn};

/// A [`Db`] whose jobs answer in [`AppError`].
#[derive(Clone)]
pub struct Store(pub Db);

impl Store {
    /// Runs `f` on a pooled connection off the async executor.
    pub async fn read<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        self.0.read(f).await
    }

    /// Runs `f` in a transaction and returns once it is durably committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        self.0.write(f).await
    }
}

impl std::ops::Deref for Store {
    type Target = Db;

    fn deref(&self) -> &Db {
        &self.0
    }
}
