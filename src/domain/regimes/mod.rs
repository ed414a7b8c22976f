//! Report once, several regimes (spec §7): which stages each regime has, which thread a
//! filing answers, who may open which thread, and what each thread's recipients may see.
//!
//! A case is one incident with one thread per regime. NIS2's thread keeps its clock on the
//! case itself (spec §1); DORA (Regulation 2022/2554 Art. 19), GDPR (2016/679 Art. 33) and
//! the CRA (2024/2847 Art. 14) threads are [`Thread`]s with their own anchors and clocks
//! ([`clocks`]). Facts are entered once and shared by every thread.

pub mod calendar;
pub mod clocks;
pub mod dora;
pub mod fields;
pub mod filing;
mod requests;
mod thread;
pub mod visible;

pub use thread::{Thread, ThreadEnd, ThreadStatus};

use super::codes::Regime;
use super::lifecycle::Stage;
use super::msg::Msg;
use super::names::EntityType;

/// The stages of `regime`, in filing order (spec §1.2, §7).
pub fn stages(regime: Regime) -> &'static [Stage] {
    use Stage as S;
    match regime {
        Regime::Nis2 => &crate::domain::lifecycle::NIS2_STAGES,
        Regime::Dora => &[
            S::InitialNotification,
            S::IntermediateReport,
            S::FinalReport,
            S::MajorIncidentReclassifiedAsNonMajor,
        ],
        Regime::Gdpr => &[S::BreachNotification, S::Supplement],
        Regime::CraVulnerability => &[
            S::EarlyWarning,
            S::VulnerabilityNotification,
            S::IntermediateReport,
            S::FinalReport,
        ],
        Regime::CraIncident => &[
            S::EarlyWarning,
            S::IncidentNotification,
            S::IntermediateReport,
            S::FinalReport,
        ],
    }
}

/// The stages that may open a thread of `regime`, and what each later stage needs filed
/// before it (any one of them, possibly earlier in the same filing).
fn needs_before(regime: Regime, stage: Stage) -> &'static [Stage] {
    use Stage as S;
    match (regime, stage) {
        (Regime::Dora, S::IntermediateReport | S::MajorIncidentReclassifiedAsNonMajor) => {
            &[S::InitialNotification]
        }
        // The final report follows an intermediate report; both may be filed jointly once
        // activities are recovered (ITS 2025/302 Art. 2).
        (Regime::Dora, S::FinalReport) => &[S::IntermediateReport],
        (Regime::Gdpr, S::Supplement) => &[S::BreachNotification],
        (Regime::CraVulnerability, S::FinalReport) => &[S::VulnerabilityNotification],
        (Regime::CraIncident, S::FinalReport) => &[S::IncidentNotification],
        (Regime::CraVulnerability, S::IntermediateReport) => {
            &[S::EarlyWarning, S::VulnerabilityNotification]
        }
        (Regime::CraIncident, S::IntermediateReport) => &[S::EarlyWarning, S::IncidentNotification],
        _ => &[],
    }
}

/// Whether `stage` may be filed on a thread of `regime` whose filed stages are `filed`:
/// a stage filed before is a correction; a CRA early warning is no longer owed once the
/// notification is in.
pub fn admits(regime: Regime, stage: Stage, filed: &[Stage]) -> Result<(), Msg> {
    if !stages(regime).contains(&stage) {
        return Err(not_a_stage(regime));
    }
    if filed.contains(&stage) {
        return Ok(());
    }
    let need = needs_before(regime, stage);
    if !need.is_empty() && !need.iter().any(|s| filed.contains(s)) {
        let names: Vec<&str> = need.iter().map(|s| s.as_str()).collect();
        return Err(Msg::t2(
            "api-thread-needs-before",
            ("stage", stage.as_str()),
            ("before", names.join(" or ")),
        ));
    }
    let notified = [
        Stage::VulnerabilityNotification,
        Stage::IncidentNotification,
    ];
    if stage == Stage::EarlyWarning && filed.iter().any(|s| notified.contains(s)) {
        return Err(Msg::t1(
            "api-thread-early-warning-after-notification",
            "regime",
            regime.as_str(),
        ));
    }
    Ok(())
}

/// "`stage` is not a stage of `regime`; its stages are …".
pub fn not_a_stage(regime: Regime) -> Msg {
    let names: Vec<&str> = stages(regime).iter().map(|s| s.as_str()).collect();
    Msg::t2(
        "api-thread-not-a-stage",
        ("regime", regime.as_str()),
        ("stages", names.join(", ")),
    )
}

/// The regime a case of this entity starts in when the filing names none: DORA for the
/// financial entities of its Art. 2(1) (lex specialis, NIS2 Art. 4), else NIS2.
pub fn default_primary(entity_type: EntityType) -> Regime {
    if dora::in_scope(entity_type) {
        Regime::Dora
    } else {
        Regime::Nis2
    }
}

/// Why an entity may not file a thread of `regime`, if it may not: a DORA financial entity
/// reports under DORA, not NIS2 (NIS2 Art. 4); DORA is for DORA's financial entities only.
pub fn refused_for(entity_type: EntityType, regime: Regime) -> Option<Msg> {
    let dora = dora::in_scope(entity_type);
    match regime {
        Regime::Nis2 if dora => Some(Msg::t1(
            "api-regime-dora-lex-specialis",
            "entity_type",
            entity_type.as_str(),
        )),
        Regime::Dora if !dora => Some(Msg::t1(
            "api-regime-dora-only",
            "entity_type",
            entity_type.as_str(),
        )),
        _ => None,
    }
}

/// The first day a regime's reporting duty applies to incidents the entity became aware of:
/// DORA from 17 January 2025 (Art. 64), the CRA's Art. 14 from 11 September 2026
/// (Art. 71(2)).
pub fn applies_from(regime: Regime) -> Option<chrono::DateTime<chrono::Utc>> {
    let day = |y, m, d| {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc())
    };
    match regime {
        Regime::Dora => day(2025, 1, 17),
        Regime::CraVulnerability | Regime::CraIncident => day(2026, 9, 11),
        _ => None,
    }
}

/// Which threads a case may hold besides its primary one: any but NIS2, whose thread is the
/// case's own clock and exists only in a case opened under NIS2. A bank that filed the GDPR
/// breach first adds DORA's initial notification once it classifies the incident as major
/// (2025/301 Art. 5(2)); whether the entity may file DORA at all is [`refused_for`].
pub fn may_join(primary: Regime, regime: Regime) -> bool {
    regime == primary || regime != Regime::Nis2
}

#[cfg(test)]
mod tests;
