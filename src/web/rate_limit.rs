//! Per-client rate limits for the public forms: a token bucket per address, in memory, on the
//! injected clock.
//!
//! Each instance counts on its own, so N instances allow N times the limit: enough to stop
//! one client flooding the forms, not a distributed attack (that belongs in front).
//!
//! A bucket untouched for a minute has refilled completely, which is the same as having no
//! bucket. So buckets live in two generations: every minute the older one is dropped whole
//! and the current one becomes the older one. A check touches one or two map entries, never
//! the whole table, however many addresses are tracked; memory holds the addresses of the
//! last two minutes, at most [`MAX_TRACKED`] per generation.

use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

type Bucket = (f64, DateTime<Utc>);

/// Addresses one generation holds; beyond it the generations turn early (a flood of new
/// addresses then costs older ones their partly used buckets, never memory or time).
const MAX_TRACKED: usize = 100_000;

/// How long an empty bucket takes to refill: after this, forgetting a bucket changes nothing.
const REFILL_SECONDS: i64 = 60;

struct Generations<K> {
    current: HashMap<K, Bucket>,
    previous: HashMap<K, Bucket>,
    turned_at: Option<DateTime<Utc>>,
}

pub struct RateLimiter<K = IpAddr> {
    per_minute: u32,
    buckets: Mutex<Generations<K>>,
}

impl<K: std::hash::Hash + Eq + Copy> RateLimiter<K> {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: per_minute.max(1),
            buckets: Mutex::new(Generations {
                current: HashMap::new(),
                previous: HashMap::new(),
                turned_at: None,
            }),
        }
    }

    /// Takes one token for `who` at `now`; `Err(seconds)` to wait when the bucket is empty.
    pub fn check(&self, who: K, now: DateTime<Utc>) -> Result<(), u64> {
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / REFILL_SECONDS as f64;
        let mut g = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        g.turn(now, false);
        if g.current.len() >= MAX_TRACKED && !g.current.contains_key(&who) {
            g.turn(now, true);
        }
        let carried = g.previous.remove(&who);
        let (tokens, at) = g
            .current
            .entry(who)
            .or_insert(carried.unwrap_or((capacity, now)));
        let elapsed = (now - *at).num_milliseconds().max(0) as f64 / 1000.0;
        *tokens = (*tokens + elapsed * per_second).min(capacity);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / per_second).ceil().max(1.0) as u64)
        }
    }

    /// Forgets the buckets that have refilled by `now` (the cleanup job calls this; checks
    /// do it too); returns how many were forgotten.
    pub fn sweep(&self, now: DateTime<Utc>) -> usize {
        let mut g = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        g.turn(now, false)
    }

    /// The addresses (or keys) remembered now.
    pub fn tracked(&self) -> usize {
        let g = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        g.current.len() + g.previous.len()
    }
}

impl<K: std::hash::Hash + Eq> Generations<K> {
    /// Drops the older generation when a minute has passed since the last turn (both when
    /// two have), or at once when `forced`; returns how many buckets were dropped.
    fn turn(&mut self, now: DateTime<Utc>, forced: bool) -> usize {
        let since = self.turned_at.map(|t| now - t);
        let Some(since) = since else {
            self.turned_at = Some(now);
            return 0;
        };
        let minute = Duration::seconds(REFILL_SECONDS);
        if !forced && since < minute {
            return 0;
        }
        let mut dropped = self.previous.len();
        if !forced && since >= minute * 2 {
            dropped += self.current.len();
            self.current = HashMap::new();
        }
        self.previous = std::mem::take(&mut self.current);
        self.turned_at = Some(now);
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        "2027-01-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_burst_is_limited_and_tokens_come_back_over_time() {
        let limiter: RateLimiter = RateLimiter::new(3);
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        for _ in 0..3 {
            assert!(limiter.check(a, t0()).is_ok());
        }
        let wait = limiter.check(a, t0()).unwrap_err();
        assert_eq!(wait, 20, "3 per minute refill one every 20 s");
        assert!(
            limiter.check(b, t0()).is_ok(),
            "other clients are unaffected"
        );
        assert!(limiter.check(a, t0() + Duration::seconds(21)).is_ok());
        assert!(limiter.check(a, t0() + Duration::seconds(22)).is_err());
    }

    #[test]
    fn a_used_bucket_survives_the_turn_of_a_generation() {
        let limiter: RateLimiter = RateLimiter::new(60);
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        limiter.check(b, t0()).unwrap();
        let at = t0() + Duration::seconds(50);
        for _ in 0..60 {
            limiter.check(a, at).unwrap();
        }
        assert!(limiter.check(a, at).is_err());
        // At 61 s the generation turns; the bucket is carried with its 11 refilled tokens.
        let later = t0() + Duration::seconds(61);
        for _ in 0..11 {
            limiter.check(a, later).unwrap();
        }
        assert!(
            limiter.check(a, later).is_err(),
            "not forgotten by the turn"
        );
    }

    #[test]
    fn the_sweep_forgets_refilled_buckets_by_the_clock() {
        let limiter: RateLimiter = RateLimiter::new(10);
        for i in 0..50u8 {
            limiter.check(IpAddr::from([192, 0, 2, i]), t0()).unwrap();
        }
        assert_eq!(limiter.tracked(), 50);
        assert_eq!(limiter.sweep(t0() + Duration::seconds(30)), 0);
        assert_eq!(
            limiter.sweep(t0() + Duration::seconds(61)),
            0,
            "one minute: kept"
        );
        assert_eq!(limiter.sweep(t0() + Duration::seconds(122)), 50);
        assert_eq!(limiter.tracked(), 0);
    }

    /// Issue 12 finding 4: above 100,000 tracked addresses the old limiter scanned every
    /// entry on every request (300,000 addresses took hours). Now each check costs the same.
    #[test]
    fn the_cost_of_a_check_does_not_grow_with_the_addresses_tracked() {
        let limiter: RateLimiter = RateLimiter::new(10);
        let started = std::time::Instant::now();
        for i in 0..300_000u32 {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            limiter.check(ip, t0()).unwrap();
        }
        assert!(limiter.tracked() <= 2 * MAX_TRACKED);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "300,000 addresses took {:?}",
            started.elapsed()
        );
    }
}
