//! The sibling regimes' fieldsets (spec §7): DORA's classification and identifiers, GDPR
//! Art. 33(3)'s breach particulars, CRA Art. 14's product and vulnerability particulars.

use super::facts::{Facts, UserCount};
use super::fields::{self as F, Field};
use super::identifiers::is_cvss_vector;
use super::reader::Reader;
use super::Context;
use crate::domain::validation::{Checker, Msg};
use chrono::Duration;

fn count_or_unknown(r: &mut Reader, field: &Field) -> Option<UserCount> {
    match r.raw(field).map(str::trim) {
        Some(v) if v.eq_ignore_ascii_case("unknown") => Some(UserCount::Unknown),
        _ => r.count(field).map(UserCount::Known),
    }
}

/// An identifier field: trimmed text that `valid` accepts, else `message`.
fn identifier(
    r: &mut Reader,
    field: &Field,
    valid: fn(&str) -> bool,
    message: fn() -> Msg,
) -> Option<String> {
    let v = r.raw(field).map(str::trim).filter(|v| !v.is_empty())?;
    let checked = if valid(v) {
        Ok(v.to_string())
    } else {
        Err(message())
    };
    r.c.check(field.name, checked)
}

/// DORA: classification, LEI, recovery and reclassification.
pub(super) fn dora(r: &mut Reader, f: &mut Facts) {
    f.classified_major_at = r.datetime(&F::CLASSIFIED_MAJOR_AT);
    f.major_criteria = r.items(&F::MAJOR_CRITERIA);
    f.activities_recovered_at = r.datetime(&F::ACTIVITIES_RECOVERED_AT);
    f.reclassification_reason = r.text(&F::RECLASSIFICATION_REASON);
}

/// GDPR Art. 33(3): what a breach notification describes.
pub(super) fn gdpr(r: &mut Reader, f: &mut Facts) {
    f.data_subject_categories = r.text(&F::DATA_SUBJECT_CATEGORIES);
    f.data_subjects_approx = count_or_unknown(r, &F::DATA_SUBJECTS_APPROX);
    f.record_categories = r.text(&F::RECORD_CATEGORIES);
    f.records_approx = count_or_unknown(r, &F::RECORDS_APPROX);
    f.dpo_contact = r.text(&F::DPO_CONTACT);
    f.likely_consequences = r.text(&F::LIKELY_CONSEQUENCES);
    f.data_subjects_informed = r.code(&F::DATA_SUBJECTS_INFORMED);
}

/// CRA Art. 14: the product, the vulnerability and the measures.
pub(super) fn cra(r: &mut Reader, f: &mut Facts) {
    f.product_name = r.text(&F::PRODUCT_NAME);
    f.product_versions = r.items(&F::PRODUCT_VERSIONS);
    f.product_ids = r.items(&F::PRODUCT_IDS);
    f.cvss_vector = identifier(r, &F::CVSS_VECTOR, is_cvss_vector, || {
        Msg::t("api-field-cvss")
    });
    f.corrective_measure_available_at = r.datetime(&F::CORRECTIVE_MEASURE_AVAILABLE_AT);
    f.ms_made_available = r.member_states(&F::MS_MADE_AVAILABLE);
    f.users_informed_at = r.datetime(&F::USERS_INFORMED_AT);
    f.vulnerability_nature = r.text(&F::VULNERABILITY_NATURE);
    f.user_measures = r.text(&F::USER_MEASURES);
    f.information_sensitivity = r.text(&F::INFORMATION_SENSITIVITY);
    f.malicious_actor_info = r.text(&F::MALICIOUS_ACTOR_INFO);
}

/// The sibling regimes' anchors in order: the incident is classified as major after the
/// entity became aware of it; a measure, users being told and a classification are past.
pub(super) fn anchor_rules(c: &mut Checker, f: &Facts, ctx: &Context) {
    let now = ctx.now + Duration::seconds(120);
    for (name, t) in [
        (F::CLASSIFIED_MAJOR_AT.name, f.classified_major_at),
        (
            F::CORRECTIVE_MEASURE_AVAILABLE_AT.name,
            f.corrective_measure_available_at,
        ),
        (F::USERS_INFORMED_AT.name, f.users_informed_at),
        (F::ACTIVITIES_RECOVERED_AT.name, f.activities_recovered_at),
    ] {
        if t.is_some_and(|t| t > now) {
            c.fail(name, Msg::t("api-field-after-submission"));
        }
    }
    if let (Some(classified), Some(aware)) = (f.classified_major_at, f.aware_at) {
        if classified < aware {
            c.fail(
                F::CLASSIFIED_MAJOR_AT.name,
                Msg::t1("api-field-not-before", "other", "aware_at"),
            );
        }
    }
}
