//! One struct per mail kind, holding exactly what its templates under
//! `templates/email/<kind>/` say; each renders a subject, a plain-text and an HTML body.

use super::Rendered;
use crate::domain::names::CaseReference;
use crate::words::Tr;

/// Makes a mail struct renderable: three askama templates (subject, text, HTML) read its
/// fields through a borrowing wrapper, so the templates name the fields directly.
macro_rules! mail_templates {
    ($mail:ident, $module:ident, $subject:tt, $text:tt, $html:tt) => {
        mail_templates!($mail, $module, $subject, $text, $html, render);
    };
    ($mail:ident, $module:ident, $subject:tt, $text:tt, $html:tt, $render:ident) => {
        mod $module {
            use super::$mail;
            #[allow(unused_imports)]
            use crate::notify::mail::filters;
            use askama::Template;

            macro_rules! part {
                ($name:ident, $path:tt) => {
                    #[derive(Template)]
                    #[template(path = $path)]
                    pub(super) struct $name<'a> {
                        pub(super) mail: &'a $mail,
                    }

                    impl std::ops::Deref for $name<'_> {
                        type Target = $mail;
                        fn deref(&self) -> &$mail {
                            self.mail
                        }
                    }
                };
            }
            part!(Subject, $subject);
            part!(Text, $text);
            part!(Html, $html);
        }

        impl $mail {
            /// The subject (one line) and both bodies, in the mail's language.
            pub fn $render(&self) -> Result<Rendered, askama::Error> {
                Ok(Rendered::new(
                    self.tr.lang,
                    askama::Template::render(&$module::Subject { mail: self })?,
                    askama::Template::render(&$module::Text { mail: self })?,
                    askama::Template::render(&$module::Html { mail: self })?,
                ))
            }
        }
    };
}

/// A routed authority's notice of a filing: who, which stage, how severe, the deadlines and
/// a link to the case; never the report's content.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorityNotification {
    pub tr: Tr,
    pub authority_name: String,
    /// A copy for information (possible cross-border impact), not the authority in charge.
    pub informed: bool,
    pub reference: CaseReference,
    pub entity_name: String,
    pub member_state: String,
    pub sector: String,
    pub entity_type: String,
    pub stage_label: String,
    pub version: i32,
    pub submitted_at: String,
    pub severity: String,
    pub cross_border: String,
    pub assistance: String,
    pub deadlines: String,
    pub case_link: String,
    /// Empty, or the sentence saying the filing changed `aware_at` (spec §1.1).
    pub aware_at_change: String,
}
mail_templates!(
    AuthorityNotification,
    authority_notification,
    "email/authority_notification/subject.txt",
    "email/authority_notification/body.txt",
    "email/authority_notification/body.html",
    render_unaddressed
);

impl AuthorityNotification {
    /// The notice under the authority's name. Its templates hold everything else, which reads
    /// the same to every authority of a filing in one language: a sender renders that once
    /// (see `memo::CaseMemo`) and only addresses it to each.
    pub fn render(&self) -> Result<Rendered, askama::Error> {
        Ok(self
            .render_unaddressed()?
            .addressed_to(&self.authority_name))
    }
}

/// The reporter's receipt: reference, time received, where it went, next deadlines and the
/// private follow-up link. What the filer typed (title, legal name) only once the address
/// has answered (`storage::mail_answers`): `None` before.
#[derive(Debug, Clone, PartialEq)]
pub struct ReporterAcknowledgement {
    pub tr: Tr,
    pub stage_label: String,
    pub title: Option<String>,
    pub entity_name: Option<String>,
    pub reference: CaseReference,
    pub received_utc: String,
    pub received_local: String,
    pub routed_to: String,
    pub deadlines: String,
    pub follow_up_url: String,
}
mail_templates!(
    ReporterAcknowledgement,
    reporter_acknowledgement,
    "email/reporter_acknowledgement/subject.txt",
    "email/reporter_acknowledgement/body.txt",
    "email/reporter_acknowledgement/body.html"
);

/// The administrators' alert about a filing no routing rule matched.
#[derive(Debug, Clone, PartialEq)]
pub struct UnroutedAlert {
    pub tr: Tr,
    pub reference: CaseReference,
    pub entity_name: String,
    pub member_state: String,
    pub sector: String,
    pub entity_type: String,
    pub stage_label: String,
    pub submitted_at: String,
    pub case_link: String,
}
mail_templates!(
    UnroutedAlert,
    unrouted_alert,
    "email/unrouted_alert/subject.txt",
    "email/unrouted_alert/body.txt",
    "email/unrouted_alert/body.html"
);

/// The reporter's reminder that a stage falls due soon.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineReminder {
    pub tr: Tr,
    pub stage_label: String,
    pub reference: CaseReference,
    /// The case as words: “title” (reference).
    pub case_words: String,
    /// The API call that files the stage.
    pub api: String,
    pub due_utc: String,
    pub due_local: String,
    /// Both times: UTC (local).
    pub due_both: String,
    /// A monthly status-update request while the final report awaits the end of handling.
    pub status_update: bool,
}
mail_templates!(
    DeadlineReminder,
    deadline_reminder,
    "email/deadline_reminder/subject.txt",
    "email/deadline_reminder/body.txt",
    "email/deadline_reminder/body.html"
);

/// An authority in charge learns that a stage was not filed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct OverdueNotice {
    pub tr: Tr,
    pub authority_name: String,
    pub stage_label: String,
    pub reference: CaseReference,
    pub entity_name: String,
    /// The case as the authority knows it: reference (entity).
    pub case_words: String,
    /// When it was due: UTC (local).
    pub due_both: String,
    pub case_link: String,
}
mail_templates!(
    OverdueNotice,
    overdue_notice,
    "email/overdue_notice/subject.txt",
    "email/overdue_notice/body.txt",
    "email/overdue_notice/body.html"
);

/// The reporter learns that an authority wrote to them; the content stays behind the link.
#[derive(Debug, Clone, PartialEq)]
pub struct ReporterUpdate {
    pub tr: Tr,
    pub reference: CaseReference,
    /// The case as words: “title” (reference).
    pub case_words: String,
    pub update_label: String,
    pub authority_name: String,
    /// The update and who wrote it, as words.
    pub update_words: String,
    /// The API call that reads it.
    pub api: String,
    pub follow_up_url: String,
}
mail_templates!(
    ReporterUpdate,
    reporter_update,
    "email/reporter_update/subject.txt",
    "email/reporter_update/body.txt",
    "email/reporter_update/body.html"
);

mod audit_checkpoint;
pub use audit_checkpoint::AuditCheckpoint;
/// A recipient authority's notice of a share package (spec §6): who shared it, its TLP and
/// the link to its read-only page; never its content, the case or the entity.
#[derive(Debug, Clone, PartialEq)]
pub struct SharePackageNotice {
    pub tr: Tr,
    pub recipient_name: String,
    pub sender_name: String,
    pub tlp: String,
    pub package_link: String,
}
mail_templates!(
    SharePackageNotice,
    share_package,
    "email/share_package/subject.txt",
    "email/share_package/body.txt",
    "email/share_package/body.html"
);

/// A routed authority learns that something changed on a case it handles (the entity withdrew
/// its report); the particulars stay behind the login.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorityUpdate {
    pub tr: Tr,
    pub authority_name: String,
    pub reference: CaseReference,
    pub entity_name: String,
    /// The case as the authority knows it: reference (entity).
    pub case_words: String,
    pub update_label: String,
    pub case_link: String,
}
mail_templates!(
    AuthorityUpdate,
    authority_update,
    "email/authority_update/subject.txt",
    "email/authority_update/body.txt",
    "email/authority_update/body.html"
);
