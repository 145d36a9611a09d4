//! One educational section inside a collapsed topic: its heading, the paragraphs and lists meant
//! for the visitor's condition, then their sources behind a "Sources (n)" disclosure, numbered as
//! in the page's one reference list.
//! Content is always rendered as text, never as markup.

use joint_intake_model::content::{Block, URGENT_TITLE};
use joint_intake_model::results::reference_number;
use yew::prelude::*;

use crate::markup::{list, paragraph};
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub texts: Texts,
    pub id: AttrValue,
    pub id_prefix: AttrValue,
    /// The page's reference list, in order: a source's number is its place here.
    pub page_sources: Vec<AttrValue>,
    /// The visitor's condition (an option id), if they gave one: blocks limited to other
    /// conditions (`"only"`) are left out.
    #[prop_or_default]
    pub condition: Option<AttrValue>,
}

/// "Sources (2)", opening to the numbers and short names of the sources in the reference list.
pub fn cited_sources(texts: &Texts, cited: &[&str], page_sources: &[AttrValue]) -> Html {
    if cited.is_empty() {
        return Html::default();
    }
    let order: Vec<&str> = page_sources.iter().map(AttrValue::as_str).collect();
    let items =
        cited.iter().filter_map(|id| texts.content().source(id).map(|source| (id, source))).map(|(id, source)| {
            let number = reference_number(&order, id).map(|number| format!("[{number}] ")).unwrap_or_default();
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

#[component(Section)]
pub fn section(props: &SectionProps) -> Html {
    let texts = &props.texts;
    let Some(text) = texts.language().sections.get(props.id.as_str()) else {
        return Html::default();
    };
    let part_id = format!("{}-section-{}", props.id_prefix, props.id);
    let condition = props.condition.as_deref();
    let blocks = text.blocks_for(condition).map(|block| match block {
        Block::Paragraph { p, .. } => paragraph(p),
        Block::List { list: lines, .. } => list(lines),
        Block::Heading { h } => html! { <h4 class="iw-heading-s">{ h.clone() }</h4> },
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
            <h3 class="iw-heading-m">{ text.title.clone() }</h3>
            { for blocks }
            { cited_sources(texts, &text.sources_for(condition), &props.page_sources) }
        </div>
    }
}
