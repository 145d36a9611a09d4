//! What the results page says for one visitor, as a decision aid: the bottom line built from
//! their condition and goals, the comparison for their condition with the rows their values put
//! first, the topics the chosen sections fall under, and one numbered reference list.

use crate::answers::Answers;
use crate::content::{Content, Language, SectionRule};
use crate::decision::{keys, Comparison};
use crate::settings::CONDITION_QUESTION;

/// The goals question; its answers each get a direct answer in the bottom line.
pub const GOALS_QUESTION: &str = "goals";
/// The bottom line stays short: the condition's statement and at most this many goals.
pub const MAX_GOAL_STATEMENTS: usize = 4;

/// The visitor's condition, if they gave one.
pub fn condition(answers: &Answers) -> Option<&str> {
    answers.selected(CONDITION_QUESTION).first().map(String::as_str)
}

/// One statement of the bottom line: the condition's, or the answer to one goal the visitor
/// chose, opening with that goal in their words, with the trial pictures that answer it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The goal it answers; `None` for the condition's statement.
    pub goal: Option<String>,
    /// The goal in the visitor's words ("You hoped for less pain"); `None` for the condition's.
    pub lead: Option<String>,
    /// The answer, in whole sentences.
    pub text: String,
    /// Ids of the pictures (`content/decision.json`) drawn under it.
    pub pictures: Vec<String>,
}

impl Statement {
    /// The statement as plain text: "You hoped for less pain: In the largest trial …".
    pub fn sentence(&self) -> String {
        match &self.lead {
            Some(lead) => format!("{lead}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// The goals the visitor chose that get a statement, in the questionnaire's order.
fn chosen_goals<'a>(content: &'a Content, answers: &Answers) -> Vec<&'a str> {
    let goals = content.questionnaire.question(GOALS_QUESTION).map(|question| &question.options[..]).unwrap_or(&[]);
    goals
        .iter()
        .filter(|goal| answers.has_selected(GOALS_QUESTION, &goal.id))
        .map(|goal| goal.id.as_str())
        .take(MAX_GOAL_STATEMENTS)
        .collect()
}

/// The bottom line: the condition's statement (left out when a chosen goal's condition-specific
/// statement already says it, `condition_covered_by`), then one statement per goal the visitor
/// chose (a condition-specific answer where the content has one), each with the pictures of the
/// visitor's comparison that answer it.
pub fn bottom_line(content: &Content, language: &Language, answers: &Answers) -> Vec<Statement> {
    let words = &language.decision;
    let condition = condition(answers);
    let goals = chosen_goals(content, answers);
    let covered = condition
        .and_then(|id| content.decision.condition_covered_by.get(id))
        .is_some_and(|covering| goals.iter().any(|goal| covering.iter().any(|id| id == goal)));
    let mut statements: Vec<Statement> = condition
        .filter(|_| !covered)
        .and_then(|id| words.find(&keys::bottom_condition(id)))
        .map(|text| Statement { goal: None, lead: None, text: text.to_owned(), pictures: Vec::new() })
        .into_iter()
        .collect();
    for goal in goals {
        let specific = condition.and_then(|condition| words.find(&keys::bottom_goal_for(goal, condition)));
        let Some(text) = specific.or_else(|| words.find(&keys::bottom_goal(goal))) else { continue };
        if statements.iter().any(|earlier| earlier.text == text) {
            continue;
        }
        let lead = words.find(&keys::bottom_lead(goal)).map(str::to_owned);
        statements.push(Statement { goal: Some(goal.to_owned()), lead, text: text.to_owned(), pictures: Vec::new() });
    }
    if let Some(comparison) = comparison(content, answers) {
        for picture in comparison.pictures.iter().filter_map(|id| content.decision.picture(id)) {
            let answers_goal = |statement: &Statement, goal: &str| statement.goal.as_deref() == Some(goal);
            let answered = picture
                .goals
                .iter()
                .find_map(|goal| statements.iter().position(|statement| answers_goal(statement, goal)));
            if let Some(index) = answered {
                statements[index].pictures.push(picture.id.clone());
            }
        }
    }
    statements
}

/// The bottom line as plain sentences, in order, for the printed and saved summary.
pub fn bottom_line_sentences(content: &Content, language: &Language, answers: &Answers) -> Vec<String> {
    bottom_line(content, language, answers).iter().map(Statement::sentence).collect()
}

/// The pictures drawn with the comparison: its own, less those drawn under a bottom-line
/// statement, so every picture shows once.
pub fn comparison_pictures<'a>(comparison: &'a Comparison, bottom_line: &[Statement]) -> Vec<&'a str> {
    comparison
        .pictures
        .iter()
        .map(String::as_str)
        .filter(|id| !bottom_line.iter().any(|statement| statement.pictures.iter().any(|placed| placed == id)))
        .collect()
}

/// The decision the visitor faces, in one sentence: the one for their condition's comparison.
pub fn decision_statement<'a>(content: &Content, language: &'a Language, answers: &Answers) -> Option<&'a str> {
    comparison(content, answers).and_then(|comparison| language.decision.find(&keys::decision(&comparison.id)))
}

/// The comparison for the visitor's condition, if the content has one.
pub fn comparison<'a>(content: &'a Content, answers: &Answers) -> Option<&'a Comparison> {
    condition(answers).and_then(|condition| content.decision.comparison_for(condition))
}

/// The comparison's rows, those the visitor's values stress first (in the comparison's order),
/// each with whether it is stressed.
pub fn ordered_rows<'a>(comparison: &'a Comparison, values: &[String]) -> Vec<(&'a str, bool)> {
    let stressed = |row: &str| {
        values.iter().any(|value| comparison.stress.get(value).is_some_and(|rows| rows.iter().any(|r| r == row)))
    };
    // Two plain passes, stressed rows then the rest: smaller in the widget than a partition.
    let mut rows = Vec::new();
    for first in [true, false] {
        for row in &comparison.rows {
            if stressed(row) == first {
                rows.push((row.as_str(), first));
            }
        }
    }
    rows
}

/// The chosen sections gathered under their topics (`group` in `content/sections.json`), topics
/// in the order they first appear. A section without a group is a topic of its own.
pub fn topics<'a>(sections: &[&'a SectionRule]) -> Vec<(&'a str, Vec<&'a SectionRule>)> {
    let mut topics: Vec<(&str, Vec<&SectionRule>)> = Vec::new();
    for section in sections {
        let topic = section.group.as_deref().unwrap_or(&section.id);
        match topics.iter_mut().find(|(id, _)| *id == topic) {
            Some((_, members)) => members.push(section),
            None => topics.push((topic, vec![section])),
        }
    }
    topics
}

/// Every source the page cites, numbered once in the order first cited: the comparison's cells
/// and pictures first (they come first on the page), then the sections' blocks a visitor with
/// this condition sees (see [`crate::content::Block::applies`]).
pub fn page_sources<'a>(
    content: &'a Content,
    language: &'a Language,
    comparison: Option<&'a Comparison>,
    sections: &[&SectionRule],
    condition: Option<&str>,
) -> Vec<&'a str> {
    let mut ids: Vec<&str> = Vec::new();
    let mut add = |id: &'a str| {
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    if let Some(comparison) = comparison {
        for id in comparison_sources(comparison) {
            add(id);
        }
        for picture in comparison.pictures.iter().filter_map(|id| content.decision.picture(id)) {
            add(&picture.study);
        }
    }
    for section in sections {
        if let Some(text) = language.sections.get(&section.id) {
            text.sources_for(condition).into_iter().for_each(&mut add);
        }
    }
    ids
}

/// The sources the comparison's cells cite, each once, in the order first cited (option by
/// option): the start of the page's reference list, and the printed summary's whole list.
pub fn comparison_sources(comparison: &Comparison) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for option in &comparison.options {
        for row in &comparison.rows {
            for id in comparison.cite.get(&format!("{option}.{row}")).into_iter().flatten() {
                if !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
        }
    }
    ids
}

/// The 1-based number of `source` in the page's reference list.
pub fn reference_number(page_sources: &[&str], source: &str) -> Option<usize> {
    page_sources.iter().position(|id| *id == source).map(|index| index + 1)
}
