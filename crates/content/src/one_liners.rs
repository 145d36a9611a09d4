//! The one-line texts of the decision aid carry no citation of their own: the summary line beside
//! each collapsed section (`summary.<section>`) and the bottom lines (`bottom.condition.<condition>`,
//! `bottom.goal.<goal>` and `bottom.goal.<goal>.<condition>`). So each may only restate what the
//! cited text it points to already says, where the sources are:
//!
//! - `summary.<section>` points to that section;
//! - `bottom.condition.<condition>` to the comparison for that condition and the sections a
//!   visitor with that condition is shown;
//! - `bottom.goal.<goal>` to the sections a visitor with that goal is shown (its `goal_<goal>`
//!   section among them), and a per-condition override also to that condition's comparison and
//!   sections.
//!
//! What is checked: every number in a one-liner (a count, a year, a length of time, a price)
//! appears in the text it points to, and so does every claim word of [`CLAIM_WORDS`] (placebo,
//! steroid shot, FDA, approval, guideline, scans, aHSCT, chemotherapy). Every paragraph of that
//! text cites its sources (checked in [`crate::checks`]), so a one-liner that passes says nothing
//! its page does not source.

use joint_intake_model::answers::Answers;
use joint_intake_model::content::{Content, Language, SectionText};
use joint_intake_model::decision::keys;
use joint_intake_model::results::GOALS_QUESTION;
use joint_intake_model::rules::select_sections;
use joint_intake_model::settings::CONDITION_QUESTION;

/// Words that carry a sourced claim, by language: a one-liner may use one only if the text it
/// points to uses it too (matched case-insensitively, as the start of a word or inside one).
pub const CLAIM_WORDS: &[(&str, &[&str])] = &[
    ("en", &["placebo", "steroid", "fda", "approv", "guideline", "scan", "ahsct", "chemo"]),
    ("es", &["placebo", "corticoide", "fda", "aprob", "guía", "imágenes", "ahsct", "quimio"]),
];

/// Every one-liner that says more than the text it points to, as "file: key: message".
pub fn one_liners_beyond_their_text(content: &Content, language: &Language) -> Vec<String> {
    let mut found = Vec::new();
    // A language with no list would pass unchecked, so it fails until its words are listed.
    let Some((_, claim_words)) = CLAIM_WORDS.iter().find(|(code, _)| *code == language.code) else {
        return vec![format!(
            "content/{}/decision.json: no claim words for this language; add them to CLAIM_WORDS in \
             crates/content/src/one_liners.rs",
            language.code
        )];
    };
    for key in language.decision.keys() {
        let Some(pointed) = pointed_text(content, language, key) else { continue };
        let line = language.decision.get(key);
        let known = numbers(&pointed);
        for number in numbers(line) {
            if !known.contains(&number) {
                found.push(format!(
                    "content/{}/decision.json: {key}: the number \"{number}\" is not in the cited text it sums up ({})",
                    language.code,
                    describe(key)
                ));
            }
        }
        let (line_lower, pointed_lower) = (line.to_lowercase(), pointed.to_lowercase());
        for word in claim_words.iter().filter(|word| line_lower.contains(*word)) {
            if !pointed_lower.contains(word) {
                found.push(format!(
                    "content/{}/decision.json: {key}: \"{word}\" is not in the cited text it sums up ({})",
                    language.code,
                    describe(key)
                ));
            }
        }
    }
    found
}

/// Which text a one-liner sums up, for the message.
fn describe(key: &str) -> String {
    if let Some(section) = key.strip_prefix("summary.") {
        format!("the section {section}")
    } else if let Some(condition) = key.strip_prefix("bottom.condition.") {
        format!("the comparison and sections for {condition}")
    } else {
        let rest = key.trim_start_matches("bottom.goal.");
        match rest.split_once('.') {
            Some((goal, condition)) => {
                format!("the sections for {goal} and the comparison and sections for {condition}")
            }
            None => format!("the sections for the goal {rest}"),
        }
    }
}

/// The text a one-liner points to, or `None` for a key that is not a one-liner.
fn pointed_text(content: &Content, language: &Language, key: &str) -> Option<String> {
    if let Some(section) = key.strip_prefix("summary.") {
        return language.sections.get(section).map(|text| section_text(text, None));
    }
    let (condition, goal) = if let Some(condition) = key.strip_prefix("bottom.condition.") {
        (Some(condition), None)
    } else if let Some(rest) = key.strip_prefix("bottom.goal.") {
        match rest.split_once('.') {
            Some((goal, condition)) => (Some(condition), Some(goal)),
            None => (None, Some(rest)),
        }
    } else {
        return None;
    };
    let mut answers = Answers::default();
    if let Some(condition) = condition {
        answers.choose(CONDITION_QUESTION, condition);
    }
    if let Some(goal) = goal {
        answers.toggle(GOALS_QUESTION, goal, true);
    }
    let mut text: Vec<String> = select_sections(&content.sections, &answers)
        .iter()
        .filter_map(|rule| language.sections.get(&rule.id))
        .map(|section| section_text(section, condition))
        .collect();
    if let Some(comparison) = condition.and_then(|condition| content.decision.comparison_for(condition)) {
        let prefix = format!("compare.{}.", comparison.id);
        text.extend(
            language.decision.keys().filter(|k| k.starts_with(&prefix)).map(|k| language.decision.get(k).to_owned()),
        );
        for picture in comparison.pictures.iter().filter_map(|id| content.decision.picture(id)) {
            for key in
                [keys::picture_title(&picture.id), keys::picture_marker(&picture.id), keys::picture_note(&picture.id)]
            {
                text.extend(language.decision.find(&key).map(str::to_owned));
            }
            for arm in &picture.arms {
                text.extend(language.decision.find(&keys::arm_label(&picture.study, &arm.arm)).map(str::to_owned));
                text.push(format!("{} {}", arm.events, arm.of));
            }
        }
        text.extend(language.decision.find(&keys::no_picture(&comparison.id)).map(str::to_owned));
    }
    Some(text.join("\n"))
}

/// A section's title, the blocks a visitor with `condition` sees, and its key points.
fn section_text(section: &SectionText, condition: Option<&str>) -> String {
    let mut lines = vec![section.title.as_str()];
    lines.extend(section.blocks_for(condition).flat_map(|block| block.texts()));
    lines.extend(section.key_points.iter().map(String::as_str));
    lines.join("\n")
}

/// The numbers in `text`, thousands separators removed ("5,000", "5.000" and "5 000" are
/// "5000"); a decimal comma reads as a point ("1,4" is "1.4"). See [`crate::numbers`].
pub fn numbers(text: &str) -> Vec<String> {
    crate::numbers::normal_numbers(text)
}
