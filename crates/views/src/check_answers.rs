//! "Check your answers" (GOV.UK check-answers pattern): every answer with a Change link.
//! After a change, Continue comes back here.

use yew::prelude::*;

use crate::markup::{button, paragraph, plain_list};
use crate::page_heading::page_heading;
use crate::texts::Texts;
use joint_intake_model::answers::Answers;
use joint_intake_model::flow::Action;
use joint_intake_model::summary::answer_lines;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub texts: Texts,
    pub answers: Answers,
    /// Indexes of the questions that apply, in order.
    pub questions: Vec<usize>,
    /// The id of the page's heading, which takes focus when the page is shown.
    pub heading_id: AttrValue,
    /// "Step 2 of 5", inside the heading so it is read with it when the heading takes focus.
    #[prop_or_default]
    pub caption: Option<String>,
    pub on_action: Callback<Action>,
}

/// A plain view function rather than a component (see `question_page`).
pub fn check_answers(props: &CheckAnswersProps) -> Html {
    let texts = &props.texts;
    let rows = props.questions.iter().map(|&index| {
        let question = &texts.content().questionnaire.questions[index];
        let lines = answer_lines(texts.content(), texts.language(), &props.answers, &question.id);
        let value = match lines.as_slice() {
            [] => html! { texts.t("not_provided") },
            [only] => html! { only.clone() },
            many => plain_list("iw-list", many),
        };
        let onclick = {
            let on_action = props.on_action.clone();
            let question = question.id.clone();
            Callback::from(move |_| on_action.emit(Action::Change { question: question.clone() }))
        };
        let summary = texts.t(&format!("q.{}.summary", question.id));
        html! {
            <div class="iw-summary-list__row">
                <dt class="iw-summary-list__key">{ summary }</dt>
                <dd class="iw-summary-list__value">{ value }</dd>
                <dd class="iw-summary-list__actions">
                    <button type="button" class="iw-link-button" {onclick}>
                        { texts.t("change") }
                        <span class="iw-visually-hidden">{ " " }{ texts.ui().fill("change_hidden", &[("question", summary)]) }</span>
                    </button>
                </dd>
            </div>
        }
    });
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Continue))
    };
    html! {
        <>
            { page_heading(&props.heading_id, props.caption.as_deref(), texts.t("review.title")) }
            { paragraph(texts.t("review.intro")) }
            <dl class="iw-summary-list">{ for rows }</dl>
            <div class="iw-actions">
                { button("iw-button", onclick, texts.t("see_results")) }
            </div>
        </>
    }
}
