//! What a sender writes once per case and batch rather than once per message.

use crate::words::Lang;
use std::cell::RefCell;
use uuid::Uuid;

/// The deadline list of the case a sender is on, in each language it has been written in:
/// a filing's messages (to each authority in each of its languages, and to the reporter)
/// quote the same list, composed one after the other on one thread (see
/// `worker::send_batch`), so each language's list is written once, at the time of the
/// case's first message in the batch.
#[derive(Default)]
pub struct DeadlineWords(RefCell<Vec<(Uuid, Lang, String)>>);

impl DeadlineWords {
    pub(super) fn get_or(&self, case: Uuid, lang: Lang, write: impl FnOnce() -> String) -> String {
        let mut memo = self.0.borrow_mut();
        if memo.first().is_some_and(|(c, _, _)| *c != case) {
            memo.clear();
        }
        if let Some((_, _, words)) = memo.iter().find(|(_, l, _)| *l == lang) {
            return words.clone();
        }
        let words = write();
        memo.push((case, lang, words.clone()));
        words
    }
}
