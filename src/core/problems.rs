//! Errors in content files. Each names the file and the field so an editor can find it.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// A path such as `questions[1].options[0].id`, or `line 4, column 7` for syntax errors.
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub fn new(file: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.to_owned(), field: field.into(), message: message.into() }
    }

    pub fn parse(file: &str, error: &serde_json::Error) -> Self {
        // serde_json appends " at line L column C" to its message; state the place once, up front.
        let message = error.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
        Self::new(file, format!("line {}, column {}", error.line(), error.column()), message)
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}: {}", self.file, self.field, self.message)
    }
}
