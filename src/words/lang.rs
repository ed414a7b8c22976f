//! The languages the service speaks, and how a reader's language is chosen from what a browser
//! or client says (`Accept-Language`, RFC 9110 §12.5.4) or from a stored tag.

use std::fmt;

/// A language with a complete catalogue. Adding one is a variant here plus its folder
/// `templates/locales/<tag>/` (see `catalog.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Nl,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Fr, Lang::De, Lang::Nl];

    /// The BCP 47 tag, as in `lang` attributes, cookies and the database.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Nl => "Nederlands",
        }
    }

    /// The language of a tag such as `fr`, `fr-BE` or `DE_at` (primary subtag, any case).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    /// The language a client prefers most among those spoken here, from an `Accept-Language`
    /// value: highest weight first, ties in the client's order; `q=0` excludes; `*` matches
    /// nothing in particular. Garbage yields `None`, never an error.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(u16, Lang)> = None;
        for item in accept_language.split(',').take(32) {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else {
                continue;
            };
            let weight = parts.find_map(quality).unwrap_or(1000);
            if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// A `q=0.8` parameter as thousandths; anything malformed counts as absent.
fn quality(param: &str) -> Option<u16> {
    let value = param.trim().strip_prefix("q=")?;
    let q: f32 = value.parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_by_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("DE_at"), Some(Lang::De));
        assert_eq!(Lang::from_tag("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("es"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn accept_language_weights_decide() {
        assert_eq!(Lang::negotiate("de-CH, fr;q=0.9, en;q=0.8"), Some(Lang::De));
        assert_eq!(Lang::negotiate("es, nl;q=0.5, fr;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("fr;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::negotiate("*"), None);
        assert_eq!(Lang::negotiate("fr;q=abc, ;;;, de;q=2"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate(""), None);
    }
}
