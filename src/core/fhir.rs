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
//!   condition). Anything else — `all`/`any` mixes, `{"always": false}` — makes [`questionnaire`]
//!   return an error naming the question, rather than publish a form that behaves differently.
//!
//! Objects are [`Json`] values, whose keys keep the order they are built in: `resourceType`
//! first, as in FHIR's own examples.

use super::answers::Answers;
use super::condition::Rule;
use super::content::{Content, DEFAULT_LANGUAGE};
use super::i18n::Strings;
use super::json::Json;
use super::questionnaire::{AnswerOption, Kind, Question};

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

/// The shipped questionnaire as a FHIR R4 `Questionnaire`, in the default language.
///
/// Fails, naming the question, if a follow-up rule cannot be expressed exactly with R4
/// `enableWhen` (see the module documentation), or if the questionnaire id is not a valid FHIR id.
pub fn questionnaire(content: &Content) -> Result<Json, String> {
    let (language, ui) = default_language(content);
    let source = &content.questionnaire;
    if !is_fhir_id(&source.id) {
        return Err(format!(
            "questionnaire id \"{}\" is not a valid FHIR id (A-Z, a-z, 0-9, - and ., at most 64)",
            source.id
        ));
    }
    let items =
        source.questions.iter().map(|question| question_item(content, ui, question)).collect::<Result<Vec<_>, _>>()?;
    Ok(Json::object([
        ("resourceType", "Questionnaire".into()),
        ("id", (&source.id).into()),
        ("url", canonical(content).into()),
        ("version", (&source.version).into()),
        ("name", machine_name(&source.id).into()),
        ("title", ui.get("widget.title").into()),
        ("status", "active".into()),
        ("language", language.into()),
        ("subjectType", vec!["Patient".into()].into()),
        ("date", (&content.reviewed).into()),
        ("item", items.into()),
    ]))
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

fn default_language(content: &Content) -> (&str, &Strings) {
    static NONE: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
    content.languages.first().map_or_else(
        || (DEFAULT_LANGUAGE, NONE.get_or_init(Strings::default)),
        |language| (language.code.as_str(), &language.ui),
    )
}

fn question_item(content: &Content, ui: &Strings, question: &Question) -> Result<Json, String> {
    let q = &question.id;
    let mut item = Json::object([
        ("linkId", q.into()),
        ("text", ui.get(&format!("q.{q}.title")).into()),
        ("type", "choice".into()),
        ("required", true.into()),
    ]);
    if question.kind == Kind::Multiple {
        item.insert("repeats", true.into());
    }
    if let Some(rule) = &question.enable_when {
        enable_when(content, ui, q, rule, &mut item)?;
    }
    let options: Vec<Json> = question
        .options
        .iter()
        .map(|option| {
            let mut answer_option = Json::object([("valueCoding", coding(ui, q, &option.id))]);
            if option.exclusive {
                let exclusive = Json::object([("url", OPTION_EXCLUSIVE.into()), ("valueBoolean", true.into())]);
                answer_option.insert("extension", vec![exclusive].into());
            }
            answer_option
        })
        .collect();
    item.insert("answerOption", options.into());
    if let Some(option) = question.text_option() {
        item.insert("item", vec![text_item(content, ui, question, option)?].into());
    }
    Ok(item)
}

/// The child item holding the free text of `option`, asked while that option is chosen.
fn text_item(content: &Content, ui: &Strings, question: &Question, option: &AnswerOption) -> Result<Json, String> {
    let (q, o) = (&question.id, &option.id);
    let mut item = Json::object([
        ("linkId", text_link_id(q, o).into()),
        ("text", ui.get(&format!("q.{q}.opt.{o}.text_label")).into()),
        ("type", "string".into()),
        ("required", true.into()),
    ]);
    if let Some(field) = option.text {
        // The content checks keep a limit between 1 and 2000, so it always fits.
        item.insert("maxLength", Json::Number(i64::try_from(field.max_length).unwrap_or(i64::MAX)));
    }
    let chosen = Rule::AnswerIs { question: q.clone(), any_of: vec![o.clone()] };
    enable_when(content, ui, &text_link_id(q, o), &chosen, &mut item)?;
    Ok(item)
}

/// Adds `enableWhen` and `enableBehavior` for `rule` to `item`, or explains why R4 cannot say it.
fn enable_when(content: &Content, ui: &Strings, link_id: &str, rule: &Rule, item: &mut Json) -> Result<(), String> {
    let unsupported = |why: &str| {
        format!(
            "question \"{link_id}\": enable_when cannot be expressed exactly as FHIR R4 enableWhen \
             ({why}); use {{\"question\": ..., \"any_of\": [...]}} or \
             {{\"not\": {{\"question\": ..., \"any_of\": [...]}}}}"
        )
    };
    let (named, options, operator, behaviour) = match rule {
        Rule::Always { always: true } => return Ok(()),
        Rule::Always { always: false } => {
            return Err(unsupported("R4 has no \"never enabled\""));
        }
        Rule::AnswerIs { question, any_of } => (question, any_of, "=", "any"),
        Rule::Not { not } => match not.as_ref() {
            Rule::AnswerIs { question, any_of } => (question, any_of, "!=", "all"),
            _ => return Err(unsupported("\"not\" may only wrap a question rule")),
        },
        Rule::All { .. } | Rule::Any { .. } => {
            return Err(unsupported("\"all\" and \"any\" combinations are not supported"));
        }
    };
    let Some(asked) = content.questionnaire.question(named) else {
        return Err(unsupported(&format!("\"{named}\" is not a question")));
    };
    if options.is_empty() {
        return Err(unsupported("\"any_of\" is empty"));
    }
    let mut conditions = Vec::with_capacity(options.len());
    for option in options {
        if asked.option(option).is_none() {
            return Err(unsupported(&format!("question \"{named}\" has no option \"{option}\"")));
        }
        conditions.push(Json::object([
            ("question", named.into()),
            ("operator", operator.into()),
            ("answerCoding", coding(ui, named, option)),
        ]));
    }
    item.insert("enableWhen", conditions.into());
    item.insert("enableBehavior", behaviour.into());
    Ok(())
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
    let text = answers.text(q).trim();
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

fn coding(ui: &Strings, question: &str, option: &str) -> Json {
    Json::object([
        ("system", code_system(question).into()),
        ("code", option.into()),
        ("display", ui.get(&format!("q.{question}.opt.{option}")).into()),
    ])
}

/// A FHIR `id`: `[A-Za-z0-9\-\.]{1,64}`.
fn is_fhir_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.')
}

/// A `name` that satisfies R4's `[A-Z]([A-Za-z0-9_]){0,254}`: `joint-stem-cell-intake` becomes
/// `JointStemCellIntake`.
fn machine_name(id: &str) -> String {
    let mut name: String = id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| first.to_ascii_uppercase().to_string() + chars.as_str())
        })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert_str(0, "Questionnaire");
    }
    name.truncate(255);
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_names_match_the_r4_pattern() {
        assert_eq!(machine_name("joint-stem-cell-intake"), "JointStemCellIntake");
        assert_eq!(machine_name("intake.v2"), "IntakeV2");
        assert_eq!(machine_name("2024-intake"), "Questionnaire2024Intake");
        assert_eq!(machine_name(""), "Questionnaire");
    }

    #[test]
    fn fhir_ids_are_checked() {
        assert!(is_fhir_id("joint-stem-cell-intake"));
        assert!(!is_fhir_id("joint stem cell") && !is_fhir_id("a_b") && !is_fhir_id(""));
        assert!(!is_fhir_id(&"a".repeat(65)));
    }
}
