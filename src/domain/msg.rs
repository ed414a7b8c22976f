//! What is wrong with a field, said once: a message id of the `api` catalogue
//! (`templates/locales/<lang>/api.ftl`) and its placeholders. The domain fills a field error's
//! English `message` from the English catalogue through Fluent, so the words live only there;
//! `words::field_message` (one layer up) renders the same id in the reader's language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A placeholder value: text (codes, field names, lists of codes: never translated) or a
/// number (which chooses plural forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    Text(String),
    Number(i64),
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Text(s.to_string())
    }
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Text(s)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg {
            fn from(n: $t) -> Self {
                MsgArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// One field error's words: an `api-…` id with its placeholders, and the English text. An
/// empty id marks a sentence written elsewhere in English only (it reads the same in every
/// language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
    english: String,
}

impl Msg {
    /// The message `id` without placeholders.
    pub fn t(id: &'static str) -> Self {
        Self::with(id, Vec::new())
    }

    /// The message `id` with one placeholder `$name`.
    pub fn t1(id: &'static str, name: &'static str, value: impl Into<MsgArg>) -> Self {
        Self::with(id, vec![(name, value.into())])
    }

    /// The message `id` with two placeholders.
    pub fn t2(
        id: &'static str,
        (n1, v1): (&'static str, impl Into<MsgArg>),
        (n2, v2): (&'static str, impl Into<MsgArg>),
    ) -> Self {
        Self::with(id, vec![(n1, v1.into()), (n2, v2.into())])
    }

    fn with(id: &'static str, args: Vec<(&'static str, MsgArg)>) -> Self {
        let english = english(id, &args);
        Self { id, args, english }
    }

    /// A sentence without an `api` id (English in every language).
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            id: "",
            args: Vec::new(),
            english: text.into(),
        }
    }

    /// The English words.
    pub fn english(&self) -> &str {
        &self.english
    }

    /// The same message naming the field `to` wherever it named `from` (a field renamed
    /// between the form and the shared checks). Where the catalogue's own words name `from`,
    /// only the English can be renamed, and the message stays English.
    pub fn renamed(mut self, from: &str, to: &str) -> Self {
        let in_args = self
            .args
            .iter()
            .filter(|(_, v)| matches!(v, MsgArg::Text(s) if s.contains(from)))
            .count();
        let in_text = self.english.matches(from).count();
        for (_, v) in &mut self.args {
            if let MsgArg::Text(s) = v {
                *s = s.replace(from, to);
            }
        }
        self.english = self.english.replace(from, to);
        if in_text > in_args {
            self.id = "";
            self.args.clear();
        }
        self
    }
}

impl From<String> for Msg {
    fn from(s: String) -> Self {
        Msg::plain(s)
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Self {
        Msg::plain(s)
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> Self {
        m.english
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for Msg {}

/// The placeholders of a message as Fluent arguments.
pub fn fluent_args<'a>(args: &'a [(&'static str, MsgArg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            MsgArg::Text(s) => out.set(*name, FluentValue::from(s.as_str())),
            MsgArg::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}

type Bundle = FluentBundle<FluentResource>;

/// The English `api` catalogue, the one source of the English words of field errors.
fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let text = include_str!("../../templates/locales/en/api.ftl");
        let mut bundle = FluentBundle::new_concurrent(vec![unic_en()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        // Duplicates are caught by the catalogue tests of the words layer.
        let _ = bundle.add_resource(resource);
        bundle
    })
}

fn unic_en() -> unic_langid::LanguageIdentifier {
    unic_langid::langid!("en")
}

/// The English text of `id`, or the id itself when the catalogue lacks it (caught by tests).
fn english(id: &'static str, args: &[(&'static str, MsgArg)]) -> String {
    let bundle = bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let fluent = fluent_args(args);
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent), &mut errors)
        .into_owned()
}
