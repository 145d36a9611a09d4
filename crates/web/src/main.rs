//! The browser entry point: wasm-bindgen runs `main` once the module is instantiated, which
//! mounts a widget into every `[data-intake-widget]` element already on the page. `embed.js`
//! re-exports the two functions below as `mount` and `unmount` for pages that add widgets later.

fn main() {
    #[cfg(target_arch = "wasm32")]
    joint_intake_web::boot();
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::Element;

    #[wasm_bindgen(js_name = mountWidget)]
    pub fn mount_widget(element: Element) {
        joint_intake_web::mount::mount(&element);
    }

    #[wasm_bindgen(js_name = unmountWidget)]
    pub fn unmount_widget(element: Element) {
        joint_intake_web::mount::unmount(&element);
    }
}
