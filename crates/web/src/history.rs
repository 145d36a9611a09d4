//! Browser history and address for the standalone page: each step is a history entry, so the
//! browser's Back and Forward buttons move between steps and keep the answers, and the language
//! is kept in `?lang=`. The model decides when (`Effect::PushHistory` and friends); this file
//! only talks to the browser. Embedded widgets never get these effects.
//!
//! A new entry is added in a task of its own, after the step that asked for it has been shown:
//! Chromium's `pushState` took 1–14 ms in traces of a step change (a same-document navigation,
//! reported to the browser process), and in the same task it held up the new step's paint. The
//! wait is one task, far shorter than any person's next press; should the browser move first all
//! the same, the waiting entries are dropped, since they would follow an entry no longer current.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Steps shown but not yet given their entry, oldest first.
    static WAITING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

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

/// A new entry for `step`, in the next task, unless the current entry already is that step.
pub fn push(step: &str) {
    let first = WAITING.with_borrow_mut(|waiting| {
        waiting.push(step.to_owned());
        waiting.len() == 1
    });
    if first {
        let add = Closure::once_into_js(add_waiting_entries);
        let _ = gloo::utils::window().set_timeout_with_callback(add.unchecked_ref());
    }
}

/// Adds the entries `push` put off, in order.
fn add_waiting_entries() {
    let Ok(history) = gloo::utils::window().history() else { return };
    for step in WAITING.take() {
        let current = history.state().ok().as_ref().and_then(step_in);
        if current.as_deref() != Some(step.as_str()) {
            let _ = history.push_state(&entry_for(&step), "");
        }
    }
}

/// Records `step` in the current entry (after any entry still waiting, so they stay in order).
pub fn replace(step: &str) {
    add_waiting_entries();
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state(&entry_for(step), "");
    }
}

/// Calls `on_step` with the step id of every entry the browser's Back or Forward lands on. The
/// listener stops when the returned value is dropped.
pub fn listen(on_step: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |event| {
        WAITING.take();
        let state = js_sys::Reflect::get(event, &JsValue::from_str("state")).unwrap_or(JsValue::NULL);
        if let Some(step) = step_in(&state) {
            on_step(step);
        }
    })
}

/// Keeps `?lang=` in the address in step with the language shown, without adding history entries.
pub fn show_language(language: &str) {
    add_waiting_entries();
    let window = gloo::utils::window();
    let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    if url.search_params().get(LANGUAGE_PARAMETER).as_deref() == Some(language) {
        return;
    }
    url.search_params().set(LANGUAGE_PARAMETER, language);
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
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
