//! A rendered mail, and one mail in several languages: an authority that works in several
//! reads the mail in its first language, then the same mail again in each further one, each
//! under a separator line naming its language (text) or a rule and a heading (HTML, in an
//! element with its own `lang`). The subject is in the first language only; the first
//! lines say which languages follow; `Content-Language` lists them all, the first first.

use crate::words::{Lang, Tr};
use std::fmt::Write as _;

/// A rendered mail: one-line subject, plain text, HTML, and its languages (first first).
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub languages: Vec<Lang>,
    /// The HTML body's content: addressing and joining languages work on it, and the whole
    /// document is built from it once, when the mail is sent (see [`Rendered::html`]).
    body: String,
}

impl Rendered {
    /// Template files end with a newline that askama drops; bodies keep it.
    pub(crate) fn new(lang: Lang, subject: String, text: String, body: String) -> Self {
        Self {
            subject: subject.trim().to_string(),
            text: text + "\n",
            languages: vec![lang],
            body,
        }
    }

    /// The HTML document, in the first language.
    pub fn html(&self) -> String {
        format!(
            "<!doctype html>\n<html lang=\"{}\"><body>\n{}\n</body></html>\n",
            self.languages[0].tag(),
            self.body
        )
    }

    /// This mail (in one language) under the greeting `name,`, as the first line of the text
    /// and the first paragraph of the HTML.
    pub(crate) fn addressed_to(self, name: &str) -> Rendered {
        Self {
            text: format!("{name},\n\n{}", self.text),
            body: format!("<p>{},</p>\n{}", escape(name), self.body),
            ..self
        }
    }

    /// The value of the `Content-Language` header (RFC 3282): every language, first first.
    pub fn content_language(&self) -> String {
        let tags: Vec<&str> = self.languages.iter().map(|l| l.tag()).collect();
        tags.join(", ")
    }

    /// `first` followed by the same mail in each of `others`.
    pub fn in_turn(first: Rendered, others: Vec<Rendered>) -> Rendered {
        if others.is_empty() {
            return first;
        }
        let lang = first.languages[0];
        let names: Vec<&str> = others.iter().map(|r| r.languages[0].endonym()).collect();
        let also = Tr::new(lang).t1("mail-also-below", "languages", names.join(", ").as_str());
        // Written straight into buffers sized for all parts: a mail has a few kilobytes per
        // language, copied once.
        let size = |f: fn(&Rendered) -> usize| {
            f(&first) + others.iter().map(f).sum::<usize>() + 128 * (others.len() + 1)
        };
        let mut text = String::with_capacity(size(|r| r.text.len()));
        let mut body = String::with_capacity(size(|r| r.body.len()));
        let _ = write!(text, "{also}\n\n{}", first.text);
        let _ = write!(body, "<p>{}</p>\n{}", escape(&also), first.body);
        let mut languages = first.languages;
        for other in others {
            let (name, tag) = (other.languages[0].endonym(), other.languages[0].tag());
            let _ = write!(text, "\n-------- {name} ({tag}) --------\n\n{}", other.text);
            let _ = write!(
                body,
                "\n<hr>\n<div lang=\"{tag}\">\n<p><strong>{name}</strong></p>\n{}\n</div>",
                other.body
            );
            languages.push(other.languages[0]);
        }
        Rendered {
            subject: first.subject,
            text,
            languages,
            body,
        }
    }
}

/// Text for HTML, as the templates' `{{ }}` escape it (askama's escaper).
fn escape(text: &str) -> String {
    let Ok(escaped) = askama::filters::escape(text, askama::filters::Html);
    escaped.to_string()
}

/// Template filters of the mail templates.
pub mod filters {
    use crate::words::{Lang, Tr};
    use std::fmt::Display;
    use std::sync::OnceLock;

    /// The row labels of the text tables: every language aligns its values after the
    /// longest of its labels.
    const LABELS: [&str; 9] = [
        "mail-label-reference",
        "mail-label-entity",
        "mail-label-stage",
        "mail-label-filed_at",
        "mail-label-severity",
        "mail-label-cross_border",
        "mail-label-assistance",
        "mail-label-received_at",
        "mail-label-routed_to",
    ];

    /// `Label:` padded so the values of a text table line up (at least 16 columns, the
    /// English layout); an empty label pads a continuation line.
    pub fn label(text: impl Display, _: &dyn askama::Values, tr: &Tr) -> askama::Result<String> {
        let width = width(tr.lang);
        let text = text.to_string();
        let head = match (text.is_empty(), tr.lang) {
            (true, _) => String::new(),
            // French sets a no-break space before the colon.
            (false, crate::words::Lang::Fr) => format!("{text}\u{a0}:"),
            (false, _) => format!("{text}:"),
        };
        let pad = width.saturating_sub(head.chars().count()).max(1);
        Ok(format!("{head}{}", " ".repeat(pad)))
    }

    /// The column of a language's text-table values: after its longest label (at least 16
    /// columns, the English layout). The catalogues are compiled in, so it is worked out once
    /// per language rather than from nine catalogue lookups per label.
    fn width(lang: Lang) -> usize {
        static WIDTHS: [OnceLock<usize>; 4] = [const { OnceLock::new() }; 4];
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        *WIDTHS[i].get_or_init(|| {
            let widest = LABELS
                .iter()
                .map(|id| crate::words::message(lang, id, None).map_or(0, |l| l.chars().count()))
                .max()
                .unwrap_or(0);
            (widest + 3).max(16)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The greeting is what the template wrote before it moved out: the name as typed in the
    /// text, escaped as askama escapes it in the HTML.
    #[test]
    fn a_mail_is_addressed_with_the_name_escaped_in_html_only() {
        let name = "A & B <C> 'D\"";
        let notice = Rendered::new(
            Lang::Fr,
            "Objet\n".into(),
            "Texte".into(),
            "<p>Texte</p>".into(),
        );
        let mail = notice.addressed_to(name);
        assert_eq!(mail.text, format!("{name},\n\nTexte\n"));
        let greeting = "<p>A &#38; B &#60;C&#62; &#39;D&#34;,</p>\n<p>Texte</p>";
        let document =
            format!("<!doctype html>\n<html lang=\"fr\"><body>\n{greeting}\n</body></html>\n");
        assert_eq!(mail.html(), document);
        assert_eq!(
            (mail.subject.as_str(), mail.languages),
            ("Objet", vec![Lang::Fr])
        );
    }
}
