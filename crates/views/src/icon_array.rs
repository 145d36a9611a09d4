//! One trial result as a picture that cannot mislead: a title saying what was counted, in whom
//! and over what time; then every arm of the study with its real count in words; an arm of 20
//! people or more also drawn as that many people (inline SVG, decorative: the words carry the
//! meaning), an arm under 20 shown as its count only, never scaled to 100. A good outcome and a
//! bad one differ in colour, shape (circle or square) and words ("Good outcome", "Bad
//! outcome"), in print and in forced colours too.

use joint_intake_model::decision::{keys, ArmCount, Picture};
use yew::prelude::*;

use crate::markup::text_in;

use crate::texts::Texts;

const COLUMNS: usize = 10;
/// One person's cell in the grid, in SVG units.
const CELL: usize = 10;

/// One person: a filled mark if they had the outcome (a circle for a good outcome, a square for
/// a bad one), else an empty circle.
fn person(index: usize, marked: bool, harm: bool) -> Html {
    let (x, y) = ((index % COLUMNS) * CELL + CELL / 2, (index / COLUMNS) * CELL + CELL / 2);
    mark(x, y, marked, harm)
}

fn mark(x: usize, y: usize, marked: bool, harm: bool) -> Html {
    if marked && harm {
        // A square, 7 units wide, centred on the person's place.
        html! { <rect class="iw-mark iw-mark--harm" x={(x - 3).to_string()} y={(y - 3).to_string()} width="7" height="7" /> }
    } else {
        let class = if marked { "iw-mark iw-mark--benefit" } else { "iw-mark" };
        html! { <circle {class} cx={x.to_string()} cy={y.to_string()} r="3.6" /> }
    }
}

/// The people of one arm at its real size, those with the outcome first.
fn grid(count: &ArmCount, harm: bool) -> Html {
    let rows = count.of.div_ceil(COLUMNS);
    let marks = (0..count.of).map(|index| person(index, index < count.events, harm));
    html! {
        <svg class="iw-picture__grid" viewBox={format!("0 0 {} {}", COLUMNS * CELL, rows * CELL)}
            aria-hidden="true" focusable="false">
            { for marks }
        </svg>
    }
}

/// "Lowest cell dose: 9 of 20 people", and the grid when the arm has 20 people or more.
fn group(texts: &Texts, picture: &Picture, count: &ArmCount) -> Html {
    let words = &texts.language().decision;
    let said = words.fill("picture.count", &[("events", &count.events.to_string()), ("of", &count.of.to_string())]);
    html! {
        <li class="iw-picture__group">
            <p class="iw-picture__count">
                <span class="iw-picture__arm">{ words.get(&keys::arm_label(&picture.study, &count.arm)) }{ ": " }</span>
                { said }
            </p>
            if !count.is_small() {
                { grid(count, picture.is_harm()) }
            }
        </li>
    }
}

/// One picture; `reference` is the number of the study in the page's reference list. A plain
/// function, not a component: it has no state, and the page redraws it only with its comparison.
pub fn icon_array(texts: &Texts, picture: &Picture, reference: Option<usize>) -> Html {
    figure(texts, picture, reference, true)
}

/// One picture whose title is already shown just above it (the summary that opens it): the
/// caption keeps only the kind of outcome and the reference.
pub fn icon_array_untitled(texts: &Texts, picture: &Picture, reference: Option<usize>) -> Html {
    figure(texts, picture, reference, false)
}

fn figure(texts: &Texts, picture: &Picture, reference: Option<usize>, titled: bool) -> Html {
    let words = &texts.language().decision;
    let harm = picture.is_harm();
    let (class, kind) = if harm {
        ("iw-picture iw-picture--harm", "picture.kind.harm")
    } else {
        ("iw-picture iw-picture--benefit", "picture.kind.benefit")
    };
    let reference = reference.map(|number| format!(" [{number}]")).unwrap_or_default();
    let note = words.find(&keys::picture_note(&picture.id));
    html! {
        <figure {class}>
            <figcaption class="iw-picture__title">
                { text_in("span", "iw-picture__kind", words.get(kind)) }
                if titled {
                    { words.get(&keys::picture_title(&picture.id)) }
                }
                { reference }
            </figcaption>
            <p class="iw-picture__legend">
                <svg class="iw-picture__key" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                    { mark(5, 5, true, harm) }
                </svg>
                { words.get(&keys::picture_marker(&picture.id)) }
            </p>
            <ul class="iw-picture__groups">
                { for picture.arms.iter().map(|count| group(texts, picture, count)) }
            </ul>
            if let Some(note) = note {
                { text_in("p", "iw-picture__note", note) }
            }
            if picture.arms.iter().any(ArmCount::is_small) {
                { text_in("p", "iw-picture__note", words.get("picture.small_note")) }
            }
        </figure>
    }
}
