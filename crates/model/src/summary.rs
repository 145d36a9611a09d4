//! "Your summary": the visitor's answers, their bottom line, what matters to them, the points to
//! keep in mind (caveats and warning signs), what the clinic showing it sells (when it says) and
//! the questions to ask — shown on the results page, printed, and downloaded. Short on purpose:
//! it must fit two printed pages.

use crate::answers::Answers;
use crate::content::{Content, Language, CAVEATS, URGENT_TITLE};
use crate::decision::keys;
use crate::results::{bottom_line_sentences, condition, decision_statement};
use crate::rules::select_sections;

/// The section whose key points are the questions to take to a clinic.
pub const QUESTIONS_SECTION: &str = "questions_to_ask";
/// Sections whose key points the summary keeps, when they are shown (the caveats, warning signs
/// and who wrote this); the rest stay on the page.
pub const KEPT_SECTIONS: &[&str] = &[CAVEATS, "urgent_care", "warning_signs", "about"];
/// The heading of the part that says what the clinic showing the widget sells.
pub const CLINIC_TITLE: &str = "summary.clinic";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The decision the visitor faces, in one sentence, as at the top of the results.
    pub decision: Option<String>,
    /// `(question label, answer lines)` for each question that applies.
    pub answers: Vec<(String, Vec<String>)>,
    /// The bottom line, as on the results page.
    pub bottom_line: Vec<String>,
    /// What the visitor said matters to them, as labels.
    pub values: Vec<String>,
    /// `(section title, key points)` for the caveats and warning signs, caveats first; then, when
    /// the clinic showing the widget declared it, what it sells (`with_clinic_interest`).
    pub key_points: Vec<(String, Vec<String>)>,
    pub questions: Vec<String>,
    /// "Get medical help straight away if…": the urgent-care signs of every chosen section that
    /// apply to the visitor's condition, first mention first, without repeats.
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
            let text = crate::validation::visible(answers.text(question));
            if option.text.is_some() && !text.is_empty() {
                format!("{label}: {text}")
            } else {
                label.to_owned()
            }
        })
        .collect()
}

impl Summary {
    pub fn new(content: &Content, language: &Language, answers: &Answers, values: &[String]) -> Self {
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
            .filter(|rule| KEPT_SECTIONS.contains(&rule.id.as_str()))
            .filter_map(|rule| language.sections.get(&rule.id))
            .map(|text| (text.title.clone(), text.key_points.clone()))
            .collect();
        let questions =
            language.sections.get(QUESTIONS_SECTION).map(|text| text.key_points.clone()).unwrap_or_default();
        let mut urgent: Vec<String> = Vec::new();
        let condition = condition(answers);
        let signs = chosen
            .iter()
            .filter_map(|rule| language.sections.get(&rule.id))
            .flat_map(|text| text.urgent_signs_for(condition));
        for sign in signs {
            if !urgent.iter().any(|known| known == sign) {
                urgent.push(sign.to_owned());
            }
        }
        let values = values.iter().map(|value| language.decision.get(&keys::value(value)).to_owned()).collect();
        let bottom_line = bottom_line_sentences(content, language, answers);
        let decision = decision_statement(content, language, answers).map(str::to_owned);
        Self { decision, answers: answered, bottom_line, values, key_points, questions, urgent }
    }

    /// The summary with what the clinic showing the widget declared it sells
    /// (`clinic_interest::clinic_interest`), when it did: a visitor takes the clinic's interest
    /// with them, last of the points to keep in mind, right before the questions to ask it.
    pub fn with_clinic_interest(mut self, language: &Language, interest: Option<String>) -> Self {
        if let Some(interest) = interest {
            self.key_points.push((language.ui.get(CLINIC_TITLE).to_owned(), vec![interest]));
        }
        self
    }

    /// The summary's parts in reading order, `(heading, lines)`: the urgent-care signs first,
    /// then the decision the visitor faces.
    fn parts(&self, language: &Language) -> Vec<(String, Vec<String>)> {
        let ui = &language.ui;
        let mut parts = Vec::new();
        if !self.urgent.is_empty() {
            parts.push((ui.get(URGENT_TITLE).to_owned(), self.urgent.clone()));
        }
        if let Some(decision) = &self.decision {
            parts.push((language.decision.get(keys::DECISION_TITLE).to_owned(), vec![decision.clone()]));
        }
        let answers =
            self.answers.iter().map(|(question, lines)| format!("{question}: {}", lines.join("; "))).collect();
        parts.push((ui.get("summary.answers").to_owned(), answers));
        if !self.bottom_line.is_empty() {
            parts.push((language.decision.get("bottom.title").to_owned(), self.bottom_line.clone()));
        }
        if !self.values.is_empty() {
            parts.push((language.decision.get("values.title").to_owned(), self.values.clone()));
        }
        for (title, points) in &self.key_points {
            parts.push((title.clone(), points.clone()));
        }
        parts.push((ui.get("summary.questions").to_owned(), self.questions.clone()));
        parts
    }

    /// The summary as a small web page made in the browser, which any phone can open and print.
    /// Every piece of text is escaped; the page loads nothing.
    pub fn to_html(&self, content: &Content, language: &Language) -> String {
        let ui = &language.ui;
        let title = escape(ui.get("summary.file_title"));
        let mut html = format!(
            "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
             <style>body{{font:1.1rem/1.5 system-ui,sans-serif;max-width:40em;margin:1em auto;padding:0 1em}}\
             h2{{font-size:1.2rem;margin-block:1.2em 0.3em}}</style></head><body>\n<h1>{title}</h1>\n<p>{}</p>\n",
            escape(&language.code),
            escape(&ui.fill("sources.reviewed", &[("date", &content.reviewed)]))
        );
        for (heading, lines) in self.parts(language) {
            html.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape(&heading)));
            for line in lines {
                html.push_str(&format!("<li>{}</li>\n", escape(&line)));
            }
            html.push_str("</ul>\n");
        }
        html.push_str(&format!("<p>{}</p>\n</body></html>\n", escape(ui.get("summary.footer"))));
        html
    }
}

/// Text made safe to place in HTML, inside elements or quoted attributes.
fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            other => safe.push(other),
        }
    }
    safe
}
