//! What time it is, injected: the service reads the system clock, tests and a future sandbox
//! set it. Every "now" the use cases, the mail worker and the reminder scan see comes from a
//! [`Clock`], so a deadline one second away is a call to [`ManualClock::advance`], not a sleep.

use super::validation::truncate;
use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex, PoisonError};

/// A source of the current time, at stored (microsecond) precision.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The clock every component shares.
pub type SharedClock = Arc<dyn Clock>;

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        truncate(Utc::now())
    }
}

/// A clock that stands still until told otherwise; clones share one time.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn at(t: DateTime<Utc>) -> Self {
        Self(Arc::new(Mutex::new(truncate(t))))
    }

    pub fn set(&self, t: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = truncate(t);
    }

    pub fn advance(&self, by: Duration) {
        let mut t = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        *t = truncate(*t + by);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_its_clones_follow() {
        let t = DateTime::parse_from_rfc3339("2027-01-31T23:59:59Z")
            .unwrap()
            .to_utc();
        let clock = ManualClock::at(t);
        let shared: SharedClock = Arc::new(clock.clone());

        clock.advance(Duration::seconds(1));

        assert_eq!(shared.now().to_rfc3339(), "2027-02-01T00:00:00+00:00");
    }
}
