//! The results as a decision aid: the decision the visitor faces in one sentence, their bottom
//! line, Print and Save next to it, what matters to them, their options side by side with numbers as pictures, then every topic
//! collapsed behind a one-line summary, next steps, and one numbered reference list.

use std::rc::Rc;

use joint_intake_model::answers::Answers;
use joint_intake_model::clinic_interest::clinic_interest;
use joint_intake_model::content::{SectionRule, Source, CAVEATS};
use joint_intake_model::decision::keys;
use joint_intake_model::ready::Ready;
use joint_intake_model::results::{
    bottom_line, comparison, comparison_pictures, condition, decision_statement, page_sources, topics, Statement,
    GOALS_QUESTION,
};
use joint_intake_model::rules::select_sections;
use joint_intake_model::settings::Settings;
use yew::prelude::*;

use crate::comparison::comparison_table;
use crate::markup::{button, paragraph, part_heading, text_in};
use crate::page_heading::page_heading;
use crate::pictures::statement_picture;
use crate::section::section;
use crate::start_over::{start_over, StartOverAction};
use crate::summary::summary;
use crate::texts::Texts;
use crate::values::values;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub texts: Texts,
    pub answers: Answers,
    /// The values the visitor ticked (ids).
    #[prop_or_default]
    pub values: Vec<String>,
    pub id_prefix: AttrValue,
    /// The id of the page's heading, which takes focus when the results are shown.
    pub heading_id: AttrValue,
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// "Start over", asked first in the widget.
    pub on_start_over: Callback<StartOverAction>,
    /// "Start over and clear your answers?" is being asked.
    #[prop_or_default]
    pub confirming_start_over: bool,
    /// "What matters to you" shows open.
    #[prop_or_default]
    pub values_open: bool,
    /// Every row of the comparison shown on a narrow screen.
    #[prop_or_default]
    pub all_comparison_rows: bool,
    #[prop_or_default]
    pub on_all_comparison_rows: Callback<bool>,
    pub on_print: Callback<()>,
    /// "Save a copy".
    pub on_save: Callback<()>,
    /// "Share", drawn only where the browser can share a file.
    #[prop_or_default]
    pub on_share: Callback<()>,
    #[prop_or_default]
    pub on_value: Callback<(String, bool)>,
    /// The "Ready to decide?" answers.
    #[prop_or_default]
    pub ready: Ready,
    #[prop_or_default]
    pub on_ready: Callback<(String, Option<bool>)>,
    /// Opens a collapsed topic by element id and moves there (the contents links).
    #[prop_or_default]
    pub on_reveal: Callback<String>,
}

/// "2021-06-03", or "undated (accessed 2026-11-20)".
pub fn source_date(texts: &Texts, source: &Source) -> String {
    match &source.accessed {
        Some(accessed) if source.is_undated() => {
            format!("{} ({})", texts.t("sources.undated"), texts.ui().fill("sources.accessed", &[("date", accessed)]))
        }
        _ => source.date.clone(),
    }
}

/// "Next steps", with the clinic's contact link when the host gave a safe one. `interest` is
/// what the clinic declared it sells, in words (`clinic_interest`).
fn contact(texts: &Texts, settings: &Settings, interest: Option<String>, id_prefix: &str) -> Html {
    let id = format!("{id_prefix}-contact");
    let link = settings.contact_url.as_ref().map(|url| {
        let label = match &settings.clinic_name {
            Some(clinic) => texts.ui().fill("contact.link", &[("clinic", clinic)]),
            None => texts.t("contact.link_generic").to_owned(),
        };
        html! { <p class="iw-body"><a class="iw-link" href={url.clone()}>{ label }</a></p> }
    });
    // When a clinic shows the widget, say plainly what it sells and that it earns from it (when
    // it declared that), else that it may offer these treatments; then neutral next steps before
    // its link.
    let shown_by_clinic = settings.clinic_name.is_some() || settings.contact_url.is_some() || interest.is_some();
    let clinic_note = shown_by_clinic.then(|| {
        let disclosure = match (interest, &settings.clinic_name) {
            (Some(mut interest), _) => {
                interest.push(' ');
                interest.push_str(texts.t("contact.same_text"));
                interest
            }
            (None, Some(clinic)) => texts.ui().fill("contact.clinic_may_offer", &[("clinic", clinic)]),
            (None, None) => texts.t("contact.clinic_may_offer_generic").to_owned(),
        };
        html! {
            <>
                { text_in("p", "iw-body iw-contact__disclosure", &disclosure) }
                { paragraph(texts.t("contact.neutral_next_steps")) }
            </>
        }
    });
    html! {
        <div class="iw-contact">
            { part_heading(id, texts.t("contact.title")) }
            { paragraph(texts.t("contact.body")) }
            { for clinic_note }
            { for link }
        </div>
    }
}

/// A topic's element id, for the contents links.
fn topic_id(prefix: &str, topic: &str) -> String {
    format!("{prefix}-topic-{topic}")
}

/// A topic's title and one-line summary: a group's title and its sections' titles, or a single
/// section's title and its summary line.
fn topic_labels(texts: &Texts, topic: &str, members: &[&SectionRule]) -> (String, String) {
    let language = texts.language();
    let title_of =
        |rule: &SectionRule| language.sections.get(&rule.id).map(|text| text.title.clone()).unwrap_or_default();
    match members {
        [only] if only.group.is_none() => {
            (title_of(only), language.decision.get(&keys::section_summary(&only.id)).to_owned())
        }
        _ => (
            texts.t(&format!("group.{topic}")).to_owned(),
            members.iter().map(|rule| title_of(rule)).collect::<Vec<_>>().join(" · "),
        ),
    }
}

/// One bottom-line statement: the goal in the visitor's words, the answer, and the pictures that
/// answer it.
fn statement(texts: &Texts, statement: &Statement, order: &[&str]) -> Html {
    html! {
        <li>
            if let Some(lead) = &statement.lead {
                <strong class="iw-bottom-line__goal">{ format!("{lead}:") }</strong>{ " " }
            }
            { statement.text.clone() }
            { for statement.pictures.iter().map(|id| statement_picture(texts, id, order)) }
        </li>
    }
}

/// One "On this page" entry: a link-styled button that opens and moves to its part.
fn contents_part(onclick: Callback<MouseEvent>, label: String) -> Html {
    html! { <li>{ button("iw-link-button", onclick, &label) }</li> }
}

/// A plain view function rather than a component: the app renders it with new callbacks every
/// time, so a component would re-render anyway, and each component costs the wasm its own copy
/// of Yew's lifecycle code. (The props keep `Properties` for the view tests' wrapper.)
pub fn results(props: &ResultsProps) -> Html {
    let texts = &props.texts;
    let content = texts.content();
    let language = texts.language();
    let words = &language.decision;
    let prefix = props.id_prefix.as_str();
    let chosen = select_sections(&content.sections, &props.answers);
    let comparison = comparison(content, &props.answers);
    let condition = condition(&props.answers);
    // The page's one reference list: a source's number is its place here.
    let order = page_sources(content, language, comparison, &chosen, condition);
    let topics = topics(&chosen);

    let statements = bottom_line(content, language, &props.answers);
    let statement_items = statements.iter().map(|item| statement(texts, item, &order));
    let table_pictures = comparison.map(|comparison| comparison_pictures(comparison, &statements)).unwrap_or_default();
    // The decision itself comes first, in plain words, so the visitor knows what the page is for.
    let decision = decision_statement(content, language, &props.answers)
        .map(|sentence| text_in("p", "iw-body iw-decision", sentence));
    let interest = clinic_interest(texts.ui(), &props.settings);
    let reveal = |id: String| props.on_reveal.reform(move |_: MouseEvent| id.clone());
    let caveats_id = topic_id(prefix, CAVEATS);

    // "On this page": the page's main parts, each one press away.
    let part = |id: String, label: String| contents_part(reveal(id), label);
    let comparison_id = format!("{prefix}-comparison");
    let detail_id = format!("{prefix}-detail");
    let contact_id = format!("{prefix}-contact");
    let sources_id = format!("{prefix}-sources");
    let sources_label = texts.ui().fill("results.sources_count", &[("count", &order.len().to_string())]);
    let contents_id = format!("{prefix}-contents");
    let contents = html! {
        <nav class="iw-contents-nav" aria-labelledby={contents_id.clone()}>
            <h2 class="iw-caption" id={contents_id}>{ texts.t("results.contents") }</h2>
            <ul class="iw-contents">
                if let Some(comparison) = comparison {
                    { part(comparison_id.clone(), words.get(&keys::comparison_title(&comparison.id)).to_owned()) }
                }
                { part(detail_id.clone(), texts.t("results.detail_title").to_owned()) }
                { part(contact_id.clone(), texts.t("contact.title").to_owned()) }
                { part(sources_id.clone(), sources_label.clone()) }
            </ul>
        </nav>
    };
    let details = topics.iter().map(|(topic, members)| {
        let (title, line) = topic_labels(texts, topic, members);
        html! {
            <details class="iw-topic" id={topic_id(prefix, topic)}>
                <summary class="iw-topic__summary">
                    { text_in("span", "iw-topic__title", &title) }
                    { text_in("span", "iw-topic__line", &line) }
                </summary>
                <div class="iw-topic__body">
                    { for members.iter().map(|rule| html! {
                        { section(texts, &rule.id, prefix, &order, condition) }
                    }) }
                </div>
            </details>
        }
    });
    let references = order.iter().filter_map(|id| content.source(id)).map(|source| {
        html! {
            <li class="iw-sources__item">
                { format!("{}. {}, {}. ", source.title, source.publisher, source_date(texts, source)) }
                <a class="iw-link" href={source.url.clone()} target="_blank" rel="noopener noreferrer">
                    { source.url.clone() }
                    <span class="iw-visually-hidden">{ " " }{ texts.t("results.source_link_hidden") }</span>
                </a>
            </li>
        }
    });
    let goals: Vec<String> = props
        .answers
        .selected(GOALS_QUESTION)
        .iter()
        .map(|id| texts.option_label(GOALS_QUESTION, id).to_owned())
        .collect();

    html! {
        <>
            { page_heading(&props.heading_id, None, texts.t("results.title")) }
            { for decision }
            <div class="iw-bottom-line">
                { text_in("h2", "iw-heading-m", words.get("bottom.title")) }
                <ul class="iw-list iw-list--bullet">{ for statement_items }</ul>
                <p class="iw-body iw-bottom-line__caveat">
                    { words.get("bottom.caveat") }{ " " }
                    { button("iw-link-button", reveal(caveats_id), texts.t("results.read_caveats")) }
                </p>
            </div>
            { summary(props) }
            { contents }
            // "Ready to decide?" waits inside the values panel, collapsed with it, so the page grows
            // only once it is opened. Every condition offered has a comparison, and so the panel.
            if comparison.is_some() && !content.decision.values.is_empty() {
                { values(props, &goals) }
            }
            if let Some(comparison) = comparison {
                { comparison_table(props, comparison, &order, &table_pictures) }
            }
            { part_heading(detail_id, texts.t("results.detail_title")) }
            <div class="iw-topics">{ for details }</div>
            { contact(texts, &props.settings, interest, prefix) }
            <details class="iw-sources" id={sources_id}>
                <summary class="iw-disclosure">{ sources_label }</summary>
                <ol class="iw-sources__list">{ for references }</ol>
                { text_in("p", "iw-body iw-reviewed", &texts.ui().fill("sources.reviewed", &[("date", &content.reviewed)])) }
            </details>
            { start_over(texts, props.confirming_start_over, prefix, &props.on_start_over) }
        </>
    }
}
