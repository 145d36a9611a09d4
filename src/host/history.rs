//! Browser history and address for the standalone page: each step is a history entry, so the
//! browser's Back and Forward buttons move between steps and keep the answers, and the language
//! is kept in `?lang=`. Embedded widgets leave the host page's history and address alone.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::flow::Action;

const STATE_KEY: &str = "intakeStep";
pub const LANGUAGE_PARAMETER: &str = "lang";

fn step_in(state: &JsValue) -> Option<String> {
    js_sys::Reflect::get(state, &JsValue::from_str(STATE_KEY)).ok()?.as_string()
}

fn entry_for(step: &str) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(STATE_KEY), &JsValue::from_str(step));
    state.into()
}

#[hook]
pub fn use_browser_history(enabled: bool, step: String, moves: u32, on_action: Callback<Action>) {
    // Set while a step change comes from the browser's own Back/Forward, which must not push.
    let popped = use_memo((), |_| Rc::new(Cell::new(false)));
    let first_run = use_memo((), |_| Cell::new(true));
    {
        let popped = Rc::clone(&popped);
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                    let state = js_sys::Reflect::get(event, &JsValue::from_str("state")).unwrap_or(JsValue::NULL);
                    if let Some(step) = step_in(&state) {
                        popped.set(true);
                        on_action.emit(Action::GoTo { step });
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(moves, move |_| {
        let first = first_run.replace(false);
        if !enabled {
            return;
        }
        let Ok(history) = gloo::utils::window().history() else { return };
        let current = history.state().ok().as_ref().and_then(step_in);
        let entry = entry_for(&step);
        if first || popped.replace(false) {
            // The first step, or a step the browser already moved to: record it, add nothing.
            let _ = history.replace_state(&entry, "");
        } else if current.as_deref() != Some(step.as_str()) {
            let _ = history.push_state(&entry, "");
        }
    });
}

/// Keeps `?lang=` in the address in step with the language shown, without adding history entries.
#[hook]
pub fn use_address_language(enabled: bool, language: String) {
    use_effect_with(language, move |language| {
        if !enabled {
            return;
        }
        let window = gloo::utils::window();
        let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else { return };
        let Ok(url) = web_sys::Url::new(&href) else { return };
        if url.search_params().get(LANGUAGE_PARAMETER).as_deref() == Some(language.as_str()) {
            return;
        }
        url.search_params().set(LANGUAGE_PARAMETER, language);
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
    });
}

/// The `?lang=` of the current address, if any.
pub fn address_language() -> Option<String> {
    let href = gloo::utils::window().location().href().ok()?;
    web_sys::Url::new(&href).ok()?.search_params().get(LANGUAGE_PARAMETER)
}

/// The browser's preferred languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let languages = gloo::utils::window().navigator().languages();
    languages.iter().filter_map(|language| language.as_string()).collect()
}
