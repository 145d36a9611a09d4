//! Editorial checks on the section text that the tests run over the shipped content: a section
//! that names a serious risk carries an urgent-care block, and a count such as "9 out of 20" is
//! never given without the group it is compared with (or a plain statement that there was none).
//!
//! Both work on the default language (English). The translation check in [`crate::checks`]
//! already makes every other language keep the same blocks, so a Spanish section has its urgent
//! block exactly where the English one does.

use joint_intake_model::content::{Block, Language, SectionText};

/// Words that name a harm a reader should act on at once. A section whose text uses any of them
/// must carry an urgent-care block ("Get medical help straight away if…").
pub const RISK_TERMS: &[&str] = &[
    "infection",
    "clots",
    "stroke",
    "blindness",
    "vision loss",
    "lost their sight",
    "tumor",
    "pneumonia",
    "died",
    "death",
    "bleeding",
];

/// Words that show a count is set beside a comparison group, or that say there was none.
pub const COMPARISON_MARKERS: &[&str] = &[
    "placebo",
    "compared",
    "comparison",
    "versus",
    " than ",
    "control group",
    "both groups",
    "each group",
    "other group",
];

/// Sections that name a risk but have no urgent-care block, as "file: section: message".
pub fn sections_without_urgent_care(language: &Language) -> Vec<String> {
    let mut found = Vec::new();
    for (id, section) in &language.sections {
        if section.has_urgent_block() {
            continue;
        }
        let text = section.plain_text().to_lowercase();
        if let Some(term) = RISK_TERMS.iter().find(|term| text.contains(*term)) {
            found.push(format!(
                "content/{}/sections.json: {id}: names a risk (\"{term}\") but has no urgent-care block",
                language.code
            ));
        }
    }
    found
}

/// Counts ("9 out of 20", "3 people out of 55", "1 of the 12") given without a comparison, as
/// "file: section.where: message". A paragraph or key point must name its comparison itself; a
/// list item may rely on the rest of its list and on the paragraph just before the list.
pub fn counts_without_comparison(language: &Language) -> Vec<String> {
    let mut found = Vec::new();
    for (id, section) in &language.sections {
        check_section(&language.code, id, section, &mut found);
    }
    found
}

fn check_section(code: &str, id: &str, section: &SectionText, found: &mut Vec<String>) {
    let mut complain = |place: String, text: &str| {
        found.push(format!(
            "content/{code}/sections.json: {id}.{place}: \"{}\" gives a count without its comparison group",
            count_in(text).unwrap_or_default()
        ))
    };
    for (index, block) in section.blocks.iter().enumerate() {
        match block {
            Block::Paragraph { p, .. } => {
                if count_in(p).is_some() && !has_comparison(p) {
                    complain(format!("blocks[{index}]"), p);
                }
            }
            Block::List { list, .. } => {
                let before = match index.checked_sub(1).map(|earlier| &section.blocks[earlier]) {
                    Some(Block::Paragraph { p, .. }) => p.as_str(),
                    _ => "",
                };
                let context = format!("{before}\n{}", list.join("\n"));
                for (item_index, item) in list.iter().enumerate() {
                    if count_in(item).is_some() && !has_comparison(&context) {
                        complain(format!("blocks[{index}].list[{item_index}]"), item);
                    }
                }
            }
            Block::Heading { .. } | Block::Urgent { .. } => {}
        }
    }
    for (index, point) in section.key_points.iter().enumerate() {
        if count_in(point).is_some() && !has_comparison(point) {
            complain(format!("key_points[{index}]"), point);
        }
    }
}

fn has_comparison(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    COMPARISON_MARKERS.iter().any(|marker| lower.contains(marker))
}

/// The first count in `text`: a number, optionally a word for who was counted ("people",
/// "patients", "groups"), an optional "out", "of", an optional "the", then a number ("9 out of 20", "3 people out of 55", "1 of the 12").
pub fn count_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_number = |word: &str| {
        let bare = word.trim_matches(|c: char| !c.is_ascii_digit());
        !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == ',')
    };
    for start in 0..words.len() {
        if !is_number(words[start]) || words[start].ends_with(['.', ',', ';', ':']) {
            continue;
        }
        let mut at = start + 1;
        // A word for who was counted may stand between: "3 people out of 55".
        if words.get(at).is_some_and(|word| matches!(*word, "people" | "patients" | "groups" | "person" | "adults")) {
            at += 1;
        }
        if words.get(at) == Some(&"out") {
            at += 1;
        }
        if words.get(at) != Some(&"of") {
            continue;
        }
        at += 1;
        if words.get(at) == Some(&"the") {
            at += 1;
        }
        if words.get(at).is_some_and(|word| is_number(word)) {
            return Some(words[start..=at].join(" "));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_found_in_their_usual_forms() {
        assert_eq!(count_in("It was 9 out of 20 people.").as_deref(), Some("9 out of 20"));
        assert_eq!(count_in("in 3 people out of 55 after it").as_deref(), Some("3 people out of 55"));
        assert_eq!(count_in("1 of the 12 people died").as_deref(), Some("1 of the 12"));
        assert_eq!(count_in("2 groups of 55").as_deref(), Some("2 groups of 55"));
        assert_eq!(count_in("A 2023 trial of 480 people"), None);
        assert_eq!(count_in("65 US clinics gave a price"), None);
        assert_eq!(count_in("After 12 months, pain eased."), None);
    }

    #[test]
    fn a_comparison_is_a_named_group_or_a_plain_none() {
        assert!(has_comparison("2 out of 7 on placebo improved"));
        assert!(has_comparison("There was no comparison group."));
        assert!(!has_comparison("9 out of 20 people improved."));
    }
}
