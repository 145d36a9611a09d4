//! "Your summary": what a visitor prints or saves to take to a specialist, in reading order — a
//! header naming the widget and the clinic showing it, their answers, the decision in one
//! sentence, their bottom line, the caveats, the comparison of every option (all rows), a place
//! for "Ready to decide?", the questions to ask, the warning and urgent-care signs, and the
//! numbered sources the comparison cites. Short on purpose: it must fit two printed pages. Every
//! part is printed whole, so no sentence in it points at something left out.

use crate::answers::Answers;
use crate::clinic_interest::clinic_interest;
use crate::content::{Content, Language, ABOUT, CAVEATS, URGENT_TITLE};
use crate::decision::{keys, Comparison};
use crate::results::{
    bottom_line_sentences, comparison, comparison_sources, condition, decision_statement, ordered_rows,
};
use crate::rules::select_sections;
use crate::settings::Settings;

/// The section whose key points are the questions to take to a clinic.
pub const QUESTIONS_SECTION: &str = "questions_to_ask";
/// The section whose key points are the warning signs of an unproven treatment.
pub const WARNINGS_SECTION: &str = "warning_signs";
/// The heading of the part that says what the clinic showing the widget sells.
pub const CLINIC_TITLE: &str = "summary.clinic";

/// The comparison as the summary carries it: every option and every row, the rows the visitor's
/// values stress first, each cell with its sources' numbers in the summary's source list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryComparison {
    pub title: String,
    /// The options' names, the columns.
    pub options: Vec<String>,
    pub rows: Vec<SummaryRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// The row's name, and "(Matters to you)" when one of the visitor's values stresses it.
    pub label: String,
    /// One cell per option, in the options' order, ending with its sources' numbers ("[1, 4]").
    pub cells: Vec<String>,
}

/// The summary: its parts in reading order, each one printed and saved whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub parts: Vec<Part>,
}

/// How one part of the summary is laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Sentences that stand alone.
    Text(Vec<String>),
    /// A bulleted list.
    List(Vec<String>),
    Table(SummaryComparison),
    /// The numbered source list: "Title. Publisher, 2021."
    Sources(Vec<String>),
}

/// One part of the summary: a name for styling and tests (`header`, `clinic`, `answers`,
/// `values`, `decision`, `bottom`, `caveats`, `comparison`, `ready`, `questions`, `warnings`,
/// `urgent`, `sources`, `about`), its heading and its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub id: &'static str,
    pub heading: String,
    pub body: Body,
}

/// The visitor's answer to one question as display lines, in the questionnaire's option order;
/// free text follows its option's label ("Another medicine: fish oil").
pub fn answer_lines(content: &Content, language: &Language, answers: &Answers, question: &str) -> Vec<String> {
    let Some(asked) = content.questionnaire.question(question) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for option in asked.options.iter().filter(|option| answers.has_selected(question, &option.id)) {
        let label = language.ui.get(&format!("q.{question}.opt.{}", option.id));
        let text = crate::validation::visible(answers.text(question));
        lines.push(if option.text.is_some() && !text.is_empty() {
            format!("{label}: {text}")
        } else {
            label.to_owned()
        });
    }
    lines
}

/// The comparison with every option and row, numbered against `sources`. (Plain loops: each
/// `map`/`collect` would be code of its own in the widget.)
fn summary_comparison(
    language: &Language,
    comparison: &Comparison,
    values: &[String],
    sources: &[&str],
) -> SummaryComparison {
    let words = &language.decision;
    let id = &comparison.id;
    let mut table = SummaryComparison {
        title: words.get(&keys::comparison_title(id)).to_owned(),
        options: Vec::new(),
        rows: Vec::new(),
    };
    for option in &comparison.options {
        table.options.push(words.get(&keys::comparison_option(id, option)).to_owned());
    }
    for (row, stressed) in ordered_rows(comparison, values) {
        let mut cells = Vec::new();
        for option in &comparison.options {
            let mut cell = words.get(&keys::comparison_cell(id, option, row)).to_owned();
            let mut numbers = String::new();
            for cited in comparison.cite.get(&format!("{option}.{row}")).into_iter().flatten() {
                if let Some(number) = crate::results::reference_number(sources, cited) {
                    numbers.push_str(if numbers.is_empty() { " [" } else { ", " });
                    numbers.push_str(&number.to_string());
                }
            }
            if !numbers.is_empty() {
                cell.push_str(&numbers);
                cell.push(']');
            }
            cells.push(cell);
        }
        let mut label = words.get(&format!("compare.row.{row}")).to_owned();
        if stressed {
            label = format!("{label} ({})", language.ui.get("compare.matters_to_you"));
        }
        table.rows.push(SummaryRow { label, cells });
    }
    table
}

/// Adds a part (one copy of this code, however many parts).
#[inline(never)]
fn push_part(parts: &mut Vec<Part>, id: &'static str, heading: &str, body: Body) {
    parts.push(Part { id, heading: heading.to_owned(), body });
}

/// A section's title and key points.
fn key_points(language: &Language, id: &str) -> (String, Vec<String>) {
    language.sections.get(id).map(|text| (text.title.clone(), text.key_points.clone())).unwrap_or_default()
}

/// A long title without its subtitle ("…Knee Osteoarthritis: The RESTORE Randomized Clinical
/// Trial" ends at "Osteoarthritis"), as short citations give it: with the publisher, authors and
/// year it still finds the paper, and the printed source list stays inside the two pages.
fn short_title(title: &str) -> &str {
    const LONG: usize = 70;
    match title.split_once(": ") {
        Some((main, _)) if title.len() > LONG && main.len() >= 30 => main,
        _ => title,
    }
}

impl Summary {
    /// The summary for a visitor's answers and values, on a page whose host gave `settings`: the
    /// header names the clinic when the host gave its name ("Provided by …"), and what the clinic
    /// declared it sells (`clinic_interest::clinic_interest`) follows it, when it declared that.
    pub fn new(
        content: &Content,
        language: &Language,
        answers: &Answers,
        values: &[String],
        settings: &Settings,
    ) -> Self {
        let ui = &language.ui;
        let words = &language.decision;
        let questionnaire = &content.questionnaire;
        let mut parts = Vec::new();
        let mut add = |id: &'static str, heading: &str, body: Body| push_part(&mut parts, id, heading, body);
        let mut header = Vec::new();
        if let Some(clinic) = &settings.clinic_name {
            header.push(ui.fill("clinic.provided_by", &[("clinic", clinic)]));
        }
        header.push(ui.fill("sources.reviewed", &[("date", &content.reviewed)]));
        add("header", ui.get("summary.file_title"), Body::Text(header));
        if let Some(interest) = clinic_interest(ui, settings) {
            add("clinic", ui.get(CLINIC_TITLE), Body::List(vec![interest]));
        }
        let mut answered = Vec::new();
        for (index, question) in questionnaire.questions.iter().enumerate() {
            if questionnaire.is_enabled(index, answers) {
                let id = &question.id;
                let lines = answer_lines(content, language, answers, id).join("; ");
                answered.push(format!("{}: {lines}", ui.get(&format!("q.{id}.summary"))));
            }
        }
        add("answers", ui.get("summary.answers"), Body::List(answered));
        if !values.is_empty() {
            // One line, not a list: up to five short labels would cost the two pages four lines.
            let mut labels = String::new();
            for value in values {
                if !labels.is_empty() {
                    labels.push_str("; ");
                }
                labels.push_str(words.get(&keys::value(value)));
            }
            add("values", words.get("values.title"), Body::Text(vec![labels]));
        }
        if let Some(decision) = decision_statement(content, language, answers) {
            add("decision", words.get(keys::DECISION_TITLE), Body::Text(vec![decision.to_owned()]));
        }
        let bottom = bottom_line_sentences(content, language, answers);
        if !bottom.is_empty() {
            add("bottom", words.get("bottom.title"), Body::List(bottom));
        }
        add("caveats", ui.get("summary.caveats"), Body::List(key_points(language, CAVEATS).1));
        let compared = comparison(content, answers);
        let cited = compared.map(comparison_sources).unwrap_or_default();
        if let Some(compared) = compared {
            let table = summary_comparison(language, compared, values, &cited);
            add("comparison", &table.title.clone(), Body::Table(table));
        }
        add("questions", ui.get("summary.questions"), Body::List(key_points(language, QUESTIONS_SECTION).1));
        let (title, warnings) = key_points(language, WARNINGS_SECTION);
        add("warnings", &title, Body::List(warnings));
        let mut urgent: Vec<String> = Vec::new();
        let condition = condition(answers);
        let chosen = select_sections(&content.sections, answers);
        for rule in &chosen {
            let signs =
                language.sections.get(&rule.id).map(|text| text.urgent_signs_for(condition)).unwrap_or_default();
            for sign in signs {
                if !urgent.iter().any(|known| known == sign) {
                    urgent.push(sign.to_owned());
                }
            }
        }
        if !urgent.is_empty() {
            add("urgent", ui.get(URGENT_TITLE), Body::List(urgent));
        }
        let mut sources = Vec::new();
        for source in cited.iter().flat_map(|id| content.source(id)) {
            let year = if source.is_undated() {
                ui.get("sources.undated")
            } else {
                source.date.get(..4).unwrap_or(&source.date)
            };
            sources.push(format!("{}. {}, {year}.", short_title(&source.title), source.publisher));
        }
        if !sources.is_empty() {
            add(
                "sources",
                &ui.fill("results.sources_count", &[("count", &sources.len().to_string())]),
                Body::Sources(sources),
            );
        }
        // One paragraph: short sentences that read on as one, in the least room.
        let (title, about) = key_points(language, ABOUT);
        add("about", &title, Body::Text(vec![about.join(" ")]));
        Self { parts }
    }

    /// The part called `id`, if the summary has it.
    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|part| part.id == id)
    }

    /// The summary with a "Ready to decide?" part (a heading and one line a question), right
    /// after the comparison; `ready::Summary::with_ready` makes the lines. The two printed pages
    /// leave room for about five lines here.
    pub fn with_ready_lines(mut self, heading: String, lines: Vec<String>) -> Self {
        let at = self.parts.iter().position(|part| part.id == "questions").unwrap_or(self.parts.len());
        self.parts.insert(at, Part { id: "ready", heading, body: Body::List(lines) });
        self
    }

    /// The summary as a small web page made in the browser, which any phone can open and print:
    /// the comparison a table that, on a narrow screen, lists each row's options one under
    /// another. Every piece of text is escaped; the page loads nothing.
    pub fn to_html(&self, language: &Language) -> String {
        let mut html = String::from("<!doctype html>\n<html lang=\"");
        html.push_str(&escape(&language.code));
        html.push_str(
            "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <style>body{font:1.1rem/1.5 sans-serif;max-width:60em;margin:auto;padding:1em}\
             table{border-collapse:collapse}th,td{border:1px solid;padding:.3em;text-align:start;vertical-align:top}\
             td b{display:none}@media(max-width:45em){thead{display:none}tr,th,td{display:block;border:0}\
             td b{display:inline}tbody th{margin-top:1em}}</style>",
        );
        element(&mut html, "title", language.ui.get("summary.file_title"));
        html.push_str("</head><body>\n");
        for part in &self.parts {
            element(&mut html, if part.id == "header" { "h1" } else { "h2" }, &part.heading);
            match &part.body {
                Body::Text(lines) => lines.iter().for_each(|line| element(&mut html, "p", line)),
                Body::List(lines) => {
                    html.push_str("<ul>\n");
                    lines.iter().for_each(|line| element(&mut html, "li", line));
                    html.push_str("</ul>\n");
                }
                Body::Sources(sources) => {
                    html.push_str("<ol>\n");
                    sources.iter().for_each(|source| element(&mut html, "li", source));
                    html.push_str("</ol>\n");
                }
                Body::Table(table) => {
                    html.push_str("<table><thead><tr><td></td>");
                    table.options.iter().for_each(|option| element(&mut html, "th", option));
                    html.push_str("</tr></thead><tbody>\n");
                    for row in &table.rows {
                        html.push_str("<tr>");
                        element(&mut html, "th", &row.label);
                        for (option, cell) in table.options.iter().zip(&row.cells) {
                            html.push_str("<td>");
                            element(&mut html, "b", &format!("{option}: "));
                            html.push_str(&escape(cell));
                            html.push_str("</td>");
                        }
                        html.push_str("</tr>\n");
                    }
                    html.push_str("</tbody></table>\n");
                }
            }
        }
        html.push_str("</body></html>\n");
        html
    }
}

/// `<tag>text</tag>` and a new line, the text escaped.
fn element(html: &mut String, tag: &str, text: &str) {
    html.push('<');
    html.push_str(tag);
    html.push('>');
    html.push_str(&escape(text));
    html.push_str("</");
    html.push_str(tag);
    html.push_str(">\n");
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
