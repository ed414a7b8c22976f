//! `Tr`, what a template holds to speak its reader's language: `{{ tr.t("<id>") }}`,
//! `{{ tr.n("<id>", total) }}` (plural by `$count`), `<html lang="{{ tr.tag() }}">` and the
//! language switcher.

use super::catalog::{message, with_args, Arg};
use super::lang::Lang;

/// A reader's language plus the page being shown (for the switcher's links back to it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
    /// Path and query of the page, for "show this page in …" links; empty in mail.
    pub here: String,
}

impl Tr {
    /// A translator for `lang` outside any page (mail, exports).
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            here: String::new(),
        }
    }

    /// A translator for a page at `here` (path and query).
    pub fn page(lang: Lang, here: impl Into<String>) -> Self {
        Self {
            lang,
            here: here.into(),
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The message `id`, or the id itself when no catalogue has it (visible, and caught by the
    /// completeness tests).
    pub fn t(&self, id: &str) -> String {
        message(self.lang, id, None).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with one placeholder `$name`.
    pub fn t1<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        with_args(self.lang, id, &[(name, value.into())])
    }

    /// The message `id` with two placeholders.
    pub fn t2<'a, 'b>(
        &self,
        id: &str,
        (n1, v1): (&str, impl Into<Arg<'a>>),
        (n2, v2): (&str, impl Into<Arg<'b>>),
    ) -> String {
        with_args(self.lang, id, &[(n1, v1.into()), (n2, v2.into())])
    }

    /// The message `id` for a count `$count`: the catalogue picks the plural form.
    pub fn n(&self, id: &str, count: impl Into<Arg<'static>>) -> String {
        with_args(self.lang, id, &[("count", count.into())])
    }

    /// The other languages, each with the link that shows this page in it.
    pub fn switches(&self) -> Vec<(Lang, String)> {
        let next = url_encode(if self.here.is_empty() {
            "/"
        } else {
            &self.here
        });
        Lang::ALL
            .iter()
            .filter(|l| **l != self.lang)
            .map(|l| (*l, format!("/language/{}?next={next}", l.tag())))
            .collect()
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986 §2.3).
fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
