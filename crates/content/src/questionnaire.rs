//! Reads `content/questionnaire.json` and checks what serde cannot: unique, plain ids; options
//! that fit their question's kind; follow-ups that name earlier questions and real options.

use joint_intake_model::problems::ContentError;
use joint_intake_model::questionnaire::{is_id, Kind, Questionnaire, FILE};

use crate::syntax_error;

pub fn parse_questionnaire(json: &str) -> Result<Questionnaire, Vec<ContentError>> {
    let questionnaire: Questionnaire = serde_json::from_str(json).map_err(|error| vec![syntax_error(FILE, &error)])?;
    let problems = check(&questionnaire);
    if problems.is_empty() {
        Ok(questionnaire)
    } else {
        Err(problems)
    }
}

/// Checks what serde cannot: unique ids, rules that name real questions and options.
pub(crate) fn check(questionnaire: &Questionnaire) -> Vec<ContentError> {
    let mut problems = Vec::new();
    let mut complain = |field: String, message: String| {
        problems.push(ContentError::new(FILE, field, message));
    };
    if questionnaire.questions.is_empty() {
        complain("questions".into(), "there must be at least one question".into());
    }
    for (index, question) in questionnaire.questions.iter().enumerate() {
        let at = format!("questions[{index}]");
        if !is_id(&question.id) {
            complain(format!("{at}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", question.id));
        }
        if questionnaire.questions[..index].iter().any(|earlier| earlier.id == question.id) {
            complain(format!("{at}.id"), format!("\"{}\" is used by an earlier question", question.id));
        }
        if question.options.is_empty() {
            complain(format!("{at}.options"), "a question needs at least one option".into());
        }
        for (number, option) in question.options.iter().enumerate() {
            let field = format!("{at}.options[{number}]");
            if !is_id(&option.id) {
                complain(format!("{field}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", option.id));
            }
            if question.options[..number].iter().any(|earlier| earlier.id == option.id) {
                complain(format!("{field}.id"), format!("\"{}\" appears twice in this question", option.id));
            }
            if option.exclusive && question.kind == Kind::Single {
                complain(
                    format!("{field}.exclusive"),
                    "only checkbox questions (kind \"multiple\") can have exclusive options".into(),
                );
            }
            if option.text.is_some_and(|text| text.max_length == 0 || text.max_length > 2000) {
                complain(format!("{field}.text.max_length"), "must be between 1 and 2000".into());
            }
        }
        if question.options.iter().filter(|option| option.text.is_some()).count() > 1 {
            complain(format!("{at}.options"), "at most one option per question may ask for free text".into());
        }
        if let Some(rule) = &question.enable_when {
            // A follow-up may only depend on questions asked before it, so the flow always
            // knows whether to ask it.
            for (named, option) in rule.references() {
                match questionnaire.questions[..index].iter().find(|earlier| earlier.id == named) {
                    None => complain(
                        format!("{at}.enable_when"),
                        format!("names \"{named}\", which is not an earlier question"),
                    ),
                    Some(earlier) if !earlier.options.iter().any(|known| known.id == option) => complain(
                        format!("{at}.enable_when"),
                        format!("question \"{named}\" has no option \"{option}\""),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use joint_intake_model::answers::Answers;

    const MINIMAL: &str = r#"{"id":"q","version":"1","questions":[
        {"id":"condition","kind":"single","options":[{"id":"lupus"},{"id":"other"}]},
        {"id":"joint","kind":"single","enable_when":{"question":"condition","any_of":["other"]},
         "options":[{"id":"knee"}]}]}"#;

    fn errors(json: &str) -> Vec<String> {
        parse_questionnaire(json).expect_err("should be rejected").iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_valid_questionnaire_parses_and_knows_its_follow_ups() {
        let questionnaire = parse_questionnaire(MINIMAL).unwrap();
        let mut answers = Answers::default();
        answers.choose("condition", "lupus");
        assert!(!questionnaire.is_enabled(1, &answers));
        answers.choose("condition", "other");
        assert!(questionnaire.is_enabled(1, &answers));
    }

    #[test]
    fn a_follow_up_naming_a_later_or_unknown_question_is_reported_with_its_field() {
        let json = MINIMAL.replace(r#""question":"condition""#, r#""question":"conditon""#);
        assert_eq!(
            errors(&json),
            ["content/questionnaire.json: questions[1].enable_when: names \"conditon\", which is not an earlier question"]
        );
        let json = MINIMAL.replace(r#""any_of":["other"]"#, r#""any_of":["otter"]"#);
        assert_eq!(
            errors(&json),
            ["content/questionnaire.json: questions[1].enable_when: question \"condition\" has no option \"otter\""]
        );
    }

    #[test]
    fn duplicate_and_malformed_ids_are_reported() {
        let json = MINIMAL.replace(r#"{"id":"other"}"#, r#"{"id":"lupus"},{"id":"Bad Id"}"#);
        let found = errors(&json);
        assert!(
            found.contains(
                &"content/questionnaire.json: questions[0].options[1].id: \"lupus\" appears twice in this question"
                    .to_owned()
            ),
            "{found:?}"
        );
        assert!(found.iter().any(|error| error.contains("questions[0].options[2].id")), "{found:?}");
    }

    #[test]
    fn syntax_errors_name_the_file_and_position() {
        let found = errors(r#"{"id":"q","version":"1","questions":[{"id":"x","kind":"dropdown","options":[]}]}"#);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("content/questionnaire.json: line 1, column "), "{found:?}");
        assert!(found[0].contains("dropdown"), "{found:?}");
    }
}
