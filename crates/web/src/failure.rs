//! When the widget fails anyway: a panic replaces every widget on the page with a short, friendly
//! message (never a blank or frozen box) and fires `intake:error` on each mount element, so the
//! host page can offer another way to reach the clinic; its `detail` is `{ reason: "panic" }`
//! (embed.js sends the same event with other reasons when the widget cannot start at all). A
//! panic aborts the WebAssembly module, so this runs once, before the abort, and touches the DOM
//! only through plain web-sys and js-sys calls.

use std::sync::Once;

use joint_intake_model::failure_message::{failure_message, FAILURE_MESSAGES};
use joint_intake_model::settings::choose_language;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Installs the panic hook once per page.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            gloo::console::error!(format!("intake widget: {info}"));
            crate::registry::for_each_host(show_failure);
        }));
    });
}

/// Replaces the widget in `host` with the failure message and tells the host page. The message
/// is the one `embed.js` shows when the widget cannot start, in the language it would choose:
/// the element's `data-lang`, then the page's `lang`.
pub fn show_failure(host: &Element) {
    let document = gloo::utils::document();
    let page = document.document_element().and_then(|root| root.get_attribute("lang"));
    let preferences: Vec<String> = host.get_attribute("data-lang").into_iter().chain(page).collect();
    let languages: Vec<&str> = FAILURE_MESSAGES.iter().map(|message| message.language).collect();
    let wording = failure_message(&choose_language(preferences.iter().map(String::as_str), &languages));
    if let Some(shadow) = host.shadow_root() {
        while let Some(child) = shadow.first_child() {
            let _ = shadow.remove_child(&child);
        }
        let message = document.create_element("div").ok();
        if let Some(message) = message {
            message.set_class_name("iw iw-load-error");
            let _ = message.set_attribute("role", "alert");
            let _ = message.set_attribute("lang", wording.language);
            for (tag, text, class) in [("h2", wording.title, "iw-heading-m"), ("p", wording.body, "iw-body")] {
                if let Ok(element) = document.create_element(tag) {
                    element.set_class_name(class);
                    element.set_text_content(Some(text));
                    let _ = message.append_child(&element);
                }
            }
            let _ = shadow.append_child(&message);
        }
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = Object::new();
    let _ = Reflect::set(&detail, &JsValue::from_str("reason"), &JsValue::from_str("panic"));
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("intake:error", &init) {
        let _ = host.dispatch_event(&event);
    }
}
