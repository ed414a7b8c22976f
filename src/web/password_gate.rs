//! The bound on password checks: each argon2 verification takes 19 MiB and a core for tens of
//! milliseconds, so unbounded concurrent sign-ins are a memory amplifier. The checks run on
//! `running` dedicated threads (so the allocator keeps at most `running` 19 MiB blocks, where
//! a blocking pool of hundreds of threads kept one per thread that ever hashed); as many wait;
//! beyond that a sign-in is refused at once (503 with `Retry-After`) before any hashing.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use tokio::sync::oneshot;

/// A password to check against a PHC string, and where the answer goes.
struct Job {
    password: String,
    phc: String,
    answer: oneshot::Sender<bool>,
}

pub struct PasswordGate {
    jobs: Mutex<mpsc::Sender<Job>>,
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
    /// The threads end when the gate is dropped.
    pub fn new(running: usize) -> Self {
        let running = running.max(1);
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..running {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-check-{n}"))
                .spawn(move || check_until_closed(&queue));
            if let Err(e) = spawned {
                log::error!("cannot start a password-check thread: {e}");
            }
        }
        Self {
            jobs: Mutex::new(jobs),
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
        let (answer, answered) = oneshot::channel();
        let job = Job {
            password,
            phc,
            answer,
        };
        let sent = self
            .jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(job);
        sent.map_err(|_| Saturated)?;
        answered.await.map_err(|_| Saturated)
    }
}

/// One check thread: takes jobs until the gate is gone.
fn check_until_closed(queue: &Mutex<mpsc::Receiver<Job>>) {
    loop {
        let job = match queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        if job.answer.is_closed() {
            continue; // the sign-in went away while waiting: no 19 MiB for nobody
        }
        let ok = crate::auth::password::verify(&job.password, &job.phc);
        let _ = job.answer.send(ok);
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
