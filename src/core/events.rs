//! What the widget tells the page it sits on. The host layer turns these into DOM events
//! (`intake:ready`, `intake:step`, `intake:complete`, `intake:reset`); nothing is ever sent.

use serde_json::{Map, Value};

use super::answers::Answers;
use super::questionnaire::{Kind, Questionnaire};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The first question is on screen and can be answered.
    Ready,
    /// A step is shown; `step` is a question id, `review` or `results`.
    Step { step: String },
    /// The results are shown; `answers` as [`answers_for_host`] shapes them, and the same
    /// answers as a FHIR R4 QuestionnaireResponse.
    Complete { answers: Value, questionnaire_response: Value },
    /// The visitor pressed "Start over".
    Reset,
}

impl WidgetEvent {
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready => "intake:ready",
            WidgetEvent::Step { .. } => "intake:step",
            WidgetEvent::Complete { .. } => "intake:complete",
            WidgetEvent::Reset => "intake:reset",
        }
    }

    /// The event's `detail`, as JSON.
    pub fn detail(&self) -> Value {
        match self {
            WidgetEvent::Ready | WidgetEvent::Reset => Value::Null,
            WidgetEvent::Step { step } => Value::String(step.clone()),
            WidgetEvent::Complete { answers, questionnaire_response } => {
                let mut detail = Map::new();
                detail.insert("answers".into(), answers.clone());
                detail.insert("questionnaireResponse".into(), questionnaire_response.clone());
                Value::Object(detail)
            }
        }
    }
}

/// Answers as a host page would want them: `{"condition": "lupus", "medications": ["nsaids",
/// "other"], "medications_other_text": "fish oil"}`, in questionnaire order, option ids only.
pub fn answers_for_host(questionnaire: &Questionnaire, answers: &Answers) -> Value {
    let mut shaped = Map::new();
    for question in &questionnaire.questions {
        if !answers.is_answered(&question.id) {
            continue;
        }
        let chosen: Vec<Value> = question
            .options
            .iter()
            .filter(|option| answers.has_selected(&question.id, &option.id))
            .map(|option| Value::String(option.id.clone()))
            .collect();
        let value = match question.kind {
            Kind::Single => chosen.into_iter().next().unwrap_or(Value::Null),
            Kind::Multiple => Value::Array(chosen),
        };
        shaped.insert(question.id.clone(), value);
        if let Some(option) = question.text_option() {
            if answers.has_selected(&question.id, &option.id) {
                let key = format!("{}_{}_text", question.id, option.id);
                shaped.insert(key, Value::String(answers.text(&question.id).trim().to_owned()));
            }
        }
    }
    Value::Object(shaped)
}
