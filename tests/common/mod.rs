//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::rc::Rc;

use joint_intake::core::content::{source_files, Content};
use joint_intake::core::flow::{Action, Flow};

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
