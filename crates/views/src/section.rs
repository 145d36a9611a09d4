//! One educational section inside a collapsed topic: its heading, the paragraphs and lists meant
//! for the visitor's condition, then their sources behind a "Sources (n)" disclosure, numbered as
//! in the page's one reference list.
//! Content is always rendered as text, never as markup.

use joint_intake_model::content::{Block, URGENT_TITLE};
use joint_intake_model::results::reference_number;
use yew::prelude::*;

use crate::markup::{list, paragraph, text_in};
use crate::texts::Texts;

/// "Sources (2)", opening to the numbers and short names of the sources in the reference list.
fn cited_sources(texts: &Texts, cited: &[&str], order: &[&str]) -> Html {
    if cited.is_empty() {
        return Html::default();
    }
    let items =
        cited.iter().filter_map(|id| texts.content().source(id).map(|source| (id, source))).map(|(id, source)| {
            let number = reference_number(order, id).map(|number| format!("[{number}] ")).unwrap_or_default();
            let year = if source.is_undated() {
                texts.t("sources.undated")
            } else {
                source.date.get(..4).unwrap_or(&source.date)
            };
            html! { <li>{ format!("{number}{} ({year})", source.publisher) }</li> }
        });
    html! {
        <details class="iw-cites">
            <summary class="iw-cites__summary">{ texts.ui().fill("results.sources_count", &[("count", &cited.len().to_string())]) }</summary>
            <ul class="iw-cites__list">{ for items }</ul>
        </details>
    }
}

/// The section `id`, its element id made from `prefix`. `order` is the page's reference list (a
/// source's number is its place there); `condition` the visitor's condition (an option id), if
/// they gave one: blocks limited to other conditions (`"only"`) are left out.
///
/// A plain view function rather than a component, for size: each component costs the wasm its
/// own copy of Yew's lifecycle code. As a component it skipped re-rendering when only the
/// results' controls changed; drawing and diffing the sections again made a value tick's
/// re-render 1.2 → 1.6 ms (best of ten, desktop Chromium), well under a frame even on a phone.
pub fn section(texts: &Texts, id: &str, prefix: &str, order: &[&str], condition: Option<&str>) -> Html {
    let Some(text) = texts.language().sections.get(id) else {
        return Html::default();
    };
    let part_id = format!("{prefix}-section-{id}");
    let blocks = text.blocks_for(condition).map(|block| match block {
        Block::Paragraph { p, .. } => paragraph(p),
        Block::List { list: lines, .. } => list(lines),
        Block::Heading { h } => text_in("h4", "iw-heading-s", h),
        Block::Urgent { urgent, .. } => html! {
            <div class="iw-urgent" role="note">
                <p class="iw-body iw-urgent__title"><strong>{ texts.t(URGENT_TITLE) }</strong></p>
                { list(urgent) }
            </div>
        },
    });
    html! {
        <div class="iw-section" id={part_id}>
            // A section sits in a results topic, under the page's `<h2>`s: its title is an `<h3>`,
            // a heading inside it an `<h4>`.
            { text_in("h3", "iw-heading-m", &text.title) }
            { for blocks }
            { cited_sources(texts, &text.sources_for(condition), order) }
        </div>
    }
}
