//! Browser history for the standalone page: each step is a history entry, so the browser's Back
//! and Forward buttons move between steps and keep the answers. Embedded widgets leave the host
//! page's history alone unless the host opts in with `data-history`.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::flow::Action;

const STATE_KEY: &str = "intakeStep";

fn step_in(state: &JsValue) -> Option<String> {
    js_sys::Reflect::get(state, &JsValue::from_str(STATE_KEY))
        .ok()?
        .as_string()
}

fn entry_for(step: &str) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &state,
        &JsValue::from_str(STATE_KEY),
        &JsValue::from_str(step),
    );
    state.into()
}

#[hook]
pub fn use_browser_history(enabled: bool, step: String, moves: u32, on_action: Callback<Action>) {
    // Set while a step change comes from the browser's own Back/Forward, which must not push.
    let popped = use_mut_ref(|| Rc::new(Cell::new(false)));
    {
        let popped = Rc::clone(&popped.borrow());
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                    let state = js_sys::Reflect::get(event, &JsValue::from_str("state"))
                        .unwrap_or(JsValue::NULL);
                    if let Some(step) = step_in(&state) {
                        popped.set(true);
                        on_action.emit(Action::GoTo { step });
                    }
                })
            });
            move || drop(listener)
        });
    }
    let popped = Rc::clone(&popped.borrow());
    use_effect_with(moves, move |&moves| {
        if !enabled {
            return;
        }
        let Ok(history) = gloo::utils::window().history() else {
            return;
        };
        let current = history.state().ok().as_ref().and_then(step_in);
        let entry = entry_for(&step);
        if moves == 0 || popped.replace(false) {
            // The first step, or a step the browser already moved to: record, do not add.
            let _ = history.replace_state(&entry, "");
        } else if current.as_deref() != Some(step.as_str()) {
            let _ = history.push_state(&entry, "");
        }
    });
}
