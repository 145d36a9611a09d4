//! Small DOM helpers the views need: focus, and reading form controls from events.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlElement, HtmlInputElement, ShadowRoot, Url};
use yew::prelude::*;

/// Moves keyboard and screen-reader focus to the referenced element, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` in the same document or shadow root as the event's target.
pub fn focus_by_id_near(event: &Event, id: &str) {
    let Some(origin) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else {
        return;
    };
    let root = origin.get_root_node();
    let found = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => origin.owner_document().and_then(|document| document.get_element_by_id(id)),
    };
    if let Some(element) = found.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

pub fn is_checked(event: &Event) -> bool {
    event.target_dyn_into::<HtmlInputElement>().is_some_and(|input| input.checked())
}

pub fn input_value(event: &InputEvent) -> String {
    event.target_dyn_into::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

/// Opens the browser's print dialog; the widget's print stylesheet hides its controls.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Saves `text` as a file through a temporary local `blob:` link: nothing is uploaded.
pub fn download_text(file_name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Some(link) =
        document.create_element("a").ok().and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    let _ = Url::revoke_object_url(&url);
}
