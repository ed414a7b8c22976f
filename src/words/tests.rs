//! Completeness of the catalogues: every file parses, every language has exactly English's
//! messages with the same placeholders, every message a page, mail or error names exists, and
//! no area file keeps a message nothing names.

use super::catalog::sources;
use super::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// Message id to its placeholder names, read from a Fluent source.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if starts_message {
            let id = line.split('=').next().unwrap_or("").trim().to_string();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = None;
            }
            continue;
        }
        if let Some(id) = &current {
            let vars = line.split('$').skip(1).map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect::<String>()
            });
            out.entry(id.clone()).or_default().extend(vars);
        }
    }
    out
}

fn all_messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    sources(lang)
        .iter()
        .flat_map(|(_, t)| messages(t))
        .collect()
}

#[test]
fn every_file_parses_without_error_or_duplicate() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (area, text) in sources(*lang) {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
                panic!("{}/{area}.ftl does not parse: {errors:?}", lang.tag());
            }
            // Line by line: a message defined twice in one file counts twice (Fluent keeps
            // the first and logs the second at every start).
            let ids = text
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .map(|l| l.split('=').next().unwrap_or("").trim().to_string());
            for id in ids {
                assert!(seen.insert(id.clone()), "{}/{area}: {id} twice", lang.tag());
            }
        }
    }
}

#[test]
fn every_language_has_englishs_messages_with_the_same_placeholders() {
    let english = all_messages(Lang::En);
    for lang in &Lang::ALL[1..] {
        let other = all_messages(*lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{} has unused {extra:?}", lang.tag());
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{}: placeholders of {id}", lang.tag());
        }
    }
}

/// Every file under `dir` with one of `exts`, concatenated.
fn read_tree(dir: &std::path::Path, exts: &[&str], out: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_tree(&path, exts, out);
        } else if path
            .extension()
            .is_some_and(|e| exts.iter().any(|x| e == *x))
        {
            out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

/// Ids quoted as the first argument of `Tr` calls: `.t(`, `.t1(`, `.t2(`, `.n(`, and of the
/// domain's field-error messages: `Msg::t(`, `Msg::t1(`, `Msg::t2(` (the id may wrap onto the
/// next line).
fn used_ids(code: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for marker in [".t(\"", ".t1(\"", ".t2(\"", ".n(\""] {
        for rest in code.split(marker).skip(1) {
            if let Some(id) = rest.split('"').next() {
                ids.insert(id.to_string());
            }
        }
    }
    for marker in ["Msg::t(", "Msg::t1(", "Msg::t2("] {
        for rest in code.split(marker).skip(1) {
            if let Some(quoted) = rest.trim_start().strip_prefix('"') {
                ids.insert(quoted.split('"').next().unwrap_or("").to_string());
            }
        }
    }
    ids
}

#[test]
fn every_named_message_exists_and_every_area_message_is_named() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    read_tree(&root.join("src"), &["rs"], &mut code);
    read_tree(&root.join("templates"), &["html", "txt"], &mut code);
    let used = used_ids(&code);
    let english = all_messages(Lang::En);
    let unknown: Vec<_> = used
        .iter()
        .filter(|id| id.contains('-') && !english.contains_key(*id))
        .collect();
    assert!(unknown.is_empty(), "no catalogue has {unknown:?}");
    // The converted `catalogue` file is read by (section, key) computed at run time; the area
    // files are named literally.
    for (area, text) in sources(Lang::En).iter().filter(|(a, _)| *a != "catalogue") {
        for id in messages(text).into_keys() {
            assert!(used.contains(&id), "{area}.ftl: {id} is never used");
        }
    }
}

#[test]
fn placeholders_and_plurals_are_filled_by_fluent() {
    let fr = super::with_args(
        Lang::En,
        "page-draft_quota",
        &[("limit", 5.into()), ("days", 30.into())],
    );
    assert!(fr.contains("keeps 5 unfinished drafts"), "{fr}");
    assert!(fr.contains("deleted 30 days"), "{fr}");
}

#[test]
fn every_audit_action_has_words_in_every_language() {
    use crate::domain::audit::AuditAction;
    for lang in Lang::ALL {
        for (_, code) in AuditAction::FIXED {
            let id = super::catalog::id("audit", code);
            assert!(
                super::catalog::message(*lang, &id, None).is_some(),
                "{}: {id} missing",
                lang.tag()
            );
        }
    }
}
