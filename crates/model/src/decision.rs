//! The decision aid's data, read from `content/decision.json`: the options compared side by side
//! for each condition, trial results as numbers on one denominator, and the values a visitor can
//! weigh. The words for all of it are in each language's `decision.json`, a flat map of keys
//! (see the key functions below), so a translation is checked like the interface strings.

use serde::{Deserialize, Serialize};

use crate::sorted_map::SortedMap;

pub const FILE: &str = "content/decision.json";
/// Every icon array has this many people: one denominator for every number shown.
pub const DENOMINATOR: usize = 100;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What a visitor may say matters to them, in the order offered.
    pub values: Vec<String>,
    pub comparisons: Vec<Comparison>,
    pub numbers: Vec<Numbers>,
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
    /// Numbers (ids in `numbers`) drawn as icon arrays under the table.
    #[serde(default)]
    pub numbers: Vec<String>,
    /// The rows each value puts first, keyed by value id.
    #[serde(default)]
    pub stress: SortedMap<Vec<String>>,
}

/// One trial result: how many people in the treated group and in the comparison group had the
/// outcome. Always both groups, so a number never stands without its comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub id: String,
    /// The source id in `content/sources.json`.
    pub source: String,
    pub treated: Count,
    pub comparison: Count,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub events: usize,
    pub of: usize,
}

impl Count {
    /// The same proportion out of [`DENOMINATOR`], rounded to the nearest person.
    pub fn per_hundred(&self) -> usize {
        if self.of == 0 {
            return 0;
        }
        (self.events * DENOMINATOR * 2 + self.of) / (self.of * 2)
    }
}

impl Numbers {
    /// Fewer than 100 people in both groups together: the view says so plainly.
    pub fn is_small(&self) -> bool {
        self.treated.of + self.comparison.of < DENOMINATOR
    }
}

impl Decision {
    /// The comparison for a visitor with this condition, if the content has one.
    pub fn comparison_for(&self, condition: &str) -> Option<&Comparison> {
        self.comparisons.iter().find(|comparison| comparison.conditions.iter().any(|id| id == condition))
    }

    pub fn numbers(&self, id: &str) -> Option<&Numbers> {
        self.numbers.iter().find(|numbers| numbers.id == id)
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

    /// What happened, e.g. "felt their arthritis was much better after a month".
    pub fn numbers_outcome(numbers: &str) -> String {
        format!("numbers.{numbers}.outcome")
    }

    /// Who was treated, e.g. "people given stem cells".
    pub fn numbers_treated(numbers: &str) -> String {
        format!("numbers.{numbers}.treated")
    }

    /// The comparison group, e.g. "people given a dummy (placebo) drip".
    pub fn numbers_comparison(numbers: &str) -> String {
        format!("numbers.{numbers}.comparison")
    }

    /// The short label under the treated group's icon array, e.g. "Donor cells (lowest dose)".
    pub fn numbers_treated_label(numbers: &str) -> String {
        format!("numbers.{numbers}.treated_label")
    }

    /// The short label under the comparison group's icon array, e.g. "Dummy drip (placebo)".
    pub fn numbers_comparison_label(numbers: &str) -> String {
        format!("numbers.{numbers}.comparison_label")
    }

    pub fn value(value: &str) -> String {
        format!("value.{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_scale_to_one_hundred_rounding_to_the_nearest_person() {
        assert_eq!(Count { events: 9, of: 20 }.per_hundred(), 45);
        assert_eq!(Count { events: 2, of: 7 }.per_hundred(), 29);
        assert_eq!(Count { events: 1, of: 6 }.per_hundred(), 17);
        assert_eq!(Count { events: 0, of: 0 }.per_hundred(), 0);
    }
}
