//! Any bytes as an API request body: reading them and the parse step must never panic.
#![no_main]

use chrono::TimeZone;
use intake::domain::case::{Case, Reporter};
use intake::domain::member_state::MemberState;
use intake::domain::report::{Report, ReportInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    #[derive(serde::Deserialize)]
    struct Body {
        report: ReportInput,
    }
    let Ok(body) = serde_json::from_slice::<Body>(data) else { return };
    let reporter = Reporter {
        entity_id: uuid::Uuid::nil(),
        entity_type: "trust_service_provider",
        member_state: MemberState::LU,
    };
    let now = chrono::Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap();
    let ctx = Case::opening_context(&reporter, chrono_tz::Europe::Luxembourg, now);
    if let Ok(report) = Report::parse(body.report, &ctx) {
        let _ = report.facts.to_json();
    }
});
