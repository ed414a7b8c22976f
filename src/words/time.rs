//! How times and numbers are written for people: in UTC (the same everywhere), and in a case's
//! local time zone with its name, the way each language writes dates.

use super::lang::Lang;
use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// `2027-01-31 23:59 UTC`: the unambiguous form quoted beside every local time.
pub fn utc(t: DateTime<Utc>) -> String {
    format!("{} UTC", minutes(&t))
}

/// `2027-01-31 23:59`, as chrono's `%Y-%m-%d %H:%M` writes it, without parsing that format
/// string for every time a mail quotes (years outside 0–9999 are left to chrono).
fn minutes<Z: TimeZone>(t: &DateTime<Z>) -> String
where
    Z::Offset: std::fmt::Display,
{
    match t.year() {
        0..=9999 => format!(
            "{:04}-{:02}-{:02} {}",
            t.year(),
            t.month(),
            t.day(),
            clock(t)
        ),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// `23:59`, as chrono's `%H:%M` writes it.
fn clock<Z: TimeZone>(t: &DateTime<Z>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `2027-02-01 00:59 CET (Europe/Brussels)`: the reader's wall clock, named (English).
pub fn local(t: DateTime<Utc>, tz: Tz) -> String {
    local_in(Lang::En, t, tz)
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The local time in `lang`: `1er février 2027, 00:59 CET (Europe/Brussels)`,
/// `1. Februar 2027, 00:59 MEZ (Europe/Berlin)`, `1 februari 2027, 00:59 CET (…)`; English
/// keeps the ISO-like form quoted across the service since its first version.
pub fn local_in(lang: Lang, t: DateTime<Utc>, tz: Tz) -> String {
    let l = t.with_timezone(&tz);
    // What chrono's `%Z` writes, without parsing a format string per time.
    let zone = l.offset().to_string();
    let (day, month, year, clock) = (l.day(), l.month0() as usize, l.year(), clock(&l));
    match lang {
        Lang::En => format!("{} {zone} ({})", minutes(&l), tz.name()),
        Lang::Fr => {
            let d = if day == 1 {
                "1er".to_string()
            } else {
                day.to_string()
            };
            format!(
                "{d} {} {year}, {clock} {zone} ({})",
                MONTHS_FR[month],
                tz.name()
            )
        }
        Lang::De => format!(
            "{day}. {} {year}, {clock} {} ({})",
            MONTHS_DE[month],
            german_zone(&zone),
            tz.name()
        ),
        Lang::Nl => format!(
            "{day} {} {year}, {clock} {zone} ({})",
            MONTHS_NL[month],
            tz.name()
        ),
    }
}

/// German names for the zones of the Union's member states (MEZ for CET, and so on).
fn german_zone(zone: &str) -> &str {
    match zone {
        "CET" => "MEZ",
        "CEST" => "MESZ",
        "WET" => "WEZ",
        "WEST" => "WESZ",
        "EET" => "OEZ",
        "EEST" => "OESZ",
        other => other,
    }
}

/// An integer with the language's digit grouping: `12,500`, `12 500` (narrow no-break space),
/// `12.500`.
pub fn number(lang: Lang, n: i64) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202F}",
        Lang::De | Lang::Nl => ".",
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn times_read_in_utc_and_across_a_dst_change() {
        let t = at("2027-03-28T01:30:00Z");
        assert_eq!(utc(t), "2027-03-28 01:30 UTC");
        assert_eq!(
            local(t, chrono_tz::Europe::Brussels),
            "2027-03-28 03:30 CEST (Europe/Brussels)"
        );
    }

    #[test]
    fn each_language_writes_its_dates() {
        let t = at("2026-11-30T19:29:00Z");
        assert_eq!(
            local_in(Lang::Fr, t, chrono_tz::Europe::Paris),
            "30 novembre 2026, 20:29 CET (Europe/Paris)"
        );
        assert_eq!(
            local_in(Lang::De, t, chrono_tz::Europe::Berlin),
            "30. November 2026, 20:29 MEZ (Europe/Berlin)"
        );
        assert_eq!(
            local_in(
                Lang::Nl,
                at("2027-02-01T09:00:00Z"),
                chrono_tz::Europe::Amsterdam
            ),
            "1 februari 2027, 10:00 CET (Europe/Amsterdam)"
        );
        assert_eq!(
            local_in(
                Lang::Fr,
                at("2027-07-01T09:00:00Z"),
                chrono_tz::Europe::Paris
            ),
            "1er juillet 2027, 11:00 CEST (Europe/Paris)"
        );
    }

    #[test]
    fn minutes_read_as_chrono_writes_them() {
        for s in [
            "0001-01-01T00:00:00Z",
            "2027-03-28T01:30:00Z",
            "9999-12-31T23:59:00Z",
        ] {
            let t = at(s);
            assert_eq!(utc(t), t.format("%Y-%m-%d %H:%M UTC").to_string());
            let l = t.with_timezone(&chrono_tz::Europe::Helsinki);
            assert_eq!(minutes(&l), l.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(clock(&l), l.format("%H:%M").to_string());
        }
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(number(Lang::En, 12500), "12,500");
        assert_eq!(number(Lang::Fr, 1234567), "1\u{202F}234\u{202F}567");
        assert_eq!(number(Lang::De, -12500), "-12.500");
        assert_eq!(number(Lang::Nl, 999), "999");
    }
}
