//! Checks of the decision aid: `content/decision.json` against the questionnaire, the sections and
//! the sources, and each language's `decision.json` against the keys the data implies. Each
//! problem names the file and the field.

use std::collections::BTreeSet;

use joint_intake_model::content::{Content, Language, SOURCES_FILE};
use joint_intake_model::decision::{self, keys};
use joint_intake_model::i18n::placeholders;
use joint_intake_model::problems::ContentError;
use joint_intake_model::questionnaire::{self, is_id};

/// The question whose options each comparison covers.
pub const CONDITION_QUESTION: &str = "condition";
/// The question whose options have a bottom line each.
pub const GOAL_QUESTION: &str = "goals";
/// Longest table cell, in characters: a cell is read at a glance beside two others.
pub const MAX_CELL: usize = 110;
/// Longest section summary, in characters: one line under a collapsed heading.
pub const MAX_SUMMARY: usize = 90;
/// Longest bottom-line statement (`bottom.condition.*`, `bottom.goal.*` and its per-condition
/// overrides), in characters: two short, whole sentences a phone shows in a few lines (about 45
/// words with the goal's opening words); the results page must fit five phone screens before
/// anything is expanded.
pub const MAX_BOTTOM: usize = 290;
/// Longest opening of a goal's statement (`bottom.lead.<goal>`): the goal in the visitor's words.
pub const MAX_LEAD: usize = 50;
/// Longest decision sentence (`decision.<comparison>`), in characters: it leads the results.
pub const MAX_DECISION: usize = 200;
/// Longest `bottom.caveat`, in characters.
pub const MAX_CAVEAT: usize = 120;
/// Longest arm label above a picture's group (`arm.<study>.<arm>`) and marker word
/// (`picture.<id>.marker`).
pub const MAX_LABEL: usize = 30;
/// Longest picture title (`picture.<id>.title`): what was counted, in whom, over what time.
pub const MAX_TITLE: usize = 100;
/// Longest note under a picture (`picture.<id>.note`) and reason for no picture
/// (`picture.none.<comparison>`).
pub const MAX_NOTE: usize = 140;

/// Interface words of the decision aid, in each language's `decision.json` beside the data's keys.
pub const DECISION_UI_KEYS: &[&str] = &[
    "picture.kind.benefit",
    "picture.kind.harm",
    "picture.count",
    "picture.small_note",
    "values.title",
    "values.hint",
    "bottom.title",
    "bottom.caveat",
    keys::DECISION_TITLE,
];

/// The placeholders each picture count must offer, so the view can fill every group's count.
pub const COUNT_PLACEHOLDERS: &[(&str, &[&str])] = &[("picture.count", &["events", "of"])];

/// The label key of a table row.
pub fn row_label(row: &str) -> String {
    format!("compare.row.{row}")
}

/// Every key the decision data and the section list imply in each language's `decision.json`.
pub fn required_keys(content: &Content) -> Vec<String> {
    let data = &content.decision;
    let mut required: Vec<String> = DECISION_UI_KEYS.iter().map(|key| (*key).to_owned()).collect();
    required.extend(content.sections.iter().map(|section| keys::section_summary(&section.id)));
    required.extend(options_of(content, CONDITION_QUESTION).iter().map(|id| keys::bottom_condition(id)));
    required.extend(options_of(content, GOAL_QUESTION).iter().map(|id| keys::bottom_goal(id)));
    required.extend(options_of(content, GOAL_QUESTION).iter().map(|id| keys::bottom_lead(id)));
    let mut rows = BTreeSet::new();
    for comparison in &data.comparisons {
        let id = &comparison.id;
        // The decision in one sentence (IPDAS: state the decision), shown first on the results.
        required.push(keys::decision(id));
        required.push(keys::comparison_title(id));
        for option in &comparison.options {
            required.push(keys::comparison_option(id, option));
            for row in &comparison.rows {
                required.push(keys::comparison_cell(id, option, row));
            }
        }
        rows.extend(comparison.rows.iter().map(|row| row_label(row)));
    }
    required.extend(rows);
    for comparison in data.comparisons.iter().filter(|comparison| comparison.pictures.is_empty()) {
        required.push(keys::no_picture(&comparison.id));
    }
    for picture in &data.pictures {
        required.extend([keys::picture_title(&picture.id), keys::picture_marker(&picture.id)]);
        required.extend(picture.arms.iter().map(|arm| keys::arm_label(&picture.study, &arm.arm)));
    }
    required.extend(data.values.iter().map(|value| keys::value(value)));
    let mut seen = BTreeSet::new();
    required.retain(|key| seen.insert(key.clone()));
    required
}

/// Every problem in the decision data and its words.
pub fn check_decision(content: &Content, problems: &mut Vec<ContentError>) {
    check_values(content, problems);
    check_comparisons(content, problems);
    check_pictures(content, problems);
    check_covered_conditions(content, problems);
    for language in &content.languages {
        check_words(content, language, problems);
    }
    if let Some((default, others)) = content.languages.split_first() {
        for other in others {
            check_translation(default, other, problems);
        }
    }
}

fn options_of(content: &Content, question: &str) -> Vec<String> {
    content
        .questionnaire
        .question(question)
        .map(|asked| asked.options.iter().map(|option| option.id.clone()).collect())
        .unwrap_or_default()
}

fn complain(problems: &mut Vec<ContentError>, field: impl Into<String>, message: impl Into<String>) {
    problems.push(ContentError::new(decision::FILE, field, message));
}

/// Ids must be valid and unique; `what` names the list in messages.
fn check_ids<'a>(ids: impl IntoIterator<Item = &'a String>, at: &str, what: &str, problems: &mut Vec<ContentError>) {
    let mut seen = BTreeSet::new();
    for (index, id) in ids.into_iter().enumerate() {
        if !is_id(id) {
            complain(problems, format!("{at}[{index}]"), format!("\"{id}\" is not a valid id (use a-z, 0-9 and _)"));
        } else if !seen.insert(id.as_str()) {
            complain(problems, format!("{at}[{index}]"), format!("\"{id}\" is listed twice among the {what}"));
        }
    }
}

fn check_values(content: &Content, problems: &mut Vec<ContentError>) {
    if content.decision.values.is_empty() {
        complain(problems, "values", "list at least one value a visitor can weigh");
    }
    check_ids(&content.decision.values, "values", "values", problems);
}

fn check_comparisons(content: &Content, problems: &mut Vec<ContentError>) {
    let data = &content.decision;
    let conditions = options_of(content, CONDITION_QUESTION);
    check_ids(data.comparisons.iter().map(|comparison| &comparison.id), "comparisons", "comparisons", problems);
    for (index, comparison) in data.comparisons.iter().enumerate() {
        let at = format!("comparisons[{index}]");
        for (place, condition) in comparison.conditions.iter().enumerate() {
            if !conditions.contains(condition) {
                complain(
                    problems,
                    format!("{at}.conditions[{place}]"),
                    format!(
                        "\"{condition}\" is not an option of question \"{CONDITION_QUESTION}\" in {}",
                        questionnaire::FILE
                    ),
                );
            }
        }
        if comparison.conditions.is_empty() {
            complain(problems, format!("{at}.conditions"), "name at least one condition");
        }
        for (list, what, name) in [(&comparison.options, "options", "option"), (&comparison.rows, "rows", "row")] {
            if list.is_empty() {
                complain(problems, format!("{at}.{what}"), format!("give at least one {name}"));
            }
            check_ids(list, &format!("{at}.{what}"), what, problems);
        }
        for option in &comparison.options {
            for row in &comparison.rows {
                let cell = format!("{option}.{row}");
                match comparison.cite.get(&cell) {
                    None => complain(problems, format!("{at}.cite.{cell}"), "every cell needs at least one source"),
                    Some(ids) if ids.is_empty() => {
                        complain(problems, format!("{at}.cite.{cell}"), "every cell needs at least one source")
                    }
                    Some(_) => {}
                }
            }
        }
        for (cell, ids) in &comparison.cite {
            let known = cell.split_once('.').is_some_and(|(option, row)| {
                comparison.options.iter().any(|o| o == option) && comparison.rows.iter().any(|r| r == row)
            });
            if !known {
                complain(problems, format!("{at}.cite.{cell}"), "is not an option.row cell of this comparison");
            }
            for id in ids {
                if content.source(id).is_none() {
                    complain(
                        problems,
                        format!("{at}.cite.{cell}"),
                        format!("\"{id}\" is not a source in {SOURCES_FILE}"),
                    );
                }
            }
        }
        for (place, id) in comparison.pictures.iter().enumerate() {
            if data.picture(id).is_none() {
                complain(problems, format!("{at}.pictures[{place}]"), format!("\"{id}\" is not an entry in pictures"));
            }
        }
        for (value, rows) in &comparison.stress {
            if !data.values.iter().any(|known| known == value) {
                complain(problems, format!("{at}.stress.{value}"), format!("\"{value}\" is not one of the values"));
            }
            for row in rows {
                if !comparison.rows.contains(row) {
                    complain(
                        problems,
                        format!("{at}.stress.{value}"),
                        format!("\"{row}\" is not one of this comparison's rows"),
                    );
                }
            }
        }
    }
    for condition in &conditions {
        let covering: Vec<&str> = data
            .comparisons
            .iter()
            .filter(|comparison| comparison.conditions.contains(condition))
            .map(|comparison| comparison.id.as_str())
            .collect();
        match covering.as_slice() {
            [_] => {}
            [] => complain(problems, "comparisons", format!("no comparison covers condition \"{condition}\"")),
            many => complain(
                problems,
                "comparisons",
                format!("condition \"{condition}\" is covered by more than one comparison: {}", many.join(", ")),
            ),
        }
    }
}

/// Picture ids are valid and unique, and each picture's study is a source (its counts were
/// filled from `content/evidence.json` by [`crate::pictures`], which reports what it could not fill).
fn check_pictures(content: &Content, problems: &mut Vec<ContentError>) {
    let data = &content.decision;
    check_ids(data.pictures.iter().map(|picture| &picture.id), "pictures", "pictures", problems);
    for (index, picture) in data.pictures.iter().enumerate() {
        if content.source(&picture.study).is_none() {
            complain(
                problems,
                format!("pictures[{index}].study"),
                format!("\"{}\" is not a source in {SOURCES_FILE}", picture.study),
            );
        }
        check_goal_ids(content, &picture.goals, &format!("pictures[{index}].goals"), problems);
        if !data.comparisons.iter().any(|comparison| comparison.pictures.contains(&picture.id)) {
            complain(
                problems,
                format!("pictures[{index}]"),
                format!("\"{}\" is not shown by any comparison", picture.id),
            );
        }
    }
}

/// Each id in `ids` is an option of the goals question, listed once.
fn check_goal_ids(content: &Content, ids: &[String], at: &str, problems: &mut Vec<ContentError>) {
    let goals = options_of(content, GOAL_QUESTION);
    check_ids(ids, at, "goals", problems);
    for (place, goal) in ids.iter().enumerate() {
        if is_id(goal) && !goals.contains(goal) {
            complain(
                problems,
                format!("{at}[{place}]"),
                format!("\"{goal}\" is not an option of question \"{GOAL_QUESTION}\" in {}", questionnaire::FILE),
            );
        }
    }
}

/// `condition_covered_by` names conditions and goals of the questionnaire, and each covering goal
/// has a statement of its own for that condition (`bottom.goal.<goal>.<condition>` in every
/// language): a general answer cannot stand in for the condition's statement.
fn check_covered_conditions(content: &Content, problems: &mut Vec<ContentError>) {
    let conditions = options_of(content, CONDITION_QUESTION);
    for (condition, goals) in &content.decision.condition_covered_by {
        let at = format!("condition_covered_by.{condition}");
        if !conditions.iter().any(|known| known == condition) {
            complain(
                problems,
                &at,
                format!(
                    "\"{condition}\" is not an option of question \"{CONDITION_QUESTION}\" in {}",
                    questionnaire::FILE
                ),
            );
        }
        check_goal_ids(content, goals, &at, problems);
        for goal in goals {
            let key = keys::bottom_goal_for(goal, condition);
            for language in content.languages.iter().filter(|language| language.decision.find(&key).is_none()) {
                complain(
                    problems,
                    &at,
                    format!(
                        "\"{goal}\" has no statement of its own for this condition: add \"{key}\" to content/{}/decision.json",
                        language.code
                    ),
                );
            }
        }
    }
}

fn check_words(content: &Content, language: &Language, problems: &mut Vec<ContentError>) {
    let file = format!("content/{}/decision.json", language.code);
    let required = required_keys(content);
    for key in &required {
        match language.decision.find(key) {
            None => problems.push(ContentError::new(&file, key.as_str(), "is missing")),
            Some(text) if text.trim().is_empty() => problems.push(ContentError::new(&file, key.as_str(), "is empty")),
            Some(text) => check_length(content, &file, key, text, problems),
        }
    }
    let conditions = options_of(content, CONDITION_QUESTION);
    let goals = options_of(content, GOAL_QUESTION);
    let is_note = |key: &str| data_has_note(content, key);
    let is_override = |key: &str| {
        goals.iter().any(|goal| {
            key.strip_prefix(&format!("{}.", keys::bottom_goal(goal)))
                .is_some_and(|condition| conditions.iter().any(|known| known == condition))
        })
    };
    for key in language.decision.keys() {
        if is_override(key) || is_note(key) {
            let text = language.decision.get(key);
            if text.trim().is_empty() {
                problems.push(ContentError::new(&file, key, "is empty"));
            } else {
                check_length(content, &file, key, text, problems);
            }
        } else if !required.iter().any(|needed| needed == key) {
            problems.push(ContentError::new(
                &file,
                key,
                format!("is not used: nothing in {} or the section list needs it", decision::FILE),
            ));
        }
    }
    for (key, expected) in COUNT_PLACEHOLDERS {
        if let Some(text) = language.decision.find(key) {
            if placeholders(text) != *expected {
                problems.push(ContentError::new(
                    &file,
                    *key,
                    format!("must use the placeholders {expected:?}, not {:?}", placeholders(text)),
                ));
            }
        }
    }
}

/// The longest a key's text may be, if it has a limit.
pub fn max_length(content: &Content, key: &str) -> Option<usize> {
    if key == "bottom.caveat" {
        Some(MAX_CAVEAT)
    } else if key.starts_with("decision.") && key != keys::DECISION_TITLE {
        Some(MAX_DECISION)
    } else if key.starts_with("bottom.condition.") || key.starts_with("bottom.goal.") {
        Some(MAX_BOTTOM)
    } else if key.starts_with("bottom.lead.") {
        Some(MAX_LEAD)
    } else if key.starts_with("summary.") {
        Some(MAX_SUMMARY)
    } else if is_cell(content, key) {
        Some(MAX_CELL)
    } else if is_label(content, key) {
        Some(MAX_LABEL)
    } else if key.starts_with("picture.") && key.ends_with(".title") {
        Some(MAX_TITLE)
    } else if key.starts_with("picture.none.") || data_has_note(content, key) {
        Some(MAX_NOTE)
    } else {
        None
    }
}

fn check_length(content: &Content, file: &str, key: &str, text: &str, problems: &mut Vec<ContentError>) {
    let length = text.chars().count();
    if let Some(limit) = max_length(content, key).filter(|limit| length > *limit) {
        problems.push(ContentError::new(file, key, format!("is {length} characters long; keep it to {limit}")));
    }
}

fn is_label(content: &Content, key: &str) -> bool {
    content.decision.pictures.iter().any(|picture| {
        key == keys::picture_marker(&picture.id)
            || picture.arms.iter().any(|arm| key == keys::arm_label(&picture.study, &arm.arm))
    })
}

/// An optional note under a picture the data has.
fn data_has_note(content: &Content, key: &str) -> bool {
    content.decision.pictures.iter().any(|picture| key == keys::picture_note(&picture.id))
}

fn is_cell(content: &Content, key: &str) -> bool {
    content.decision.comparisons.iter().any(|comparison| {
        comparison
            .options
            .iter()
            .any(|option| comparison.rows.iter().any(|row| keys::comparison_cell(&comparison.id, option, row) == key))
    })
}

/// A translation has exactly the default language's keys, with the same placeholders.
fn check_translation(default: &Language, other: &Language, problems: &mut Vec<ContentError>) {
    let file = format!("content/{}/decision.json", other.code);
    let original = format!("content/{}/decision.json", default.code);
    for key in default.decision.keys() {
        match other.decision.find(key) {
            None => problems.push(ContentError::new(&file, key, format!("is missing ({original} has it)"))),
            Some(text) if placeholders(text) != placeholders(default.decision.get(key)) => {
                problems.push(ContentError::new(
                    &file,
                    key,
                    format!(
                        "has placeholders {:?}, but {original} has {:?}",
                        placeholders(text),
                        placeholders(default.decision.get(key))
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    for key in other.decision.keys() {
        if default.decision.find(key).is_none() {
            problems.push(ContentError::new(&file, key, format!("is not in {original}")));
        }
    }
}
