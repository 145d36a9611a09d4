//! The check that no number reaches a visitor without its evidence: every number in a section's
//! blocks and key points, in a table cell and in a picture's words, in every language, must be
//! found in `content/evidence.json`, in the record of a source that text cites.
//!
//! What each text cites: a block its own `cite` (a block without one, such as a heading or
//! urgent-care signs, and every key point: all the sources its section cites); a table cell its
//! `cite` in `content/decision.json`; a picture's title, marker, note and arm labels its study;
//! `picture.none.<comparison>` every source of that comparison's cells.
//!
//! How numbers match (`crate::numbers` reads them): "5,000", "5.000" and "5 000" are 5000; a
//! whole number matches a decimal the record gives that rounds to it ("about 2" for -2.1 and
//! -1.8, "25 out of 100" for 24.5); a percentage may also be the share of an arm or pool with a
//! counted outcome (45% for 9 of 20).
//!
//! The exemptions, listed in content/README.md ("The number check"):
//! - a year (four digits, 1900 to 2099) written in the date or title of a source the text
//!   cites: "A 2019 study", "In December 2024" — the citation's own date, not a finding;
//! - the `about` section (who wrote the text, review dates and how often it is reviewed);
//! - the interface words (`content/*/ui.json`, and the decision aid's shared words such as
//!   `picture.small_note`: "Step 1 of 5" and "groups under 20 people" describe the widget);
//! - one-liners (`summary.*`, `bottom.*`), which `crate::one_liners` checks against the cited
//!   text they sum up.

use joint_intake_model::content::{Content, SectionText, ABOUT};
use joint_intake_model::decision::keys;
use joint_intake_model::problems::ContentError;

use crate::evidence::{self, Evidence};
use crate::numbers::{numbers_in, Number};

/// The one section whose numbers are not evidence: its dates and review interval.
pub const EXEMPT_SECTIONS: &[&str] = &[ABOUT];

/// Every number without evidence, as a problem naming the file, the field and the sources.
pub fn stray_numbers(content: &Content, evidence: &Evidence) -> Vec<ContentError> {
    let mut problems = Vec::new();
    for language in &content.languages {
        let file = format!("content/{}/sections.json", language.code);
        for rule in content.sections.iter().filter(|rule| !EXEMPT_SECTIONS.contains(&rule.id.as_str())) {
            let Some(section) = language.sections.get(&rule.id) else { continue };
            for (field, text, cites) in section_texts(&rule.id, section) {
                check_text(content, evidence, &file, &field, &text, &cites, &mut problems);
            }
        }
        let file = format!("content/{}/decision.json", language.code);
        for (key, cites) in decision_texts(content) {
            if let Some(text) = language.decision.find(&key) {
                check_text(content, evidence, &file, &key, text, &cites, &mut problems);
            }
        }
    }
    problems
}

/// (field, text, cited sources) for each block and key point of a section.
fn section_texts(id: &str, section: &SectionText) -> Vec<(String, String, Vec<String>)> {
    let mut all: Vec<String> = Vec::new();
    for cite in section.blocks.iter().flat_map(|block| block.cites()) {
        if !all.contains(cite) {
            all.push(cite.clone());
        }
    }
    let mut texts = Vec::new();
    for (index, block) in section.blocks.iter().enumerate() {
        let cites = if block.cites().is_empty() { all.clone() } else { block.cites().to_vec() };
        texts.push((format!("{id}.blocks[{index}]"), block.texts().join("\n"), cites));
    }
    for (index, point) in section.key_points.iter().enumerate() {
        texts.push((format!("{id}.key_points[{index}]"), point.clone(), all.clone()));
    }
    texts
}

/// (key, cited sources) for each table cell and each picture's words in `decision.json`.
fn decision_texts(content: &Content) -> Vec<(String, Vec<String>)> {
    let data = &content.decision;
    let mut texts = Vec::new();
    for comparison in &data.comparisons {
        let mut all: Vec<String> = Vec::new();
        for option in &comparison.options {
            for row in &comparison.rows {
                let cites = comparison.cite.get(&format!("{option}.{row}")).cloned().unwrap_or_default();
                for cite in &cites {
                    if !all.contains(cite) {
                        all.push(cite.clone());
                    }
                }
                texts.push((keys::comparison_cell(&comparison.id, option, row), cites));
            }
        }
        texts.push((keys::no_picture(&comparison.id), all));
    }
    for picture in &data.pictures {
        let study = vec![picture.study.clone()];
        for key in
            [keys::picture_title(&picture.id), keys::picture_marker(&picture.id), keys::picture_note(&picture.id)]
        {
            texts.push((key, study.clone()));
        }
        for arm in &picture.arms {
            texts.push((keys::arm_label(&picture.study, &arm.arm), study.clone()));
        }
    }
    texts
}

fn check_text(
    content: &Content,
    evidence: &Evidence,
    file: &str,
    field: &str,
    text: &str,
    cites: &[String],
    problems: &mut Vec<ContentError>,
) {
    let numbers = numbers_in(text);
    if numbers.is_empty() {
        return;
    }
    let records: Vec<_> = cites.iter().filter_map(|id| evidence.record(id)).collect();
    let known: Vec<f64> = records.iter().flat_map(|record| record.numbers()).collect();
    let shares: Vec<f64> = records.iter().flat_map(|record| record.percentages()).collect();
    let years: Vec<String> = cites
        .iter()
        .filter_map(|id| content.source(id))
        .map(|source| format!("{} {}", source.date, source.title))
        .collect();
    let mut reported: Vec<String> = Vec::new();
    for number in numbers {
        if is_known(&number, &known, &shares) || is_cited_year(&number, &years) || reported.contains(&number.normal) {
            continue;
        }
        reported.push(number.normal.clone());
        let sources = if cites.is_empty() { "none cited".to_owned() } else { cites.join(", ") };
        let missing: Vec<&str> = cites.iter().map(String::as_str).filter(|id| evidence.record(id).is_none()).collect();
        let mut message =
            format!("the number \"{}\" is not in the evidence for its sources ({sources})", number.written);
        if !missing.is_empty() {
            message.push_str(&format!("; {} has no record for {}", evidence::FILE, missing.join(", ")));
        }
        problems.push(ContentError::new(file, field, message));
    }
}

/// The number itself, or a decimal that rounds to it, or (for a percentage) an arm's share.
fn is_known(number: &Number, known: &[f64], shares: &[f64]) -> bool {
    let close = |value: &f64| {
        *value == number.value || (number.is_whole() && value.fract() != 0.0 && (value - number.value).abs() <= 0.5)
    };
    known.iter().any(close) || (number.percent && shares.iter().any(|share| (share - number.value).abs() <= 0.5))
}

/// A year written in the date or title of a cited source.
fn is_cited_year(number: &Number, cited: &[String]) -> bool {
    number.is_year() && cited.iter().any(|text| text.contains(&number.normal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Number {
        numbers_in(text).remove(0)
    }

    #[test]
    fn whole_numbers_match_the_decimals_that_round_to_them_and_percentages_match_shares() {
        assert!(is_known(&number("2 points"), &[2.1], &[]));
        assert!(is_known(&number("25 out of 100"), &[24.5], &[]));
        assert!(!is_known(&number("3 points"), &[2.1], &[]));
        assert!(!is_known(&number("2.5 points"), &[2.1], &[]), "a decimal must be given as it is");
        assert!(is_known(&number("45%"), &[], &[45.0]));
        assert!(!is_known(&number("45 people"), &[], &[45.0]), "a share matches only a percentage");
    }

    #[test]
    fn a_year_is_exempt_only_when_a_cited_source_carries_it() {
        let cited = ["2019-01-15 A trial".to_owned()];
        assert!(is_cited_year(&number("in 2019"), &cited));
        assert!(!is_cited_year(&number("in 2020"), &cited));
        assert!(!is_cited_year(&number("2,019 people"), &cited));
    }
}
