//! The page's one store of content and languages, shared by every widget on it: the content the
//! widget carries (the files under `content/`, checked and packed by `build.rs`), unpacked once,
//! and the text of every other language the page has received since (`embed.js` fetched it
//! alongside the wasm, or `languages.rs` fetched it for a visitor who switched). Widgets hold
//! the same `Rc`s, so a language arriving copies no text. A leaf: it uses no other module of
//! this crate.

use std::cell::RefCell;
use std::rc::Rc;

use joint_intake_model::content::{Content, Language};
use joint_intake_model::packed::unpack_content;
use joint_intake_model::problems::ContentError;

const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The checked content, or the problems that stopped it loading (one line each).
pub type LoadedContent = Result<Rc<Content>, Rc<Vec<String>>>;

thread_local! {
    /// Content is unpacked once per page, however many widgets it has.
    static CONTENT: RefCell<Option<LoadedContent>> = const { RefCell::new(None) };
    /// Languages received after the content, one per code. They are a handful at most, so a
    /// plain list: the model's `SortedMap` for this value type measured 0.3 kB more gzipped wasm.
    static LANGUAGES: RefCell<Vec<Rc<Language>>> = const { RefCell::new(Vec::new()) };
}

/// The packed content, unpacked. Fails only if the build's output was damaged.
pub fn unpack() -> Result<Content, Vec<ContentError>> {
    unpack_content(PACKED)
}

/// The page's content, unpacked on first use; problems are logged once.
pub fn content() -> LoadedContent {
    CONTENT.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                unpack().map(Rc::new).map_err(|problems| {
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

/// Keeps `language` for every widget on the page and returns the copy kept: the first one
/// received for its code.
pub fn add_language(language: Language) -> Rc<Language> {
    if let Some(kept) = language_for(&language.code) {
        return kept;
    }
    let language = Rc::new(language);
    LANGUAGES.with(|languages| languages.borrow_mut().push(Rc::clone(&language)));
    language
}

/// The received language with this code, if the page has it.
pub fn language_for(code: &str) -> Option<Rc<Language>> {
    LANGUAGES.with(|languages| languages.borrow().iter().find(|language| language.code == code).cloned())
}

/// Every language received so far, for a widget that starts now.
pub fn languages() -> Vec<Rc<Language>> {
    LANGUAGES.with(|languages| languages.borrow().clone())
}
