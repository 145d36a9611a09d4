//! The browser entry point. `embed.js` instantiates the module, calls `boot` (with the folder it
//! was loaded from and the widget's stylesheet, which it carries), `prepareMount`, then
//! `mountWidget` for each `[data-intake-widget]` element, each in a task of its own, so a phone's
//! main thread is never blocked by one long start-up task; it re-exports `mountWidget` and
//! `unmountWidget` as `mount` and `unmount` for pages that add widgets later.

fn main() {}

/// talc instead of Rust's default dlmalloc: the same job in fewer bytes of wasm (measured in
/// bench/RESULTS.md), and the widget allocates little: the state, its renders and the content.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::Element;

    /// Gets ready to mount: `base` is the absolute URL of the folder the widget's files are
    /// served from, `sheet` the stylesheet `embed.js` built, `languages` the language files it
    /// fetched alongside the wasm (`{ code: Uint8Array }`); the content is unpacked now, so each
    /// mount is a short task of its own.
    #[wasm_bindgen]
    pub fn boot(base: String, sheet: Option<web_sys::CssStyleSheet>, languages: wasm_bindgen::JsValue) {
        joint_intake_web::languages::set_base(base);
        joint_intake_web::mount::prepare(sheet);
        joint_intake_web::languages::add_files(&languages);
    }

    /// Starts an empty app for the first `mountWidget` to take, in a task of its own.
    #[wasm_bindgen(js_name = prepareMount)]
    pub fn prepare_mount() {
        joint_intake_web::parked::prepare();
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
