//! The message catalogues: Project Fluent files, one folder per language
//! (`templates/locales/<tag>/*.ftl`), compiled into the binary. A message missing in a language
//! reads in English; tests (`tests.rs`) make sure none is missing.

use super::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// The catalogue files of every language, by area: the same names in every folder.
macro_rules! sources {
    ($lang:literal) => {
        [
            (
                "catalogue",
                include_str!(concat!("../../templates/locales/", $lang, "/catalogue.ftl")),
            ),
            (
                "pages",
                include_str!(concat!("../../templates/locales/", $lang, "/pages.ftl")),
            ),
            (
                "staff",
                include_str!(concat!("../../templates/locales/", $lang, "/staff.ftl")),
            ),
            (
                "mail",
                include_str!(concat!("../../templates/locales/", $lang, "/mail.ftl")),
            ),
            (
                "api",
                include_str!(concat!("../../templates/locales/", $lang, "/api.ftl")),
            ),
        ]
    };
}

/// The Fluent source files of a language as (area, text).
pub(super) fn sources(lang: Lang) -> [(&'static str, &'static str); 5] {
    match lang {
        Lang::En => sources!("en"),
        Lang::Fr => sources!("fr"),
        Lang::De => sources!("de"),
        Lang::Nl => sources!("nl"),
    }
}

fn build(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: pages and mail are single-direction Latin text.
    bundle.set_use_isolating(false);
    for (area, text) in sources(lang) {
        // A file with a syntax error still yields its valid messages; tests reject the error.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("catalogue {}/{area}: {errors:?}", lang.tag());
        }
    }
    bundle
}

pub(super) fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [const { OnceLock::new() }; 4];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| build(lang))
}

/// The message `id` in `lang` (English when that language lacks it), or `None`.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    format(lang, id, args).or_else(|| (lang != Lang::En).then(|| format(Lang::En, id, args))?)
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        log::warn!("message {}/{id}: {errors:?}", lang.tag());
    }
    Some(text.into_owned())
}

/// The Fluent id of a catalogue entry: `section-key`, a `.` in the key becoming `-`.
pub fn id(section: &str, key: &str) -> String {
    format!("{section}-{}", key.replace('.', "-"))
}

/// The English text for `section.key`, or the key itself (underscores as spaces) if missing.
pub fn text(section: &str, key: &str) -> String {
    text_in(Lang::En, section, key)
}

/// The text for `section.key` in `lang`, or the key itself if missing.
pub fn text_in(lang: Lang, section: &str, key: &str) -> String {
    message(lang, &id(section, key), None).unwrap_or_else(|| key.replace('_', " "))
}

/// The English text for `section.key`, or nothing.
pub fn text_or_empty(section: &str, key: &str) -> String {
    text_or_empty_in(Lang::En, section, key)
}

/// The text for `section.key` in `lang`, or nothing.
pub fn text_or_empty_in(lang: Lang, section: &str, key: &str) -> String {
    message(lang, &id(section, key), None).unwrap_or_default()
}

/// A placeholder value: text or a number (numbers choose plural forms and are written the
/// language's way).
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// The message `id` in `lang` with its placeholders filled, or the id itself if missing.
pub fn with_args(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent.set(*name, FluentValue::from(*s)),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    message(lang, id, Some(&fluent)).unwrap_or_else(|| id.to_string())
}
