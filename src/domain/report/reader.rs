//! Reads one registry field out of the raw report: the field's name, limits and code list come
//! from the registry ([`super::fields`]), the checks from [`Checker`].

use super::fields::{CodeList, Field, Item, Kind};
use super::input::ReportInput;
use crate::domain::ioc;
use crate::domain::member_state::MemberState;
use crate::domain::validation::{Checker, Msg, TEXT_MAX};
use serde_json::{Map, Value};
use uuid::Uuid;

/// Longest list accepted for any list field.
pub(super) const LIST_MAX: usize = 500;

/// The raw report by field name, and the checker collecting every error.
pub(super) struct Reader {
    pub c: Checker,
    raw: Map<String, Value>,
}

pub(super) fn parse_uuid(v: &str) -> Result<Uuid, Msg> {
    Uuid::parse_str(v).map_err(|_| Msg::t("api-field-uuid"))
}

impl Reader {
    /// Reads `input`, or `fields` where the caller already has it by field name.
    pub fn new(input: &ReportInput, fields: Option<Map<String, Value>>) -> Reader {
        let raw = fields.unwrap_or_else(|| match serde_json::to_value(input) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        });
        Reader {
            c: Checker::new("report"),
            raw,
        }
    }

    /// The field's raw text, if sent.
    pub fn raw(&self, f: &Field) -> Option<&str> {
        self.raw.get(f.name).and_then(Value::as_str)
    }

    /// Text of the field's limits; single-line kinds refuse line breaks (spec §2.8).
    pub fn text(&mut self, f: &Field) -> Option<String> {
        let (min, max) = limits(f);
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        match f.kind {
            Kind::Line { .. } => self.c.line(f.name, raw, min, max),
            _ => self.c.text(f.name, raw, min, max),
        }
    }

    pub fn code<T: std::str::FromStr>(&mut self, f: &Field) -> Option<T>
    where
        T::Err: Into<Msg>,
    {
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        self.c.code(f.name, raw)
    }

    pub fn datetime(&mut self, f: &Field) -> Option<chrono::DateTime<chrono::Utc>> {
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        self.c.datetime(f.name, raw)
    }

    pub fn boolean(&mut self, f: &Field) -> Option<bool> {
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        self.c.boolean(f.name, raw)
    }

    pub fn count(&mut self, f: &Field) -> Option<u64> {
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        self.c.count(f.name, raw)
    }

    pub fn euros(&mut self, f: &Field) -> Option<String> {
        let raw = self.raw.get(f.name).and_then(Value::as_str);
        self.c.euros(f.name, raw)
    }

    pub fn uuid(&mut self, f: &Field) -> Option<Uuid> {
        let raw = self.raw.get(f.name).and_then(Value::as_str)?;
        self.c.check(f.name, parse_uuid(raw.trim()))
    }

    /// A list field, each non-blank entry read by `item` under `name[i]`.
    fn list<T>(
        &mut self,
        f: &Field,
        mut item: impl FnMut(&mut Checker, &str, &str) -> Option<T>,
    ) -> Vec<T> {
        let items: Vec<String> = match self.raw.get(f.name) {
            Some(Value::Array(a)) => a
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect(),
            _ => Vec::new(),
        };
        read_list(&mut self.c, f.name, &items, &mut item)
    }

    /// A list of codes of the field's code list.
    pub fn codes<T: std::str::FromStr>(&mut self, f: &Field) -> Vec<T>
    where
        T::Err: Into<Msg>,
    {
        self.list(f, |c, path, v| c.check(path, v.parse::<T>()))
    }

    /// A list of member states.
    pub fn member_states(&mut self, f: &Field) -> Vec<MemberState> {
        debug_assert!(matches!(f.kind, Kind::Codes(CodeList::MemberState)));
        self.list(f, |c, path, v| c.check(path, MemberState::parse(v)))
    }

    /// A list of NIS2 sectors, refused in the reader's words with the codes to choose from.
    pub fn sectors(&mut self, f: &Field) -> Vec<crate::domain::names::Sector> {
        self.list(f, |c, path, v| {
            let one_of = |_| {
                let codes = crate::domain::sector::sectors().join(", ");
                Msg::t1("api-field-one-of", "codes", codes)
            };
            c.check(path, crate::domain::names::Sector::parse(v).map_err(one_of))
        })
    }

    /// A list of short strings, each checked as the field's [`Item`] says.
    pub fn items(&mut self, f: &Field) -> Vec<String> {
        let item = match f.kind {
            Kind::List(item) => item,
            _ => Item::Service,
        };
        self.list(f, |c, path, v| c.check(path, check_item(item, v)))
    }

    /// A list of UUIDs.
    pub fn uuids(&mut self, f: &Field) -> Vec<Uuid> {
        self.list(f, |c, path, v| c.check(path, parse_uuid(v)))
    }
}

/// The length limits of a text field (any text, for other kinds).
pub(super) fn limits(f: &Field) -> (usize, usize) {
    match f.kind {
        Kind::Line { min, max } | Kind::Text { min, max } => (min, max),
        _ => (1, TEXT_MAX),
    }
}

/// Reads `items` under `name[i]`, skipping blank ones and refusing over-long lists.
pub(super) fn read_list<T>(
    c: &mut Checker,
    name: &str,
    items: &[String],
    item: &mut impl FnMut(&mut Checker, &str, &str) -> Option<T>,
) -> Vec<T> {
    if items.len() > LIST_MAX {
        c.fail(name, Msg::t1("api-field-list-max", "max", LIST_MAX));
        return Vec::new();
    }
    items
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.trim().is_empty())
        .filter_map(|(i, v)| item(c, &format!("{name}[{i}]"), v.trim()))
        .collect()
}

/// Checks one entry of a list of short strings.
fn check_item(item: Item, v: &str) -> Result<String, Msg> {
    let ok = match item {
        Item::Service => v.chars().count() <= 200 && !v.chars().any(char::is_control),
        Item::Criterion => {
            v.len() <= 40
                && v.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        }
        Item::Cve => ioc::is_cve(v),
        Item::AttackTechnique => is_attack_technique(v),
        Item::Uuid => Uuid::parse_str(v).is_ok(),
        Item::ProductId => super::identifiers::is_product_id(v),
    };
    if ok {
        Ok(v.to_string())
    } else {
        Err(item_message(item))
    }
}

fn item_message(item: Item) -> Msg {
    match item {
        Item::Service => Msg::t("api-item-service"),
        Item::Criterion => Msg::t("api-item-criterion"),
        Item::Cve => Msg::t("api-item-cve"),
        Item::AttackTechnique => Msg::t("api-item-attack-technique"),
        Item::Uuid => Msg::t("api-field-uuid"),
        Item::ProductId => Msg::t("api-item-product-id"),
    }
}

fn is_attack_technique(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('T') else {
        return false;
    };
    let (main, sub) = rest
        .split_once('.')
        .map_or((rest, None), |(m, s)| (m, Some(s)));
    main.len() == 4
        && main.bytes().all(|b| b.is_ascii_digit())
        && sub.is_none_or(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
}
