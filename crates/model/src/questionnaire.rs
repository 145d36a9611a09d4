//! The questionnaire's structure, read from `content/questionnaire.json`: questions in order,
//! their options, which follow-ups apply, and how each answer is validated. Wording lives in the
//! language files; this file holds only ids and behaviour.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::condition::Rule;

pub const FILE: &str = "content/questionnaire.json";

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    /// The question is asked only while this holds; otherwise its answer is discarded.
    #[serde(default)]
    pub enable_when: Option<Rule>,
    pub options: Vec<AnswerOption>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Exactly one option (radio buttons).
    Single,
    /// One or more options (checkboxes).
    Multiple,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TextField {
    pub max_length: usize,
}

impl Questionnaire {
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
