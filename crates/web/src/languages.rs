//! The text of languages the widget does not carry (`content-{code}.bin`, published next to the
//! wasm by `scripts/pack-languages.sh`): fetched from the widget's own origin when a visitor
//! needs one, once per page however many widgets ask, kept in the page's store (`bundled.rs`)
//! and handed to each of them.

use std::cell::RefCell;
use std::rc::Rc;

use joint_intake_model::content::Language;
use joint_intake_model::packed::{language_file, unpack_language};
use joint_intake_model::widget::Msg;
use joint_intake_views::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::html::Scope;

use crate::bundled;

thread_local! {
    /// Where the widget's files are: the folder `embed.js` was loaded from.
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// Widgets waiting for a language being fetched, by code. A handful at most, so a plain list
    /// (see `bundled.rs`'s `LANGUAGES`).
    static WAITING: RefCell<Vec<(String, Vec<Scope<App>>)>> = const { RefCell::new(Vec::new()) };
}

/// Sets the folder language files are fetched from (an absolute URL ending in `/`).
pub fn set_base(base: String) {
    BASE.with(|cell| *cell.borrow_mut() = base);
}

/// Gets `code`'s text to `app` as `Msg::LanguageLoaded`, or tells it `Msg::LanguageFailed`.
pub fn load(code: &str, app: Scope<App>) {
    if let Some(language) = bundled::language_for(code) {
        app.send_message(Msg::LanguageLoaded(language));
        return;
    }
    let already_fetching = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        match waiting.iter_mut().find(|(waiting_for, _)| waiting_for == code) {
            Some((_, queue)) => {
                queue.push(app);
                true
            }
            None => {
                waiting.push((code.to_owned(), vec![app]));
                false
            }
        }
    });
    if already_fetching {
        return;
    }
    let code = code.to_owned();
    yew::platform::spawn_local(async move {
        let fetched = fetch(&code).await.map(bundled::add_language);
        if fetched.is_none() {
            gloo::console::error!(format!(
                "intake widget: could not load {}; serve it next to intake-widget_bg.wasm",
                url_for(&code)
            ));
        }
        let waiting = WAITING.with(|waiting| {
            let mut waiting = waiting.borrow_mut();
            let found = waiting.iter().position(|(waiting_for, _)| *waiting_for == code);
            found.map(|index| waiting.swap_remove(index).1).unwrap_or_default()
        });
        for app in waiting {
            app.send_message(match &fetched {
                Some(language) => Msg::LanguageLoaded(Rc::clone(language)),
                None => Msg::LanguageFailed(code.clone()),
            });
        }
    });
}

/// Keeps the languages in `files` (`{ code: Uint8Array }`, as `embed.js` fetched them alongside
/// the wasm) that fit this build's content, before any widget starts, so each starts in its
/// visitor's language with nothing left to load; anything else is left out, and the widget
/// fetches it again if it needs it.
pub fn add_files(files: &wasm_bindgen::JsValue) {
    let Ok(content) = bundled::content() else { return };
    let Some(files) = files.dyn_ref::<js_sys::Object>() else { return };
    for entry in js_sys::Object::entries(files).iter() {
        let Ok(entry) = entry.dyn_into::<js_sys::Array>() else { continue };
        let Some(code) = entry.get(0).as_string() else { continue };
        let Ok(bytes) = entry.get(1).dyn_into::<js_sys::Uint8Array>() else { continue };
        if let Some(language) = unpack_language(&bytes.to_vec(), &content).filter(|language| language.code == code) {
            bundled::add_language(language);
        }
    }
}

fn url_for(code: &str) -> String {
    BASE.with(|base| format!("{}{}", base.borrow(), language_file(code)))
}

async fn fetch(code: &str) -> Option<Language> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&url_for(code))).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let content = bundled::content().ok()?;
    unpack_language(&bytes, &content).filter(|language| language.code == code)
}
