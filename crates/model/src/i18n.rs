//! Interface text for one language: a flat map from keys such as `q.condition.title` to text,
//! with `{name}` placeholders filled at render time.

use crate::sorted_map::SortedMap;

/// Shown in place of text a language file lacks.
pub const MISSING: &str = "[missing text]";

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct Strings(SortedMap<String>);

impl Strings {
    pub fn new(map: SortedMap<String>) -> Self {
        Self(map)
    }

    /// The text for `key`. Content validation guarantees every key the views use exists, so the
    /// fallback only shows if that guarantee is broken: visibly, never as a panic.
    pub fn get(&self, key: &str) -> &str {
        self.0.get(key).map_or(MISSING, String::as_str)
    }

    pub fn find(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill(self.get(key), values)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys()
    }
}

pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The `{name}` placeholders in a text, sorted, for checking translations against each other.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_shows_missing_keys_as_themselves() {
        let strings = Strings::new([("progress".to_owned(), "Step {current} of {total}".to_owned())].into());
        assert_eq!(strings.fill("progress", &[("current", "2"), ("total", "6")]), "Step 2 of 6");
        assert_eq!(strings.get("absent.key"), MISSING);
    }

    #[test]
    fn finds_placeholders() {
        assert_eq!(placeholders("{b} and {a}, {a} again; {Not one} {}"), ["a", "b"]);
    }
}
