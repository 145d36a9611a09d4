//! The device's local storage. The model asks for it only after the visitor ticks "Remember my
//! answers on this device" (`Effect::Store`), and to wipe it (`Effect::Forget`). Browsers may
//! refuse storage (private modes, sandboxed frames); then nothing is kept and nothing breaks.

use joint_intake_model::questionnaire::Questionnaire;
use joint_intake_model::saved::{decode, Saved};
use web_sys::Storage;

use crate::json;

const KEY: &str = "intake-widget:answers";

fn local_storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Saved answers for this questionnaire, if any. Unreadable or outdated data is removed quietly.
pub fn load(questionnaire: &Questionnaire) -> Option<Saved> {
    let storage = local_storage()?;
    let text = storage.get_item(KEY).ok().flatten()?;
    let saved = decode(questionnaire, &text, json::parse);
    if saved.is_none() {
        let _ = storage.remove_item(KEY);
    }
    saved
}

pub fn save(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(KEY, text);
    }
}

pub fn forget() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
