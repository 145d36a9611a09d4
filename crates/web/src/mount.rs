//! Starts one widget in an element, inside an open shadow root so the host's CSS cannot reach in
//! and the widget's cannot leak out. `embed.js` calls `mount` for each marked element on the
//! page, and pages that add widgets later call it through `embed.js`'s `mount` and `unmount`.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use joint_intake_model::content::Content;
use joint_intake_model::save_key::save_key;
use joint_intake_model::settings::{choose_language, read_settings, CONDITION_QUESTION};
use joint_intake_model::widget::{EarlyInput, Msg, Start, Widget};
use joint_intake_views::load_error::LoadErrorProps;
use joint_intake_views::{App, AppProps, LoadError};
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::effects::{self, Target};
use crate::registry::{self, Mounted};
use crate::{bundled, history, parked, storage};

/// Wraps the first step shown before the wasm runs: pre-rendered into the standalone page at
/// build time, or built into an embedded widget's shadow root by `embed.js`.
pub const PRERENDERED_CLASS: &str = "iw-prerendered";
/// Set on the pre-rendered step by `embed.js` when Continue was pressed before the widget ran.
const EARLY_CONTINUE_ATTRIBUTE: &str = "data-intake-continue";

thread_local! {
    static STYLESHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

fn stylesheet() -> Option<CssStyleSheet> {
    STYLESHEET.with(|cell| cell.borrow().clone())
}

/// An embedded widget follows its `data-lang`, then the page's `lang`; the standalone page
/// follows `?lang=`, then the browser's languages.
fn language_for(host: &Element, standalone: bool, content: &Content) -> String {
    let available: Vec<&str> = content.offered.iter().map(|offered| offered.code.as_str()).collect();
    let preferences: Vec<String> = if standalone {
        history::address_language().into_iter().chain(history::browser_languages()).collect()
    } else {
        let page = gloo::utils::document().document_element().and_then(|root| root.get_attribute("lang"));
        host.get_attribute("data-lang").into_iter().chain(page).collect()
    };
    choose_language(preferences.iter().map(String::as_str), &available)
}

/// Takes the widget's stylesheet from `embed.js` (which carries the one copy, to style the first
/// step it shows before the wasm arrives) and unpacks the content before the first mount, so
/// that work runs in a task of its own instead of inside the first widget's.
pub fn prepare(sheet: Option<CssStyleSheet>) {
    STYLESHEET.with(|cell| *cell.borrow_mut() = sheet);
    let _ = bundled::content();
}

/// Removes the first step that showed while the wasm loaded — pre-rendered into the page (see
/// `index.html`) or built into the shadow root by `embed.js` — returning what the visitor already
/// did there: `embed.js` marks a Continue press with [`EARLY_CONTINUE_ATTRIBUTE`].
fn take_prerendered(host: &Element) -> EarlyInput {
    let selector = format!(".{PRERENDERED_CLASS}");
    let in_shadow = || host.shadow_root().and_then(|shadow| shadow.query_selector(&selector).ok().flatten());
    let Some(prerendered) = host.query_selector(&selector).ok().flatten().or_else(in_shadow) else {
        return EarlyInput::default();
    };
    let checked = |selector: &str| prerendered.query_selector(selector).ok().flatten();
    let early = EarlyInput {
        choice: checked("input[type=radio]:checked").and_then(|input| input.get_attribute("value")),
        remember: checked("input[type=checkbox]:checked").is_some(),
        continued: prerendered.has_attribute(EARLY_CONTINUE_ATTRIBUTE),
    };
    prerendered.remove();
    early
}

/// The widget's own shadow root on `host`: a new one, or the one an earlier `unmount` emptied.
fn shadow_root_for(host: &Element) -> Option<ShadowRoot> {
    if let Some(existing) = host.shadow_root() {
        clear(&existing);
        return Some(existing);
    }
    match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
        Ok(shadow) => Some(shadow),
        Err(_) => {
            // Tag names are ASCII: no Unicode case tables for this one message.
            let tag = host.tag_name().to_ascii_lowercase();
            gloo::console::error!(format!("intake widget: cannot mount into <{tag}>; use a <div> or <section>"));
            None
        }
    }
}

/// Mounts one widget into `host`. A second call for the same element does nothing.
pub fn mount(host: &Element) {
    crate::failure::install_panic_hook();
    if registry::is_mounted(host) {
        gloo::console::warn!("intake widget: this element already holds a widget; not mounting again");
        return;
    }
    let early = take_prerendered(host);
    let Some(shadow) = shadow_root_for(host) else { return };
    if let Some(sheet) = stylesheet() {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    let running = match bundled::content() {
        Ok(shared) => {
            let number = INSTANCES.with(|count| {
                count.set(count.get() + 1);
                count.get()
            });
            let condition_ids: Vec<&str> = shared
                .questionnaire
                .question(CONDITION_QUESTION)
                .map(|question| question.options.iter().map(|option| option.id.as_str()).collect())
                .unwrap_or_default();
            let (mut settings, warnings) = read_settings(|name| host.get_attribute(name), &condition_ids);
            settings.can_share_files = crate::dom::can_share_files();
            for warning in warnings {
                gloo::console::warn!(format!("intake widget: {warning}"));
            }
            let content = if settings.conditions.is_empty() {
                shared
            } else {
                let mut narrowed = (*shared).clone();
                narrowed.questionnaire =
                    Rc::new(shared.questionnaire.offering(CONDITION_QUESTION, &settings.conditions));
                Rc::new(narrowed)
            };
            let (key, warning) =
                save_key(&content.questionnaire.id, &settings, host.get_attribute("data-save-key").as_deref());
            if let Some(warning) = warning {
                gloo::console::warn!(format!("intake widget: {warning}"));
            }
            let standalone = host.has_attribute("data-standalone");
            let id_prefix = format!("iw{number}");
            let start = Start {
                language: language_for(host, standalone, &content),
                standalone,
                saved: storage::load(&key, &content.questionnaire),
                early,
                settings: Rc::new(settings),
                languages: bundled::languages(),
            };
            let scope = Rc::new(OnceCell::new());
            let target = Target {
                host: host.clone(),
                shadow: shadow.clone(),
                id_prefix: id_prefix.clone(),
                save_key: key,
                app: Rc::clone(&scope),
            };
            let props = AppProps {
                widget: Some(Rc::new(Widget::new(content, start))),
                id_prefix: id_prefix.into(),
                on_effects: yew::Callback::from(move |effects| effects::carry_out(&target, effects)),
            };
            let Some((container, app)) = start_app(&shadow, props) else { return };
            let _ = scope.set((*app).clone());
            let history = standalone.then(|| {
                let scope = (*app).clone();
                history::listen(move |step| scope.send_message(Msg::BrowserMoved(step)))
            });
            Mounted::Widget { app, container, history }
        }
        Err(details) => {
            let Some(container) = new_container(&shadow) else { return };
            let props = LoadErrorProps { details: details.as_ref().clone() };
            Mounted::Error(yew::Renderer::<LoadError>::with_root_and_props(container, props).render())
        }
    };
    registry::add(host.clone(), running);
}

/// Stops the widget in `host` and empties it; the element can be mounted again later.
pub fn unmount(host: &Element) {
    match registry::remove(host) {
        Some(Mounted::Widget { app, container, history }) => {
            drop(history);
            parked::park(container, app);
        }
        Some(Mounted::Error(app)) => app.destroy(),
        None => return,
    }
    if let Some(shadow) = host.shadow_root() {
        clear(&shadow);
    }
}

/// Runs `props` in a parked app moved into `shadow`, or in a new one.
fn start_app(shadow: &ShadowRoot, props: AppProps) -> Option<(Element, AppHandle<App>)> {
    if let Some((container, mut app)) = parked::take() {
        shadow.append_child(&container).ok()?;
        app.update(props);
        return Some((container, app));
    }
    let container = new_container(shadow)?;
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Some((container, app))
}

fn new_container(shadow: &ShadowRoot) -> Option<Element> {
    let container = gloo::utils::document().create_element("div").ok()?;
    shadow.append_child(&container).ok()?;
    Some(container)
}

fn clear(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
}
