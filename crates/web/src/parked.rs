//! Apps whose widget was unmounted, kept for the next mount on this page.
//!
//! Yew keeps a root's delegated event listeners for the life of the page (it forgets their
//! closures), so each new root would leave behind its container element, three listeners and
//! their state in wasm memory. Reusing a parked root instead keeps a page that mounts and
//! unmounts widgets many times at a flat cost: at most one parked root per widget it ever showed
//! at the same time.

use std::cell::RefCell;

use joint_intake_views::{App, AppProps};
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    static PARKED: RefCell<Vec<(Element, AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
}

/// Starts one empty app, parked, unless one is waiting already. `embed.js` calls this in a task
/// of its own before the first mount, which then reuses it: starting Yew's first root (and
/// compiling the code that does it, on first call) and rendering the first widget would otherwise
/// be one long task on a phone.
pub fn prepare() {
    if PARKED.with(|parked| !parked.borrow().is_empty()) {
        return;
    }
    let Ok(container) = gloo::utils::document().create_element("div") else { return };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), AppProps::parked()).render();
    PARKED.with(|parked| parked.borrow_mut().push((container, app)));
}

/// A parked app and the element it renders into, if there is one.
pub fn take() -> Option<(Element, AppHandle<App>)> {
    PARKED.with(|parked| parked.borrow_mut().pop())
}

/// Empties `app`, takes its element out of the page, and keeps both for the next mount.
pub fn park(container: Element, mut app: AppHandle<App>) {
    app.update(AppProps::parked());
    container.remove();
    PARKED.with(|parked| parked.borrow_mut().push((container, app)));
}
