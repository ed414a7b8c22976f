//! Art. 23(9), spec §6: an attacker holding the published summary tries every subtraction
//! (each sum alone, then chains of them, then elimination over all of them, then the bound
//! that every listed cell is at least 1) and must never recover a suppressed cell.

use super::*;

fn case(sector: &str, sub: Option<&str>, et: &str, kind: &str, sev: &str) -> CaseFacts {
    CaseFacts {
        sector: sector.into(),
        subsector: sub.map(Into::into),
        entity_type: et.into(),
        regime: "nis2".into(),
        kind: kind.into(),
        incident_class: "malicious-code".into(),
        root_cause: "malicious_actions".into(),
        severity: sev.into(),
        cross_border: false,
    }
}

/// Every value an attacker can compute by subtractions from the shown cells.
fn recovered(s: &Summary) -> BTreeMap<usize, i64> {
    let mut known: BTreeMap<usize, i64> = (0..s.cells.len())
        .filter(|i| !s.cells[*i].suppressed)
        .map(|i| (i, s.cells[i].count))
        .collect();
    loop {
        let mut learned = false;
        for (w, parts) in s.relations() {
            let members: Vec<usize> = std::iter::once(w).chain(parts.iter().copied()).collect();
            let unknown: Vec<usize> = members
                .iter()
                .copied()
                .filter(|i| !known.contains_key(i))
                .collect();
            if unknown.len() != 1 {
                continue;
            }
            let u = unknown[0];
            let parts_known: i64 = parts.iter().filter_map(|p| known.get(p)).sum();
            let value = if u == w {
                parts_known
            } else {
                known[&w] - parts_known
            };
            known.insert(u, value);
            learned = true;
        }
        if !learned {
            return known;
        }
    }
}

fn assert_safe(s: &Summary) {
    // 1. Each sum alone, every member tried as the unknown.
    for r @ (w, parts) in &s.relations() {
        let members: Vec<usize> = std::iter::once(*w).chain(parts.iter().copied()).collect();
        for m in &members {
            let others_shown = members
                .iter()
                .filter(|o| *o != m)
                .all(|o| !s.cells[*o].suppressed);
            assert!(
                !(s.cells[*m].suppressed && others_shown),
                "{:?} recoverable from {r:?} in {s:#?}",
                s.cells[*m]
            );
        }
        assert!(!s.exposes(r), "{r:?} exposes a hidden cell in {s:#?}");
    }
    // 2. Chains of subtractions.
    for i in recovered(s).keys() {
        assert!(
            !s.cells[*i].suppressed,
            "{:?} recovered by chain",
            s.cells[*i]
        );
    }
    // 3. Linear elimination over every sum at once.
    assert!(s.determined().is_empty(), "{:?} determined", s.determined());
    // 4. Suppressed cells really are hidden and every small cell is suppressed.
    for c in &s.cells {
        assert!(c.count >= SUPPRESS_BELOW || c.suppressed, "{c:?} shown");
    }
}

#[test]
fn one_small_sector_takes_a_second_one_with_it() {
    let mut cases = Vec::new();
    for _ in 0..10 {
        cases.push(case(
            "energy",
            Some("electricity"),
            "electricity_supplier",
            "significant_incident",
            "large",
        ));
    }
    cases.push(case(
        "banking",
        None,
        "credit_institution",
        "significant_incident",
        "large",
    ));
    for _ in 0..4 {
        cases.push(case(
            "health",
            None,
            "healthcare_provider",
            "near_miss",
            "small",
        ));
    }
    let s = Summary::of(&cases);
    let cell = |d: &str, v: &str| {
        s.cells
            .iter()
            .find(|c| c.dimension == d && c.value == v)
            .unwrap()
            .clone()
    };
    assert_eq!(cell("total", "all").count, 15);
    assert!(!cell("total", "all").suppressed);
    assert!(cell("sector", "banking").suppressed);
    assert!(
        cell("sector", "health").suppressed,
        "secondary: else banking = 15 - 10 - 4"
    );
    assert!(!cell("sector", "energy").suppressed);
    assert_eq!(cell("kind", "near_miss").count, 4);
    assert_safe(&s);
}

#[test]
fn a_small_subsector_is_protected_against_its_sector() {
    let mut cases = Vec::new();
    for _ in 0..6 {
        cases.push(case(
            "energy",
            Some("electricity"),
            "electricity_supplier",
            "significant_incident",
            "large",
        ));
    }
    cases.push(case(
        "energy",
        Some("gas"),
        "gas_tso",
        "significant_incident",
        "large",
    ));
    for _ in 0..5 {
        cases.push(case(
            "transport",
            Some("air"),
            "air_carrier",
            "cyber_threat",
            "small",
        ));
    }
    let s = Summary::of(&cases);
    assert_safe(&s);
    let gas = s.cells.iter().find(|c| c.value == "energy/gas").unwrap();
    assert!(gas.suppressed);
}

#[test]
fn a_total_below_three_hides_everything() {
    let s = Summary::of(&[
        case("energy", None, "gas_tso", "significant_incident", "large"),
        case("energy", None, "gas_tso", "significant_incident", "large"),
    ]);
    assert!(s.cells.iter().all(|c| c.suppressed));
    assert_safe(&s);
}

#[test]
fn no_subtraction_recovers_a_suppressed_cell_in_many_generated_summaries() {
    let sectors = [
        ("energy", Some("electricity"), "electricity_supplier"),
        ("energy", Some("electricity"), "dso"),
        ("energy", Some("gas"), "gas_tso"),
        ("banking", None, "credit_institution"),
        ("health", None, "healthcare_provider"),
        ("transport", Some("air"), "air_carrier"),
    ];
    let kinds = [
        "significant_incident",
        "voluntary_incident",
        "cyber_threat",
        "near_miss",
    ];
    let sev = ["small", "large", "very_large", "not_reported"];
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for round in 0..300 {
        let n = 1 + next(40);
        let cases: Vec<CaseFacts> = (0..n)
            .map(|_| {
                let (s, sub, et) = sectors[next(sectors.len())];
                let mut c = case(s, sub, et, kinds[next(kinds.len())], sev[next(sev.len())]);
                c.cross_border = next(5) == 0;
                c
            })
            .collect();
        let s = Summary::of(&cases);
        assert_eq!(s.cells[0].count, n as i64, "round {round}");
        assert_safe(&s);
    }
}
