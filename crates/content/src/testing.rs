//! Helpers for the native tests of every crate: the shipped content, short ways to write flow
//! actions, and JSON read as the browser's `JSON.parse` reads it.

use std::rc::Rc;

use joint_intake_model::content::Content;
use joint_intake_model::flow::{Action, Flow};
use joint_intake_model::json::Json;
use joint_intake_model::widget::{Start, Widget};

/// The shipped content; panics listing every problem if it does not load.
pub fn content() -> Content {
    crate::shipped().unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the shipped content has problems:\n{}", list.join("\n"))
    })
}

/// A widget over the shipped content, as it starts in English with nothing saved.
pub fn widget(standalone: bool) -> Widget {
    Widget::new(Rc::new(content()), Start { language: "en".into(), standalone, ..Start::default() })
}

/// A new flow over the shipped questionnaire.
pub fn start() -> Flow {
    Flow::new(Rc::clone(&content().questionnaire))
}

pub fn choose(question: &str, option: &str) -> Action {
    Action::Choose { question: question.into(), option: option.into() }
}

pub fn tick(question: &str, option: &str) -> Action {
    Action::Toggle { question: question.into(), option: option.into(), checked: true }
}

pub fn untick(question: &str, option: &str) -> Action {
    Action::Toggle { question: question.into(), option: option.into(), checked: false }
}

/// A visitor with knee osteoarthritis who takes an NSAID and hopes for less pain, answering every
/// question up to "Check your answers".
pub fn osteoarthritis_knee_answers() -> Vec<Action> {
    vec![
        choose("condition", "osteoarthritis"),
        Action::Continue,
        choose("joint", "knee"),
        Action::Continue,
        choose("diagnosed", "yes"),
        Action::Continue,
        tick("medications", "nsaids"),
        Action::Continue,
        tick("goals", "less_pain"),
        Action::Continue,
    ]
}

/// Applies actions in order.
pub fn run(flow: Flow, actions: impl IntoIterator<Item = Action>) -> Flow {
    actions.into_iter().fold(flow, |flow, action| flow.apply(action))
}

/// Reads JSON text as the widget's host does with the browser's `JSON.parse`: whole numbers stay
/// numbers, any other number reads as null.
pub fn parse_json(text: &str) -> Option<Json> {
    fn convert(value: serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(flag) => Json::Bool(flag),
            Value::Number(number) => number.as_i64().map_or(Json::Null, Json::Number),
            Value::String(text) => Json::String(text),
            Value::Array(items) => Json::Array(items.into_iter().map(convert).collect()),
            Value::Object(fields) => {
                Json::Object(fields.into_iter().map(|(key, value)| (key, convert(value))).collect())
            }
        }
    }
    serde_json::from_str(text).ok().map(convert)
}

/// The repository's root folder, where `index.html`, `assets/` and `content/` live.
pub fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A generated file the repository commits (`relative` to its root) must be what the code
/// generates now. With `UPDATE_FHIR=1` it is rewritten instead (and `None` returned); otherwise
/// the committed text is returned for further checks, or the test fails naming `command`, the
/// test to rerun with `UPDATE_FHIR=1`.
pub fn committed_generated_file(relative: &str, expected: &str, command: &str) -> Option<String> {
    let path = repo_root().join(relative);
    if std::env::var("UPDATE_FHIR").as_deref() == Ok("1") {
        std::fs::write(&path, expected).unwrap_or_else(|error| panic!("{relative}: {error}"));
        return None;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == expected, "{relative} is out of date: run `UPDATE_FHIR=1 {command}` and review the diff");
    Some(committed)
}
