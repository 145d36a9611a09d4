//! Turns [`WidgetEvent`]s into DOM `CustomEvent`s on the mount element. They bubble and are
//! composed, so listeners anywhere on the host page receive them with the mount element as target.

use web_sys::{CustomEvent, CustomEventInit, Element};

use joint_intake_model::events::WidgetEvent;

pub fn dispatch(target: &Element, event: &WidgetEvent) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    // Built directly from the core's value: the host page's JSON object is never consulted. The
    // clock is read here, as the event leaves, to date the FHIR response.
    let now = js_sys::Date::now() as i64;
    init.set_detail(&crate::json::to_js(&event.detail(now)));
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}
