//! Small DOM helpers for the effects: focus inside a widget's shadow root, printing, and a local
//! file download.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, ShadowRoot, Url};

/// Moves keyboard and screen-reader focus to the element with `id` in this shadow root.
pub fn focus_in(shadow: &ShadowRoot, id: &str) {
    if let Some(element) = shadow.get_element_by_id(id).and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog; the widget's print stylesheet hides its controls.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Opens the collapsed part (`<details>`) with `id` and moves focus to its summary, so keyboard
/// and screen-reader users land where the contents link pointed.
pub fn reveal_in(shadow: &ShadowRoot, id: &str) {
    let Some(details) = shadow.get_element_by_id(id) else { return };
    let _ = details.set_attribute("open", "");
    if let Some(summary) =
        details.query_selector("summary").ok().flatten().and_then(|found| found.dyn_into::<HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

/// Saves `text` as a file of type `mime` through a temporary local `blob:` link: nothing is
/// uploaded.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
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
