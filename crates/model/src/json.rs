//! The JSON the widget writes: the `intake:complete` detail, the FHIR resources and the saved
//! answers. Writing JSON takes a few lines; reading it back (only saved answers are ever read) is
//! left to the browser's own `JSON.parse`, whose result the host turns into a [`Json`]. So the
//! widget carries no JSON library: serde_json is used only at build time and in the tests.
//! Measured when this replaced serde_json in the widget: the release wasm went from 192 kB to
//! 178 kB gzipped.
//!
//! Objects keep their keys in the order they were built, so a FHIR resource starts with its
//! `resourceType`, as FHIR's own examples do.

use std::fmt::{self, Write};

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Whole numbers only: the widget writes and reads nothing else (a format number, a limit).
    Number(i64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Self {
        Json::Object(fields.into_iter().map(|(key, value)| (key.to_owned(), value)).collect())
    }

    /// Sets `key` on an object, replacing an earlier value; does nothing to other values.
    pub fn insert(&mut self, key: &str, value: Json) {
        if let Json::Object(fields) = self {
            match fields.iter_mut().find(|(existing, _)| existing == key) {
                Some((_, slot)) => *slot = value,
                None => fields.push((key.to_owned(), value)),
            }
        }
    }

    /// Sets `key` right after the field `after` (at the end without it), replacing an earlier
    /// value: FHIR resources read best with their fields in the specification's order.
    pub fn insert_after(&mut self, after: &str, key: &str, value: Json) {
        if let Json::Object(fields) = self {
            fields.retain(|(existing, _)| existing != key);
            let at = fields.iter().position(|(existing, _)| existing == after).map_or(fields.len(), |index| index + 1);
            fields.insert(at, (key.to_owned(), value));
        }
    }

    /// The value of `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.fields()?.iter().find(|(existing, _)| existing == key).map(|(_, value)| value)
    }

    pub fn fields(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(number) => Some(*number),
            _ => None,
        }
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Self {
        Json::String(text.to_owned())
    }
}

impl From<&String> for Json {
    fn from(text: &String) -> Self {
        Json::String(text.clone())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Self {
        Json::String(text)
    }
}

impl From<bool> for Json {
    fn from(value: bool) -> Self {
        Json::Bool(value)
    }
}

impl From<i64> for Json {
    fn from(number: i64) -> Self {
        Json::Number(number)
    }
}

impl From<Vec<Json>> for Json {
    fn from(items: Vec<Json>) -> Self {
        Json::Array(items)
    }
}

/// Compact JSON text, as `JSON.parse` and every JSON reader accept it.
impl fmt::Display for Json {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => out.write_str("null"),
            Json::Bool(value) => out.write_str(if *value { "true" } else { "false" }),
            Json::Number(number) => write!(out, "{number}"),
            Json::String(text) => write_string(out, text),
            Json::Array(items) => {
                out.write_char('[')?;
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.write_char(',')?;
                    }
                    item.fmt(out)?;
                }
                out.write_char(']')
            }
            Json::Object(fields) => {
                out.write_char('{')?;
                for (index, (key, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.write_char(',')?;
                    }
                    write_string(out, key)?;
                    out.write_char(':')?;
                    value.fmt(out)?;
                }
                out.write_char('}')
            }
        }
    }
}

/// A JSON string: quotes, backslashes and control characters escaped; everything else as is.
fn write_string(out: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    out.write_char('"')?;
    let mut plain_from = 0;
    for (at, character) in text.char_indices() {
        let escaped = match character {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            control if control < ' ' => "",
            _ => continue,
        };
        out.write_str(&text[plain_from..at])?;
        if escaped.is_empty() {
            write!(out, "\\u{:04x}", u32::from(character))?;
        } else {
            out.write_str(escaped)?;
        }
        plain_from = at + character.len_utf8();
    }
    out.write_str(&text[plain_from..])?;
    out.write_char('"')
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn writes_compact_json_in_the_order_built() {
        let mut value = Json::object([
            ("resourceType", "QuestionnaireResponse".into()),
            ("answer", vec![Json::Null, true.into(), Json::Number(-12)].into()),
        ]);
        value.insert("status", "completed".into());
        value.insert("answer", Json::Array(Vec::new()));
        assert_eq!(value.to_string(), r#"{"resourceType":"QuestionnaireResponse","answer":[],"status":"completed"}"#);
        assert_eq!(value.get("status").and_then(Json::as_str), Some("completed"));
        assert_eq!(value.get("absent"), None);
    }

    #[test]
    fn insert_after_places_a_field_after_another_once() {
        let mut value = Json::object([("a", Json::Number(1)), ("b", Json::Number(2)), ("c", Json::Number(3))]);
        value.insert_after("a", "c", Json::Number(4));
        assert_eq!(value.to_string(), r#"{"a":1,"c":4,"b":2}"#);
        value.insert_after("absent", "d", Json::Number(5));
        assert_eq!(value.to_string(), r#"{"a":1,"c":4,"b":2,"d":5}"#);
    }

    #[test]
    fn escapes_what_json_requires_and_keeps_the_rest() {
        let text = "say \"no\" \\ to\nme\t\u{1}, ¿sí? 🦴 </script>";
        assert_eq!(Json::from(text).to_string(), r#""say \"no\" \\ to\nme\t\u0001, ¿sí? 🦴 </script>""#,);
    }
}
