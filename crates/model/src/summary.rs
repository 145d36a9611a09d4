//! "Your summary": the visitor's answers, the key points of the sections chosen for them and the
//! questions to ask a clinic — shown on the results page, printed, and downloaded as plain text.

use crate::answers::Answers;
use crate::content::{Content, Language, CAVEATS, URGENT_TITLE};
use crate::rules::select_sections;

/// The section whose key points are the questions to take to a clinic.
pub const QUESTIONS_SECTION: &str = "questions_to_ask";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// `(question label, answer lines)` for each question that applies.
    pub answers: Vec<(String, Vec<String>)>,
    /// `(section title, key points)` for each chosen section, caveats first.
    pub key_points: Vec<(String, Vec<String>)>,
    pub questions: Vec<String>,
    /// "Get medical help straight away if…": the urgent-care signs of every chosen section,
    /// first mention first, without repeats.
    pub urgent: Vec<String>,
}

/// The visitor's answer to one question as display lines, in the questionnaire's option order;
/// free text follows its option's label ("Another medicine: fish oil").
pub fn answer_lines(content: &Content, language: &Language, answers: &Answers, question: &str) -> Vec<String> {
    let Some(asked) = content.questionnaire.question(question) else {
        return Vec::new();
    };
    asked
        .options
        .iter()
        .filter(|option| answers.has_selected(question, &option.id))
        .map(|option| {
            let label = language.ui.get(&format!("q.{question}.opt.{}", option.id));
            let text = answers.text(question).trim();
            if option.text.is_some() && !text.is_empty() {
                format!("{label}: {text}")
            } else {
                label.to_owned()
            }
        })
        .collect()
}

impl Summary {
    pub fn new(content: &Content, language: &Language, answers: &Answers) -> Self {
        let questionnaire = &content.questionnaire;
        let answered = (0..questionnaire.questions.len())
            .filter(|&index| questionnaire.is_enabled(index, answers))
            .map(|index| {
                let id = &questionnaire.questions[index].id;
                (language.ui.get(&format!("q.{id}.summary")).to_owned(), answer_lines(content, language, answers, id))
            })
            .collect();
        let chosen = select_sections(&content.sections, answers);
        let key_points = chosen
            .iter()
            .filter(|rule| rule.id != QUESTIONS_SECTION)
            .filter_map(|rule| language.sections.get(&rule.id))
            .map(|text| (text.title.clone(), text.key_points.clone()))
            .collect();
        let questions =
            language.sections.get(QUESTIONS_SECTION).map(|text| text.key_points.clone()).unwrap_or_default();
        let mut urgent: Vec<String> = Vec::new();
        for sign in
            chosen.iter().filter_map(|rule| language.sections.get(&rule.id)).flat_map(|text| text.urgent_signs())
        {
            if !urgent.iter().any(|known| known == sign) {
                urgent.push(sign.to_owned());
            }
        }
        Self { answers: answered, key_points, questions, urgent }
    }

    /// The summary as a plain-text file a visitor can keep or take to an appointment.
    pub fn to_plain_text(&self, content: &Content, language: &Language) -> String {
        let ui = &language.ui;
        let mut text = String::new();
        let heading = |text: &mut String, title: &str| {
            text.push_str(&format!("\n{title}\n{}\n", "=".repeat(title.chars().count())));
        };
        text.push_str(ui.get("summary.file_title"));
        text.push('\n');
        text.push_str(&ui.fill("sources.reviewed", &[("date", &content.reviewed)]));
        text.push('\n');
        if !self.urgent.is_empty() {
            heading(&mut text, ui.get(URGENT_TITLE));
            for sign in &self.urgent {
                text.push_str(&format!("- {sign}\n"));
            }
        }
        heading(&mut text, ui.get("summary.answers"));
        for (question, lines) in &self.answers {
            text.push_str(&format!("- {question}: {}\n", lines.join("; ")));
        }
        heading(&mut text, ui.get("summary.key_points"));
        for (title, points) in &self.key_points {
            text.push_str(&format!("\n{title}\n"));
            for point in points {
                text.push_str(&format!("- {point}\n"));
            }
        }
        heading(&mut text, ui.get("summary.questions"));
        for question in &self.questions {
            text.push_str(&format!("- {question}\n"));
        }
        text.push('\n');
        text.push_str(ui.get("summary.footer"));
        text.push('\n');
        text
    }

    /// Whether the caveats lead the key points, as they lead the results.
    pub fn starts_with_caveats(&self, language: &Language) -> bool {
        let caveats = language.sections.get(CAVEATS).map(|text| text.title.as_str());
        self.key_points.first().map(|(title, _)| title.as_str()) == caveats
    }
}
