//! The bound on password checks: each argon2 verification takes 19 MiB and a core for tens of
//! milliseconds, so unbounded concurrent sign-ins are a memory amplifier. At most `running`
//! checks run at once and as many wait; beyond that a sign-in is refused at once (503 with
//! `Retry-After`) before any hashing, instead of queueing without bound.

use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::Semaphore;

pub struct PasswordGate {
    running: Semaphore,
    admitted: AtomicUsize,
    cap: usize,
}

/// The gate is full: try again after a second.
#[derive(Debug)]
pub struct Saturated;

/// Seconds a refused client is told to wait.
pub const RETRY_AFTER_SECONDS: u64 = 1;

/// Gives the admission back however the check ends (even if the request is dropped).
struct Admission<'a>(&'a AtomicUsize);

impl Drop for Admission<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl PasswordGate {
    /// `running` checks at once (at least one), and as many waiting.
    pub fn new(running: usize) -> Self {
        let running = running.max(1);
        Self {
            running: Semaphore::new(running),
            admitted: AtomicUsize::new(0),
            cap: running * 2,
        }
    }

    /// Verifies `password` against the PHC string `phc` on a blocking thread, or refuses at
    /// once when `running` checks run and as many wait.
    pub async fn verify(&self, password: String, phc: String) -> Result<bool, Saturated> {
        let admitted = self.admitted.fetch_add(1, Ordering::AcqRel);
        let _admission = Admission(&self.admitted);
        if admitted >= self.cap {
            return Err(Saturated);
        }
        let _permit = self.running.acquire().await.map_err(|_| Saturated)?;
        Ok(
            actix_web::web::block(move || crate::auth::password::verify(&password, &phc))
                .await
                .unwrap_or(false),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn beyond_the_running_and_waiting_checks_a_sign_in_is_refused() {
        let gate = std::sync::Arc::new(PasswordGate::new(1));
        let phc = crate::auth::password::hash("correct horse battery staple");
        let tries = (0..6).map(|_| {
            let (g, p) = (gate.clone(), phc.clone());
            async move { g.verify("correct horse battery staple".into(), p).await }
        });
        let results = futures_util::future::join_all(tries).await;
        let refused = results.iter().filter(|r| r.is_err()).count();
        assert_eq!(refused, 4, "one runs, one waits, four refused");
        assert!(results.iter().flatten().all(|ok| *ok));
        assert!(gate.verify("x".into(), phc).await.is_ok(), "free again");
    }
}
