//! The questionnaire's structure, read from `content/questionnaire.json`: questions in order,
//! their options, which follow-ups apply, and how each answer is validated. Wording lives in the
//! language files; this file holds only ids and behaviour.

use serde::Deserialize;

use super::answers::Answers;
use super::condition::Rule;
use super::problems::ContentError;

pub const FILE: &str = "content/questionnaire.json";

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    /// The question is asked only while this holds; otherwise its answer is discarded.
    #[serde(default)]
    pub enable_when: Option<Rule>,
    pub options: Vec<AnswerOption>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Exactly one option (radio buttons).
    Single,
    /// One or more options (checkboxes).
    Multiple,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    /// "None" or "Not sure": cannot be combined with another option.
    #[serde(default)]
    pub exclusive: bool,
    /// Selecting this option reveals a free-text field.
    #[serde(default)]
    pub text: Option<TextField>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextField {
    pub max_length: usize,
}

impl Questionnaire {
    pub fn parse(json: &str) -> Result<Self, Vec<ContentError>> {
        let questionnaire: Self =
            serde_json::from_str(json).map_err(|error| vec![ContentError::parse(FILE, &error)])?;
        let problems = questionnaire.check();
        if problems.is_empty() {
            Ok(questionnaire)
        } else {
            Err(problems)
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|question| question.id == id)
    }

    /// Whether the question at `index` applies to these answers.
    pub fn is_enabled(&self, index: usize, answers: &Answers) -> bool {
        self.questions[index].enable_when.as_ref().is_none_or(|rule| rule.holds(answers))
    }

    /// A copy offering only `options` (in their original order) for `question`; an empty list, or
    /// one naming none of its options, leaves the question as it is.
    pub fn offering(&self, question: &str, options: &[String]) -> Self {
        let mut copy = self.clone();
        if let Some(asked) = copy.questions.iter_mut().find(|asked| asked.id == question) {
            let kept: Vec<AnswerOption> =
                asked.options.iter().filter(|option| options.contains(&option.id)).cloned().collect();
            if !kept.is_empty() {
                asked.options = kept;
            }
        }
        copy
    }

    /// Checks what serde cannot: unique ids, rules that name real questions and options.
    fn check(&self) -> Vec<ContentError> {
        let mut problems = Vec::new();
        let mut complain = |field: String, message: String| {
            problems.push(ContentError::new(FILE, field, message));
        };
        if self.questions.is_empty() {
            complain("questions".into(), "there must be at least one question".into());
        }
        for (index, question) in self.questions.iter().enumerate() {
            let at = format!("questions[{index}]");
            if !is_id(&question.id) {
                complain(format!("{at}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", question.id));
            }
            if self.questions[..index].iter().any(|earlier| earlier.id == question.id) {
                complain(format!("{at}.id"), format!("\"{}\" is used by an earlier question", question.id));
            }
            if question.options.is_empty() {
                complain(format!("{at}.options"), "a question needs at least one option".into());
            }
            for (number, option) in question.options.iter().enumerate() {
                let field = format!("{at}.options[{number}]");
                if !is_id(&option.id) {
                    complain(
                        format!("{field}.id"),
                        format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", option.id),
                    );
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
                    match self.questions[..index].iter().find(|earlier| earlier.id == named) {
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
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|option| option.id == id)
    }

    pub fn text_option(&self) -> Option<&AnswerOption> {
        self.options.iter().find(|option| option.text.is_some())
    }
}

/// Ids become parts of element ids and translation keys, so they stay plain.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"id":"q","version":"1","questions":[
        {"id":"condition","kind":"single","options":[{"id":"lupus"},{"id":"other"}]},
        {"id":"joint","kind":"single","enable_when":{"question":"condition","any_of":["other"]},
         "options":[{"id":"knee"}]}]}"#;

    fn errors(json: &str) -> Vec<String> {
        Questionnaire::parse(json).expect_err("should be rejected").iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_valid_questionnaire_parses_and_knows_its_follow_ups() {
        let questionnaire = Questionnaire::parse(MINIMAL).unwrap();
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
