//! One educational section: its heading, paragraphs, lists and the sources it cites.
//! Content is always rendered as text, never as markup.

use yew::prelude::*;

use crate::texts::Texts;
use joint_intake_model::content::{Block, CAVEATS, URGENT_TITLE};

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub texts: Texts,
    pub id: AttrValue,
    /// 2 for a section of its own, 3 inside a group such as "Your medicines".
    pub level: u8,
    pub id_prefix: AttrValue,
}

/// `<h2>`…`<h6>` by number; Yew's `@{tag}` keeps it one element.
pub fn heading(level: u8, id: Option<String>, class: &'static str, text: Html) -> Html {
    let tag = format!("h{}", level.clamp(2, 6));
    html! { <@{tag} class={class} id={id}>{ text }</@> }
}

#[component(Section)]
pub fn section(props: &SectionProps) -> Html {
    let texts = &props.texts;
    let Some(text) = texts.language().sections.get(props.id.as_str()) else {
        return Html::default();
    };
    let heading_id = format!("{}-section-{}", props.id_prefix, props.id);
    let blocks = text.blocks.iter().map(|block| match block {
        Block::Paragraph { p, .. } => html! { <p class="iw-body">{ p.clone() }</p> },
        Block::List { list, .. } => html! {
            <ul class="iw-list iw-list--bullet">{ for list.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul>
        },
        Block::Heading { h } => heading(props.level + 1, None, "iw-heading-s", html! { h.clone() }),
        Block::Urgent { urgent, .. } => html! {
            <div class="iw-urgent" role="note">
                <p class="iw-body iw-urgent__title"><strong>{ texts.t(URGENT_TITLE) }</strong></p>
                <ul class="iw-list iw-list--bullet">{ for urgent.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul>
            </div>
        },
    });
    let sources = text.sources().into_iter().filter_map(|id| texts.content().source(id)).map(|source| {
        let year =
            if source.is_undated() { texts.t("sources.undated") } else { source.date.get(..4).unwrap_or(&source.date) };
        html! {
            <li>
                <a class="iw-link" href={source.url.clone()} target="_blank" rel="noopener noreferrer">
                    { format!("{} ({year})", source.publisher) }
                    <span class="iw-visually-hidden">{ " " }{ texts.t("results.source_link_hidden") }</span>
                </a>
            </li>
        }
    });
    let class = classes!("iw-section", (props.id == CAVEATS).then_some("iw-section--caveats"));
    html! {
        <section {class} aria-labelledby={heading_id.clone()}>
            { heading(props.level, Some(heading_id), "iw-heading-m", html! { text.title.clone() }) }
            { for blocks }
            <div class="iw-cites">
                <span class="iw-cites__label">{ texts.t("results.sources_label") }</span>
                <ul class="iw-cites__list">{ for sources }</ul>
            </div>
        </section>
    }
}
