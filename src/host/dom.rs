//! Small DOM helpers the views need: focus, and reading form controls from events.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};
use yew::prelude::*;

/// Moves keyboard and screen-reader focus to the referenced element, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` in the same document or shadow root as the event's target.
pub fn focus_by_id_near(event: &Event, id: &str) {
    let Some(origin) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    let root = origin.get_root_node();
    let found = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => origin
            .owner_document()
            .and_then(|document| document.get_element_by_id(id)),
    };
    if let Some(element) = found.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

pub fn is_checked(event: &Event) -> bool {
    event
        .target_dyn_into::<HtmlInputElement>()
        .is_some_and(|input| input.checked())
}

pub fn input_value(event: &InputEvent) -> String {
    event
        .target_dyn_into::<HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default()
}
