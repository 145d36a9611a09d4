//! "What matters to you?": the values a visitor can weigh, one step away behind a disclosure.
//! Ticking one puts the comparison rows it bears on first, and the choices go into the summary
//! as words to use with a doctor.

use joint_intake_model::decision::keys;
use joint_intake_model::ready::Ready;
use yew::prelude::*;

use crate::form::is_checked;
use crate::markup::list;
use crate::ready::ready_questions;
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct ValuesProps {
    pub texts: Texts,
    pub chosen: Vec<String>,
    /// The goals the visitor chose earlier (their labels), shown as context for the choice.
    #[prop_or_default]
    pub goals: Vec<String>,
    /// Shown open: once used it stays open, even with nothing ticked, so unticking the last
    /// value never collapses the panel under the visitor's focus.
    #[prop_or_default]
    pub open: bool,
    pub id_prefix: AttrValue,
    /// `(value id, ticked)`.
    pub on_change: Callback<(String, bool)>,
    /// "Ready to decide?", shown last inside the panel.
    #[prop_or_default]
    pub ready: Ready,
    #[prop_or_default]
    pub on_ready: Callback<(String, Option<bool>)>,
}

#[component(Values)]
pub fn values(props: &ValuesProps) -> Html {
    let texts = &props.texts;
    let words = &texts.language().decision;
    let hint_id = format!("{}-values-hint", props.id_prefix);
    let boxes = texts.content().decision.values.iter().map(|value| {
        let id = format!("{}-value-{value}", props.id_prefix);
        let onchange = {
            let value = value.clone();
            props.on_change.reform(move |event: Event| (value.clone(), is_checked(&event)))
        };
        html! {
            <div class="iw-choice">
                <input class="iw-choice__input" type="checkbox" id={id.clone()} checked={props.chosen.contains(value)} {onchange} />
                <label class="iw-choice__label" for={id}>{ words.get(&keys::value(value)) }</label>
            </div>
        }
    });
    // Open once anything is ticked, so a re-render never hides the visitor's own choices.
    html! {
        <details class="iw-values" open={props.open || !props.chosen.is_empty()}>
            <summary class="iw-disclosure">{ words.get("values.title") }</summary>
            if !props.goals.is_empty() {
                <p class="iw-body iw-values__goals">{ texts.t("values.goals") }</p>
                { list(&props.goals) }
            }
            <fieldset class="iw-fieldset" aria-describedby={hint_id.clone()}>
                <legend class="iw-visually-hidden">{ words.get("values.title") }</legend>
                <div class="iw-hint" id={hint_id}>{ words.get("values.hint") }</div>
                <div class="iw-choices iw-choices--checkboxes">{ for boxes }</div>
            </fieldset>
            { ready_questions(texts, &props.ready, &props.id_prefix, &props.on_ready) }
        </details>
    }
}
