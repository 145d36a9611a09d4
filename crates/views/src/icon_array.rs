//! A trial result as two icon arrays of 100 people each — the treated group and the comparison
//! group on one denominator — drawn as inline SVG from the numbers (nothing fetched, nothing a
//! strict CSP blocks), with the sentence that says the same thing as its text alternative.

use joint_intake_model::decision::{keys, Numbers, DENOMINATOR};
use yew::prelude::*;

use crate::texts::Texts;

const COLUMNS: usize = 10;
/// One person's cell in the grid, in SVG units.
const CELL: usize = 10;

#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    pub texts: Texts,
    pub numbers: Numbers,
    /// The number of the study in the page's reference list.
    pub reference: Option<usize>,
}

/// The sentence a reader hears and sees: "In a study, 45 of 100 people given … compared with …".
pub fn sentence(texts: &Texts, numbers: &Numbers) -> String {
    let words = &texts.language().decision;
    words.fill(
        "numbers.sentence",
        &[
            ("treated", &numbers.treated.per_hundred().to_string()),
            ("treated_group", words.get(&keys::numbers_treated(&numbers.id))),
            ("outcome", words.get(&keys::numbers_outcome(&numbers.id))),
            ("comparison", &numbers.comparison.per_hundred().to_string()),
            ("comparison_group", words.get(&keys::numbers_comparison(&numbers.id))),
        ],
    )
}

/// 100 people in rows of ten; the first `filled` had the outcome. Decorative on its own: the
/// figure's caption carries the meaning.
fn grid(filled: usize, label: String) -> Html {
    let people = (0..DENOMINATOR).map(|index| {
        let (x, y) = ((index % COLUMNS) * CELL + CELL / 2, (index / COLUMNS) * CELL + CELL / 2);
        let class = if index < filled { "iw-person iw-person--had" } else { "iw-person" };
        html! { <circle class={class} cx={x.to_string()} cy={y.to_string()} r="3.6" /> }
    });
    let size = (COLUMNS * CELL).to_string();
    html! {
        <div class="iw-icon-array__group">
            <svg class="iw-icon-array__grid" viewBox={format!("0 0 {size} {size}")} aria-hidden="true" focusable="false">
                { for people }
            </svg>
            <p class="iw-icon-array__label">{ label }</p>
        </div>
    }
}

#[component(IconArray)]
pub fn icon_array(props: &IconArrayProps) -> Html {
    let texts = &props.texts;
    let numbers = &props.numbers;
    let words = &texts.language().decision;
    // The short group label where the content has one ("Dummy drip (placebo)"), else the long one.
    let label = |count: usize, short: String, long: String| {
        format!("{count} / {DENOMINATOR}: {}", words.find(&short).unwrap_or_else(|| words.get(&long)))
    };
    let reference = props.reference.map(|number| format!(" [{number}]")).unwrap_or_default();
    html! {
        <figure class="iw-icon-array">
            <div class="iw-icon-array__pair">
                { grid(numbers.treated.per_hundred(), label(numbers.treated.per_hundred(), keys::numbers_treated_label(&numbers.id), keys::numbers_treated(&numbers.id))) }
                { grid(numbers.comparison.per_hundred(), label(numbers.comparison.per_hundred(), keys::numbers_comparison_label(&numbers.id), keys::numbers_comparison(&numbers.id))) }
            </div>
            <figcaption class="iw-body iw-icon-array__caption">
                { sentence(texts, numbers) }{ reference }
                if numbers.is_small() {
                    { " " }{ words.get("numbers.small_note") }
                }
            </figcaption>
        </figure>
    }
}
