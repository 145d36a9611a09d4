//! "Ready to decide?": four yes-or-no questions after "What matters most to you?", after the
//! SURE test of the Ottawa decision aids (Légaré and others, 2010): feeling sure, knowing the
//! benefits and risks, being clear about what matters, having support. All optional; each "no"
//! brings one plain next step. The answers enter the summary and, for a visitor who opted in,
//! the save.

use crate::content::Language;
use crate::json::Json;

/// The questions' ids, in the order they are asked.
pub const QUESTIONS: [&str; 4] = ["sure", "understand", "values", "support"];

/// The visitor's answers: `Some(true)` for yes, `Some(false)` for no, `None` for not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ready([Option<bool>; 4]);

/// One answered question as the summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyLine {
    pub question: String,
    /// "Yes" or "No", in the visitor's language.
    pub answer: String,
    /// The next step a "no" brings.
    pub suggestion: Option<String>,
}

impl Ready {
    /// The answer to question `id`; `None` for an unknown id too.
    pub fn answer(&self, id: &str) -> Option<bool> {
        QUESTIONS.iter().position(|known| *known == id).and_then(|index| self.0[index])
    }

    /// Answers (or, with `None`, clears) question `id`; an unknown id changes nothing.
    pub fn set(&mut self, id: &str, answer: Option<bool>) {
        if let Some(index) = QUESTIONS.iter().position(|known| *known == id) {
            self.0[index] = answer;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// `{"sure":true,"support":false}`: the answered questions only.
    pub fn to_json(&self) -> Json {
        Json::Object(
            QUESTIONS
                .iter()
                .zip(self.0)
                .filter_map(|(id, answer)| Some(((*id).to_owned(), Json::Bool(answer?))))
                .collect(),
        )
    }

    /// Reads [`Ready::to_json`]'s shape; `None` if anything in it is not that shape (an unknown
    /// question, a value that is not `true` or `false`).
    pub fn from_json(json: &Json) -> Option<Self> {
        let mut ready = Self::default();
        for (id, value) in json.fields()? {
            let index = QUESTIONS.iter().position(|known| known == id)?;
            let Json::Bool(answer) = value else { return None };
            ready.0[index] = Some(*answer);
        }
        Some(ready)
    }
}

/// A question's words.
pub fn question_text<'a>(language: &'a Language, id: &str) -> &'a str {
    let ui = &language.ui;
    match id {
        "sure" => ui.get("ready.q.sure"),
        "understand" => ui.get("ready.q.understand"),
        "values" => ui.get("ready.q.values"),
        _ => ui.get("ready.q.support"),
    }
}

/// The next step a "no" to question `id` brings.
pub fn suggestion<'a>(language: &'a Language, id: &str) -> &'a str {
    let ui = &language.ui;
    match id {
        "sure" => ui.get("ready.next.sure"),
        "understand" => ui.get("ready.next.understand"),
        "values" => ui.get("ready.next.values"),
        _ => ui.get("ready.next.support"),
    }
}

/// The summary's "Ready to decide?" lines: each answered question, its answer and, for a "no",
/// its next step. Empty when the visitor skipped them all.
pub fn summary_lines(language: &Language, ready: &Ready) -> Vec<ReadyLine> {
    let ui = &language.ui;
    QUESTIONS
        .iter()
        .filter_map(|id| {
            let answer = ready.answer(id)?;
            Some(ReadyLine {
                question: question_text(language, id).to_owned(),
                answer: if answer { ui.get("ready.yes") } else { ui.get("ready.no") }.to_owned(),
                suggestion: (!answer).then(|| suggestion(language, id).to_owned()),
            })
        })
        .collect()
}

/// The summary file's part, `(heading, lines)`, one line a question ("Question? No. Next
/// step."), or `None` when nothing was answered.
pub fn text_part(language: &Language, lines: &[ReadyLine]) -> Option<(String, Vec<String>)> {
    if lines.is_empty() {
        return None;
    }
    let lines = lines
        .iter()
        .map(|line| match &line.suggestion {
            Some(next) => format!("{} {}. {next}", line.question, line.answer),
            None => format!("{} {}.", line.question, line.answer),
        })
        .collect();
    Some((language.ui.get("ready.title").to_owned(), lines))
}

impl crate::summary::Summary {
    /// The summary with the visitor's "Ready to decide?" answers ([`summary_lines`]), or as it
    /// was when they skipped the questions.
    pub fn with_ready(self, language: &Language, ready: &Ready) -> Self {
        match text_part(language, &summary_lines(language, ready)) {
            Some((heading, lines)) => self.with_ready_lines(heading, lines),
            None => self,
        }
    }
}
