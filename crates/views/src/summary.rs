//! "Your summary" on the results page, with Print and "Save as a text file". Both are messages:
//! the model makes the file and the shell offers it locally; nothing is uploaded.

use yew::prelude::*;

use crate::texts::Texts;
use joint_intake_model::answers::Answers;
use joint_intake_model::content::URGENT_TITLE;
use joint_intake_model::summary::Summary;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub texts: Texts,
    pub answers: Answers,
    pub id_prefix: AttrValue,
    pub on_print: Callback<()>,
    pub on_save: Callback<()>,
}

#[component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let texts = &props.texts;
    let summary = Summary::new(texts.content(), texts.language(), &props.answers);
    let heading_id = format!("{}-summary", props.id_prefix);

    let print = props.on_print.reform(|_: MouseEvent| ());
    let download = props.on_save.reform(|_: MouseEvent| ());
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
            if !summary.urgent.is_empty() {
                <div class="iw-urgent" role="note">
                    <h3 class="iw-heading-s">{ texts.t(URGENT_TITLE) }</h3>
                    <ul class="iw-list iw-list--bullet">{ for summary.urgent.iter().map(|sign| html! { <li>{ sign.clone() }</li> }) }</ul>
                </div>
            }
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
