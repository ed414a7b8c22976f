//! Delegated Regulation 2024/1772 Art. 8 and 9: the gate, the two routes, strict thresholds,
//! recurring incidents.

use super::*;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let map: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
        .collect();
    serde_json::from_value(serde_json::Value::Object(map)).unwrap()
}

/// Every threshold but the ones named answered "not met".
fn all_no() -> Vec<(&'static str, &'static str)> {
    vec![
        ("critical_services", "yes"),
        ("malicious_access", "no"),
        ("access_may_lose_data", "no"),
        ("clients_affected", "0"),
        ("counterparts_affected", "0"),
        ("transactions_affected", "0"),
        ("transaction_value_eur", "0"),
        ("relevant_clients_affected", "no"),
        ("reputational_impact", "no"),
        ("duration_hours", "1"),
        ("downtime_hours", "0"),
        ("member_states_affected", "1"),
        ("data_losses", "no"),
        ("economic_impact_eur", "0"),
    ]
}

fn with(changes: &[(&'static str, &'static str)]) -> Assessment {
    let mut base = all_no();
    for (k, v) in changes {
        base.retain(|(b, _)| b != k);
        base.push((k, v));
    }
    assess(&answers(&base))
}

#[test]
fn two_thresholds_with_critical_services_make_a_major_incident() {
    let a = with(&[
        ("reputational_impact", "yes"),
        ("economic_impact_eur", "100001"),
    ]);
    assert_eq!((a.verdict, a.rule), (Verdict::Major, "art8_1_b"));
    assert_eq!(a.matched(), vec!["dora_a6", "dora_a9_2", "dora_a9_6"]);
    let one = with(&[
        ("reputational_impact", "yes"),
        ("economic_impact_eur", "100000"),
    ]);
    assert_eq!(
        (one.verdict, one.rule),
        (Verdict::NotMajor, "art8_1_thresholds")
    );
    let gate = with(&[
        ("critical_services", "no"),
        ("reputational_impact", "yes"),
        ("data_losses", "yes"),
    ]);
    assert_eq!(
        (gate.verdict, gate.rule),
        (Verdict::NotMajor, "art8_1_no_critical_service")
    );
}

#[test]
fn malicious_access_that_may_lose_data_is_major_alone() {
    let a = with(&[
        ("critical_services", "no"),
        ("malicious_access", "yes"),
        ("access_may_lose_data", "yes"),
    ]);
    assert_eq!((a.verdict, a.rule), (Verdict::Major, "art8_1_a"));
    let no_loss = with(&[("critical_services", "no"), ("malicious_access", "yes")]);
    assert_eq!(
        no_loss.verdict,
        Verdict::NotMajor,
        "6(c) opens the gate only"
    );
}

#[test]
fn every_threshold_is_strict() {
    let at = [
        ("clients_affected", "100", "clients_total", "1000"),
        ("counterparts_affected", "30", "counterparts_total", "100"),
        (
            "transactions_affected",
            "10",
            "transactions_daily_average",
            "100",
        ),
        (
            "transaction_value_eur",
            "1000",
            "transaction_value_daily_average_eur",
            "10000",
        ),
    ];
    for (k, v, tk, tv) in at {
        let a = with(&[(k, v), (tk, tv), ("reputational_impact", "yes")]);
        assert_eq!(a.verdict, Verdict::NotMajor, "{k} at the threshold");
    }
    let a = with(&[
        ("clients_affected", "101"),
        ("clients_total", "1000"),
        ("data_losses", "yes"),
    ]);
    assert_eq!(a.verdict, Verdict::Major);
    assert_eq!(
        with(&[
            ("clients_affected", "100000"),
            ("clients_total", "10000000"),
            ("data_losses", "yes")
        ])
        .verdict,
        Verdict::NotMajor
    );
    assert_eq!(
        with(&[
            ("clients_affected", "100001"),
            ("clients_total", "10000000"),
            ("data_losses", "yes")
        ])
        .verdict,
        Verdict::Major
    );
    assert_eq!(
        with(&[("duration_hours", "24"), ("data_losses", "yes")]).verdict,
        Verdict::NotMajor
    );
    assert_eq!(
        with(&[("duration_hours", "24.5"), ("data_losses", "yes")]).verdict,
        Verdict::Major
    );
    assert_eq!(
        with(&[("downtime_hours", "2"), ("data_losses", "yes")]).verdict,
        Verdict::NotMajor
    );
    assert_eq!(
        with(&[("downtime_hours", "2,1"), ("data_losses", "yes")]).verdict,
        Verdict::Major
    );
    assert_eq!(
        with(&[("member_states_affected", "2"), ("data_losses", "yes")]).verdict,
        Verdict::Major
    );
}

#[test]
fn missing_answers_leave_it_open_and_recurring_incidents_count_together() {
    let open = assess(&answers(&[
        ("critical_services", "yes"),
        ("reputational_impact", "yes"),
    ]));
    assert_eq!(
        (open.verdict, open.rule),
        (Verdict::Indeterminate, "undecided")
    );
    assert!(open.undecided().contains(&"dora_a9_1"));
    let together = [
        ("recurring_combined", "yes"),
        ("reputational_impact", "yes"),
        ("data_losses", "yes"),
    ];
    let mut r = together.to_vec();
    r.push(("recurring_count", "2"));
    r.push(("simplified_framework", "no"));
    let a = with(&r);
    assert_eq!((a.verdict, a.rule), (Verdict::Major, "art8_2"));
    assert!(a.matched().contains(&"dora_a8_2"));
    r.retain(|(k, _)| *k != "simplified_framework");
    r.push(("simplified_framework", "yes"));
    assert_eq!(with(&r).rule, "art8_2_excluded");
    let mut once = together.to_vec();
    once.push(("recurring_count", "1"));
    assert_eq!(with(&once).rule, "art8_1_b");
    assert_eq!(
        with(&together).verdict,
        Verdict::Indeterminate,
        "count missing"
    );
}

#[test]
fn bad_numbers_are_named_and_never_count() {
    let a = answers(&[
        ("clients_affected", "lots"),
        ("economic_impact_eur", "-5"),
        ("duration_hours", " "),
    ]);
    assert_eq!(
        bad_numbers(&a),
        vec!["clients_affected", "economic_impact_eur"]
    );
    assert_eq!(assess(&a).verdict, Verdict::Indeterminate);
    let huge = answers(&[("clients_affected", "1e400")]);
    assert_eq!(bad_numbers(&huge), vec!["clients_affected"]);
}

#[test]
fn a_comma_is_a_decimal_comma_unless_it_could_be_thousands() {
    assert_eq!(number(&Some("2,5".into())), Some(2.5));
    assert_eq!(number(&Some("100 000".into())), Some(100_000.0));
    assert_eq!(number(&Some("150,000".into())), None, "ambiguous");
    assert_eq!(number(&Some("1.5,2".into())), None);
    assert_eq!(number(&Some("NaN".into())), None);
    assert_eq!(number(&Some("inf".into())), None);
}
