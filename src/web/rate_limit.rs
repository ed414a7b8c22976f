//! Per-client rate limits for the public forms: a token bucket per address, in memory.
//!
//! Each instance counts on its own, so N instances allow N times the limit: enough to stop
//! one client flooding the forms, not a distributed attack (that belongs in front).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

pub struct RateLimiter<K = IpAddr> {
    per_minute: u32,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

/// Addresses remembered before idle ones are forgotten.
const MAX_TRACKED: usize = 100_000;

impl<K: std::hash::Hash + Eq + Copy> RateLimiter<K> {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: per_minute.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `who`; `Err(seconds)` to wait when the bucket is empty.
    pub fn check(&self, who: K) -> Result<(), u64> {
        self.check_at(who, Instant::now())
    }

    fn check_at(&self, who: K, now: Instant) -> Result<(), u64> {
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_TRACKED {
            // A full bucket is the same as a forgotten one.
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_second < capacity
            });
        }
        let (tokens, at) = buckets.entry(who).or_insert((capacity, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * per_second).min(capacity);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / per_second).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_is_limited_and_tokens_come_back_over_time() {
        let limiter: RateLimiter = RateLimiter::new(3);
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(a, t0).is_ok());
        }
        let wait = limiter.check_at(a, t0).unwrap_err();
        assert_eq!(wait, 20, "3 per minute refill one every 20 s");
        assert!(
            limiter.check_at(b, t0).is_ok(),
            "other clients are unaffected"
        );
        assert!(limiter.check_at(a, t0 + Duration::from_secs(21)).is_ok());
        assert!(limiter.check_at(a, t0 + Duration::from_secs(22)).is_err());
    }
}
