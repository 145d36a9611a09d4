//! The browser entry point. `embed.js` instantiates the module, then calls `prepareWidgets` (with
//! the widget's stylesheet, which it carries) and
//! `mountWidget` for each `[data-intake-widget]` element, each in a task of its own, so a phone's
//! main thread is never blocked by one long start-up task; it re-exports `mountWidget` and
//! `unmountWidget` as `mount` and `unmount` for pages that add widgets later.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::Element;

    #[wasm_bindgen(js_name = prepareWidgets)]
    pub fn prepare_widgets(sheet: Option<web_sys::CssStyleSheet>) {
        joint_intake_web::mount::prepare(sheet);
    }

    #[wasm_bindgen(js_name = mountWidget)]
    pub fn mount_widget(element: Element) {
        joint_intake_web::mount::mount(&element);
    }

    #[wasm_bindgen(js_name = unmountWidget)]
    pub fn unmount_widget(element: Element) {
        joint_intake_web::mount::unmount(&element);
    }
}
