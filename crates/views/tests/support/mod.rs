//! What the views' server-side tests share: text in one language and the results' props.
#![allow(dead_code)] // each test file uses its own part

use std::rc::Rc;

use joint_intake_content::testing as common;
use joint_intake_model::answers::Answers;
use joint_intake_model::settings::Settings;
use joint_intake_views::results::{results, ResultsProps};
use joint_intake_views::texts::Texts;

/// The results are a plain view function; this component only lets the renderer show them on
/// their own.
#[yew::component(Results)]
pub fn results_alone(props: &ResultsProps) -> yew::Html {
    results(props)
}

/// The shipped content's text in the language `code`.
pub fn texts(code: &str) -> Texts {
    let content = Rc::new(common::content());
    let language = content.languages.iter().find(|language| language.code == code).map(Rc::clone);
    Texts::new(content, language.unwrap_or_else(|| panic!("no language {code}")))
}

/// The results' props for these answers and settings, with no value ticked and nothing open.
pub fn results_props(texts: Texts, answers: Answers, settings: Rc<Settings>) -> ResultsProps {
    ResultsProps {
        texts,
        answers,
        values: Vec::new(),
        id_prefix: "iw1".into(),
        heading_id: "iw1-heading".into(),
        settings,
        on_start_over: Default::default(),
        on_print: Default::default(),
        on_save: Default::default(),
        on_share: Default::default(),
        on_value: Default::default(),
        ready: Default::default(),
        on_ready: Default::default(),
        on_reveal: Default::default(),
        confirming_start_over: false,
        values_open: false,
        all_comparison_rows: false,
        on_all_comparison_rows: Default::default(),
    }
}
