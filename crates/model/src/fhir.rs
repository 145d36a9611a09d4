//! FHIR R4 output: the questionnaire as a `Questionnaire` resource (shipped as
//! `assets/questionnaire.json`), and the visitor's answers as a `QuestionnaireResponse` that the
//! host page may pass on. The widget itself sends nothing, and knows nothing about the patient: a
//! response has no `subject`, `author`, `authored` or id; the host adds those if it keeps it.
//!
//! Both resources use the default language (`content.languages[0]`) for their text, so the
//! `display` of every coding in a response matches the Questionnaire whatever language the
//! visitor saw.
//!
//! Mapping:
//! - each question is an item of type `choice` with `answerOption`s coded in the system
//!   `urn:joint-intake-widget:codes:{question}`, code = option id; `repeats` for checkboxes;
//!   exclusive options ("None", "Not sure") carry the R4 `questionnaire-optionExclusive` extension;
//! - an option with free text gets a child item `{question}.{option}.text` of type `string`, with
//!   `maxLength`, enabled when that option is chosen; in a response it is nested under the answer
//!   carrying that option's coding, as R4 requires for children of a question;
//! - `enable_when` becomes `enableWhen` + `enableBehavior`. Only rules R4 can express exactly are
//!   accepted: `{"question": q, "any_of": [...]}` (one `=` per option, behaviour `any`),
//!   `{"not": {"question": q, "any_of": [...]}}` (one `!=` per option, behaviour `all`; R4's `!=`
//!   also holds while `q` is unanswered, as the widget's `not` does) and `{"always": true}` (no
//!   condition). Anything else — `all`/`any` mixes, `{"always": false}` — makes the Questionnaire generator (in the content crate)
//!   return an error naming the question, rather than publish a form that behaves differently.
//!
//! Objects are [`Json`] values, whose keys keep the order they are built in: `resourceType`
//! first, as in FHIR's own examples.

use crate::answers::Answers;
use crate::content::{Content, DEFAULT_LANGUAGE};
use crate::i18n::Strings;
use crate::json::Json;
use crate::questionnaire::{AnswerOption, Kind, Question};

/// The Questionnaire's canonical URL is this followed by the questionnaire id.
pub const CANONICAL_BASE: &str = "urn:joint-intake-widget:questionnaire:";
/// Each question's options are codes in the system this followed by the question id.
pub const CODE_SYSTEM_BASE: &str = "urn:joint-intake-widget:codes:";
/// R4 core extension on `Questionnaire.item.answerOption`: choosing this option excludes others.
pub const OPTION_EXCLUSIVE: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

/// The Questionnaire's canonical URL, e.g. `urn:joint-intake-widget:questionnaire:joint-stem-cell-intake`.
pub fn canonical(content: &Content) -> String {
    format!("{CANONICAL_BASE}{}", content.questionnaire.id)
}

/// The code system of one question's options.
pub fn code_system(question: &str) -> String {
    format!("{CODE_SYSTEM_BASE}{question}")
}

/// The linkId of the free-text item that belongs to `option` of `question`.
pub fn text_link_id(question: &str, option: &str) -> String {
    format!("{question}.{option}.text")
}

/// The visitor's answers as a FHIR R4 `QuestionnaireResponse` (status `completed`) for
/// [`questionnaire`], in the default language.
///
/// Items follow the questionnaire's order; answers follow each question's option order. Only
/// questions and options the questionnaire knows are exported, only questions that apply to these
/// answers (a follow-up whose rule no longer holds is left out, as R4 forbids answers to disabled
/// items), at most one answer for a radio question, and the free text (trimmed) only while its
/// option is chosen and the text is not blank. With nothing to export, `item` is absent. The text's
/// length is not checked here: the flow does not let the visitor finish with text over the limit.
pub fn questionnaire_response(content: &Content, answers: &Answers) -> Json {
    let (_, ui) = default_language(content);
    let source = &content.questionnaire;
    let items: Vec<Json> = source
        .questions
        .iter()
        .enumerate()
        .filter(|(index, _)| source.is_enabled(*index, answers))
        .filter_map(|(_, question)| response_item(ui, question, answers))
        .collect();
    let mut response = Json::object([
        ("resourceType", "QuestionnaireResponse".into()),
        ("questionnaire", format!("{}|{}", canonical(content), source.version).into()),
        ("status", "completed".into()),
    ]);
    if !items.is_empty() {
        response.insert("item", items.into());
    }
    response
}

/// The default language's code and interface strings: FHIR text is always in it.
pub fn default_language(content: &Content) -> (&str, &Strings) {
    static NONE: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
    content.languages.first().map_or_else(
        || (DEFAULT_LANGUAGE, NONE.get_or_init(Strings::default)),
        |language| (language.code.as_str(), &language.ui),
    )
}

fn response_item(ui: &Strings, question: &Question, answers: &Answers) -> Option<Json> {
    let q = &question.id;
    let mut chosen = question.options.iter().filter(|option| answers.has_selected(q, &option.id));
    let chosen: Vec<&AnswerOption> = match question.kind {
        Kind::Single => chosen.next().into_iter().collect(),
        Kind::Multiple => chosen.collect(),
    };
    if chosen.is_empty() {
        return None;
    }
    let text = crate::validation::visible(answers.text(q));
    let answer: Vec<Json> = chosen
        .into_iter()
        .map(|option| {
            let mut answer = Json::object([("valueCoding", coding(ui, q, &option.id))]);
            if option.text.is_some() && !text.is_empty() {
                let text_item = Json::object([
                    ("linkId", text_link_id(q, &option.id).into()),
                    ("text", ui.get(&format!("q.{q}.opt.{}.text_label", option.id)).into()),
                    ("answer", vec![Json::object([("valueString", text.into())])].into()),
                ]);
                answer.insert("item", vec![text_item].into());
            }
            answer
        })
        .collect();
    Some(Json::object([
        ("linkId", q.into()),
        ("text", ui.get(&format!("q.{q}.title")).into()),
        ("answer", answer.into()),
    ]))
}

/// A `Coding` for one option, displayed in the default language.
pub fn coding(ui: &Strings, question: &str, option: &str) -> Json {
    Json::object([
        ("system", code_system(question).into()),
        ("code", option.into()),
        ("display", ui.get(&format!("q.{question}.opt.{option}")).into()),
    ])
}
