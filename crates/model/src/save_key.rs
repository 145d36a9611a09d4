//! Where one widget keeps its saved answers on the device. Each widget on a page gets its own
//! storage key, so two widgets never share a save and "Forget my answers" in one never deletes
//! the other's. The key is derived from what the host configured (the questionnaire, the
//! conditions offered, the clinic name); a host may name it instead with `data-save-key`.

use crate::fnv::Fnv;
use crate::settings::Settings;

/// Every key this widget writes starts with this, so it never touches the host's own storage.
pub const PREFIX: &str = "intake-widget:answers:";
/// Longest `data-save-key` accepted.
pub const MAX_SAVE_KEY: usize = 64;

/// The storage key for a widget with this questionnaire id and these settings. The same
/// configuration always gives the same key; the order in which conditions were listed does not
/// matter, since the same conditions are offered either way.
pub fn derived(questionnaire_id: &str, settings: &Settings) -> String {
    let mut conditions: Vec<&str> = settings.conditions.iter().map(String::as_str).collect();
    conditions.sort_unstable();
    conditions.dedup();
    let mut hash = Fnv::new();
    // Every part is length-prefixed, so no choice of values can make two configurations collide
    // by shifting text from one part to the next.
    hash.part(questionnaire_id);
    hash.part(&conditions.len().to_string());
    for condition in conditions {
        hash.part(condition);
    }
    hash.part(settings.clinic_name.as_deref().unwrap_or(""));
    format!("{PREFIX}{:016x}", hash.finish())
}

/// The host's `data-save-key`, if it is short and plain: 1 to [`MAX_SAVE_KEY`] ASCII letters,
/// digits, `-`, `_` or `.`, after trimming spaces. Anything else is refused with the reason, for
/// the host's console.
pub fn check_override(raw: &str) -> Result<String, String> {
    let value = raw.trim();
    let shown: String = raw.chars().take(80).collect();
    if value.is_empty() {
        return Err(format!("data-save-key {shown:?} was ignored: it is empty"));
    }
    if value.len() > MAX_SAVE_KEY {
        return Err(format!("data-save-key {shown:?} was ignored: use at most {MAX_SAVE_KEY} characters"));
    }
    if !value.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        return Err(format!("data-save-key {shown:?} was ignored: use only letters a-z, digits, '-', '_' and '.'"));
    }
    Ok(format!("{PREFIX}key:{value}"))
}

/// The key one widget saves under: the host's valid `data-save-key`, else the derived one. The
/// second value is a warning for the console when a `data-save-key` was given but refused.
pub fn save_key(questionnaire_id: &str, settings: &Settings, host_key: Option<&str>) -> (String, Option<String>) {
    match host_key.map(check_override) {
        Some(Ok(key)) => (key, None),
        Some(Err(warning)) => (derived(questionnaire_id, settings), Some(warning)),
        None => (derived(questionnaire_id, settings), None),
    }
}
