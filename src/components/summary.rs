//! "Your summary" on the results page, with Print and "Save as a text file". Both happen in the
//! browser: printing uses the print stylesheet, the file is made locally and never uploaded.

use yew::prelude::*;

use super::texts::Texts;
use crate::core::answers::Answers;
use crate::core::summary::Summary;
use crate::host::dom;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub texts: Texts,
    pub answers: Answers,
    pub id_prefix: AttrValue,
}

#[component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let texts = &props.texts;
    let summary = Summary::new(texts.content(), texts.language(), &props.answers);
    let heading_id = format!("{}-summary", props.id_prefix);

    let print = Callback::from(|_: MouseEvent| dom::print());
    let download = {
        // The file is written when asked for, not on every render.
        let (texts, answers) = (texts.clone(), props.answers.clone());
        Callback::from(move |_: MouseEvent| {
            let summary = Summary::new(texts.content(), texts.language(), &answers);
            let file = summary.to_plain_text(texts.content(), texts.language());
            dom::download_text(texts.t("summary.file_name"), &file);
        })
    };
    let answers = summary.answers.iter().map(|(question, lines)| {
        html! {
            <div class="iw-summary-list__row">
                <dt class="iw-summary-list__key">{ question.clone() }</dt>
                <dd class="iw-summary-list__value">{ lines.join("; ") }</dd>
            </div>
        }
    });
    let key_points = summary.key_points.iter().map(|(title, points)| {
        html! {
            <li>
                <span class="iw-summary__point-title">{ title.clone() }</span>
                <ul class="iw-list iw-list--bullet">{ for points.iter().map(|point| html! { <li>{ point.clone() }</li> }) }</ul>
            </li>
        }
    });
    html! {
        <section class="iw-section iw-summary" aria-labelledby={heading_id.clone()}>
            <h2 class="iw-heading-m" id={heading_id}>{ texts.t("summary.title") }</h2>
            <p class="iw-body">{ texts.t("summary.intro") }</p>
            <h3 class="iw-heading-s">{ texts.t("summary.answers") }</h3>
            <dl class="iw-summary-list">{ for answers }</dl>
            <h3 class="iw-heading-s">{ texts.t("summary.key_points") }</h3>
            <ul class="iw-list iw-summary__points">{ for key_points }</ul>
            <h3 class="iw-heading-s">{ texts.t("summary.questions") }</h3>
            <ul class="iw-list iw-list--bullet">{ for summary.questions.iter().map(|question| html! { <li>{ question.clone() }</li> }) }</ul>
            <div class="iw-actions">
                <button type="button" class="iw-button" onclick={download}>{ texts.t("summary.download") }</button>
                <button type="button" class="iw-button iw-button--secondary" onclick={print}>{ texts.t("summary.print") }</button>
            </div>
        </section>
    }
}
