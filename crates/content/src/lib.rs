//! Content tools, used only by the web crate's `build.rs` and by the tests — never shipped in the
//! widget. They read the JSON files under `content/`, check them against each other (naming the
//! file and field of every problem), score readability, write the FHIR Questionnaire, and pack
//! the checked content into the compact form the widget unpacks (`joint_intake_model::packed`).

pub mod checks;
pub mod decision_checks;
pub mod editorial;
pub mod fhir_questionnaire;
pub mod load;
pub mod one_liners;
pub mod questionnaire;
pub mod readability;
pub mod readability_es;
pub mod testing;

use joint_intake_model::content::Content;
use joint_intake_model::problems::ContentError;

pub use load::{load, source_files, ContentFiles};

/// The shipped content files, loaded and checked.
pub fn shipped() -> Result<Content, Vec<ContentError>> {
    load(&source_files())
}

/// The checked content in the form the widget carries (`joint_intake_model::packed`).
pub fn pack(content: &Content) -> Vec<u8> {
    let mut out = joint_intake_model::packed::FORMAT.to_vec();
    out.extend(postcard::to_allocvec(content).expect("content serialises"));
    out
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
