//! The device's local storage. The model asks for it only after the visitor ticks "Remember my
//! answers on this device" (`Effect::Store`), and to wipe it (`Effect::Forget`). Each widget uses
//! its own key (`joint_intake_model::save_key`), so widgets on one page never share a save.
//! Browsers may refuse storage (private modes, sandboxed frames, a full quota): reading then
//! finds nothing, and a refused save is reported so the visitor can be told.

use joint_intake_model::questionnaire::Questionnaire;
use joint_intake_model::saved::{decode, Saved};
use web_sys::Storage;

use crate::json;

fn local_storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Saved answers for this questionnaire under `key`, if any. Unreadable or outdated data is
/// removed quietly.
pub fn load(key: &str, questionnaire: &Questionnaire) -> Option<Saved> {
    let storage = local_storage()?;
    let text = storage.get_item(key).ok().flatten()?;
    let saved = decode(questionnaire, &text, json::parse);
    if saved.is_none() {
        let _ = storage.remove_item(key);
    }
    saved
}

/// Why a save was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser gives no storage here (blocked: `SecurityError`, or none at all).
    Unavailable,
    /// Storage refused the text (`QuotaExceededError` and the like).
    Refused,
}

/// Keeps `text` under `key`, replacing any earlier save.
pub fn save(key: &str, text: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, text).map_err(|_| SaveError::Refused)
}

/// Removes the save under `key` only; other widgets' saves stay.
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
