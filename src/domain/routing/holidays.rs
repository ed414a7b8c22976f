//! Bank holidays of the routing table (`[bank_holidays]`, one list of ISO dates per member
//! state): RTS 2025/301 Art. 5(2) lets a DORA deadline falling on a weekend or on a bank
//! holiday of the competent authority's member state move to the next working day.

use super::RoutingTable;
use crate::domain::member_state::MemberState;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Parses `{ "LU" = ["2026-01-01", …] }`; errors name the member state and the bad value.
/// Order and repetitions in the file do not matter: each list is stored sorted and unique.
pub(super) fn parse(
    file: BTreeMap<String, Vec<String>>,
) -> Result<BTreeMap<MemberState, Vec<NaiveDate>>, String> {
    let mut out: BTreeMap<MemberState, Vec<NaiveDate>> = BTreeMap::new();
    for (code, dates) in file {
        let ms = MemberState::parse(&code)
            .map_err(|e| format!("bank_holidays: {code:?} is not a member state: {e}"))?;
        let list = out.entry(ms).or_default();
        for d in dates {
            let date = NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                format!("bank_holidays {code}: {d:?} is not a date (expected YYYY-MM-DD)")
            })?;
            list.push(date);
        }
        list.sort_unstable();
        list.dedup();
    }
    Ok(out)
}

impl RoutingTable {
    /// The bank holidays of `ms` in ascending order; empty when the table names none.
    pub fn bank_holidays(&self, ms: MemberState) -> &[NaiveDate] {
        self.bank_holidays
            .get(&ms)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn holidays_are_stored_sorted_and_unique_per_member_state() {
        let t = RoutingTable::from_toml(
            "[bank_holidays]\nLU = [\"2026-12-25\", \"2026-01-01\", \"2026-12-25\"]\nde = []\n",
        )
        .unwrap();
        assert_eq!(
            t.bank_holidays(MemberState::LU),
            &[date("2026-01-01"), date("2026-12-25")]
        );
        assert!(t.bank_holidays(MemberState::DE).is_empty());
        assert!(t.bank_holidays(MemberState::FR).is_empty(), "none named");
        assert!(RoutingTable::default()
            .bank_holidays(MemberState::LU)
            .is_empty());
    }

    #[test]
    fn bad_holidays_name_the_member_state_and_the_value() {
        let e = RoutingTable::from_toml("[bank_holidays]\nLU = [\"2026-02-30\"]\n").unwrap_err();
        assert!(e.contains("LU") && e.contains("2026-02-30"), "{e}");
        let e = RoutingTable::from_toml("[bank_holidays]\nLU = [\"1 May\"]\n").unwrap_err();
        assert!(e.contains("LU") && e.contains("1 May"), "{e}");
        let e = RoutingTable::from_toml("[bank_holidays]\nXX = [\"2026-05-01\"]\n").unwrap_err();
        assert!(e.contains("XX") && e.contains("member state"), "{e}");
        assert!(RoutingTable::from_toml("[bank_holidays]\nLU = [20260501]\n").is_err());
    }
}
