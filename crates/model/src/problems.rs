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
}

impl fmt::Display for ContentError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}: {}", self.file, self.field, self.message)
    }
}
