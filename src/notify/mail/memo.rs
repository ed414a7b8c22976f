//! What a sender writes once per case and batch rather than once per message: a filing's
//! messages (to each authority in each of its languages, and to the reporter) are composed
//! one after the other on one thread (see `worker::send_batch`), so each part they share is
//! written at the case's first message in the batch and reused by the others.

use super::Rendered;
use crate::words::Lang;
use std::cell::RefCell;
use uuid::Uuid;

/// The parts written for the case a sender is on; forgotten when it moves to another case.
#[derive(Default)]
pub struct CaseMemo(RefCell<Parts>);

#[derive(Default)]
struct Parts {
    case: Option<Uuid>,
    /// The deadline list, by language.
    deadlines: Vec<(Lang, String)>,
    /// A filing's notice to authorities before its greeting, by (filing, language,
    /// informed): only the greeting names the authority.
    notices: Vec<((Uuid, Lang, bool), Rendered)>,
}

impl CaseMemo {
    /// The parts of `case`: the memo starts afresh when the case is another.
    fn parts(&self, case: Uuid) -> std::cell::RefMut<'_, Parts> {
        let mut parts = self.0.borrow_mut();
        if parts.case != Some(case) {
            *parts = Parts {
                case: Some(case),
                ..Parts::default()
            };
        }
        parts
    }

    pub(super) fn deadlines(
        &self,
        case: Uuid,
        lang: Lang,
        write: impl FnOnce() -> String,
    ) -> String {
        if let Some((_, words)) = self.parts(case).deadlines.iter().find(|(l, _)| *l == lang) {
            return words.clone();
        }
        let words = write();
        self.parts(case).deadlines.push((lang, words.clone()));
        words
    }

    /// The unaddressed notice of `filing` in `lang`, rendered by `render` the first time.
    pub(super) fn notice<E>(
        &self,
        case: Uuid,
        key: (Uuid, Lang, bool),
        render: impl FnOnce() -> Result<Rendered, E>,
    ) -> Result<Rendered, E> {
        if let Some((_, notice)) = self.parts(case).notices.iter().find(|(k, _)| *k == key) {
            return Ok(notice.clone());
        }
        let notice = render()?;
        self.parts(case).notices.push((key, notice.clone()));
        Ok(notice)
    }
}
