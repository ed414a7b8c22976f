//! Spec §7: a bank files DORA's initial notification and GDPR's breach notification at once.
//! The data-protection authority (LU-CNPD) sees the GDPR thread and the shared facts, never the
//! DORA classification; the DORA authority (LU-CSSF) the reverse; the NIS2 CSIRT and another
//! member state's DPA not the case at all. Staff page, JSON export and authority API alike.

use super::{bank_case, browser, sign_in_as, token, DORA_ONLY, GDPR_ONLY};
use crate::helpers::Kind;
use crate::on_both_kinds;
use serde_json::Value;

on_both_kinds!(each_authority_sees_its_own_thread_and_the_shared_facts);

fn stages(case: &Value, list: &str) -> Vec<String> {
    case[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["stage"].as_str().unwrap().to_string())
        .collect()
}

/// What one authority must and must not find in everything it reads of the case.
struct Sees<'a> {
    authority: &'a str,
    shown: &'a [&'a str],
    hidden: &'a [&'a str],
    report_stages: &'a [&'a str],
    /// Every deadline row it may see; the first must be there.
    deadlines: &'a [&'a str],
    /// The other thread's recipient, which its API view and export never name (the page's
    /// share picker lists every authority, so it is not checked there).
    other: &'a str,
}

async fn check(b: &mut crate::pages::Browser, case: &str, sees: &Sees<'_>) {
    let t = token(&b.database_url, sees.authority);
    let (s, api) = b
        .api("GET", &format!("/api/v1/authority/cases/{case}"), &t, None)
        .await;
    assert_eq!(s, 200, "{} {api}", sees.authority);
    assert_eq!(stages(&api, "reports"), sees.report_stages, "{api}");
    let rows = stages(&api, "deadlines");
    assert!(rows.contains(&sees.deadlines[0].to_string()), "{api}");
    for d in rows {
        let mine = sees.deadlines.contains(&d.as_str());
        assert!(
            mine,
            "{}: deadline row {d} of another thread",
            sees.authority
        );
    }
    sign_in_as(b, sees.authority).await;
    let page = b.get(&format!("/authority/cases/{case}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let export = b.get(&format!("/authority/cases/{case}/export.json")).await;
    assert_eq!(export.status, 200);
    let api_text = api.to_string();
    for (what, text) in [
        ("API", &api_text),
        ("page", &page.body),
        ("export", &export.body),
    ] {
        for s in sees.shown {
            assert!(text.contains(s), "{}'s {what} lacks {s}", sees.authority);
        }
        for s in sees.hidden {
            assert!(!text.contains(s), "{}'s {what} shows {s}", sees.authority);
        }
    }
    for (what, text) in [("API", &api_text), ("export", &export.body)] {
        assert!(
            !text.contains(sees.other),
            "{}'s {what} names {}",
            sees.authority,
            sees.other
        );
    }
}

async fn each_authority_sees_its_own_thread_and_the_shared_facts(kind: Kind) {
    let (mut b, _clock) = browser(kind).await;
    let (_, case) = bank_case(&b).await;
    // The data-protection authority: the GDPR thread and the shared facts only.
    let dpa = Sees {
        authority: "LU-CNPD",
        shown: &[
            "Ransomware at the retail bank",
            "Core banking encrypted",
            GDPR_ONLY,
            "dpo@bank.example",
        ],
        hidden: &[DORA_ONLY, "classified_major_at", "major_criteria"],
        report_stages: &["breach_notification"],
        deadlines: &["breach_notification", "supplement"],
        other: "LU-CSSF",
    };
    check(&mut b, &case, &dpa).await;
    // The DORA authority: the DORA thread, not the GDPR section.
    let dora = Sees {
        authority: "LU-CSSF",
        shown: &[
            "Ransomware at the retail bank",
            "Core banking encrypted",
            DORA_ONLY,
        ],
        hidden: &[
            GDPR_ONLY,
            "likely_consequences",
            "data_subject_categories",
            "dpo@bank.example",
        ],
        report_stages: &["initial_notification"],
        deadlines: &[
            "initial_notification",
            "intermediate_report",
            "final_report",
        ],
        other: "LU-CNPD",
    };
    check(&mut b, &case, &dora).await;
    // Not routed: the NIS2 CSIRT (a bank reports under DORA) and another state's DPA.
    for other in ["LU-CSIRT", "DE-BFDI"] {
        let t = token(&b.database_url, other);
        let (s, body) = b
            .api("GET", &format!("/api/v1/authority/cases/{case}"), &t, None)
            .await;
        assert_eq!(s, 404, "{other}: {body}");
    }
    sign_in_as(&mut b, "DE-BFDI").await;
    assert_eq!(b.get(&format!("/authority/cases/{case}")).await.status, 404);
    assert_eq!(
        b.get(&format!("/authority/cases/{case}/export.json"))
            .await
            .status,
        404
    );
}
