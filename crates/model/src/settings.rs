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
    /// What the clinic declared it sells (`data-clinic-sells`); `None` when it did not say.
    pub clinic_sells: Option<ClinicSells>,
    /// Whether the browser can share a file (the Web Share API): set by the web shell at mount,
    /// never read from an attribute. It adds "Share" beside "Save a copy".
    pub can_share_files: bool,
}

/// The treatments a clinic declares it sells. Both `false` is the clinic's declaration that it
/// sells none of them, which is not the same as saying nothing (`Settings::clinic_sells` `None`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClinicSells {
    pub stem_cells: bool,
    pub prp: bool,
}

impl ClinicSells {
    /// Whether the clinic declared that it sells none of these treatments.
    pub fn is_none(&self) -> bool {
        !self.stem_cells && !self.prp
    }
}

/// The values `data-clinic-sells` takes, comma-separated.
pub const CLINIC_SELLS_VALUES: &[&str] = &["stem_cells", "prp", "none"];

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
    for id in comma_list(&attribute("data-conditions").unwrap_or_default()) {
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
    let clinic_sells = attribute("data-clinic-sells").and_then(|raw| read_clinic_sells(&raw, &mut warnings));
    (Settings { clinic_name, contact_url, conditions, clinic_sells, can_share_files: false }, warnings)
}

/// The non-empty items of a comma-separated attribute, trimmed (one iterator type for every
/// list attribute, so the widget carries its code once).
fn comma_list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|item| !item.is_empty())
}

/// `data-clinic-sells`: `stem_cells`, `prp` or `none`, comma-separated, in any case and with any
/// spaces; repeats count once. Unknown values are ignored with a warning. `none` beside a
/// treatment contradicts it: the treatment is kept and `none` ignored with a warning, because a
/// visitor is better told about an interest the clinic may not have than not told about one it
/// has. Nothing recognised (an empty value, or only unknown ones) is the same as no attribute.
fn read_clinic_sells(raw: &str, warnings: &mut Vec<String>) -> Option<ClinicSells> {
    let mut sells = ClinicSells::default();
    let mut declared_none = false;
    for value in comma_list(raw) {
        let is = |known: &str| value.eq_ignore_ascii_case(known);
        if is("stem_cells") {
            sells.stem_cells = true;
        } else if is("prp") {
            sells.prp = true;
        } else if is("none") {
            declared_none = true;
        } else {
            warnings.push(format!(
                "data-clinic-sells: {:?} is not a treatment id and was ignored (known: {})",
                value.chars().take(60).collect::<String>(),
                CLINIC_SELLS_VALUES.join(", ")
            ));
        }
    }
    if declared_none && !sells.is_none() {
        warnings.push(
            "data-clinic-sells: \"none\" was ignored: the value also lists treatments the clinic sells".to_owned(),
        );
    }
    (declared_none || !sells.is_none()).then_some(sells)
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

    fn sells(raw: &str) -> (Option<ClinicSells>, Vec<String>) {
        let (settings, warnings) = read(&[("data-clinic-sells", raw)]);
        (settings.clinic_sells, warnings)
    }

    const PRP: ClinicSells = ClinicSells { stem_cells: false, prp: true };
    const STEM_CELLS: ClinicSells = ClinicSells { stem_cells: true, prp: false };
    const BOTH: ClinicSells = ClinicSells { stem_cells: true, prp: true };
    const NONE: ClinicSells = ClinicSells { stem_cells: false, prp: false };

    #[test]
    fn what_a_clinic_sells_is_read_whatever_the_spaces_case_and_repeats() {
        assert_eq!(sells("prp"), (Some(PRP), vec![]));
        assert_eq!(sells("stem_cells"), (Some(STEM_CELLS), vec![]));
        assert_eq!(sells(" Stem_Cells ,\tPRP "), (Some(BOTH), vec![]));
        assert_eq!(sells("prp,PRP, prp,,"), (Some(PRP), vec![]));
        assert_eq!(sells("prp,stem_cells"), sells("stem_cells,prp"));
        assert_eq!(sells("NONE"), (Some(NONE), vec![]));
        assert_eq!(sells("none, none"), (Some(NONE), vec![]));
        assert!(NONE.is_none() && !PRP.is_none());
    }

    #[test]
    fn a_clinic_that_says_nothing_keeps_the_general_sentence() {
        assert_eq!(sells(""), (None, vec![]));
        assert_eq!(sells(" , "), (None, vec![]));
        assert_eq!(read(&[]).0.clinic_sells, None);
    }

    #[test]
    fn unknown_treatments_are_ignored_with_a_warning() {
        let (found, warnings) = sells("prp, massage");
        assert_eq!(found, Some(PRP));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("data-clinic-sells: \"massage\""), "{warnings:?}");
        assert!(warnings[0].contains("stem_cells, prp, none"), "the warning lists the known values: {warnings:?}");
        // Only unknown values: as if the attribute were missing, with one warning each.
        let (found, warnings) = sells("stem-cells, <b>surgery</b>");
        assert_eq!(found, None);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[1].contains("<b>surgery</b>"), "{warnings:?}");
        assert!(sells(&"x".repeat(500)).1[0].len() < 200, "a long value is cut in the warning");
    }

    #[test]
    fn none_beside_a_treatment_is_ignored_with_a_warning_and_the_treatment_kept() {
        for raw in ["none,prp", "prp, None", "none,prp,none"] {
            let (found, warnings) = sells(raw);
            assert_eq!(found, Some(PRP), "{raw}");
            assert_eq!(warnings.len(), 1, "{raw}: {warnings:?}");
            assert!(warnings[0].contains("\"none\" was ignored"), "{warnings:?}");
        }
        assert_eq!(sells("stem_cells,none,prp").0, Some(BOTH));
        // An unknown value beside `none` is no contradiction.
        let (found, warnings) = sells("none, herbs");
        assert_eq!(found, Some(NONE));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
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
