//! Typed mail: each outbox payload becomes one mail struct (see [`kinds`]) composed at send
//! time from the case as it is then, and rendered by askama templates.

pub mod kinds;
mod languages;
mod memo;
mod rendered;

pub use languages::{compose_rendered, languages_of};
pub use memo::CaseMemo;
pub use rendered::{filters, Rendered};

use super::messages::deadline_lines;
use crate::domain::case::{Case, Submission};
use crate::domain::codes::Regime;
use crate::domain::entity::EntityProfile;
use crate::domain::lifecycle::Stage;
use crate::domain::routing::Authority;
use crate::storage::outbox::Payload;
use crate::words::{local_in, text_in, utc, Lang, Tr};
use chrono::{DateTime, Utc};
pub use kinds::{
    AuditCheckpoint, AuthorityNotification, AuthorityUpdate, DeadlineReminder, OverdueNotice,
    ReporterAcknowledgement, ReporterUpdate, SharePackageNotice, UnroutedAlert,
};

/// One mail of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Mail {
    AuthorityNotification(AuthorityNotification),
    ReporterAcknowledgement(ReporterAcknowledgement),
    UnroutedAlert(UnroutedAlert),
    DeadlineReminder(DeadlineReminder),
    OverdueNotice(OverdueNotice),
    ReporterUpdate(ReporterUpdate),
    AuditCheckpoint(AuditCheckpoint),
    SharePackage(SharePackageNotice),
    AuthorityUpdate(AuthorityUpdate),
}

impl Mail {
    /// Subject and bodies from the kind's templates.
    pub fn render(&self) -> Result<Rendered, askama::Error> {
        match self {
            Mail::AuthorityNotification(m) => m.render(),
            Mail::ReporterAcknowledgement(m) => m.render(),
            Mail::UnroutedAlert(m) => m.render(),
            Mail::DeadlineReminder(m) => m.render(),
            Mail::OverdueNotice(m) => m.render(),
            Mail::ReporterUpdate(m) => m.render(),
            Mail::AuditCheckpoint(m) => m.render(),
            Mail::SharePackage(m) => m.render(),
            Mail::AuthorityUpdate(m) => m.render(),
        }
    }
}

/// What a mail may say about its case, read at send time.
pub struct Context<'a> {
    pub case: &'a Case,
    /// The filing a filing's mail is about.
    pub submission: Option<&'a Submission>,
    /// The case's filing before it: what a changed `aware_at` changed from.
    pub previous: Option<&'a Submission>,
    pub entity: &'a EntityProfile,
    /// The authority an authority's mail goes to, or whose update a reporter's mail announces.
    pub authority: Option<&'a Authority>,
    /// The service's public address, for links to the case.
    pub base_url: &'a str,
    /// The reporter's private follow-up page; only reporters' mail quotes it.
    pub follow_up_url: String,
    /// The language the case was filed in: the reporter's mail is written in it.
    pub reporter_lang: Lang,
    /// Whether the reporter's address has answered, so its mail may repeat what the filer
    /// typed (title, legal name); before, only the reference, the link and fixed words.
    pub answered: bool,
    pub now: DateTime<Utc>,
    /// What this sender already wrote for the case (deadline lists, notices to authorities).
    pub memo: &'a CaseMemo,
}

impl Context<'_> {
    fn filing(&self) -> Result<&Submission, String> {
        self.submission
            .ok_or_else(|| "cannot compose message: its filing is gone".to_string())
    }

    fn authority_name(&self) -> String {
        self.authority.map(|a| a.name.clone()).unwrap_or_default()
    }

    fn case_link(&self) -> String {
        format!("{}/authority/cases/{}", self.base_url, self.case.id)
    }

    fn deadlines(&self, lang: Lang) -> String {
        self.memo.deadlines(self.case.id, lang, || {
            deadline_lines(
                &self.case.deadlines(self.now),
                self.case.clock.timezone,
                lang,
            )
        })
    }

    fn local(&self, lang: Lang, t: DateTime<Utc>) -> String {
        local_in(lang, t, self.case.clock.timezone)
    }

    fn both_times(&self, lang: Lang, t: DateTime<Utc>) -> String {
        format!("{} / {}", utc(t), self.local(lang, t))
    }

    /// What the filer typed, for the reporter's mail: only once the address has answered.
    fn typed(&self, text: &str) -> Option<String> {
        self.answered.then(|| text.to_string())
    }

    /// The case as a reporter names it: “title” (reference), the language's quotes; only the
    /// reference until the address has answered.
    fn case_words(&self, tr: &Tr) -> String {
        if !self.answered {
            return self.case.reference.to_string();
        }
        let title = ("title", &self.case.title);
        let reference = ("reference", self.case.reference.as_str());
        tr.t2("mail-case", title, reference)
    }

    /// The case as an authority names it: reference (entity).
    fn case_of_entity(&self) -> String {
        format!("{} ({})", self.case.reference, self.entity.legal_name)
    }
}

/// A stage in words; a sibling regime's stage names its regime too (spec §7: mails carry
/// the regime), e.g. "DORA initial notification".
fn stage_label(tr: &Tr, regime: Regime, stage: Stage) -> String {
    let words = text_in(tr.lang, "stage", stage.as_str());
    if regime == Regime::Nis2 {
        return words;
    }
    let regime = text_in(tr.lang, "regime_short", regime.as_str());
    let (r, w) = (regime.as_str(), words.as_str());
    tr.t2("mail-stage-of-regime", ("regime", r), ("stage", w))
}

/// What an update is, in the reader's language: from the event's code when the message
/// names it, else the words stored with older messages.
fn update_label(lang: Lang, event: Option<&str>, stored: &str) -> String {
    match event {
        Some(code) => text_in(lang, "event", code),
        None => stored.to_string(),
    }
}

/// The mail a queued payload stands for, from its case as it is now, in `tr`'s language.
pub fn compose(payload: &Payload, cx: &Context, tr: &Tr) -> Result<Mail, String> {
    let lang = tr.lang;
    Ok(match payload {
        Payload::AuthorityNotification(p) => Mail::AuthorityNotification(authority(p, cx, tr)?),
        Payload::ReporterAcknowledgement(p) => acknowledgement(p, cx, tr)?,
        Payload::UnroutedAlert(_) => {
            let s = cx.filing()?;
            Mail::UnroutedAlert(UnroutedAlert {
                tr: tr.clone(),
                reference: cx.case.reference.clone(),
                entity_name: cx.entity.legal_name.clone(),
                member_state: cx.case.member_state.as_str().into(),
                sector: cx.entity.classification.sector.to_string(),
                entity_type: cx.entity.classification.entity_type.to_string(),
                stage_label: stage_label(tr, s.regime, s.stage),
                submitted_at: cx.both_times(lang, s.submitted_at),
                case_link: cx.case_link(),
            })
        }
        Payload::DeadlineReminder(d) => Mail::DeadlineReminder(DeadlineReminder {
            tr: tr.clone(),
            stage_label: stage_label(tr, d.regime, d.stage),
            reference: cx.case.reference.clone(),
            case_words: cx.case_words(tr),
            api: format!("POST /api/v1/incidents/{}/reports", cx.case.id),
            due_utc: utc(d.due_at),
            due_local: cx.local(lang, d.due_at),
            due_both: format!("{} ({})", utc(d.due_at), cx.local(lang, d.due_at)),
            status_update: d.status_update,
        }),
        Payload::OverdueNotice(d) => Mail::OverdueNotice(OverdueNotice {
            tr: tr.clone(),
            authority_name: cx.authority_name(),
            stage_label: stage_label(tr, d.regime, d.stage),
            reference: cx.case.reference.clone(),
            entity_name: cx.entity.legal_name.clone(),
            case_words: cx.case_of_entity(),
            due_both: format!("{} ({})", utc(d.due_at), cx.local(lang, d.due_at)),
            case_link: cx.case_link(),
        }),
        Payload::ReporterUpdate(p) => reporter_update(p, cx, tr),
        Payload::AuditCheckpoint(p) => audit_checkpoint(p, tr)?,
        Payload::SharePackage(p) => Mail::SharePackage(SharePackageNotice {
            tr: tr.clone(),
            recipient_name: cx.authority_name(),
            sender_name: p.sender_name.clone(),
            tlp: format!("TLP:{}", p.tlp.as_str().replace('_', "+").to_uppercase()),
            package_link: format!("{}/authority/packages/{}", cx.base_url, p.package_id),
        }),
        Payload::AuthorityUpdate(p) => Mail::AuthorityUpdate(AuthorityUpdate {
            tr: tr.clone(),
            authority_name: cx.authority_name(),
            reference: cx.case.reference.clone(),
            entity_name: cx.entity.legal_name.clone(),
            case_words: cx.case_of_entity(),
            update_label: update_label(lang, p.event.as_deref(), &p.update_label),
            case_link: cx.case_link(),
        }),
    })
}

/// The reporter's receipt for a filing.
fn acknowledgement(
    p: &crate::storage::outbox::payload::ReporterAcknowledgement,
    cx: &Context,
    tr: &Tr,
) -> Result<Mail, String> {
    let (s, lang) = (cx.filing()?, tr.lang);
    // Older messages stored the English words for "nobody yet".
    let routed_to =
        if p.routed_to.is_empty() || p.routed_to == text_in(Lang::En, "phrase", "unrouted") {
            tr.t("mail-unrouted")
        } else {
            p.routed_to.clone()
        };
    Ok(Mail::ReporterAcknowledgement(ReporterAcknowledgement {
        tr: tr.clone(),
        stage_label: stage_label(tr, s.regime, s.stage),
        title: cx.typed(&cx.case.title),
        entity_name: cx.typed(&cx.entity.legal_name),
        reference: cx.case.reference.clone(),
        received_utc: utc(s.submitted_at),
        received_local: cx.local(lang, s.submitted_at),
        routed_to,
        deadlines: cx.deadlines(lang),
        follow_up_url: cx.follow_up_url.clone(),
    }))
}

/// The reporter's notice that an authority wrote.
fn reporter_update(
    p: &crate::storage::outbox::payload::ReporterUpdate,
    cx: &Context,
    tr: &Tr,
) -> Mail {
    let lang = tr.lang;
    let label = update_label(lang, p.event.as_deref(), &p.update_label);
    let authority_name = cx.authority_name();
    let (what, who) = (("what", &label), ("authority", &authority_name));
    let update_words = tr.t2("mail-update-from", what, who);
    Mail::ReporterUpdate(ReporterUpdate {
        update_words,
        tr: tr.clone(),
        reference: cx.case.reference.clone(),
        case_words: cx.case_words(tr),
        update_label: label,
        authority_name,
        api: format!("GET /api/v1/incidents/{}", cx.case.id),
        follow_up_url: cx.follow_up_url.clone(),
    })
}

/// The mail of a message about no case (an audit checkpoint), in English (it goes to the
/// platform administrators); `None` for the others.
pub fn compose_without_case(payload: &Payload) -> Option<Result<Mail, String>> {
    match payload {
        Payload::AuditCheckpoint(p) => Some(audit_checkpoint(p, &Tr::new(Lang::En))),
        _ => None,
    }
}

fn audit_checkpoint(
    p: &crate::storage::outbox::payload::AuditCheckpoint,
    tr: &Tr,
) -> Result<Mail, String> {
    let c = crate::domain::audit_chain::Checkpoint::parse(&p.line)
        .map_err(|e| format!("cannot compose the audit checkpoint: {e}"))?;
    Ok(Mail::AuditCheckpoint(AuditCheckpoint {
        tr: tr.clone(),
        at: utc(c.at),
        seq: c.seq,
        line: p.line.clone(),
    }))
}

fn authority(
    p: &crate::storage::outbox::payload::AuthorityNotification,
    cx: &Context,
    tr: &Tr,
) -> Result<AuthorityNotification, String> {
    let (case, entity, s, lang) = (cx.case, cx.entity, cx.filing()?, tr.lang);
    let assistance = s
        .facts
        .get("assistance_requested")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false);
    Ok(AuthorityNotification {
        tr: tr.clone(),
        authority_name: cx.authority_name(),
        informed: p.informed,
        reference: case.reference.clone(),
        entity_name: entity.legal_name.clone(),
        member_state: case.member_state.as_str().into(),
        sector: code_words(lang, entity.classification.sector.as_ref()),
        entity_type: code_words(lang, entity.classification.entity_type.as_ref()),
        stage_label: stage_label(tr, s.regime, s.stage),
        version: s.version,
        submitted_at: cx.both_times(lang, s.submitted_at),
        severity: severity_words(tr, case.severity),
        cross_border: if case.cross_border_flagged {
            tr.t("mail-cross_border-possible")
        } else {
            tr.t("mail-cross_border-not_indicated")
        },
        assistance: if assistance {
            tr.t("mail-assistance-requested")
        } else {
            tr.t("mail-assistance-not_requested")
        },
        deadlines: cx.deadlines(lang),
        case_link: cx.case_link(),
        aware_at_change: aware_at_change(cx, s, tr),
    })
}

fn severity_words(tr: &Tr, severity: Option<crate::domain::codes::Severity>) -> String {
    use crate::domain::codes::Severity;
    match severity {
        None => tr.t("mail-severity-unassessed"),
        Some(Severity::VeryLarge) => tr.t("mail-severity-very_large"),
        Some(Severity::Large) => tr.t("mail-severity-large"),
        Some(Severity::Minor) => tr.t("mail-severity-minor"),
        Some(Severity::None) => tr.t("mail-severity-none"),
        Some(Severity::Unknown) => tr.t("mail-severity-unknown"),
    }
}

/// "aware_at changed from X to Y" with the entity's reason, when the filing changed it
/// (spec §1.1: the routed authorities are told in the next mail); empty otherwise.
fn aware_at_change(cx: &Context, s: &Submission, tr: &Tr) -> String {
    let time = |sub: &Submission| {
        sub.facts
            .get("aware_at")
            .and_then(serde_json::Value::as_str)
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.to_utc())
    };
    let reason = s
        .facts
        .get("aware_at_change_reason")
        .and_then(serde_json::Value::as_str);
    match (reason, cx.previous.and_then(time), time(s)) {
        // The entity's reason stays behind the login like all report content.
        (Some(_), Some(from), Some(to)) if from != to => {
            let (from, to) = (cx.both_times(tr.lang, from), cx.both_times(tr.lang, to));
            let changed = tr.t2("mail-aware_at-changed", ("from", &from), ("to", &to));
            format!("{changed} {}", tr.t("mail-aware_at-reason"))
        }
        _ => String::new(),
    }
}

/// A sector or entity type as the reader's language names it (as the queue shows it), the
/// code itself where the catalogue has no words for it.
fn code_words(lang: Lang, code: &str) -> String {
    match crate::words::text_or_empty_in(lang, "code", code) {
        t if t.is_empty() => code.to_string(),
        t => t,
    }
}
