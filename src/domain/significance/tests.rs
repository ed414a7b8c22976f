//! The significance helper against spec §4 (Impl. Reg. 2024/2690 Art. 3–14).

use super::*;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let map: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::from(*v)))
        .collect();
    serde_json::from_value(serde_json::Value::Object(map)).unwrap()
}

#[test]
fn general_questions_decide_for_sectors_without_thresholds() {
    let a = assess(&answers(&[
        ("entity_type", "electricity_dso"),
        ("severe_disruption", "yes"),
    ]));
    assert_eq!((a.verdict, a.rules), (Verdict::Significant, "nis2_art23_3"));
    assert_eq!(a.matched(), vec!["art23_3_a"]);
    let a = assess(&answers(&[
        ("entity_type", "electricity_dso"),
        ("severe_disruption", "no"),
        ("severe_financial_loss", "no"),
        ("damage_to_others", "no"),
    ]));
    assert_eq!(a.verdict, Verdict::NotSignificant);
    let a = assess(&answers(&[
        ("entity_type", "electricity_dso"),
        ("severe_disruption", "no"),
    ]));
    assert_eq!(a.verdict, Verdict::Indeterminate);
}

#[test]
fn financial_loss_threshold_is_the_lower_of_500k_and_5_percent_strictly() {
    let cloud = |loss: &str, turnover: &str| {
        assess(&answers(&[
            ("entity_type", "cloud_computing_provider"),
            ("financial_loss_eur", loss),
            ("annual_turnover_eur", turnover),
        ]))
        .criteria[0]
            .outcome
    };
    assert_eq!(cloud("50001", "1000000"), Tri::Yes, "5 % of 1 M is 50 000");
    assert_eq!(cloud("50000", "1000000"), Tri::No, "strictly more than");
    assert_eq!(cloud("500001", "100000000"), Tri::Yes, "capped at 500 000");
    assert_eq!(
        cloud("400000", ""),
        Tri::Unknown,
        "5 % unknown without turnover"
    );
    assert_eq!(cloud("600000", ""), Tri::Yes);
}

#[test]
fn user_thresholds_use_min_of_percent_and_cap_and_fall_back_to_the_cap() {
    let cloud = |pairs: &[(&str, &str)]| {
        let mut all = vec![
            ("entity_type", "cloud_computing_provider"),
            ("limited_minutes", "90"),
        ];
        all.extend_from_slice(pairs);
        assess(&answers(&all))
    };
    let a = cloud(&[("users_total_eu", "1000"), ("users_affected", "51")]);
    assert!(a.matched().contains(&"ir_a7"), "{a:?}");
    let a = cloud(&[("users_total_eu", "1000"), ("users_affected", "50")]);
    assert!(!a.matched().contains(&"ir_a7"));
    let a = cloud(&[("users_affected", "1000001")]);
    assert!(a.matched().contains(&"ir_a7"), "more than n without U");
    let a = cloud(&[("users_affected", "10")]);
    assert_eq!(a.criteria.last().unwrap().outcome, Tri::Unknown);
    assert_eq!(a.verdict, Verdict::Indeterminate);
}

#[test]
fn type_specific_durations_and_the_maintenance_exclusion() {
    let a = assess(&answers(&[
        ("entity_type", "trust_service_provider"),
        ("unavailable_minutes", "21"),
    ]));
    assert_eq!(a.matched(), vec!["ir_a14"]);
    let a = assess(&answers(&[
        ("entity_type", "tld_name_registry"),
        ("unavailable_minutes", "1"),
    ]));
    assert_eq!(a.verdict, Verdict::Significant);
}

/// 2024/2690 Art. 3(2): a scheduled interruption does not count towards the availability
/// criteria, and nothing else.
#[test]
fn the_maintenance_exclusion_removes_only_the_scheduled_figure() {
    let dns = |extra: &[(&str, &str)]| {
        let mut all = vec![
            ("entity_type", "dns_service_provider"),
            ("unavailable_minutes", "45"),
            ("unavailable_scheduled", "yes"),
        ];
        all.extend_from_slice(extra);
        assess(&answers(&all))
    };
    let a = dns(&[]);
    assert_eq!(a.excluded, vec!["unavailable_minutes"]);
    assert!(!a.matched().contains(&"ir_a5"));
    let a = dns(&[("malicious_access", "yes")]);
    assert_eq!(a.verdict, Verdict::Significant, "a compromise still counts");
    assert_eq!(a.matched(), vec!["ir_a3_e"]);
}

/// 2024/2690 Art. 4: count and combined loss decide "recurring".
#[test]
fn recurring_needs_two_incidents_and_a_combined_loss_over_the_threshold() {
    let cloud = |count: &str, loss: &str| {
        let a = assess(&answers(&[
            ("entity_type", "cloud_computing_provider"),
            ("annual_turnover_eur", "100000000"),
            ("recurring_count", count),
            ("recurring_loss_eur", loss),
        ]));
        a.criteria
            .iter()
            .find(|c| c.code == "ir_a4")
            .unwrap()
            .outcome
    };
    assert_eq!(cloud("2", "500001"), Tri::Yes);
    assert_eq!(cloud("2", "500000"), Tri::No, "strictly more than");
    assert_eq!(cloud("1", "900000"), Tri::No, "one incident does not recur");
    assert_eq!(cloud("", "900000"), Tri::Unknown);
    assert_eq!(cloud("3", ""), Tri::Unknown);
}
