//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::rc::Rc;

use joint_intake::core::content::{source_files, Content};
use joint_intake::core::flow::{Action, Flow};
use joint_intake::core::json::Json;

pub fn content() -> Content {
    Content::load(&source_files()).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the shipped content has problems:\n{}", list.join("\n"))
    })
}

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
