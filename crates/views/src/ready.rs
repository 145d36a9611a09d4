//! "Ready to decide?": four optional yes-or-no questions (`model::ready`), each a fieldset with
//! its legend and two inline radios. A "no" shows one next step inside its fieldset, right after
//! the radios, in a polite status of its own: read once when it appears, and next when reading on.

use joint_intake_model::ready::{question_text, suggestion, Ready, QUESTIONS};
use yew::prelude::*;

use crate::form::is_checked;
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct ReadyProps {
    pub texts: Texts,
    pub ready: Ready,
    pub id_prefix: AttrValue,
    /// `(question id, answer)`.
    pub on_answer: Callback<(String, Option<bool>)>,
}

#[component(ReadyQuestions)]
pub fn ready_questions(props: &ReadyProps) -> Html {
    let texts = &props.texts;
    let language = texts.language();
    let prefix = props.id_prefix.as_str();
    let heading_id = format!("{prefix}-ready-title");
    let questions = QUESTIONS.iter().map(|question| {
        let answer = props.ready.answer(question);
        let name = format!("{prefix}-ready-{question}");
        let next_id = format!("{name}-next");
        let radio = |value: bool, label: &str| {
            let id = format!("{name}-{}", if value { "yes" } else { "no" });
            let onchange = {
                let question = (*question).to_owned();
                props.on_answer.reform(move |event: Event| (question.clone(), is_checked(&event).then_some(value)))
            };
            html! {
                <div class="iw-choice">
                    <input class="iw-choice__input" type="radio" id={id.clone()} name={name.clone()} value={if value { "yes" } else { "no" }} checked={answer == Some(value)} {onchange} />
                    <label class="iw-choice__label" for={id}>{ label.to_owned() }</label>
                </div>
            }
        };
        html! {
            <fieldset class="iw-fieldset iw-ready__question">
                <legend class="iw-fieldset__legend iw-ready__legend">{ question_text(language, question) }</legend>
                <div class="iw-choices iw-choices--radios iw-choices--inline">
                    { radio(true, texts.t("ready.yes")) }
                    { radio(false, texts.t("ready.no")) }
                </div>
                // Polite, and only the question just answered changes: one short announcement.
                <div class="iw-ready__next" role="status">
                    if answer == Some(false) {
                        <p class="iw-body" id={next_id}>{ suggestion(language, question) }</p>
                    }
                </div>
            </fieldset>
        }
    });
    html! {
        <div class="iw-ready">
            <h3 class="iw-heading-s" id={heading_id}>{ texts.t("ready.title") }</h3>
            <p class="iw-hint">{ texts.t("ready.hint") }</p>
            { for questions }
        </div>
    }
}
