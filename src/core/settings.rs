//! Settings a host page gives the widget through data attributes, read without trusting them:
//! anything unknown or malformed falls back to a safe default.

/// The language to show: the widget's `data-lang`, else the page's `lang`, else the default.
/// Region subtags are ignored (`es-MX` is Spanish); matching ignores case.
pub fn choose_language(attribute: Option<&str>, page: Option<&str>, available: &[&str]) -> String {
    let primary = |tag: &str| {
        tag.trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    [attribute, page]
        .into_iter()
        .flatten()
        .map(primary)
        .find(|code| available.contains(&code.as_str()))
        .or_else(|| available.first().map(|code| (*code).to_owned()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_wins_then_the_page_then_the_default() {
        assert_eq!(choose_language(Some("es"), Some("en"), &["en", "es"]), "es");
        assert_eq!(
            choose_language(Some("fr"), Some("es-MX"), &["en", "es"]),
            "es"
        );
        assert_eq!(choose_language(None, Some("de"), &["en", "es"]), "en");
        assert_eq!(choose_language(Some("<script>"), None, &["en", "es"]), "en");
        assert_eq!(choose_language(Some(" ES "), None, &["en", "es"]), "es");
    }
}
