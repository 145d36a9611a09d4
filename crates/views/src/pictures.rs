//! The pictures under a comparison: the first of those left to it shown, the rest one step
//! away behind "More results as pictures", so the results stay within five phone screens before
//! anything is opened (`tests/e2e/results.test.mjs`). A comparison with no picture says why
//! (`picture.none.<comparison>`). A picture that answers a goal the visitor chose is drawn under
//! that goal's bottom-line statement instead, behind its title ([`statement_picture`]).

use joint_intake_model::decision::{keys, Comparison};
use joint_intake_model::results::reference_number;
use yew::prelude::*;

use crate::markup::text_in;

use crate::icon_array::{icon_array, icon_array_untitled};
use crate::texts::Texts;

/// The pictures `shown` (ids, in order) with `comparison`, each with its study's number in the
/// page's reference list `order`; a comparison that has no picture at all says why.
pub fn pictures(texts: &Texts, comparison: &Comparison, shown: &[&str], order: &[&str]) -> Html {
    let words = &texts.language().decision;
    if comparison.pictures.is_empty() {
        return text_in("p", "iw-body", words.get(&keys::no_picture(&comparison.id)));
    }
    let all: Vec<_> = shown.iter().filter_map(|id| texts.content().decision.picture(id)).collect();
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

/// A picture under a bottom-line statement: its title, opening to the picture, so the first
/// screens keep the statements together (the page must stay within five phone screens).
pub fn statement_picture(texts: &Texts, id: &str, order: &[&str]) -> Html {
    let Some(picture) = texts.content().decision.picture(id) else { return Html::default() };
    let words = &texts.language().decision;
    html! {
        <details class="iw-statement__picture">
            <summary class="iw-disclosure">{ words.get(&keys::picture_title(id)) }</summary>
            { icon_array_untitled(texts, picture, reference_number(order, &picture.study)) }
        </details>
    }
}
