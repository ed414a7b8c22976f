//! The new-report page for the sibling regimes (spec §7): a DORA financial entity opens its
//! case with DORA's initial notification (NIS2's stages are refused for it, NIS2 Art. 4); a
//! manufacturer opens a CRA report (actively exploited vulnerability or severe incident);
//! either may answer the GDPR breach notification with the same form.

use super::{see_other, Form, ThreadForm};
use crate::domain::codes::Regime;
use crate::domain::lifecycle::Stage;
use crate::domain::names::EntityType;
use crate::domain::regimes;
use crate::web::forms::answers::{self, Answer};
use crate::web::forms::FormData;
use crate::web::AppState;
use crate::words::{Lang, Tr};
use actix_web::{HttpRequest, HttpResponse};
use uuid::Uuid;

/// The stage a new case of `regime` opens with.
fn opening_stage(regime: Regime) -> Option<Stage> {
    match regime {
        Regime::Dora => Some(Stage::InitialNotification),
        Regime::CraVulnerability | Regime::CraIncident => Some(Stage::EarlyWarning),
        Regime::Gdpr | Regime::Nis2 => None,
    }
}

/// The GDPR breach notification, the one thread a new case may answer beside its opening.
const GDPR: Answer = (Regime::Gdpr, Stage::BreachNotification);

/// The threads the new-report form answers when it opens a DORA or CRA case: from the
/// page's `regime` and ticked `also` boxes (or the posted form's hidden ones); `None` for
/// NIS2 (its form stays as it was).
pub(super) fn opening(data: &FormData) -> Option<ThreadForm> {
    let regime = data.get("regime").and_then(Regime::from_code)?;
    let first = (regime, opening_stage(regime)?);
    let mut list = vec![first];
    if data
        .all("also")
        .into_iter()
        .filter_map(answers::parse)
        .any(|a| a == GDPR)
    {
        list.push(GDPR);
    }
    Some(ThreadForm {
        answers: list,
        offer: vec![GDPR],
        also_action: "/report/new".into(),
        also_hidden: vec![("regime".into(), regime.as_str().into())],
    })
}

/// The form a DORA financial entity gets instead of NIS2's: DORA's initial notification,
/// with GDPR's breach notification when it said personal data are involved.
pub(super) fn dora_instead(data: &FormData) -> Option<ThreadForm> {
    let entity_type = data
        .get("entity_type")
        .and_then(|t| EntityType::parse(t).ok())?;
    if regimes::default_primary(entity_type) != Regime::Dora {
        return None;
    }
    let mut asked = FormData(vec![("regime".into(), "dora".into())]);
    if data.get("personal_data_involved") == Some("yes") {
        asked.0.push(("also".into(), answers::code(GDPR)));
    }
    opening(&asked)
}

/// DORA needs the entity's LEI (`app::filing` refuses it later too): said beside the LEI
/// field together with every other error of the form.
pub(super) fn needs_lei(
    answers: Option<&[Answer]>,
    profile: Option<&crate::domain::entity::EntityProfile>,
) -> Option<crate::domain::validation::FieldErrors> {
    let dora = answers.is_some_and(|a| a.iter().any(|x| x.0 == Regime::Dora));
    let missing = profile.is_some_and(|p| p.details.lei.is_none());
    (dora && missing).then(|| {
        let why = crate::domain::msg::Msg::t("api-regime-dora-lei");
        crate::domain::validation::FieldErrors::single("entity.lei", why)
    })
}

/// The new-report page's title and introduction for `t`'s opening thread.
pub(super) fn words(lang: Lang, t: &ThreadForm) -> (String, String) {
    let tr = Tr::new(lang);
    let regime = t.answers.first().map_or(Regime::Dora, |a| a.0);
    match regime {
        Regime::CraVulnerability => (
            tr.t("pages-new-cra-vulnerability-title"),
            tr.t("pages-new-cra-vulnerability-intro"),
        ),
        Regime::CraIncident => (
            tr.t("pages-new-cra-incident-title"),
            tr.t("pages-new-cra-incident-intro"),
        ),
        _ => (tr.t("pages-new-dora-title"), tr.t("pages-new-dora-intro")),
    }
}

/// The other new-report forms, as links: from NIS2's to DORA's and the CRA's, and back.
pub(super) fn links(lang: Lang, t: Option<&ThreadForm>) -> Vec<(String, String)> {
    let tr = Tr::new(lang);
    let regime = t.and_then(|t| t.answers.first()).map(|a| a.0);
    let mut out = Vec::new();
    if regime.is_some() {
        out.push(("/report/new".into(), tr.t("pages-new-nis2-link")));
    }
    if regime != Some(Regime::Dora) {
        out.push((
            "/report/new?regime=dora".into(),
            tr.t("pages-new-dora-link"),
        ));
    }
    if regime != Some(Regime::CraVulnerability) {
        let href = "/report/new?regime=cra_vulnerability".into();
        out.push((href, tr.t("pages-new-cra-vulnerability-link")));
    }
    if regime != Some(Regime::CraIncident) {
        let href = "/report/new?regime=cra_incident".into();
        out.push((href, tr.t("pages-new-cra-incident-link")));
    }
    out
}

/// The new-report form opening a DORA or CRA case (and perhaps answering GDPR too).
pub(super) fn thread_form<'a>(
    req: &'a HttpRequest,
    state: &'a AppState,
    threads: ThreadForm,
    lang: Lang,
) -> Form<'a> {
    let (title, intro) = words(lang, &threads);
    let stage = threads.answers.first().map_or(Stage::EarlyWarning, |a| a.1);
    Form {
        title,
        intro,
        back_link: None,
        links: links(lang, Some(&threads)),
        threads: Some(threads),
        ..super::new_report::form(req, state, stage, None, false, lang)
    }
}

/// Where a filed new report goes: its case's follow-up page, saying what was received.
pub(super) fn received((token, submission): (String, Uuid)) -> HttpResponse {
    see_other(format!("/report/follow-up/{token}?received={submission}"))
}
