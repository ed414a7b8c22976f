//! Every field a stage requires is marked on that stage's form (issue 11 item 8; domain spec
//! v0.2 §2.3–§2.7 R and C columns): always-required fields carry the visible "(required)" and
//! `aria-required`, conditionally required ones a "Required if …" hint tied to the control by
//! `aria-describedby`. Checked twice: against the field registry for every stage's form, and
//! against what the server actually refuses when a stage is sent blank with each condition set.

use super::*;
use intake::domain::clock::ManualClock;
use intake::domain::lifecycle::Stage;
use intake::domain::report::fields::{self as registry, Need};

crate::on_both_kinds!(
    every_stage_form_marks_what_the_registry_requires,
    every_field_the_server_asks_for_is_marked_on_its_form,
);

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// The HTML of the field `name` on a form (from its wrapper to the next field), if shown.
fn block<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let id = format!("f-{}", name.replace('.', "-"));
    let start = body.find(&format!("id=\"{id}-field\""))?;
    let rest = &body[start + 1..];
    let end = rest.find("<div class=\"field").unwrap_or(rest.len());
    Some(&body[start..start + 1 + end])
}

fn marked_required(b: &str) -> bool {
    b.contains("<span class=\"req\">(required)</span>")
}

/// The form of a stage, for a new case where one can start with it, else on the case.
async fn stage_form(b: &mut Browser, follow_up: &str, stage: Stage) -> Page {
    let path = match stage {
        Stage::EarlyWarning | Stage::IncidentNotification => {
            format!("/report/new?stage={}", stage.as_str())
        }
        _ => format!("{follow_up}/file/{}", stage.as_str()),
    };
    let page = b.get(&path).await;
    assert_eq!(page.status, 200, "{path}");
    page
}

/// A complete incident notification opening a case, cross-border impact possible.
fn notification_form(aware_at: &str) -> Vec<(&'static str, String)> {
    let mut form = early_warning_form();
    form.retain(|(k, _)| !matches!(*k, "stage" | "aware_at" | "cross_border_possible"));
    form.extend([
        ("stage", "incident_notification".into()),
        ("aware_at", aware_at.into()),
        ("cross_border_possible", "yes".into()),
        ("cross_border_ms", "DE".into()),
        (
            "initial_assessment",
            "LockBit 3.0 entered through an unpatched VPN appliance; billing encrypted.".into(),
        ),
        ("severity", "large".into()),
        ("impact_properties", "availability".into()),
        ("service_impact", "none".into()),
        ("geo_spread", "multi_ms".into()),
        ("mitigation_taken", "Segment isolated.".into()),
        ("incident_class", "malicious-code".into()),
        ("incident_type", "infected-system".into()),
    ]);
    form
}

/// Opens a notified case through the form; returns its follow-up path.
async fn notified_case(b: &mut Browser, aware_at: &str) -> String {
    let csrf = b
        .get("/report/new?stage=incident_notification")
        .await
        .csrf();
    let data = notification_form(aware_at);
    let done = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    let location = done.location.unwrap();
    location.split('?').next().unwrap().to_string()
}

async fn every_stage_form_marks_what_the_registry_requires(kind: Kind) {
    let clock = ManualClock::at(at("2026-11-27T10:00:00Z"));
    let mut b = Browser::start_with_clock(kind, 100, std::sync::Arc::new(clock)).await;
    let follow_up = notified_case(&mut b, "2026-11-27T08:00").await;
    for stage in intake::domain::lifecycle::NIS2_STAGES.iter().copied() {
        let page = stage_form(&mut b, &follow_up, stage).await;
        for name in registry::form_names() {
            let Some(field) = registry::find(&name) else {
                continue;
            };
            let need = field.need(stage);
            let Some(b) = block(&page.body, &name) else {
                assert!(
                    matches!(need, Need::No | Need::Optional)
                        || name == "stage"
                        // Only a later filing may change the time of awareness (spec §1.1);
                        // these two stages' forms open a new case.
                        || (name == "aware_at_change_reason"
                            && matches!(stage, Stage::EarlyWarning | Stage::IncidentNotification)),
                    "the {stage} form lacks {name}, which it requires ({need:?})"
                );
                continue;
            };
            let cond = format!("id=\"f-{}-cond\"", name.replace('.', "-"));
            match need {
                Need::Required => {
                    assert!(marked_required(b), "{stage}: {name} not marked: {b}");
                    assert!(
                        b.contains("aria-required=\"true\"") || b.contains("type=\"checkbox\""),
                        "{stage}: {name} lacks aria-required: {b}"
                    );
                }
                Need::Conditional => {
                    assert!(!marked_required(b), "{stage}: {name} is conditional: {b}");
                    let pos = b.find(&cond).unwrap_or_else(|| {
                        panic!("{stage}: {name} has no \"required if\" hint: {b}")
                    });
                    assert!(
                        b[pos..]
                            .split_once('>')
                            .unwrap()
                            .1
                            .starts_with("Required if "),
                        "{stage}: {name}: {b}"
                    );
                    let described = format!("f-{}-cond", name.replace('.', "-"));
                    assert!(
                        b.split("aria-describedby=\"").skip(1).any(|d| d
                            .split('"')
                            .next()
                            .unwrap()
                            .contains(&described)),
                        "{stage}: {name}'s hint is not tied to the control: {b}"
                    );
                }
                Need::Optional | Need::No => {
                    assert!(
                        !marked_required(b) && !b.contains(&cond),
                        "{stage}: {name} is optional but marked: {b}"
                    );
                }
            }
        }
    }
}

/// Posts `form` to `path` and checks that every field the server names is marked on the form
/// it answers with: "(required)" or a "Required if …" hint. Returns the fields named.
async fn named_fields_are_marked(
    b: &mut Browser,
    path: &str,
    form: &[(&str, &str)],
) -> Vec<String> {
    let csrf = b.get(path).await.csrf();
    let mut data: Vec<(&str, &str)> = vec![("csrf", csrf.as_str()), ("action", "submit")];
    data.extend_from_slice(form);
    let page = b.post(path, &data).await;
    assert_eq!(page.status, 422, "{path}: {}", summary(&page.body));
    let list = &page.body[page.body.find("error-summary").unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    let mut named = Vec::new();
    for href in list.split("<a href=\"#").skip(1) {
        let id = href.split('"').next().unwrap();
        assert_ne!(
            id, "form",
            "{path}: an error names no field of the form: {list}"
        );
        let name = id.trim_start_matches("f-").replace('-', ".");
        let start = page.body.find(&format!("id=\"{id}-field\"")).unwrap();
        let rest = &page.body[start + 1..];
        let b = &rest[..rest.find("<div class=\"field").unwrap_or(rest.len())];
        assert!(
            marked_required(b) || b.contains(&format!("id=\"{id}-cond\"")),
            "{path}: the server requires {name}, the form does not say so: {b}"
        );
        named.push(name);
    }
    named
}

async fn every_field_the_server_asks_for_is_marked_on_its_form(kind: Kind) {
    let clock = ManualClock::at(at("2026-11-27T10:00:00Z"));
    let shared = std::sync::Arc::new(clock.clone());
    let mut b = Browser::start_with_clock(kind, 100, shared).await;
    // A late early warning asking for assistance: late_reason and assistance_details.
    let ew: &[(&str, &str)] = &[
        ("stage", "early_warning"),
        ("aware_at", "2026-11-24T08:00"),
        ("tz", "UTC"),
        ("assistance_requested", "true"),
    ];
    let named = named_fields_are_marked(&mut b, "/report/new?stage=early_warning", ew).await;
    for f in ["late_reason", "assistance_details", "title", "legal_name"] {
        assert!(named.iter().any(|n| n == f), "{f} not asked: {named:?}");
    }
    // A notification with every condition set: malicious, cross-border, impact, loss, users.
    let notification: &[(&str, &str)] = &[
        ("stage", "incident_notification"),
        ("entity_type", "cloud_computing_provider"),
        ("suspected_malicious", "yes"),
        ("cross_border_possible", "yes"),
        ("geo_spread", "multi_ms"),
        ("service_impact", "full_outage"),
        ("financial_loss_confidence", "estimate"),
    ];
    let path = "/report/new?stage=incident_notification";
    let named = named_fields_are_marked(&mut b, path, notification).await;
    for f in [
        "incident_class",
        "incident_type",
        "cross_border_ms",
        "outage_start",
        "financial_loss_eur",
        "users_affected",
        "users_total_eu",
    ] {
        assert!(named.iter().any(|n| n == f), "{f} not asked: {named:?}");
    }
    // Later stages on a notified case, filed late: late_reason each time.
    let follow_up = notified_case(&mut b, "2026-11-27T08:00").await;
    clock.advance(chrono::Duration::days(40));
    let ir = format!("{follow_up}/file/intermediate_report");
    named_fields_are_marked(&mut b, &ir, &[("stage", "intermediate_report")]).await;
    let pr = format!("{follow_up}/file/progress_report");
    let named = named_fields_are_marked(&mut b, &pr, &[("stage", "progress_report")]).await;
    assert!(named.iter().any(|n| n == "late_reason"), "{named:?}");
    let fr = format!("{follow_up}/file/final_report");
    let final_report: &[(&str, &str)] = &[
        ("stage", "final_report"),
        ("incident_status", "resolved"),
        // Handled before the final report fell due: no progress path, so it is late.
        ("handled_at", "2026-11-28T08:00"),
        ("root_cause_category", "unknown"),
    ];
    let named = named_fields_are_marked(&mut b, &fr, final_report).await;
    for f in [
        "root_cause_unknown_reason",
        "cross_border_impact.description",
        "late_reason",
    ] {
        assert!(named.iter().any(|n| n == f), "{f} not asked: {named:?}");
    }
}
