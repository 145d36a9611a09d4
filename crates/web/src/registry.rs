//! The widgets running on this page, so `unmount` can stop one and the panic hook can reach all.

use std::cell::RefCell;

use gloo::events::EventListener;
use joint_intake_views::{App, LoadError};
use web_sys::Element;
use yew::AppHandle;

/// A running widget and what must stop with it.
pub enum Mounted {
    Widget {
        app: AppHandle<App>,
        /// The element in the shadow root the app renders into.
        container: Element,
        /// The standalone page's Back/Forward listener.
        history: Option<EventListener>,
    },
    Error(AppHandle<LoadError>),
}

thread_local! {
    static MOUNTED: RefCell<Vec<(Element, Mounted)>> = const { RefCell::new(Vec::new()) };
}

pub fn is_mounted(host: &Element) -> bool {
    MOUNTED.with(|mounted| mounted.borrow().iter().any(|(element, _)| element == host))
}

pub fn add(host: Element, running: Mounted) {
    MOUNTED.with(|mounted| mounted.borrow_mut().push((host, running)));
}

/// Takes the widget in `host` out of the list, if there is one.
pub fn remove(host: &Element) -> Option<Mounted> {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let index = mounted.iter().position(|(element, _)| element == host)?;
        Some(mounted.remove(index).1)
    })
}

/// Calls `visit` with every element that holds a widget. Safe to call from the panic hook: if
/// the list is being changed at that moment, nothing is visited.
pub fn for_each_host(mut visit: impl FnMut(&Element)) {
    let hosts: Vec<Element> = MOUNTED.with(|mounted| {
        mounted
            .try_borrow()
            .map(|mounted| mounted.iter().map(|(element, _)| element.clone()).collect())
            .unwrap_or_default()
    });
    hosts.iter().for_each(&mut visit);
}
