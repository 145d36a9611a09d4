//! "Start over" at the end of the results. It asks first, in the widget itself: "Start over and
//! clear your answers?" with a button to go ahead and one to keep the answers. The model moves
//! focus to the keeping button (the safe choice) when asking, and back to "Start over" when the
//! visitor keeps their answers, by that button or by Escape.

use joint_intake_model::widget::ids;
use yew::prelude::*;

use crate::markup::button;
use crate::texts::Texts;

/// What the visitor did to "Start over".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartOverAction {
    /// "Start over": ask first.
    Ask,
    /// "Yes, start over".
    Confirm,
    /// "No, keep my answers", or Escape.
    Cancel,
}

/// The button, or in its place the question (`confirming`). A plain function rather than a
/// component: the results re-render it with everything else, and the wasm stays smaller.
pub fn start_over(texts: &Texts, confirming: bool, prefix: &str, on_action: &Callback<StartOverAction>) -> Html {
    let press = |action| on_action.reform(move |_: MouseEvent| action);
    if !confirming {
        return html! {
            <div class="iw-actions">
                <button type="button" class="iw-button iw-button--secondary iw-start-over" id={ids::start_over(prefix)} onclick={press(StartOverAction::Ask)}>{ texts.t("start_over") }</button>
            </div>
        };
    }
    let question_id = format!("{prefix}-start-over-question");
    let on_action = on_action.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            on_action.emit(StartOverAction::Cancel);
        }
    });
    html! {
        <div class="iw-confirm" role="group" aria-labelledby={question_id.clone()} {onkeydown}>
            <p class="iw-confirm__question" id={question_id}>{ texts.t("start_over.question") }</p>
            <div class="iw-actions iw-confirm__actions">
                { button("iw-button iw-start-over-confirm", press(StartOverAction::Confirm), texts.t("start_over.confirm")) }
                <button type="button" class="iw-button iw-button--secondary" id={ids::start_over_cancel(prefix)} onclick={press(StartOverAction::Cancel)}>{ texts.t("start_over.cancel") }</button>
            </div>
        </div>
    }
}
