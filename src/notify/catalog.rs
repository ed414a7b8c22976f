//! The message catalogue (`templates/messages.<lang>.toml`) and the `{{key}}` renderer of the
//! email templates under `templates/email/<kind>/`.

use std::collections::HashMap;
use std::sync::OnceLock;

type Catalog = HashMap<String, HashMap<String, String>>;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        toml::from_str(include_str!("../../templates/messages.en.toml")).unwrap_or_default()
    })
}

/// The catalogue text for `section.key`, or the key itself if it is missing.
pub fn text(section: &str, key: &str) -> String {
    catalog()
        .get(section)
        .and_then(|s| s.get(key))
        .cloned()
        .unwrap_or_else(|| key.replace('_', " "))
}

/// The catalogue text for `section.key`, or nothing.
pub fn text_or_empty(section: &str, key: &str) -> String {
    catalog()
        .get(section)
        .and_then(|s| s.get(key))
        .cloned()
        .unwrap_or_default()
}

/// One email's subject, plain-text and HTML templates.
pub struct Template {
    pub subject: &'static str,
    pub text: &'static str,
    pub html: &'static str,
}

macro_rules! template {
    ($name:literal) => {
        Template {
            subject: include_str!(concat!("../../templates/email/", $name, "/subject.txt")),
            text: include_str!(concat!("../../templates/email/", $name, "/body.txt")),
            html: include_str!(concat!("../../templates/email/", $name, "/body.html")),
        }
    };
}

pub fn template(kind: crate::storage::outbox::Kind) -> Template {
    use crate::storage::outbox::Kind as K;
    match kind {
        K::AuthorityNotification => template!("authority_notification"),
        K::ReporterAcknowledgement => template!("reporter_acknowledgement"),
        K::UnroutedAlert => template!("unrouted_alert"),
        K::DeadlineReminder => template!("deadline_reminder"),
        K::OverdueNotice => template!("overdue_notice"),
        K::ReporterUpdate => template!("reporter_update"),
    }
}

pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Replaces every `{{key}}` with `values[key]` (escaped when `html`); unknown keys become
/// empty, so a template can never leak its placeholders to a reader.
pub fn render(template: &str, values: &serde_json::Value, html: bool) -> String {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let key = after[..end].trim();
        let value = match values.get(key) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        out.push_str(&if html { escape_html(&value) } else { value });
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::outbox::Kind;

    #[test]
    fn rendering_fills_escapes_and_never_leaks_placeholders() {
        let v = serde_json::json!({"name": "<script>&", "n": 3});
        assert_eq!(
            render("Hi {{name}} {{ n }} {{missing}}!", &v, false),
            "Hi <script>& 3 !"
        );
        assert_eq!(
            render("<p>{{name}}</p>", &v, true),
            "<p>&lt;script&gt;&amp;</p>"
        );
        for kind in Kind::ALL {
            let t = template(*kind);
            for part in [t.subject, t.text, t.html] {
                assert!(!render(part, &v, true).contains("{{"), "{kind}");
            }
        }
    }

    #[test]
    fn the_catalogue_labels_every_stage() {
        for stage in crate::domain::lifecycle::Stage::ALL {
            assert_ne!(
                text("stage", stage.as_str()),
                stage.as_str().replace('_', " ") + "x"
            );
            assert!(catalog()["stage"].contains_key(stage.as_str()), "{stage}");
        }
    }
}
