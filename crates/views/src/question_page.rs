//! One question on its own page (GOV.UK question-page pattern): the question is the page's
//! heading inside the fieldset's legend, with its hint, inline error, and choices.

use yew::prelude::*;

use crate::error_summary::{error_summary, ErrorLink, ErrorSummaryProps};
use crate::page_heading::page_heading;
use crate::texts::Texts;
use joint_intake_model::answers::Answers;
use joint_intake_model::flow::Action;
use joint_intake_model::i18n::fill;
use joint_intake_model::questionnaire::{AnswerOption, Kind, Question};
use joint_intake_model::validation::{visible, ErrorTarget, FieldError, Problem};

use crate::form::{input_value, is_checked};
use crate::markup::{choice, text_in, Choice};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub texts: Texts,
    pub index: usize,
    pub answers: Answers,
    pub error: Option<FieldError>,
    pub id_prefix: AttrValue,
    /// The id of the page's heading, which takes focus on each new step.
    pub heading_id: AttrValue,
    /// "Step 2 of 5", inside the heading so it is read with it when the heading takes focus.
    #[prop_or_default]
    pub caption: Option<String>,
    pub on_action: Callback<Action>,
    /// Asks for focus on a control, by element id (the error summary's links).
    pub on_focus: Callback<String>,
}

/// Element ids, unique per widget so two widgets on one page never collide.
pub fn option_id(prefix: &str, question: &str, option: &str) -> String {
    format!("{prefix}-{question}-{option}")
}

pub fn text_id(prefix: &str, question: &str, option: &str) -> String {
    format!("{prefix}-{question}-{option}-text")
}

/// The message shown for an error, in the error summary and next to the field.
pub fn error_message(texts: &Texts, question: &Question, error: &FieldError, answers: &Answers) -> String {
    let q = &question.id;
    match &error.problem {
        Problem::Required => texts.t(&format!("q.{q}.error.required")).to_owned(),
        Problem::Exclusive { option } => {
            texts.ui().fill("error.exclusive", &[("option", texts.option_label(q, option))])
        }
        Problem::TextMissing { option } => texts.t(&format!("q.{q}.opt.{option}.error.text_missing")).to_owned(),
        Problem::TextTooLong { option, max_length } => fill(
            texts.t("error.text_too_long"),
            &[
                ("label", texts.t(&format!("q.{q}.opt.{option}.text_label"))),
                ("max", &max_length.to_string()),
                ("count", &visible(answers.text(q)).chars().count().to_string()),
            ],
        ),
    }
}

/// A plain view function rather than a component: the app renders it with a new callback each
/// time, so a component would re-render anyway, and each component costs the wasm its own copy
/// of Yew's lifecycle code. (The props keep `Properties` for the view tests' wrapper.)
pub fn question_page(props: &QuestionPageProps) -> Html {
    let texts = &props.texts;
    let question = &texts.content().questionnaire.questions[props.index];
    let q = question.id.clone();
    let prefix = props.id_prefix.as_str();
    let hint_id = format!("{prefix}-{q}-hint");
    let error_id = format!("{prefix}-{q}-error");
    let hint = texts.ui().find(&format!("q.{q}.hint")).map(str::to_owned);

    let message = props.error.as_ref().map(|error| error_message(texts, question, error, &props.answers));
    let error_links = match (&props.error, &message) {
        (Some(error), Some(message)) => {
            let target = match error.target(question) {
                ErrorTarget::Option(option) => option_id(prefix, &q, &option),
                ErrorTarget::Text(option) => text_id(prefix, &q, &option),
            };
            vec![ErrorLink { message: message.clone(), target: target.into() }]
        }
        _ => Vec::new(),
    };

    let described_by = [hint.as_ref().map(|_| hint_id.clone()), message.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");

    let onsubmit = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_action.emit(Action::Continue);
        })
    };

    let first_exclusive = question.options.iter().position(|option| option.exclusive);
    let choices = question.options.iter().enumerate().map(|(position, option)| {
        let divider = (Some(position) == first_exclusive && position > 0)
            .then(|| text_in("p", "iw-choices__divider", texts.t("choices.or")));
        html! {
            <>
                { for divider }
                { option_choice(props, question, option) }
            </>
        }
    });

    let group_class = if message.is_some() { "iw-form-group iw-form-group--error" } else { "iw-form-group" };
    let choices_class = match question.kind {
        Kind::Single => "iw-choices iw-choices--radios",
        Kind::Multiple => "iw-choices iw-choices--checkboxes",
    };
    html! {
        // `method="dialog"`: should the form ever submit without the widget's handler (the
        // pre-rendered first step, before the wasm arrives), it goes nowhere and sends nothing.
        <form class="iw-form" method="dialog" novalidate=true {onsubmit}>
            if !error_links.is_empty() {
                { error_summary(&ErrorSummaryProps { texts, errors: &error_links, id_prefix: prefix, on_focus: &props.on_focus }) }
            }
            <div class={group_class}>
                <fieldset class="iw-fieldset" aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                    <legend class="iw-fieldset__legend">
                        { page_heading(&props.heading_id, props.caption.as_deref(), texts.t(&format!("q.{q}.title"))) }
                    </legend>
                    if let Some(hint) = hint {
                        <div class="iw-hint" id={hint_id}>{ hint }</div>
                    }
                    if let Some(message) = message {
                        <p class="iw-error-message" id={error_id}>
                            <span class="iw-visually-hidden">{ texts.t("error.prefix") }{ " " }</span>{ message }
                        </p>
                    }
                    <div class={choices_class}>{ for choices }</div>
                </fieldset>
            </div>
            <div class="iw-actions">
                <button type="submit" class="iw-button">{ texts.t("continue") }</button>
            </div>
        </form>
    }
}

/// One radio button or checkbox with its label and hint, plus the text field it reveals.
fn option_choice(props: &QuestionPageProps, question: &Question, option: &AnswerOption) -> Html {
    let texts = &props.texts;
    let prefix = props.id_prefix.as_str();
    let q = question.id.clone();
    let id = option_id(prefix, &q, &option.id);
    let hint = texts.ui().find(&format!("q.{q}.opt.{}.hint", option.id));
    let checked = props.answers.has_selected(&q, &option.id);

    let onchange = {
        let on_action = props.on_action.clone();
        let (q, option_id, kind) = (q.clone(), option.id.clone(), question.kind);
        Callback::from(move |event: Event| {
            let checked = is_checked(&event);
            on_action.emit(match kind {
                Kind::Single => Action::Choose { question: q.clone(), option: option_id.clone() },
                Kind::Multiple => Action::Toggle { question: q.clone(), option: option_id.clone(), checked },
            });
        })
    };
    let input_type = match question.kind {
        Kind::Single => "radio",
        Kind::Multiple => "checkbox",
    };
    let reveal = option.text.filter(|_| checked).map(|field| {
        let text_id = text_id(prefix, &q, &option.id);
        let has_error = matches!(
            props.error.as_ref().map(|error| &error.problem),
            Some(Problem::TextMissing { .. } | Problem::TextTooLong { .. })
        );
        let oninput = {
            let on_action = props.on_action.clone();
            let q = q.clone();
            Callback::from(move |event: InputEvent| {
                on_action.emit(Action::EnterText { question: q.clone(), text: input_value(&event) });
            })
        };
        html! {
            <div class="iw-conditional">
                <label class="iw-label" for={text_id.clone()}>{ texts.t(&format!("q.{q}.opt.{}.text_label", option.id)) }</label>
                <input
                    class={if has_error { "iw-input iw-input--error" } else { "iw-input" }}
                    type="text"
                    id={text_id}
                    name={format!("{prefix}-{q}-{}-text", option.id)}
                    maxlength={field.max_length.to_string()}
                    autocomplete="off"
                    spellcheck="false"
                    value={props.answers.text(&q).to_owned()}
                    aria-invalid={has_error.then_some("true")}
                    {oninput}
                />
            </div>
        }
    });

    html! {
        <>
            { choice(
                Choice {
                    kind: input_type,
                    hint: hint.map(|hint| (format!("{id}-hint"), hint)),
                    id,
                    name: Some(format!("{prefix}-{q}")),
                    value: Some(option.id.clone().into()),
                    checked,
                    label: texts.option_label(&q, &option.id),
                },
                onchange,
            ) }
            { for reveal }
        </>
    }
}
