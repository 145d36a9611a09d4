//! The decision aid's data, read from `content/decision.json`: the options compared side by side
//! for each condition, trial results as pictures (every arm, the counts filled in from
//! `content/evidence.json`), and the values a visitor can weigh. The words for all of it are in each language's `decision.json`, a flat map of keys
//! (see the key functions below), so a translation is checked like the interface strings.

use serde::{Deserialize, Serialize};

use crate::sorted_map::SortedMap;

pub const FILE: &str = "content/decision.json";
/// A group smaller than this is shown as a plain count ("5 of 6 people"), never as a picture,
/// and never scaled to 100: a small group's share would look far more certain than it is.
pub const SMALL_GROUP: usize = 20;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// For a condition, the goals whose condition-specific bottom-line statement already says
    /// what the condition's own statement would; when the visitor chose one of them, the
    /// condition's statement is left out so nothing is said twice.
    #[serde(default)]
    pub condition_covered_by: SortedMap<Vec<String>>,
    /// What a visitor may say matters to them, in the order offered.
    pub values: Vec<String>,
    pub comparisons: Vec<Comparison>,
    pub pictures: Vec<Picture>,
}

/// One Option Grid: the options open to people with these conditions, side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    /// Condition option ids (`content/questionnaire.json`) this comparison is shown for.
    pub conditions: Vec<String>,
    /// The columns, e.g. `injections`, `standard_care`, `nothing_more`.
    pub options: Vec<String>,
    /// The rows, e.g. `involves`, `evidence`, `harms`, `cost`, `certainty`.
    pub rows: Vec<String>,
    /// Sources for each cell, keyed `option.row`; every cell needs at least one.
    pub cite: SortedMap<Vec<String>>,
    /// Pictures (ids in `pictures`) drawn under the table. A comparison without any says why in
    /// the words key [`keys::no_picture`].
    #[serde(default)]
    pub pictures: Vec<String>,
    /// The rows each value puts first, keyed by value id.
    #[serde(default)]
    pub stress: SortedMap<Vec<String>>,
}

/// One trial result as a picture: a study and one of its counted outcomes, every arm shown.
/// `content/decision.json` names only the study and the outcome; the counts come from the
/// study's record in `content/evidence.json`, filled in by the content crate, so no count is
/// typed twice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    pub id: String,
    /// The study: a source id in `content/sources.json` with a record in `content/evidence.json`.
    pub study: String,
    /// The outcome id in that record.
    pub outcome: String,
    /// The goals (options of the goals question) this picture answers, most fitting first: it is
    /// drawn under the bottom-line statement of the first of them the visitor chose, else with
    /// the comparison.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Whether what was counted is good or bad for the person; from the evidence record.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Every arm of the study, in the record's order; from the evidence record.
    #[serde(default)]
    pub arms: Vec<ArmCount>,
}

/// What a picture counts: a good outcome (improved, in remission) or a bad one (a side effect,
/// getting worse, dying). The two are drawn in different colours, shapes and words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Benefit,
    Harm,
}

/// How many people in one arm had the outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArmCount {
    /// The arm id in the study's evidence record.
    pub arm: String,
    pub events: usize,
    pub of: usize,
}

impl ArmCount {
    /// Too few people to draw: shown as "5 of 6 people" only.
    pub fn is_small(&self) -> bool {
        self.of < SMALL_GROUP
    }
}

impl Picture {
    pub fn is_harm(&self) -> bool {
        self.kind == Some(Kind::Harm)
    }
}

impl Decision {
    /// The comparison for a visitor with this condition, if the content has one.
    pub fn comparison_for(&self, condition: &str) -> Option<&Comparison> {
        self.comparisons.iter().find(|comparison| comparison.conditions.iter().any(|id| id == condition))
    }

    pub fn picture(&self, id: &str) -> Option<&Picture> {
        self.pictures.iter().find(|picture| picture.id == id)
    }
}

/// Keys of each language's `decision.json`.
pub mod keys {
    /// A section's one-line summary, shown beside its heading while it is collapsed.
    pub fn section_summary(section: &str) -> String {
        format!("summary.{section}")
    }

    /// The bottom line for a condition.
    pub fn bottom_condition(condition: &str) -> String {
        format!("bottom.condition.{condition}")
    }

    /// The direct answer to a goal; `bottom_goal_for` may override it for one condition.
    pub fn bottom_goal(goal: &str) -> String {
        format!("bottom.goal.{goal}")
    }

    /// The opening words of a goal's bottom-line statement, the goal in the visitor's words
    /// ("You hoped for less pain").
    pub fn bottom_lead(goal: &str) -> String {
        format!("bottom.lead.{goal}")
    }

    pub fn bottom_goal_for(goal: &str, condition: &str) -> String {
        format!("bottom.goal.{goal}.{condition}")
    }

    /// The decision itself in one sentence ("You are deciding whether to try …, to keep to …, or
    /// to wait"), shown first on the results and in the summary.
    pub fn decision(comparison: &str) -> String {
        format!("decision.{comparison}")
    }

    /// The heading of the decision sentence in the printed and saved summary.
    pub const DECISION_TITLE: &str = "decision.title";

    pub fn comparison_title(comparison: &str) -> String {
        format!("compare.{comparison}.title")
    }

    pub fn comparison_option(comparison: &str, option: &str) -> String {
        format!("compare.{comparison}.option.{option}")
    }

    pub fn comparison_cell(comparison: &str, option: &str, row: &str) -> String {
        format!("compare.{comparison}.{option}.{row}")
    }

    /// A picture's title: what was counted, in whom, over what time.
    pub fn picture_title(picture: &str) -> String {
        format!("picture.{picture}.title")
    }

    /// What the marked people had, after the marker in the legend, e.g. "improved".
    pub fn picture_marker(picture: &str) -> String {
        format!("picture.{picture}.marker")
    }

    /// An optional caution under one picture, e.g. that some people left the trial early.
    pub fn picture_note(picture: &str) -> String {
        format!("picture.{picture}.note")
    }

    /// Why a comparison has no picture, e.g. the trials reported averages, not counts.
    pub fn no_picture(comparison: &str) -> String {
        format!("picture.none.{comparison}")
    }

    /// The short label of one arm of a study, shown above its count, e.g. "Lowest cell dose".
    pub fn arm_label(study: &str, arm: &str) -> String {
        format!("arm.{study}.{arm}")
    }

    pub fn value(value: &str) -> String {
        format!("value.{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_twenty_are_small() {
        assert!(ArmCount { arm: "placebo".into(), events: 5, of: 6 }.is_small());
        assert!(ArmCount { arm: "high".into(), events: 2, of: 19 }.is_small());
        assert!(!ArmCount { arm: "low".into(), events: 9, of: 20 }.is_small());
    }
}
