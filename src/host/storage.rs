//! The device's local storage, used only after the visitor ticks "Remember my answers on this
//! device". Browsers may refuse storage (private modes, sandboxed frames); then nothing is kept
//! and nothing breaks.

use web_sys::Storage;

use super::json;
use crate::core::questionnaire::Questionnaire;
use crate::core::saved::{decode, Saved, StoreRequest};

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

pub fn apply(request: &StoreRequest) {
    let Some(storage) = local_storage() else { return };
    let _ = match request {
        StoreRequest::Save(text) => storage.set_item(KEY, text),
        StoreRequest::Forget => storage.remove_item(KEY),
    };
}
