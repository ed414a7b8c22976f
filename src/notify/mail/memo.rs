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

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn notice(text: &str) -> Result<Rendered, ()> {
        Ok(Rendered::new(
            Lang::En,
            "s".into(),
            text.into(),
            text.into(),
        ))
    }

    /// A part is written once per case and key; a copy for information, another filing or
    /// another language is written anew, and moving to another case forgets everything.
    #[test]
    fn parts_are_reused_for_one_case_and_key_only() {
        let memo = CaseMemo::default();
        let (case_a, case_b, filing) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let written = Cell::new(0);
        let get = |case, key| {
            memo.notice(case, key, || {
                written.set(written.get() + 1);
                notice(&format!("{case} {key:?}"))
            })
            .unwrap()
            .text
        };
        let first = get(case_a, (filing, Lang::Fr, false));
        assert_eq!(get(case_a, (filing, Lang::Fr, false)), first);
        assert_eq!(written.get(), 1);
        assert_ne!(get(case_a, (filing, Lang::Fr, true)), first, "informed");
        assert_ne!(get(case_a, (filing, Lang::De, false)), first, "language");
        assert_ne!(
            get(case_a, (Uuid::now_v7(), Lang::Fr, false)),
            first,
            "filing"
        );
        assert_eq!(written.get(), 4);
        assert_ne!(
            get(case_b, (filing, Lang::Fr, false)),
            first,
            "another case"
        );
        assert_eq!(written.get(), 5);
        assert_eq!(get(case_a, (filing, Lang::Fr, false)), first);
        assert_eq!(written.get(), 6, "back to the first case: written anew");

        let lists = Cell::new(0);
        let deadlines = |case, lang| {
            memo.deadlines(case, lang, || {
                lists.set(lists.get() + 1);
                format!("{case} {lang:?}")
            })
        };
        assert_eq!(deadlines(case_a, Lang::Fr), deadlines(case_a, Lang::Fr));
        assert_eq!(lists.get(), 1);
        deadlines(case_b, Lang::Fr);
        deadlines(case_a, Lang::Fr);
        assert_eq!(lists.get(), 3);
    }
}
