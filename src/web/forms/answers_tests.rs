//! The joint form of several threads (spec §7): its fields come from the regime registry and
//! it decodes into `report.answers`.

use super::answers::{self, Answer};
use super::*;
use crate::domain::codes::Regime;

const DORA: Answer = (Regime::Dora, Stage::InitialNotification);
const GDPR: Answer = (Regime::Gdpr, Stage::BreachNotification);

#[test]
fn the_joint_form_shows_the_union_of_the_registrys_fields_once() {
    let dora = answers::names(&[DORA], true);
    let joint = answers::names(&[DORA, GDPR], true);
    for name in crate::domain::regimes::fields::required(Regime::Dora, Stage::InitialNotification) {
        if name != "stage" {
            assert!(dora.contains(&name), "DORA's form lacks {name}");
        }
    }
    for name in crate::domain::regimes::fields::required(Regime::Gdpr, Stage::BreachNotification) {
        if name != "stage" {
            assert!(joint.contains(&name), "the joint form lacks {name}");
        }
    }
    assert!(!dora.contains(&"data_subject_categories"));
    assert!(joint.contains(&"lei") && joint.contains(&"classified_major_at"));
    let mut unique = joint.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), joint.len(), "each field once");
    assert_eq!(
        answers::need(&[DORA, GDPR], "records_approx"),
        crate::domain::report::fields::Need::Required
    );
}

#[test]
fn a_joint_form_decodes_into_one_answer_per_thread() {
    let f = FormData(
        [
            ("csrf", "x"),
            ("stage", "initial_notification"),
            ("regime", "dora"),
            ("also", "gdpr:breach_notification"),
            ("title", "Card payments down"),
            ("records_approx", "15000"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect(),
    );
    let (_, input) = decode_answers(&f, &[DORA, GDPR], chrono_tz::UTC).unwrap();
    let json = serde_json::to_value(&input).unwrap();
    assert_eq!(
        json["answers"],
        serde_json::json!([
            {"regime": "dora", "stage": "initial_notification"},
            {"regime": "gdpr", "stage": "breach_notification"}
        ])
    );
    assert!(
        json.get("regime").is_none_or(|v| v.is_null()),
        "no single regime"
    );
    assert!(json.get("also").is_none());
    assert_eq!(answers::parse("gdpr:breach_notification"), Some(GDPR));
    assert_eq!(answers::parse("gdpr:nonsense"), None);
    assert_eq!(answers::parse("nonsense"), None);
}
