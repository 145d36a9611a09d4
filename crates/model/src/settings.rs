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

/// The question a host may narrow with `data-conditions`.
pub const CONDITION_QUESTION: &str = "condition";

/// Longest clinic name shown; anything longer is cut, so a hostile value cannot flood the page.
pub const MAX_CLINIC_NAME: usize = 80;

/// What a host page configured, after checking. Every value is shown as text, never as markup.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub clinic_name: Option<String>,
    /// Only `https:`, `mailto:` or `tel:` addresses.
    pub contact_url: Option<String>,
    /// Condition option ids to offer; empty means all.
    pub conditions: Vec<String>,
}

/// Reads the widget's data attributes. `attribute` returns a raw attribute value; `known`
/// lists the condition ids the questionnaire has. Returns the settings and a warning for every
/// value that was ignored, for the host's console.
pub fn read_settings(attribute: impl Fn(&str) -> Option<String>, known: &[&str]) -> (Settings, Vec<String>) {
    let mut warnings = Vec::new();
    let clinic_name = attribute("data-clinic-name").and_then(|raw| {
        let cleaned: String = raw
            .replace(char::is_control, " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(MAX_CLINIC_NAME)
            .collect();
        (!cleaned.is_empty()).then_some(cleaned)
    });
    let contact_url = attribute("data-contact-url").and_then(|raw| match safe_contact_url(&raw) {
        Some(url) => Some(url),
        None => {
            warnings.push(format!(
                "data-contact-url {:?} was ignored: use an https:, mailto: or tel: address",
                raw.chars().take(100).collect::<String>()
            ));
            None
        }
    });
    let mut conditions = Vec::new();
    for id in attribute("data-conditions").unwrap_or_default().split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if known.contains(&id) {
            if !conditions.iter().any(|kept| kept == id) {
                conditions.push(id.to_owned());
            }
        } else {
            warnings.push(format!(
                "data-conditions: {:?} is not a condition id and was ignored (known: {})",
                id.chars().take(60).collect::<String>(),
                known.join(", ")
            ));
        }
    }
    (Settings { clinic_name, contact_url, conditions }, warnings)
}

/// The address, if it is a well-formed `https:`, `mailto:` or `tel:` one. Anything else —
/// `javascript:`, `data:`, plain `http:`, relative paths, addresses hiding control characters,
/// `https:` addresses with user info before an `@` — is refused.
pub fn safe_contact_url(raw: &str) -> Option<String> {
    let url = raw.trim();
    if url.is_empty() || url.len() > 2000 || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let allowed = match lower.split_once(':') {
        Some(("https", rest)) => rest.strip_prefix("//").is_some_and(|tail| {
            // The authority ends where the path, query or fragment starts (browsers read `\` as
            // `/`). User info (`https://clinic.example@evil.example/`) would make the link show
            // one site and open another, so any `@` there is refused.
            let authority = tail.split(['/', '\\', '?', '#']).next().unwrap_or_default();
            !authority.is_empty() && !authority.contains('@')
        }),
        Some(("mailto", rest)) => rest.contains('@') && !rest.starts_with('/'),
        Some(("tel", rest)) => !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || "+-().".contains(c)),
        _ => false,
    };
    allowed.then(|| url.to_owned())
}

/// Writing direction for a language code, for the widget's `dir` attribute. The styles use
/// logical properties throughout, so a right-to-left translation needs only its content files.
pub fn direction(language: &str) -> &'static str {
    const RIGHT_TO_LEFT: &[&str] = &["ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"];
    if RIGHT_TO_LEFT.contains(&language) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod settings_tests {
    use super::*;

    const KNOWN: &[&str] = &["osteoarthritis", "lupus", "not_sure"];

    fn read(pairs: &[(&str, &str)]) -> (Settings, Vec<String>) {
        read_settings(|name| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned()), KNOWN)
    }

    #[test]
    fn right_to_left_languages_are_known() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he"), "rtl");
        assert_eq!(direction("es"), "ltr");
        assert_eq!(direction("en"), "ltr");
    }

    #[test]
    fn contact_addresses_must_be_https_mailto_or_tel() {
        for good in [
            "https://clinic.example/contact",
            "https://clinic.example/contact?from=desk@clinic.example",
            "https://clinic.example/@team",
            "mailto:desk@clinic.example",
            "tel:+1-555-0100",
            " HTTPS://x.example ",
        ] {
            assert!(safe_contact_url(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://clinic.example",
            "//clinic.example",
            "/contact",
            "https:///path",
            "tel:call-me",
            "mailto:",
            "vbscript:msgbox",
            "https://clinic.example@evil.example/",
            "https://user:pass@evil.example/contact",
            "HTTPS://@evil.example",
            "https://clinic.example%40x@evil.example",
            "https://?query",
            "",
        ] {
            assert_eq!(safe_contact_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn unknown_conditions_are_ignored_with_a_warning_and_empty_means_all() {
        let (settings, warnings) = read(&[("data-conditions", " lupus, gout,,osteoarthritis,lupus ")]);
        assert_eq!(settings.conditions, ["lupus", "osteoarthritis"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("\"gout\""), "{warnings:?}");
        assert!(read(&[("data-conditions", "")]).0.conditions.is_empty());
        assert!(read(&[]).0.conditions.is_empty());
    }

    #[test]
    fn clinic_names_are_tidied_and_bounded_and_bad_urls_warn() {
        let long = "A".repeat(500);
        let (settings, warnings) =
            read(&[("data-clinic-name", "  Joint \n  Care  "), ("data-contact-url", "javascript:alert(1)")]);
        assert_eq!(settings.clinic_name.as_deref(), Some("Joint Care"));
        assert_eq!(settings.contact_url, None);
        assert_eq!(warnings.len(), 1);
        let (settings, _) = read(&[("data-clinic-name", &long)]);
        assert_eq!(settings.clinic_name.map(|name| name.chars().count()), Some(MAX_CLINIC_NAME));
        assert_eq!(read(&[("data-clinic-name", "   ")]).0.clinic_name, None);
    }
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
