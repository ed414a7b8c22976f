//! Field-error collection for the one parse step shared by forms and the API.

pub use super::msg::{Msg, MsgArg};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::str::FromStr;

/// One invalid field, named by its full path (e.g. `report.iocs[2].value`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    /// In English; `words::field_message` (one layer up) says it in another language.
    pub message: String,
    /// The message id and placeholders behind `message`.
    #[serde(skip)]
    pub msg: Msg,
}

/// Every field error of one input, in input order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn single(field: impl Into<String>, message: impl Into<Msg>) -> Self {
        let mut e = Self::default();
        e.add(field, message);
        e
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<Msg>) {
        let msg = message.into();
        self.0.push(FieldError {
            field: field.into(),
            message: msg.english().to_string(),
            msg,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    pub fn list(&self) -> &[FieldError] {
        &self.0
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

/// Reads raw strings into domain values under a path prefix, recording every failure.
/// Every reader returns `None` both for "absent" and for "invalid"; only the latter records.
pub struct Checker {
    prefix: String,
    pub errors: FieldErrors,
}

/// Embedding, override and isolate controls, which can disguise text (Trojan Source);
/// right-to-left *marks* (U+200E, U+200F) stay allowed for Arabic and Hebrew text.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Longest free text accepted anywhere (spec §2 `text`).
pub const TEXT_MAX: usize = 20_000;

impl Checker {
    pub fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_string(),
            errors: FieldErrors::default(),
        }
    }

    pub fn path(&self, name: &str) -> String {
        if self.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.prefix)
        }
    }

    pub fn fail(&mut self, name: &str, message: impl Into<Msg>) {
        let path = self.path(name);
        self.errors.add(path, message);
    }

    /// Records "is required" when `value` is `None` and no other error was recorded for it.
    pub fn require<T>(&mut self, name: &str, value: Option<T>) -> Option<T> {
        if value.is_none() && !self.errors.has(&self.path(name)) {
            self.fail(name, Msg::t("api-field-required"));
        }
        value
    }

    /// Trimmed text of `min..=max` characters without control characters; empty means absent.
    pub fn text(
        &mut self,
        name: &str,
        raw: Option<&str>,
        min: usize,
        max: usize,
    ) -> Option<String> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        let len = v.chars().count();
        if v.chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            self.fail(name, Msg::t("api-field-control-characters"));
            None
        } else if v.chars().any(is_bidi_override) {
            self.fail(name, Msg::t("api-field-bidi-override"));
            None
        } else if len < min {
            self.fail(
                name,
                Msg::t2("api-field-too-short", ("min", min), ("len", len)),
            );
            None
        } else if len > max {
            self.fail(
                name,
                Msg::t2("api-field-too-long", ("max", max), ("len", len)),
            );
            None
        } else {
            Some(v.to_string())
        }
    }

    /// Single-line text (titles, names, references; spec §2.8): like [`Checker::text`], but
    /// line breaks and tabs are refused too, with a message that says so.
    pub fn line(
        &mut self,
        name: &str,
        raw: Option<&str>,
        min: usize,
        max: usize,
    ) -> Option<String> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        match single_line(v) {
            Ok(()) => self.text(name, Some(v), min, max),
            Err(m) => {
                self.fail(name, m);
                None
            }
        }
    }

    /// A value with a `FromStr` whose error is already a user-facing sentence.
    pub fn code<T: FromStr>(&mut self, name: &str, raw: Option<&str>) -> Option<T>
    where
        T::Err: Into<Msg>,
    {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        self.check(name, v.parse::<T>())
    }

    /// Keeps `Ok`, records `Err` under `name`.
    pub fn check<T, E: Into<Msg>>(&mut self, name: &str, result: Result<T, E>) -> Option<T> {
        result.map_err(|m| self.fail(name, m)).ok()
    }

    /// RFC 3339 with an explicit offset, stored in UTC; naive times are refused.
    pub fn datetime(&mut self, name: &str, raw: Option<&str>) -> Option<DateTime<Utc>> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        self.check(name, parse_datetime(v))
    }

    /// `true`/`false` (also `yes`/`no`, `on`/`off`, `1`/`0` as HTML forms send).
    pub fn boolean(&mut self, name: &str, raw: Option<&str>) -> Option<bool> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        match v.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Some(true),
            "false" | "no" | "off" | "0" => Some(false),
            _ => {
                self.fail(name, Msg::t("api-field-boolean"));
                None
            }
        }
    }

    /// A whole number ≥ 0.
    pub fn count(&mut self, name: &str, raw: Option<&str>) -> Option<u64> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        self.check(
            name,
            v.parse::<u64>().map_err(|_| Msg::t("api-field-count")),
        )
    }

    /// A euro amount ≥ 0 with at most 2 decimals, kept as a canonical string ("1234.50").
    pub fn euros(&mut self, name: &str, raw: Option<&str>) -> Option<String> {
        let v = raw.map(str::trim).filter(|v| !v.is_empty())?;
        self.check(name, parse_euros(v))
    }
}

/// Refuses line breaks and other control characters in a single-line value (spec §2.8):
/// such a value ends up in mail subjects, headers and one-line displays.
pub fn single_line(v: &str) -> Result<(), Msg> {
    if v.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        Err(Msg::t("api-field-single-line"))
    } else if v.chars().any(char::is_control) {
        Err(Msg::t("api-field-control-tabs"))
    } else {
        Ok(())
    }
}

/// Both backends keep microseconds: times are cut to that precision before anyone sees them,
/// so a response never shows a time that reads back differently.
pub fn truncate(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

/// RFC 3339 with offset, within years 1970..=9999 so every backend stores it.
pub fn parse_datetime(v: &str) -> Result<DateTime<Utc>, Msg> {
    match DateTime::parse_from_rfc3339(v) {
        Ok(t) => {
            let t = truncate(t.with_timezone(&Utc));
            let min = DateTime::from_timestamp(0, 0).unwrap_or_default();
            if t < min {
                Err(Msg::t("api-field-before-1970"))
            } else {
                Ok(t)
            }
        }
        Err(_)
            if chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
                || chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M").is_ok() =>
        {
            Err(Msg::t("api-field-needs-offset"))
        }
        Err(_) => Err(Msg::t("api-field-datetime")),
    }
}

fn parse_euros(v: &str) -> Result<String, Msg> {
    let msg = || Msg::t("api-field-euros");
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 15 || !digits(whole) || frac.len() > 2 || !digits(frac) {
        return Err(msg());
    }
    let whole: u64 = whole.parse().map_err(|_| msg())?;
    Ok(format!("{whole}.{frac:0<2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_need_an_offset_and_are_stored_in_utc() {
        assert_eq!(
            parse_datetime("2026-03-01T09:30:00+01:00")
                .unwrap()
                .to_rfc3339(),
            "2026-03-01T08:30:00+00:00"
        );
        assert!(parse_datetime("2026-03-01T09:30:00")
            .unwrap_err()
            .english()
            .contains("offset"));
        assert!(parse_datetime("yesterday").is_err());
        assert!(parse_datetime("1969-12-31T23:59:59Z").is_err());
    }

    #[test]
    fn euros_are_canonical_with_two_decimals() {
        assert_eq!(parse_euros("125000").unwrap(), "125000.00");
        assert_eq!(parse_euros("1.5").unwrap(), "1.50");
        assert!(parse_euros("-1").is_err());
        assert!(parse_euros("1.234").is_err());
        assert!(parse_euros("1e9").is_err());
    }

    #[test]
    fn text_limits_count_characters_and_refuse_control_characters() {
        let mut c = Checker::new("report");
        assert_eq!(
            c.text("title", Some("  Ünïcödé  "), 5, 10).as_deref(),
            Some("Ünïcödé")
        );
        assert_eq!(c.text("title", Some("a\u{0}bcdef"), 1, 100), None);
        assert_eq!(c.text("title", Some("   "), 5, 10), None);
        assert_eq!(c.errors.list().len(), 1);
        assert_eq!(c.errors.list()[0].field, "report.title");
    }

    #[test]
    fn single_lines_refuse_breaks_and_tabs_but_text_keeps_them() {
        let mut c = Checker::new("report");
        assert_eq!(c.line("title", Some("a\nb c d e"), 1, 100), None);
        assert_eq!(c.line("title", Some("a\tb c d e"), 1, 100), None);
        assert_eq!(c.line("title", Some("a\u{2028}b c"), 1, 100), None);
        assert_eq!(c.errors.list().len(), 3);
        assert!(c.errors.list()[0].message.contains("single line"));
        assert_eq!(
            c.text("summary", Some("a\nb"), 1, 100).as_deref(),
            Some("a\nb")
        );
    }
}
