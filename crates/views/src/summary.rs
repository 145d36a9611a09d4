//! Print and "Save a copy" near the top of the results, and "Your summary" as it prints: the
//! decision the visitor faces, the answers, the bottom line, what matters to the visitor, the
//! points to keep in mind, what the clinic showing the widget sells (when it says) and the
//! questions to ask — short enough for two pages. On screen the summary itself stays hidden (the
//! page above says the same); printing shows it alone.

use joint_intake_model::answers::Answers;
use joint_intake_model::content::URGENT_TITLE;
use joint_intake_model::decision::keys;
use joint_intake_model::summary::Summary;
use yew::prelude::*;

use crate::markup::{list, paragraph};
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub texts: Texts,
    pub answers: Answers,
    #[prop_or_default]
    pub values: Vec<String>,
    /// What the clinic showing the widget declared it sells (`clinic_interest`), for the summary.
    #[prop_or_default]
    pub clinic_interest: Option<String>,
    #[prop_or_default]
    pub ready: joint_intake_model::ready::Ready,
    pub on_print: Callback<()>,
    pub on_save: Callback<()>,
}

/// `<h3 class="iw-heading-s">`, the summary's part headings.
#[inline(never)]
fn part_heading(text: &str) -> Html {
    html! { <h3 class="iw-heading-s">{ text.to_owned() }</h3> }
}

#[component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let texts = &props.texts;
    let language = texts.language();
    let summary = Summary::new(texts.content(), language, &props.answers, &props.values)
        .with_clinic_interest(language, props.clinic_interest.clone())
        .with_ready(language, &props.ready);
    let print = props.on_print.reform(|_: MouseEvent| ());
    let save = props.on_save.reform(|_: MouseEvent| ());
    let answers = summary.answers.iter().map(|(question, lines)| {
        html! {
            <div class="iw-summary-list__row">
                <dt class="iw-summary-list__key">{ question.clone() }</dt>
                <dd class="iw-summary-list__value">{ lines.join("; ") }</dd>
            </div>
        }
    });
    let kept = summary.key_points.iter().map(|(title, points)| {
        html! { <>{ part_heading(title) }{ list(points) }</> }
    });
    html! {
        <>
            <div class="iw-actions iw-summary-actions">
                <button type="button" class="iw-button" onclick={print}>{ texts.t("summary.print") }</button>
                <button type="button" class="iw-button iw-button--secondary" onclick={save}>{ texts.t("summary.download") }</button>
            </div>
            <div class="iw-print-summary">
                <h2 class="iw-heading-m">{ texts.t("summary.title") }</h2>
                if !summary.urgent.is_empty() {
                    <div class="iw-urgent" role="note">
                        { part_heading(texts.t(URGENT_TITLE)) }
                        { list(&summary.urgent) }
                    </div>
                }
                if let Some(decision) = &summary.decision {
                    { part_heading(language.decision.get(keys::DECISION_TITLE)) }
                    <p class="iw-body iw-summary-decision">{ decision.clone() }</p>
                }
                { part_heading(texts.t("summary.answers")) }
                <dl class="iw-summary-list">{ for answers }</dl>
                if !summary.bottom_line.is_empty() {
                    { part_heading(language.decision.get("bottom.title")) }
                    { list(&summary.bottom_line) }
                }
                if !summary.values.is_empty() {
                    { part_heading(language.decision.get("values.title")) }
                    { list(&summary.values) }
                }
                { crate::ready_summary::ready_summary(texts, &summary.ready) }
                { for kept }
                { part_heading(texts.t("summary.questions")) }
                { list(&summary.questions) }
                { paragraph(texts.t("summary.footer")) }
            </div>
        </>
    }
}
