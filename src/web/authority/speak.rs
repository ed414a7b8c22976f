//! The workspace's words in its user's language: the translator of a staff page, words for
//! codes from the catalogue (`text_in`), times in a case's zone with UTC beside them, spans of
//! time, and the language a new account starts with.

use super::Staff;
use crate::domain::routing::RoutingTable;
use crate::domain::staff::StaffRole;
use crate::words::{local_in, text_in, utc, Lang, Tr};
use actix_web::HttpRequest;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The translator of a workspace page: the signed-in user's language, the page's address.
pub fn tr_of(req: &HttpRequest, staff: &Staff) -> Tr {
    let here = req.uri().path_and_query().map_or_else(
        || "/authority/queue".to_string(),
        |p| p.as_str().to_string(),
    );
    Tr::page(staff.user.language, here)
}

/// A staff role in words.
pub fn role(tr: &Tr, role: StaffRole) -> String {
    match role {
        StaffRole::Admin => tr.t("staff-role-admin"),
        StaffRole::Reviewer => tr.t("staff-role-reviewer"),
        StaffRole::Observer => tr.t("staff-role-observer"),
    }
}

/// The catalogue's words for a code (`code-<code>`), first letter capitalised.
pub fn words(lang: Lang, code: &str) -> String {
    capitalised(&text_in(lang, "code", code).replace('-', " "))
}

/// A text with its first letter capitalised.
pub fn capitalised(t: &str) -> String {
    let mut chars = t.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A time in the case's zone, the language's way, with UTC beside it.
pub fn when(lang: Lang, t: DateTime<Utc>, tz: Tz) -> String {
    format!("{} ({})", local_in(lang, t, tz), utc(t))
}

/// A span of minutes: "3 h 20 min", "2 d 4 h", in the language's units.
pub fn span(tr: &Tr, minutes: i64) -> String {
    let m = minutes.abs();
    let (d, h, min) = (m / 1440, m % 1440 / 60, m % 60);
    match (d, h) {
        (0, 0) => tr.t1("staff-span-minutes", "minutes", min),
        (0, _) => tr.t2("staff-span-hours", ("hours", h), ("minutes", min)),
        _ => tr.t2("staff-span-days", ("days", d), ("hours", h)),
    }
}

/// The language an authority's new account starts with: the authority's first language in
/// the routing table that the service speaks, else English.
pub fn first_language(routing: &RoutingTable, authority: &str) -> Lang {
    routing
        .authorities
        .iter()
        .find(|a| a.code == authority)
        .and_then(|a| a.languages.iter().find_map(|t| Lang::from_tag(t)))
        .unwrap_or_default()
}

/// A language chosen in a form: exactly one of the tags offered (`en`, `fr`, `de`, `nl`).
pub fn chosen_language(raw: &str) -> Option<Lang> {
    Lang::ALL.iter().copied().find(|l| l.tag() == raw.trim())
}

/// A workspace action (as named in its address) in words, for "done" and "not done" notices.
pub fn action_words(tr: &Tr, name: &str) -> String {
    match name {
        "feedback" => tr.t("staff-action-feedback"),
        "message" => tr.t("staff-action-message"),
        "note" => tr.t("staff-action-note"),
        "request" => tr.t("staff-action-request"),
        "review" => tr.t("staff-action-review"),
        "assign" => tr.t("staff-action-assign"),
        "close" => tr.t("staff-action-close"),
        "waive" => tr.t("staff-action-waive"),
        "reopen" => tr.t("staff-action-reopen"),
        "public-awareness" => tr.t("staff-action-public-awareness"),
        "share-package" => tr.t("staff-action-share-package"),
        "revoke-package" => tr.t("staff-action-revoke-package"),
        "delay-dissemination" => tr.t("staff-action-delay-dissemination"),
        other => other.replace('-', " "),
    }
}

/// Why an action was not done, in the user's words: each invalid field with its message (a
/// coded field by its choices, as the action forms offer them), else the refusal's detail.
pub fn refusal(tr: &Tr, e: &crate::app::AppError) -> String {
    match e {
        crate::app::AppError::Validation(f) => f
            .list()
            .iter()
            .map(|x| {
                let m = crate::web::forms::render::choice_message(tr.lang, x)
                    .unwrap_or_else(|| crate::words::field_message(tr.lang, x));
                format!("{}: {m}", x.field.replace('_', " "))
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.detail(tr),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::lifecycle::Stage;
    use crate::storage::outbox::{Kind, Status};
    use crate::words::{text_or_empty_in, Lang};

    /// The workspace names every stage (the sibling regimes' too) and every kind and state of
    /// mail in each language's own words, never the code with its underscores spaced out.
    #[test]
    fn every_stage_and_mail_kind_has_words_in_every_language() {
        for &lang in Lang::ALL {
            for s in Stage::ALL {
                assert_ne!(
                    text_or_empty_in(lang, "stage", s.as_str()),
                    "",
                    "{lang:?} {s}"
                );
            }
            let kinds = Kind::ALL.iter().map(|k| k.as_str());
            for code in kinds.chain(Status::ALL.iter().map(|s| s.as_str())) {
                assert_ne!(text_or_empty_in(lang, "code", code), "", "{lang:?} {code}");
            }
        }
    }
}
