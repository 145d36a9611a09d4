//! "Ready to decide?": four optional yes-or-no questions (`model::ready`), each a fieldset with
//! its legend and two inline radios. A "no" shows one next step inside its fieldset, right after
//! the radios, in a polite status of its own: read once when it appears, and next when reading on.

use joint_intake_model::ready::{question_text, suggestion, Ready, QUESTIONS};
use yew::prelude::*;

use crate::form::is_checked;
use crate::markup::{choice, paragraph, text_in, Choice};
use crate::texts::Texts;

/// The questions, with the answers given so far. `on_answer` gets `(question id, answer)`. A plain
/// function rather than a component: it lives inside the values panel, which re-renders it.
pub fn ready_questions(
    texts: &Texts,
    ready: &Ready,
    prefix: &str,
    on_answer: &Callback<(String, Option<bool>)>,
) -> Html {
    let language = texts.language();
    let questions = QUESTIONS.iter().map(|question| {
        let answer = ready.answer(question);
        let name = format!("{prefix}-ready-{question}");
        let radios = [(true, texts.t("ready.yes")), (false, texts.t("ready.no"))].map(|(value, label)| {
            let onchange = {
                let question = (*question).to_owned();
                on_answer.reform(move |event: Event| (question.clone(), is_checked(&event).then_some(value)))
            };
            radio(&name, value, label, answer == Some(value), onchange)
        });
        html! {
            <fieldset class="iw-fieldset iw-ready__question">
                <legend class="iw-fieldset__legend iw-ready__legend">{ question_text(language, question) }</legend>
                <div class="iw-choices iw-choices--radios iw-choices--inline">{ for radios }</div>
                // Polite, and only the question just answered changes: one short announcement.
                <div class="iw-ready__next" role="status">
                    if answer == Some(false) {
                        { paragraph(suggestion(language, question)) }
                    }
                </div>
            </fieldset>
        }
    });
    html! {
        <div class="iw-ready">
            { text_in("h3", "iw-heading-s", texts.t("ready.title")) }
            { text_in("p", "iw-hint", texts.t("ready.hint")) }
            { for questions }
        </div>
    }
}

/// One answer, Yes (`value`) or No, of the radio group `name`.
fn radio(name: &str, value: bool, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    let value = if value { "yes" } else { "no" };
    let id = format!("{name}-{value}");
    let (name, value) = (Some(name.to_owned()), Some(AttrValue::Static(value)));
    choice(Choice { kind: "radio", id, name, value, checked, label, hint: None }, onchange)
}
