//! Settings a host page gives the widget through data attributes, read without trusting them:
//! anything unknown or malformed falls back to a safe default.

/// The first of `preferences` (language tags, most wanted first) that the content has, else the
/// default (first available) language. Region subtags are ignored (`es-MX` is Spanish) and
/// matching ignores case. An embedded widget prefers its `data-lang`, then the page's `lang`; the
/// standalone page prefers `?lang=`, then the browser's languages.
pub fn choose_language<'a>(preferences: impl IntoIterator<Item = &'a str>, available: &[&str]) -> String {
    let primary = |tag: &str| tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    preferences
        .into_iter()
        .map(primary)
        .find(|code| available.contains(&code.as_str()))
        .or_else(|| available.first().map(|code| (*code).to_owned()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_available_preference_wins_then_the_default() {
        assert_eq!(choose_language(["es", "en"], &["en", "es"]), "es");
        assert_eq!(choose_language(["fr", "es-MX"], &["en", "es"]), "es");
        assert_eq!(choose_language(["de"], &["en", "es"]), "en");
        assert_eq!(choose_language(["<script>"], &["en", "es"]), "en");
        assert_eq!(choose_language([" ES "], &["en", "es"]), "es");
        assert_eq!(choose_language([], &["en", "es"]), "en");
    }
}
