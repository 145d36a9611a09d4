//! Small DOM helpers for the effects: focus inside a widget's shadow root, printing, a local file
//! download, and handing that file to the device's share sheet.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{
    Blob, BlobPropertyBag, CssStyleSheet, Document, Element, File, FilePropertyBag, HtmlAnchorElement, HtmlElement,
    ShadowRoot, ShareData, Url,
};

/// Moves keyboard and screen-reader focus to the element with `id` in this shadow root.
pub fn focus_in(shadow: &ShadowRoot, id: &str) {
    if let Some(element) = shadow.get_element_by_id(id).and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Marks the elements from `<html>` down to a printing widget's host; everything beside them is
/// hidden from print, so a clinic's header, navigation and sidebar never print with the summary.
const PRINT_PATH: &str = "data-intake-print";
/// Marks the other widgets on the page while one prints; their own print rule hides them.
const PRINT_HIDDEN: &str = "data-intake-print-hidden";
const PRINT_ONLY_THE_WIDGET: &str =
    "@media print { [data-intake-print] > :not([data-intake-print]) { display: none !important; } }";

thread_local! {
    static PRINT_SHEET: std::cell::OnceCell<Option<CssStyleSheet>> = const { std::cell::OnceCell::new() };
    /// The listener that unmarks the page after the latest print; replacing it drops the last
    /// one, so printing many times keeps one listener, not one per print.
    static AFTER_PRINT: std::cell::RefCell<Option<EventListener>> = const { std::cell::RefCell::new(None) };
}

/// The page-level rule above, adopted into the host document once (adopted sheets work under a
/// strict `style-src 'self'`, where a `<style>` element would not).
fn adopt_print_sheet(document: &Document) {
    let sheet = PRINT_SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(PRINT_ONLY_THE_WIDGET).ok()?;
            Some(sheet)
        })
        .clone()
    });
    let Some(sheet) = sheet else { return };
    let Ok(adopted) = js_sys::Reflect::get(document, &JsValue::from_str("adoptedStyleSheets")) else { return };
    let adopted: js_sys::Array = adopted.unchecked_into();
    if !adopted.includes(&sheet, 0) {
        adopted.push(&sheet);
    }
}

/// Prints this widget alone: its own print stylesheet keeps only the summary, and the host page
/// around it is hidden until printing ends.
pub fn print_only(host: &Element) {
    let document = gloo::utils::document();
    adopt_print_sheet(&document);
    let mut path = Some(host.clone());
    while let Some(element) = path {
        let _ = element.set_attribute(PRINT_PATH, "");
        path = element.parent_element();
    }
    // Other widgets on the page keep themselves displayed against host rules (`:host` is
    // `display: block !important`), so they are asked to stand aside themselves.
    crate::registry::for_each_host(|other| {
        if other != host {
            let _ = other.set_attribute(PRINT_HIDDEN, "");
        }
    });
    let clear = move || {
        for attribute in [PRINT_PATH, PRINT_HIDDEN] {
            if let Ok(marked) = document.query_selector_all(&format!("[{attribute}]")) {
                for index in 0..marked.length() {
                    if let Some(element) = marked.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
                        let _ = element.remove_attribute(attribute);
                    }
                }
            }
        }
    };
    let after_print = EventListener::once(&gloo::utils::window(), "afterprint", move |_| clear());
    AFTER_PRINT.with(|slot| slot.replace(Some(after_print)));
    let _ = gloo::utils::window().print();
}

/// Moves keyboard and screen-reader focus to the part with `id`, as a contents link promises: a
/// collapsed part (`<details>`) is opened and its summary focused; anything else is focused.
pub fn reveal_in(shadow: &ShadowRoot, id: &str) {
    let Some(target) = shadow.get_element_by_id(id) else { return };
    let summary = if target.tag_name().eq_ignore_ascii_case("details") {
        let _ = target.set_attribute("open", "");
        target.query_selector("summary").ok().flatten()
    } else {
        None
    };
    if let Ok(element) = summary.unwrap_or(target).dyn_into::<HtmlElement>() {
        let _ = element.focus();
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

/// The file as the share sheet takes it: `ShareData` with this one file.
fn share_data(file_name: &str, mime: &str, text: &str) -> Option<ShareData> {
    let options = FilePropertyBag::new();
    options.set_type(mime);
    let file = File::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), file_name, &options).ok()?;
    let data = ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    Some(data)
}

/// Whether this browser can share a file like the summary (`navigator.canShare({files})`);
/// false where the Web Share API is missing.
pub fn can_share_files() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("canShare")).unwrap_or(false)
        && share_data("summary.html", "text/html", "").is_some_and(|data| navigator.can_share_with_data(&data))
}

/// Hands the file to the device's share sheet; the visitor picks where it goes, and nothing is
/// sent otherwise. A cancelled sheet (`AbortError`) does nothing more; any other failure saves
/// the file with [`download`] instead.
pub fn share(file_name: String, mime: String, text: String) {
    let navigator = gloo::utils::window().navigator();
    let Some(data) = share_data(&file_name, &mime, &text) else {
        download(&file_name, &mime, &text);
        return;
    };
    let shared = navigator.share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(shared).await {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
            if name.as_deref() != Some("AbortError") {
                download(&file_name, &mime, &text);
            }
        }
    });
}
