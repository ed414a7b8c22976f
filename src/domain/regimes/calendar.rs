//! Working days for DORA deadlines (Delegated Regulation 2025/301 Art. 5(4)): where a deadline falls on a
//! weekend day or a bank holiday of the reporting entity's member state, the entity may
//! file by 12:00 of the next working day, unless it is one of the entities excluded from it.

use crate::domain::codes::code_enum;
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

code_enum!(
    /// Which weekend rule a DORA deadline row applied.
    WeekendRule {
        /// The deadline falls on a working day: it stands.
        WorkingDay = "working_day",
        /// It fell on a weekend or bank holiday: moved to 12:00 of the next working day.
        NextWorkingDayNoon = "next_working_day_noon",
        /// It fell on a weekend or bank holiday, but this entity gets no relief (credit
        /// institution, central counterparty, trading venue): it stands.
        NoRelief = "no_relief",
    }
);

/// Whether `day` is a working day: not Saturday, Sunday or a listed bank holiday.
pub fn is_working_day(day: NaiveDate, holidays: &[NaiveDate]) -> bool {
    day.weekday().number_from_monday() <= 5 && holidays.binary_search(&day).is_err()
}

/// The deadline as it applies to this entity, and the rule that decided it. Dates are the
/// authority's local dates in `tz`; `holidays` must be sorted.
pub fn working_day_due(
    due: DateTime<Utc>,
    tz: Tz,
    holidays: &[NaiveDate],
    relief: bool,
) -> (DateTime<Utc>, WeekendRule) {
    let day = due.with_timezone(&tz).date_naive();
    if is_working_day(day, holidays) {
        return (due, WeekendRule::WorkingDay);
    }
    if !relief {
        return (due, WeekendRule::NoRelief);
    }
    let mut next = day + Duration::days(1);
    // Bounded: no member state has a month of consecutive holidays.
    for _ in 0..31 {
        if is_working_day(next, holidays) {
            break;
        }
        next += Duration::days(1);
    }
    let noon = next.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
    let at = match tz.from_local_datetime(&noon) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => due,
    };
    (at.max(due), WeekendRule::NextWorkingDayNoon)
}
