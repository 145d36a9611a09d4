//! The results: the sections the rules chose, caveats first, grouped where the content says so,
//! then every source with its date and the content's review date.

use std::rc::Rc;

use yew::prelude::*;

use crate::section::{heading, Section};
use crate::summary::SummaryView;
use crate::texts::Texts;
use joint_intake_model::answers::Answers;
use joint_intake_model::content::{SectionRule, Source};
use joint_intake_model::rules::select_sections;
use joint_intake_model::settings::Settings;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub texts: Texts,
    pub answers: Answers,
    pub id_prefix: AttrValue,
    /// The id of the page's heading, which takes focus when the results are shown.
    pub heading_id: AttrValue,
    #[prop_or_default]
    pub settings: Rc<Settings>,
    pub on_start_over: Callback<()>,
    pub on_print: Callback<()>,
    /// "Save as a text file".
    pub on_save: Callback<()>,
}

/// Runs of consecutive sections that share a group (or stand alone).
fn grouped<'a>(sections: &[&'a SectionRule]) -> Vec<(Option<&'a str>, Vec<&'a SectionRule>)> {
    let mut runs: Vec<(Option<&str>, Vec<&SectionRule>)> = Vec::new();
    for section in sections {
        let group = section.group.as_deref();
        match runs.last_mut() {
            Some((current, members)) if group.is_some() && *current == group => members.push(section),
            _ => runs.push((group, vec![section])),
        }
    }
    runs
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

/// "Next steps", with the clinic's contact link when the host gave a safe one.
fn contact(texts: &Texts, settings: &Settings, id_prefix: &str) -> Html {
    let id = format!("{id_prefix}-contact");
    let link = settings.contact_url.as_ref().map(|url| {
        let label = match &settings.clinic_name {
            Some(clinic) => texts.ui().fill("contact.link", &[("clinic", clinic)]),
            None => texts.t("contact.link_generic").to_owned(),
        };
        html! { <p class="iw-body"><a class="iw-link" href={url.clone()}>{ label }</a></p> }
    });
    // When a clinic shows the widget, say plainly that it may offer these treatments, and give
    // neutral next steps before its link.
    let clinic_note = (settings.clinic_name.is_some() || settings.contact_url.is_some()).then(|| {
        let may_offer = match &settings.clinic_name {
            Some(clinic) => texts.ui().fill("contact.clinic_may_offer", &[("clinic", clinic)]),
            None => texts.t("contact.clinic_may_offer_generic").to_owned(),
        };
        html! {
            <>
                <p class="iw-body iw-contact__disclosure">{ may_offer }</p>
                <p class="iw-body">{ texts.t("contact.neutral_next_steps") }</p>
            </>
        }
    });
    html! {
        <section class="iw-section iw-contact" aria-labelledby={id.clone()}>
            <h2 class="iw-heading-m" id={id}>{ texts.t("contact.title") }</h2>
            <p class="iw-body">{ texts.t("contact.body") }</p>
            { for clinic_note }
            { for link }
        </section>
    }
}

#[component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let texts = &props.texts;
    let content = texts.content();
    let chosen = select_sections(&content.sections, &props.answers);
    let section = |rule: &SectionRule, level: u8| {
        html! { <Section texts={texts.clone()} id={rule.id.clone()} {level} id_prefix={props.id_prefix.clone()} /> }
    };
    let body = grouped(&chosen).into_iter().map(|(group, members)| match group {
        Some(group) => {
            let id = format!("{}-group-{group}", props.id_prefix);
            html! {
                <section class="iw-group" aria-labelledby={id.clone()}>
                    { heading(2, Some(id), "iw-heading-m", html! { texts.t(&format!("group.{group}")) }) }
                    { for members.iter().map(|rule| section(rule, 3)) }
                </section>
            }
        }
        None => html! { { for members.iter().map(|rule| section(rule, 2)) } },
    });

    let mut cited: Vec<&str> = Vec::new();
    for rule in &chosen {
        if let Some(text) = texts.language().sections.get(&rule.id) {
            cited.extend(text.sources().into_iter().filter(|id| !cited.contains(id)).collect::<Vec<_>>());
        }
    }
    let sources = cited.into_iter().filter_map(|id| content.source(id)).map(|source| {
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
    let sources_id = format!("{}-sources", props.id_prefix);
    let start_over = props.on_start_over.reform(|_: MouseEvent| ());

    html! {
        <>
            <h1 class="iw-heading-l" id={props.heading_id.clone()} tabindex="-1">{ texts.t("results.title") }</h1>
            <p class="iw-body iw-lede">{ texts.t("results.intro") }</p>
            { for body }
            <SummaryView texts={texts.clone()} answers={props.answers.clone()} id_prefix={props.id_prefix.clone()} on_print={props.on_print.clone()} on_save={props.on_save.clone()} />
            { contact(texts, &props.settings, &props.id_prefix) }
            <section class="iw-sources" aria-labelledby={sources_id.clone()}>
                <h2 class="iw-heading-m" id={sources_id}>{ texts.t("sources.title") }</h2>
                <ol class="iw-sources__list">{ for sources }</ol>
                <p class="iw-body iw-reviewed">{ texts.ui().fill("sources.reviewed", &[("date", &content.reviewed)]) }</p>
            </section>
            <div class="iw-actions">
                <button type="button" class="iw-button iw-button--secondary iw-start-over" onclick={start_over}>{ texts.t("start_over") }</button>
            </div>
        </>
    }
}
