//! What the widget tells the page it sits on. The host layer turns these into DOM events
//! (`intake:ready`, `intake:step`, `intake:complete`, `intake:reset`); nothing is ever sent.

use crate::answers::Answers;
use crate::fhir;
use crate::json::Json;
use crate::questionnaire::{Kind, Questionnaire};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The first question is on screen and can be answered.
    Ready,
    /// A step is shown; `step` is a question id, `review` or `results`.
    Step { step: String },
    /// The results are shown; `answers` as [`answers_for_host`] shapes them, and the same
    /// answers as a FHIR R4 QuestionnaireResponse, dated when the event is sent ([`Self::detail`]).
    Complete { answers: Json, questionnaire_response: Json },
    /// The widget went back to its first question with nothing answered: the visitor pressed
    /// "Start over" or "Forget my answers".
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

    /// The event's `detail`, as JSON, for an event sent at `now_unix_millis` (milliseconds since
    /// 1970 UTC): the time dates the FHIR response. The shell reads the clock; the model never does.
    pub fn detail(&self, now_unix_millis: i64) -> Json {
        match self {
            WidgetEvent::Ready | WidgetEvent::Reset => Json::Null,
            WidgetEvent::Step { step } => step.into(),
            WidgetEvent::Complete { answers, questionnaire_response } => Json::object([
                ("answers", answers.clone()),
                ("questionnaireResponse", fhir::authored_at(questionnaire_response, now_unix_millis)),
            ]),
        }
    }
}

/// Answers as a host page would want them: `{"condition": "lupus", "medications": ["nsaids",
/// "other"], "medications_other_text": "fish oil"}`, in questionnaire order, option ids only.
pub fn answers_for_host(questionnaire: &Questionnaire, answers: &Answers) -> Json {
    let mut shaped = Json::Object(Vec::new());
    for question in &questionnaire.questions {
        if !answers.is_answered(&question.id) {
            continue;
        }
        let chosen: Vec<Json> = question
            .options
            .iter()
            .filter(|option| answers.has_selected(&question.id, &option.id))
            .map(|option| Json::from(&option.id))
            .collect();
        let value = match question.kind {
            Kind::Single => chosen.into_iter().next().unwrap_or(Json::Null),
            Kind::Multiple => Json::Array(chosen),
        };
        shaped.insert(&question.id, value);
        if let Some(option) = question.text_option() {
            if answers.has_selected(&question.id, &option.id) {
                let key = format!("{}_{}_text", question.id, option.id);
                shaped.insert(&key, crate::validation::visible(answers.text(&question.id)).into());
            }
        }
    }
    shaped
}
