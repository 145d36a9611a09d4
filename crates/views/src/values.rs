//! "What matters to you?": the values a visitor can weigh, one step away behind a disclosure.
//! Ticking one puts the comparison rows it bears on first, and the choices go into the summary
//! as words to use with a doctor.

use joint_intake_model::decision::keys;
use yew::prelude::*;

use crate::form::is_checked;
use crate::markup::{choice, list, text_in, Choice};
use crate::ready::ready_questions;
use crate::results::ResultsProps;

/// The panel, from the results' props: the values ticked (`values`), whether it shows open
/// (`values_open`: once used it stays open, even with nothing ticked, so unticking the last value
/// never collapses it under the visitor's focus), `on_value` with `(value id, ticked)`, and
/// "Ready to decide?" last inside it. `goals` are the labels of the goals the visitor chose
/// earlier, shown as context for the choice.
///
/// A plain view function rather than a component: the results re-render it with new callbacks
/// every time anyway, and each component costs the wasm its own copy of Yew's lifecycle code.
pub fn values(props: &ResultsProps, goals: &[String]) -> Html {
    let texts = &props.texts;
    let words = &texts.language().decision;
    let prefix = &props.id_prefix;
    let chosen = &props.values;
    let hint_id = format!("{prefix}-values-hint");
    let boxes = texts.content().decision.values.iter().map(|value| {
        let id = format!("{prefix}-value-{value}");
        let onchange = {
            let value = value.clone();
            props.on_value.reform(move |event: Event| (value.clone(), is_checked(&event)))
        };
        let label = words.get(&keys::value(value));
        let checked = chosen.contains(value);
        choice(Choice { kind: "checkbox", id, name: None, value: None, checked, label, hint: None }, onchange)
    });
    // Open once anything is ticked, so a re-render never hides the visitor's own choices.
    html! {
        <details class="iw-values" open={props.values_open || !chosen.is_empty()}>
            <summary class="iw-disclosure">{ words.get("values.title") }</summary>
            if !goals.is_empty() {
                { text_in("p", "iw-body iw-values__goals", texts.t("values.goals")) }
                { list(goals) }
            }
            <fieldset class="iw-fieldset" aria-describedby={hint_id.clone()}>
                <legend class="iw-visually-hidden">{ words.get("values.title") }</legend>
                <div class="iw-hint" id={hint_id}>{ words.get("values.hint") }</div>
                <div class="iw-choices iw-choices--checkboxes">{ for boxes }</div>
            </fieldset>
            { ready_questions(texts, &props.ready, prefix, &props.on_ready) }
        </details>
    }
}
