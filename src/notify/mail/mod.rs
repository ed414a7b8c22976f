//! Typed mail: each outbox payload becomes one mail struct (see [`kinds`]) composed at send
//! time from the case as it is then, and rendered by askama templates.

pub mod kinds;

use super::messages::deadline_lines;
use crate::domain::case::{Case, Submission};
use crate::domain::entity::EntityProfile;
use crate::domain::lifecycle::Stage;
use crate::domain::routing::Authority;
use crate::storage::outbox::payload::DeadlineDue;
use crate::storage::outbox::Payload;
use crate::words::{local, text, utc};
use chrono::{DateTime, Utc};
pub use kinds::{
    AuditCheckpoint, AuthorityNotification, AuthorityUpdate, DeadlineReminder, OverdueNotice,
    ReporterAcknowledgement, ReporterUpdate, SharePackageNotice, UnroutedAlert,
};

/// A rendered mail: one-line subject, plain text and HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Rendered {
    /// Template files end with a newline that askama drops; bodies keep it.
    pub(crate) fn new(subject: String, text: String, html: String) -> Self {
        Self {
            subject: subject.trim().to_string(),
            text: text + "\n",
            html: html + "\n",
        }
    }
}

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
    /// Whether the reporter's address has answered, so its mail may repeat what the filer
    /// typed (title, legal name); before, only the reference, the link and fixed words.
    pub answered: bool,
    pub now: DateTime<Utc>,
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

    /// What the filer typed, for the reporter's mail: only once the address has answered.
    fn typed(&self, text: &str) -> Option<String> {
        self.answered.then(|| text.to_string())
    }

    fn deadlines(&self) -> String {
        deadline_lines(&self.case.deadlines(self.now), self.case.clock.timezone)
    }

    fn due(&self, d: &DeadlineDue) -> (String, String, String) {
        let tz = self.case.clock.timezone;
        (stage_label(d.stage), utc(d.due_at), local(d.due_at, tz))
    }

    fn both_times(&self, t: DateTime<Utc>) -> String {
        format!("{} / {}", utc(t), local(t, self.case.clock.timezone))
    }
}

fn stage_label(stage: Stage) -> String {
    text("stage", stage.as_str())
}

fn phrase_if(on: bool, key: &str) -> String {
    if on {
        text("phrase", key)
    } else {
        String::new()
    }
}

/// The mail a queued payload stands for, from its case as it is now.
pub fn compose(payload: &Payload, cx: &Context) -> Result<Mail, String> {
    Ok(match payload {
        Payload::AuthorityNotification(p) => Mail::AuthorityNotification(authority(p, cx)?),
        Payload::ReporterAcknowledgement(p) => {
            let s = cx.filing()?;
            Mail::ReporterAcknowledgement(ReporterAcknowledgement {
                stage_label: stage_label(s.stage),
                title: cx.typed(&cx.case.title),
                entity_name: cx.typed(&cx.entity.legal_name),
                reference: cx.case.reference.clone(),
                received_utc: utc(s.submitted_at),
                received_local: local(s.submitted_at, cx.case.clock.timezone),
                routed_to: p.routed_to.clone(),
                deadlines: cx.deadlines(),
                follow_up_url: cx.follow_up_url.clone(),
            })
        }
        Payload::UnroutedAlert(_) => {
            let s = cx.filing()?;
            Mail::UnroutedAlert(UnroutedAlert {
                reference: cx.case.reference.clone(),
                entity_name: cx.entity.legal_name.clone(),
                member_state: cx.case.member_state.as_str().into(),
                sector: cx.entity.classification.sector.to_string(),
                entity_type: cx.entity.classification.entity_type.to_string(),
                stage_label: stage_label(s.stage),
                submitted_at: cx.both_times(s.submitted_at),
                case_link: cx.case_link(),
            })
        }
        Payload::DeadlineReminder(d) => {
            let (stage_label, due_utc, due_local) = cx.due(d);
            Mail::DeadlineReminder(DeadlineReminder {
                stage_label,
                title: cx.typed(&cx.case.title),
                reference: cx.case.reference.clone(),
                case_id: cx.case.id.to_string(),
                due_utc,
                due_local,
                status_update: d.status_update,
            })
        }
        Payload::OverdueNotice(d) => {
            let (stage_label, due_utc, due_local) = cx.due(d);
            Mail::OverdueNotice(OverdueNotice {
                authority_name: cx.authority_name(),
                stage_label,
                reference: cx.case.reference.clone(),
                entity_name: cx.entity.legal_name.clone(),
                due_utc,
                due_local,
                case_link: cx.case_link(),
            })
        }
        Payload::ReporterUpdate(p) => Mail::ReporterUpdate(ReporterUpdate {
            title: cx.typed(&cx.case.title),
            reference: cx.case.reference.clone(),
            case_id: cx.case.id.to_string(),
            update_label: p.update_label.clone(),
            authority_name: cx.authority_name(),
            follow_up_url: cx.follow_up_url.clone(),
        }),
        Payload::AuditCheckpoint(p) => audit_checkpoint(p)?,
        Payload::SharePackage(p) => Mail::SharePackage(SharePackageNotice {
            recipient_name: cx.authority_name(),
            sender_name: p.sender_name.clone(),
            tlp: format!("TLP:{}", p.tlp.as_str().replace('_', "+").to_uppercase()),
            package_link: format!("{}/authority/packages/{}", cx.base_url, p.package_id),
        }),
        Payload::AuthorityUpdate(p) => Mail::AuthorityUpdate(AuthorityUpdate {
            authority_name: cx.authority_name(),
            reference: cx.case.reference.clone(),
            entity_name: cx.entity.legal_name.clone(),
            update_label: p.update_label.clone(),
            case_link: cx.case_link(),
        }),
    })
}

/// The mail of a message about no case (an audit checkpoint); `None` for the others.
pub fn compose_without_case(payload: &Payload) -> Option<Result<Mail, String>> {
    match payload {
        Payload::AuditCheckpoint(p) => Some(audit_checkpoint(p)),
        _ => None,
    }
}

fn audit_checkpoint(p: &crate::storage::outbox::payload::AuditCheckpoint) -> Result<Mail, String> {
    let c = crate::domain::audit_chain::Checkpoint::parse(&p.line)
        .map_err(|e| format!("cannot compose the audit checkpoint: {e}"))?;
    Ok(Mail::AuditCheckpoint(AuditCheckpoint {
        at: utc(c.at),
        seq: c.seq,
        line: p.line.clone(),
    }))
}

fn authority(
    p: &crate::storage::outbox::payload::AuthorityNotification,
    cx: &Context,
) -> Result<AuthorityNotification, String> {
    let (case, entity, s) = (cx.case, cx.entity, cx.filing()?);
    let assistance = s
        .facts
        .get("assistance_requested")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false);
    Ok(AuthorityNotification {
        authority_name: cx.authority_name(),
        informed_sentence: phrase_if(p.informed, "informed_sentence"),
        informed_tag: phrase_if(p.informed, "informed_tag"),
        reference: case.reference.clone(),
        entity_name: entity.legal_name.clone(),
        member_state: case.member_state.as_str().into(),
        sector: entity.classification.sector.to_string(),
        entity_type: entity.classification.entity_type.to_string(),
        stage_label: stage_label(s.stage),
        version: s.version,
        submitted_at: cx.both_times(s.submitted_at),
        severity: case
            .severity
            .map(|s| s.as_str())
            .unwrap_or("not yet assessed")
            .into(),
        cross_border: if case.cross_border_flagged {
            "possible"
        } else {
            "not indicated"
        }
        .into(),
        assistance: if assistance {
            "REQUESTED"
        } else {
            "not requested"
        }
        .into(),
        deadlines: cx.deadlines(),
        case_link: cx.case_link(),
        aware_at_change: aware_at_change(cx, s),
    })
}

/// "aware_at changed from X to Y" with the entity's reason, when the filing changed it
/// (spec §1.1: the routed authorities are told in the next mail); empty otherwise.
fn aware_at_change(cx: &Context, s: &Submission) -> String {
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
        (Some(_), Some(from), Some(to)) if from != to => format!(
            "{} {} {} {}. {}",
            text("phrase", "aware_at_changed_from"),
            cx.both_times(from),
            text("phrase", "to"),
            cx.both_times(to),
            text("phrase", "reason_given"),
        ),
        _ => String::new(),
    }
}
