//! "Ready to decide?" as it prints in "Your summary": each answered question, the answer, and
//! under a "no" its next step. Nothing when the visitor skipped the questions.

use joint_intake_model::ready::ReadyLine;
use yew::prelude::*;

use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct ReadySummaryProps {
    pub texts: Texts,
    pub lines: Vec<ReadyLine>,
}

#[component(ReadySummary)]
pub fn ready_summary(props: &ReadySummaryProps) -> Html {
    if props.lines.is_empty() {
        return Html::default();
    }
    let rows = props.lines.iter().map(|line| {
        html! {
            <div class="iw-summary-list__row">
                <dt class="iw-summary-list__key">{ line.question.clone() }</dt>
                <dd class="iw-summary-list__value">
                    { line.answer.clone() }
                    if let Some(next) = &line.suggestion {
                        <span class="iw-ready-summary__next">{ next.clone() }</span>
                    }
                </dd>
            </div>
        }
    });
    html! {
        <>
            <h3 class="iw-heading-s">{ props.texts.t("ready.title") }</h3>
            <dl class="iw-summary-list iw-ready-summary">{ for rows }</dl>
        </>
    }
}
