//! Turns [`WidgetEvent`]s into DOM `CustomEvent`s on the mount element. They bubble and are
//! composed, so listeners anywhere on the host page receive them with the mount element as target.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use joint_intake_model::events::WidgetEvent;

pub fn dispatch(target: &Element, event: &WidgetEvent) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    // The core writes valid JSON; JSON.parse turns it into a plain object for hosts.
    let detail = js_sys::JSON::parse(&event.detail().to_string()).unwrap_or(JsValue::NULL);
    init.set_detail(&detail);
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}
