//! The FHIR R4 `Questionnaire` the build publishes as `dist/questionnaire.json` (golden-tested
//! against `assets/questionnaire.json`). The matching `QuestionnaireResponse` is the model's
//! (`joint_intake_model::fhir`); the mapping is described there.

use joint_intake_model::condition::Rule;
use joint_intake_model::content::Content;
use joint_intake_model::fhir::{
    canonical, coding, default_language, text_label, text_link_id, ITEM_CONTROL, ITEM_CONTROL_CODES, OPTION_EXCLUSIVE,
};
use joint_intake_model::i18n::Strings;
use joint_intake_model::json::Json;
use joint_intake_model::questionnaire::{AnswerOption, Kind, Question};

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
    let mut items = Vec::new();
    for question in &source.questions {
        items.push(question_item(content, ui, question)?);
        if let Some(option) = question.text_option() {
            items.push(text_item(content, ui, question, option)?);
        }
    }
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
    item.insert("extension", vec![item_control(question.kind)].into());
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
    Ok(item)
}

/// The `itemControl` extension naming the control the widget shows: generic form fillers would
/// otherwise pick a drop-down or an autocomplete list.
fn item_control(kind: Kind) -> Json {
    let (code, display) = match kind {
        Kind::Single => ("radio-button", "Radio Button"),
        Kind::Multiple => ("check-box", "Check-box"),
    };
    let coding =
        Json::object([("system", ITEM_CONTROL_CODES.into()), ("code", code.into()), ("display", display.into())]);
    Json::object([
        ("url", ITEM_CONTROL.into()),
        ("valueCodeableConcept", Json::object([("coding", vec![coding].into())])),
    ])
}

/// The item holding the free text of `option`, right after its question and asked while that
/// option is chosen. R4 gives a disabled question no answers, so the text follows its question.
fn text_item(content: &Content, ui: &Strings, question: &Question, option: &AnswerOption) -> Result<Json, String> {
    let (q, o) = (&question.id, &option.id);
    let mut item = Json::object([
        ("linkId", text_link_id(q, o).into()),
        ("text", text_label(ui, q, o).into()),
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
