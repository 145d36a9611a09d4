//! Finds the page's mount elements and starts one widget in each, inside an open shadow root so
//! the host's CSS cannot reach in and the widget's cannot leak out.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

use super::{events, history, storage};
use crate::components::{App, AppProps, LoadError};
use crate::core::content::{bundled, Content};
use crate::core::settings::choose_language;

/// The attribute that marks an element to mount a widget into.
pub const MOUNT_ATTRIBUTE: &str = "data-intake-widget";
const STYLES: &str = include_str!("../../styles/widget.css");

/// The checked content, or the problems that stopped it loading (one line each).
type LoadedContent = Result<Rc<Content>, Rc<Vec<String>>>;

thread_local! {
    /// Content is parsed and checked once per page, however many widgets it has.
    static CONTENT: RefCell<Option<LoadedContent>> = const { RefCell::new(None) };
    static STYLESHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

fn content() -> LoadedContent {
    CONTENT.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                Content::load(&bundled()).map(Rc::new).map_err(|problems| {
                    let details: Vec<String> = problems.iter().map(ToString::to_string).collect();
                    for detail in &details {
                        gloo::console::error!(format!("intake widget: {detail}"));
                    }
                    Rc::new(details)
                })
            })
            .clone()
    })
}

fn stylesheet() -> Option<CssStyleSheet> {
    STYLESHEET.with(|cell| {
        if cell.borrow().is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLES).ok()?;
            *cell.borrow_mut() = Some(sheet);
        }
        cell.borrow().clone()
    })
}

/// An embedded widget follows its `data-lang`, then the page's `lang`; the standalone page
/// follows `?lang=`, then the browser's languages.
fn language_for(host: &Element, standalone: bool, content: &Content) -> String {
    let available: Vec<&str> = content.languages.iter().map(|language| language.code.as_str()).collect();
    let preferences: Vec<String> = if standalone {
        history::address_language().into_iter().chain(history::browser_languages()).collect()
    } else {
        let page = gloo::utils::document().document_element().and_then(|root| root.get_attribute("lang"));
        host.get_attribute("data-lang").into_iter().chain(page).collect()
    };
    choose_language(preferences.iter().map(String::as_str), &available)
}

/// Mounts a widget into every marked element on the page.
pub fn boot() {
    let Some(document) = gloo::utils::window().document() else {
        return;
    };
    let Ok(found) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..found.length() {
        if let Some(element) = found.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            mount(&element);
        }
    }
}

/// Mounts one widget into `host`. A second call for the same element does nothing.
pub fn mount(host: &Element) {
    if host.shadow_root().is_some() {
        gloo::console::warn!("intake widget: this element already holds a widget; not mounting again");
        return;
    }
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        gloo::console::error!(format!(
            "intake widget: cannot mount into <{}>; use a <div>",
            host.tag_name().to_lowercase()
        ));
        return;
    };
    if let Some(sheet) = stylesheet() {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    let Some(container) = gloo::utils::document().create_element("div").ok() else {
        return;
    };
    let _ = shadow.append_child(&container);

    match content() {
        Ok(content) => {
            let number = INSTANCES.with(|count| {
                count.set(count.get() + 1);
                count.get()
            });
            let standalone = host.has_attribute("data-standalone");
            let target = host.clone();
            let props = AppProps {
                content: Rc::clone(&content),
                language: language_for(host, standalone, &content).into(),
                id_prefix: format!("iw{number}").into(),
                standalone,
                saved: storage::load(&content.questionnaire).map(Rc::new),
                on_event: yew::Callback::from(move |event| events::dispatch(&target, &event)),
                on_store: yew::Callback::from(|request| storage::apply(&request)),
            };
            yew::Renderer::<App>::with_root_and_props(container, props).render();
        }
        Err(details) => {
            let props = crate::components::load_error::LoadErrorProps { details: details.as_ref().clone() };
            yew::Renderer::<LoadError>::with_root_and_props(container, props).render();
        }
    }
}
