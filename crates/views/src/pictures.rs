//! The pictures under a comparison: the first good-outcome picture and the first bad-outcome
//! picture shown side by side in weight (benefits and harms get the same space), the rest one
//! step away behind "More results as pictures", so the page stays short. A comparison with no
//! picture says why (`picture.none.<comparison>`).

use joint_intake_model::decision::{keys, Comparison};
use joint_intake_model::results::reference_number;
use yew::prelude::*;

use crate::icon_array::IconArray;
use crate::texts::Texts;

/// Every picture of `comparison`, with its study's number in the page's reference list `order`.
pub fn pictures(texts: &Texts, comparison: &Comparison, order: &[&str]) -> Html {
    let words = &texts.language().decision;
    let all: Vec<_> = comparison.pictures.iter().filter_map(|id| texts.content().decision.picture(id)).collect();
    if all.is_empty() {
        return html! { <p class="iw-body">{ words.get(&keys::no_picture(&comparison.id)) }</p> };
    }
    let first_benefit = all.iter().position(|picture| !picture.is_harm());
    let first_harm = all.iter().position(|picture| picture.is_harm());
    let shown = |index: usize| Some(index) == first_benefit || Some(index) == first_harm;
    let figure = |picture: &&joint_intake_model::decision::Picture| {
        let reference = reference_number(order, &picture.study);
        html! { <IconArray texts={texts.clone()} picture={(*picture).clone()} {reference} /> }
    };
    let first: Vec<Html> = all.iter().enumerate().filter(|(index, _)| shown(*index)).map(|(_, p)| figure(p)).collect();
    let more: Vec<Html> = all.iter().enumerate().filter(|(index, _)| !shown(*index)).map(|(_, p)| figure(p)).collect();
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
