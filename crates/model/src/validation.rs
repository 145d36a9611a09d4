//! What counts as a complete answer to one question, and what the visitor is told when it is not.

use crate::answers::Answers;
use crate::questionnaire::{Kind, Question};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing selected.
    Required,
    /// An exclusive option ("None", "Not sure") together with another option.
    Exclusive {
        option: String,
    },
    /// The option that asks for free text is selected but the text is empty.
    TextMissing {
        option: String,
    },
    TextTooLong {
        option: String,
        max_length: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub question: String,
    pub problem: Problem,
}

/// Which control an error message points at, so the error summary can link to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorTarget {
    Option(String),
    Text(String),
}

impl FieldError {
    pub fn target(&self, question: &Question) -> ErrorTarget {
        match &self.problem {
            Problem::Required => {
                ErrorTarget::Option(question.options.first().map(|o| o.id.clone()).unwrap_or_default())
            }
            Problem::Exclusive { option } => ErrorTarget::Option(option.clone()),
            Problem::TextMissing { option } | Problem::TextTooLong { option, .. } => ErrorTarget::Text(option.clone()),
        }
    }
}

/// The first problem with this question's answer, if any (one message per field, as GOV.UK advises).
pub fn validate(question: &Question, answers: &Answers) -> Option<FieldError> {
    let selected = answers.selected(&question.id);
    let problem = if selected.is_empty() {
        Some(Problem::Required)
    } else if let Some(exclusive) = question
        .options
        .iter()
        .find(|option| option.exclusive && selected.contains(&option.id))
        .filter(|_| selected.len() > 1)
    {
        Some(Problem::Exclusive { option: exclusive.id.clone() })
    } else {
        question.options.iter().filter(|option| selected.contains(&option.id)).find_map(|option| {
            let field = option.text?;
            let length = visible(answers.text(&question.id)).chars().count();
            if length == 0 {
                Some(Problem::TextMissing { option: option.id.clone() })
            } else if length > field.max_length {
                Some(Problem::TextTooLong { option: option.id.clone(), max_length: field.max_length })
            } else {
                None
            }
        })
    };
    debug_assert!(question.kind == Kind::Multiple || selected.len() <= 1);
    problem.map(|problem| FieldError { question: question.id.clone(), problem })
}

/// Characters that show nothing: whitespace, zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF) and bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Free text without the invisible characters at either end: what is checked, counted and
/// exported. Text made only of invisible characters becomes empty, so it counts as missing.
pub fn visible(text: &str) -> &str {
    text.trim_matches(is_invisible)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{AnswerOption, TextField};

    fn medications() -> Question {
        let option = |id: &str| AnswerOption { id: id.into(), exclusive: false, text: None };
        Question {
            id: "medications".into(),
            kind: Kind::Multiple,
            enable_when: None,
            options: vec![
                option("nsaids"),
                AnswerOption { text: Some(TextField { max_length: 10 }), ..option("other") },
                AnswerOption { exclusive: true, ..option("none") },
            ],
        }
    }

    fn problem(answers: &Answers) -> Option<Problem> {
        validate(&medications(), answers).map(|error| error.problem)
    }

    #[test]
    fn nothing_selected_is_required_and_points_at_the_first_option() {
        let error = validate(&medications(), &Answers::default()).unwrap();
        assert_eq!(error.problem, Problem::Required);
        assert_eq!(error.target(&medications()), ErrorTarget::Option("nsaids".into()));
    }

    #[test]
    fn none_together_with_a_medicine_is_explained_not_dropped() {
        let mut answers = Answers::default();
        answers.toggle("medications", "nsaids", true);
        answers.toggle("medications", "none", true);
        assert_eq!(problem(&answers), Some(Problem::Exclusive { option: "none".into() }));
        assert_eq!(answers.selected("medications"), ["nsaids", "none"], "both ticks are kept");
        answers.toggle("medications", "nsaids", false);
        assert_eq!(problem(&answers), None);
    }

    #[test]
    fn other_needs_text_within_its_limit() {
        let mut answers = Answers::default();
        answers.toggle("medications", "other", true);
        assert_eq!(problem(&answers), Some(Problem::TextMissing { option: "other".into() }));
        answers.set_text("medications", "   ");
        assert_eq!(problem(&answers), Some(Problem::TextMissing { option: "other".into() }));
        answers.set_text("medications", "fish oil");
        assert_eq!(problem(&answers), None);
        answers.set_text("medications", "glucosamine and fish oil");
        assert_eq!(problem(&answers), Some(Problem::TextTooLong { option: "other".into(), max_length: 10 }));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let mut answers = Answers::default();
        answers.toggle("medications", "other", true);
        answers.set_text("medications", "ñññññññññ");
        assert_eq!(problem(&answers), None);
    }
}
