//! `content/evidence.json`: one record per study or other numeric source the text quotes, keyed
//! by its `content/sources.json` id. A trial's record gives its design, population, arms (with
//! their sizes) and outcomes (what was counted, over what time, and the count in each arm, or the
//! averages for a measured outcome); any other source gives a plain list of the figures it holds,
//! each with what it means. The pictures read their counts from here (`crate::pictures`) and
//! every number in the cited text must be found here (`crate::stray_numbers`). Never shipped.

use std::collections::BTreeMap;

use joint_intake_model::content::{Content, SOURCES_FILE};
use joint_intake_model::decision::Kind;
use joint_intake_model::problems::ContentError;
use joint_intake_model::questionnaire::is_id;
use serde::Deserialize;

use crate::numbers::numbers_in;

pub const FILE: &str = "content/evidence.json";

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub records: Vec<Record>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The id in `content/sources.json`.
    pub source: String,
    /// For example "Randomized, placebo-controlled trial".
    pub design: String,
    /// Who took part, with how many.
    pub population: String,
    #[serde(default)]
    pub arms: Vec<Arm>,
    /// Arms the text may add up, for example three doses of cells together.
    #[serde(default)]
    pub pools: Vec<Pool>,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    #[serde(default)]
    pub figures: Vec<Figure>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arm {
    pub id: String,
    /// A plain label for editors (visitors read `arm.<source>.<arm>` in each language).
    pub label: String,
    /// How many people were in the arm.
    pub size: usize,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    pub id: String,
    pub label: String,
    pub arms: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    /// What was counted or measured, for example "improved by at least 20 percent".
    pub counted: String,
    /// Over what time, for example "1 month".
    pub time: String,
    /// Whether what was counted is good or bad for the person; needed for counts.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// How many people in each arm had it (every arm of the record).
    #[serde(default)]
    pub counts: BTreeMap<String, usize>,
    /// For a measured outcome: the average each arm reported, as written ("-2.1").
    #[serde(default)]
    pub averages: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The figure as the source gives it, with its unit: "1,150 to 12,000 US dollars".
    pub value: String,
    /// What it means: "the lowest and highest prices quoted".
    pub means: String,
    /// Set while the figure still needs checking against the source, saying what to check; the
    /// tests list every such figure.
    #[serde(default)]
    pub check: Option<String>,
}

impl Evidence {
    pub fn record(&self, source: &str) -> Option<&Record> {
        self.records.iter().find(|record| record.source == source)
    }
}

impl Record {
    pub fn arm(&self, id: &str) -> Option<&Arm> {
        self.arms.iter().find(|arm| arm.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|outcome| outcome.id == id)
    }

    /// Every number the record holds, as values: the numbers written in its design, population,
    /// outcomes and figures; each arm's size and count; and each pool's summed size and count.
    pub fn numbers(&self) -> Vec<f64> {
        let mut texts: Vec<&str> = vec![&self.design, &self.population];
        let mut values: Vec<f64> = self.arms.iter().map(|arm| arm.size as f64).collect();
        for outcome in &self.outcomes {
            texts.extend([outcome.counted.as_str(), outcome.time.as_str()]);
            texts.extend(outcome.averages.values().map(String::as_str));
            values.extend(outcome.counts.values().map(|count| *count as f64));
        }
        texts.extend(self.figures.iter().map(|figure| figure.value.as_str()));
        for pool in &self.pools {
            let arms = || pool.arms.iter().filter_map(|id| self.arm(id));
            values.push(arms().map(|arm| arm.size).sum::<usize>() as f64);
            for outcome in &self.outcomes {
                values.push(arms().filter_map(|arm| outcome.counts.get(&arm.id)).sum::<usize>() as f64);
            }
        }
        values.extend(texts.into_iter().flat_map(numbers_in).map(|number| number.value));
        values
    }

    /// The share of each arm (and pool) with each counted outcome, in percent: what a percentage
    /// in the text may give instead of the count.
    pub fn percentages(&self) -> Vec<f64> {
        let mut groups: Vec<(Vec<&str>, usize)> =
            self.arms.iter().map(|arm| (vec![arm.id.as_str()], arm.size)).collect();
        for pool in &self.pools {
            let size = pool.arms.iter().filter_map(|id| self.arm(id)).map(|arm| arm.size).sum();
            groups.push((pool.arms.iter().map(String::as_str).collect(), size));
        }
        let mut shares = Vec::new();
        for outcome in self.outcomes.iter().filter(|outcome| !outcome.counts.is_empty()) {
            for (arms, size) in &groups {
                let events: usize = arms.iter().filter_map(|arm| outcome.counts.get(*arm)).sum();
                if *size > 0 {
                    shares.push(events as f64 * 100.0 / *size as f64);
                }
            }
        }
        shares
    }
}

/// Parses and checks `content/evidence.json` against the sources; every problem names the record
/// (by its source id) and the field.
pub fn load_evidence(json: &str, content: &Content, problems: &mut Vec<ContentError>) -> Option<Evidence> {
    let evidence: Evidence = crate::parse(FILE, json, problems)?;
    check_evidence(&evidence, content, problems);
    Some(evidence)
}

fn complain(problems: &mut Vec<ContentError>, field: impl Into<String>, message: impl Into<String>) {
    problems.push(ContentError::new(FILE, field, message));
}

fn check_evidence(evidence: &Evidence, content: &Content, problems: &mut Vec<ContentError>) {
    let mut seen = Vec::new();
    for (index, record) in evidence.records.iter().enumerate() {
        if content.source(&record.source).is_none() {
            complain(
                problems,
                format!("records[{index}].source"),
                format!("\"{}\" is not a source in {SOURCES_FILE}", record.source),
            );
        } else if seen.contains(&record.source.as_str()) {
            complain(problems, format!("records[{index}].source"), format!("\"{}\" has two records", record.source));
        }
        seen.push(&record.source);
        check_record(record, problems);
    }
}

fn check_record(record: &Record, problems: &mut Vec<ContentError>) {
    let at = record.source.as_str();
    for (field, text) in [("design", &record.design), ("population", &record.population)] {
        if text.trim().is_empty() {
            complain(problems, format!("{at}.{field}"), "is empty");
        }
    }
    let mut arm_ids = Vec::new();
    for (index, arm) in record.arms.iter().enumerate() {
        let field = format!("{at}.arms[{index}]");
        if !is_id(&arm.id) {
            complain(problems, format!("{field}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", arm.id));
        } else if arm_ids.contains(&arm.id.as_str()) {
            complain(problems, format!("{field}.id"), format!("\"{}\" is listed twice", arm.id));
        }
        arm_ids.push(&arm.id);
        if arm.label.trim().is_empty() {
            complain(problems, format!("{field}.label"), "is empty");
        }
        if arm.size == 0 {
            complain(problems, format!("{field}.size"), "an arm needs at least one person");
        }
    }
    for (index, pool) in record.pools.iter().enumerate() {
        if pool.arms.len() < 2 {
            complain(problems, format!("{at}.pools[{index}].arms"), "a pool adds up at least two arms");
        }
        for arm in pool.arms.iter().filter(|arm| record.arm(arm).is_none()) {
            complain(problems, format!("{at}.pools[{index}].arms"), format!("\"{arm}\" is not an arm of this record"));
        }
    }
    let mut outcome_ids = Vec::new();
    for (index, outcome) in record.outcomes.iter().enumerate() {
        let field = format!("{at}.outcomes[{index}]");
        if !is_id(&outcome.id) {
            complain(
                problems,
                format!("{field}.id"),
                format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", outcome.id),
            );
        } else if outcome_ids.contains(&outcome.id.as_str()) {
            complain(problems, format!("{field}.id"), format!("\"{}\" is listed twice", outcome.id));
        }
        outcome_ids.push(&outcome.id);
        check_outcome(record, outcome, &field, problems);
    }
    for (index, figure) in record.figures.iter().enumerate() {
        let field = format!("{at}.figures[{index}]");
        if numbers_in(&figure.value).is_empty() {
            complain(problems, format!("{field}.value"), "give the figure with its number, for example \"3 in 1,000\"");
        }
        if figure.means.trim().is_empty() {
            complain(problems, format!("{field}.means"), "say what the figure means");
        }
    }
}

fn check_outcome(record: &Record, outcome: &Outcome, field: &str, problems: &mut Vec<ContentError>) {
    for (name, text) in [("counted", &outcome.counted), ("time", &outcome.time)] {
        if text.trim().is_empty() {
            complain(problems, format!("{field}.{name}"), "is empty");
        }
    }
    match (outcome.counts.is_empty(), outcome.averages.is_empty()) {
        (true, true) => {
            complain(problems, field, "give the count in each arm (counts) or each arm's average (averages)")
        }
        (false, false) => complain(problems, field, "give counts or averages, not both"),
        _ => {}
    }
    if !outcome.counts.is_empty() && outcome.kind.is_none() {
        complain(problems, format!("{field}.kind"), "say whether what was counted is a \"benefit\" or a \"harm\"");
    }
    for (arm, events) in &outcome.counts {
        match record.arm(arm) {
            None => {
                complain(problems, format!("{field}.counts.{arm}"), format!("\"{arm}\" is not an arm of this record"))
            }
            Some(group) if *events > group.size => complain(
                problems,
                format!("{field}.counts.{arm}"),
                format!("{events} people is more than the {} in the arm", group.size),
            ),
            Some(_) => {}
        }
    }
    if !outcome.counts.is_empty() {
        for arm in record.arms.iter().filter(|arm| !outcome.counts.contains_key(&arm.id)) {
            complain(problems, format!("{field}.counts"), format!("give the count for the arm \"{}\" too", arm.id));
        }
    }
    for (arm, average) in &outcome.averages {
        if record.arm(arm).is_none() {
            complain(problems, format!("{field}.averages.{arm}"), format!("\"{arm}\" is not an arm of this record"));
        }
        if numbers_in(average).len() != 1 {
            complain(problems, format!("{field}.averages.{arm}"), format!("\"{average}\" is not one number"));
        }
    }
}
