//! The pictures under a comparison: the first in the comparison's list shown, the rest one step
//! away behind "More results as pictures", so the results stay within five phone screens before
//! anything is opened (`tests/e2e/results.test.mjs`). A comparison with no picture says why
//! (`picture.none.<comparison>`).

use joint_intake_model::decision::{keys, Comparison};
use joint_intake_model::results::reference_number;
use yew::prelude::*;

use crate::icon_array::icon_array;
use crate::texts::Texts;

/// Every picture of `comparison`, with its study's number in the page's reference list `order`.
pub fn pictures(texts: &Texts, comparison: &Comparison, order: &[&str]) -> Html {
    let words = &texts.language().decision;
    let all: Vec<_> = comparison.pictures.iter().filter_map(|id| texts.content().decision.picture(id)).collect();
    if all.is_empty() {
        return html! { <p class="iw-body">{ words.get(&keys::no_picture(&comparison.id)) }</p> };
    }
    let mut figures = all.iter().map(|picture| icon_array(texts, picture, reference_number(order, &picture.study)));
    let first = figures.next();
    let more: Vec<Html> = figures.collect();
    html! {
        <>
            { for first }
            if !more.is_empty() {
                <details class="iw-more-numbers">
                    <summary class="iw-disclosure">{ texts.ui().fill("results.more_numbers", &[("count", &more.len().to_string())]) }</summary>
                    { for more }
                </details>
            }
        </>
    }
}
