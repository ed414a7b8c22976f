//! How times are written for people: in UTC, and in a case's local time zone with its name.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// `2027-01-31 23:59 UTC`: the unambiguous form quoted beside every local time.
pub fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// `2027-02-01 00:59 CET (Europe/Brussels)`: the reader's wall clock, named.
pub fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format(&format!("%Y-%m-%d %H:%M %Z ({})", tz.name()))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_in_utc_and_across_a_dst_change() {
        let t = DateTime::parse_from_rfc3339("2027-03-28T01:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(utc(t), "2027-03-28 01:30 UTC");
        assert_eq!(
            local(t, chrono_tz::Europe::Brussels),
            "2027-03-28 03:30 CEST (Europe/Brussels)"
        );
    }
}
