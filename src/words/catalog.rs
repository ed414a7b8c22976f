//! The message catalogue: `section.key` to text, one TOML file per language.

use std::collections::HashMap;
use std::sync::OnceLock;

type Catalog = HashMap<String, HashMap<String, String>>;

/// A language the catalogue speaks. Adding one is a variant here plus its catalogue file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// Every language, for completeness checks.
    pub const ALL: &'static [Lang] = &[Lang::En];

    /// The BCP 47 tag, as in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../templates/messages.en.toml"),
        }
    }
}

fn catalog(lang: Lang) -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
    };
    cell.get_or_init(|| toml::from_str(lang.source()).unwrap_or_default())
}

fn lookup(lang: Lang, section: &str, key: &str) -> Option<&'static String> {
    catalog(lang).get(section).and_then(|s| s.get(key))
}

/// The English text for `section.key`, or the key itself (underscores as spaces) if missing.
pub fn text(section: &str, key: &str) -> String {
    text_in(Lang::En, section, key)
}

/// The text for `section.key` in `lang`, or the key itself if missing.
pub fn text_in(lang: Lang, section: &str, key: &str) -> String {
    lookup(lang, section, key)
        .cloned()
        .unwrap_or_else(|| key.replace('_', " "))
}

/// The English text for `section.key`, or nothing.
pub fn text_or_empty(section: &str, key: &str) -> String {
    text_or_empty_in(Lang::En, section, key)
}

/// The text for `section.key` in `lang`, or nothing.
pub fn text_or_empty_in(lang: Lang, section: &str, key: &str) -> String {
    lookup(lang, section, key).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses_and_labels_every_stage() {
        for lang in Lang::ALL {
            for stage in crate::domain::lifecycle::Stage::ALL {
                assert!(
                    lookup(*lang, "stage", stage.as_str()).is_some(),
                    "{}: {stage}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn a_missing_key_reads_as_itself_or_nothing() {
        assert_eq!(text("stage", "no_such_stage"), "no such stage");
        assert_eq!(text_or_empty("stage", "no_such_stage"), "");
    }
}
