//! Which languages a mail is written in (issue 14). To an authority: the languages of its
//! row in the routing table (`languages`), the first first and the others following
//! (see `rendered`); tags the service does not speak are skipped, and an authority naming
//! none it speaks reads English. To a reporter: the language its case was filed in (kept on
//! the case, see `storage::cases::set_language`). To the platform administrators (an
//! unrouted filing, the audit checkpoint): English, the language of the operations docs.

use super::{compose, Context, Rendered};
use crate::domain::routing::Authority;
use crate::storage::outbox::payload::AuthorityNotification;
use crate::storage::outbox::{Kind, Payload};
use crate::words::{Lang, Tr};

/// The languages of a mail of `payload`'s kind, the one it is read in first.
pub fn languages_of(payload: &Payload, authority: Option<&Authority>, reporter: Lang) -> Vec<Lang> {
    match payload.kind() {
        Kind::AuthorityNotification
        | Kind::OverdueNotice
        | Kind::AuthorityUpdate
        | Kind::SharePackage => {
            let mut langs: Vec<Lang> = Vec::new();
            for tag in authority
                .map(|a| a.languages.as_slice())
                .unwrap_or_default()
            {
                if let Some(l) = Lang::from_tag(tag).filter(|l| !langs.contains(l)) {
                    langs.push(l);
                }
            }
            if langs.is_empty() {
                langs.push(Lang::En);
            }
            langs
        }
        Kind::ReporterAcknowledgement | Kind::ReporterUpdate | Kind::DeadlineReminder => {
            vec![reporter]
        }
        Kind::UnroutedAlert | Kind::AuditCheckpoint => vec![Lang::En],
    }
}

/// The mail of a queued payload, from its case as it is now, in each of its languages.
pub fn compose_rendered(payload: &Payload, cx: &Context) -> Result<Rendered, String> {
    let mut parts = Vec::new();
    for lang in languages_of(payload, cx.authority, cx.reporter_lang) {
        parts.push(match payload {
            Payload::AuthorityNotification(p) => notice(p, cx, lang)?,
            _ => rendered(compose(payload, cx, &Tr::new(lang))?.render())?,
        });
    }
    let first = parts.remove(0);
    Ok(Rendered::in_turn(first, parts))
}

/// An authority's notice of a filing in `lang`: what every authority of the filing reads
/// alike is written once per sender (see [`CaseMemo`](super::CaseMemo)), then addressed.
fn notice(p: &AuthorityNotification, cx: &Context, lang: Lang) -> Result<Rendered, String> {
    let key = (cx.filing()?.id, lang, p.informed);
    let unaddressed = cx.memo.notice(cx.case.id, key, || {
        rendered(super::authority(p, cx, &Tr::new(lang))?.render_unaddressed())
    })?;
    Ok(unaddressed.addressed_to(&cx.authority_name()))
}

fn rendered(r: Result<Rendered, askama::Error>) -> Result<Rendered, String> {
    r.map_err(|e| format!("cannot render message: {e}"))
}
