//! Content tools, used only by the web crate's `build.rs` and by the tests — never shipped in the
//! widget. They read the JSON files under `content/`, check them against each other (naming the
//! file and field of every problem), score readability, write the FHIR Questionnaire, and pack
//! the checked content into the compact form the widget unpacks (`joint_intake_model::packed`).

pub mod checks;
pub mod decision_checks;
pub mod editorial;
pub mod evidence;
pub mod fhir_questionnaire;
pub mod load;
pub mod numbers;
pub mod one_liners;
pub mod pictures;
pub mod questionnaire;
pub mod readability;
pub mod readability_es;
pub mod stray_numbers;
pub mod testing;

use std::rc::Rc;

use joint_intake_model::content::Content;
use joint_intake_model::fnv::Fnv;
use joint_intake_model::packed::{language_file, LanguagePack, FORMAT};
use joint_intake_model::problems::ContentError;

pub use load::{load, source_files, ContentFiles};

/// The shipped content files, loaded and checked.
pub fn shipped() -> Result<Content, Vec<ContentError>> {
    load(&source_files())
}

/// The checked content as the widget ships it (`joint_intake_model::packed`): the widget carries
/// the default language, and every other language is a file of its own, loaded only when a
/// visitor reads in it.
pub struct Packed {
    /// Compiled into the wasm: everything but the other languages' text.
    pub core: Vec<u8>,
    /// Published next to the wasm: (file name, bytes) per other language.
    pub languages: Vec<(String, Vec<u8>)>,
}

pub fn pack(content: &Content) -> Packed {
    let fingerprint = fingerprint(content);
    let mut core = content.clone();
    core.fingerprint = fingerprint;
    let others = core.languages.split_off(1);
    let languages = others
        .into_iter()
        .map(|language| {
            let language = Rc::unwrap_or_clone(language);
            (language_file(&language.code), packed(&LanguagePack { fingerprint, language }))
        })
        .collect();
    Packed { core: packed(&core), languages }
}

fn packed<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = FORMAT.to_vec();
    out.extend(postcard::to_allocvec(value).expect("content serialises"));
    out
}

/// FNV-1a over the whole packed content: any change to any language gives another value.
fn fingerprint(content: &Content) -> u64 {
    let mut hash = Fnv::new();
    hash.bytes(&packed(content));
    hash.finish()
}

pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
    problems: &mut Vec<ContentError>,
) -> Option<T> {
    serde_json::from_str(json).map_err(|error| problems.push(syntax_error(file, &error))).ok()
}

/// A JSON syntax or shape error, placed by line and column.
pub(crate) fn syntax_error(file: &str, error: &serde_json::Error) -> ContentError {
    // serde_json appends " at line L column C" to its message; state the place once, up front.
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
    ContentError::new(file, format!("line {}, column {}", error.line(), error.column()), message)
}
