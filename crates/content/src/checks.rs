//! Cross-checks between the content files: every section has text in every language, cites
//! sources that exist, and has the shape of the default language's; every source is dated and
//! safe to link; every interface string the views use exists. Each problem names file and field.

use joint_intake_model::condition::Rule;
use joint_intake_model::content::{
    Block, Content, Language, SectionText, ABOUT, CAVEATS, SECTIONS_FILE, SOURCES_FILE, UNDATED,
};
use joint_intake_model::i18n::placeholders;
use joint_intake_model::problems::ContentError;
use joint_intake_model::questionnaire::{self, is_id};
use joint_intake_model::settings::CONDITION_QUESTION;

/// Interface keys the views use beyond the per-question ones. Each language must define them.
pub const UI_KEYS: &[&str] = &[
    "start_over.question",
    "start_over.confirm",
    "start_over.cancel",
    "compare.more_rows",
    "compare.fewer_rows",
    "values.goals",
    "ready.title",
    "ready.hint",
    "ready.yes",
    "ready.no",
    "ready.q.sure",
    "ready.q.understand",
    "ready.q.values",
    "ready.q.support",
    "ready.next.sure",
    "ready.next.understand",
    "ready.next.values",
    "ready.next.support",
    "widget.title",
    "widget.intro",
    "language.switch",
    "language.loading",
    "language.failed",
    "privacy.title",
    "privacy.note",
    "privacy.remember",
    "privacy.remember_hint",
    "privacy.forget",
    "privacy.restored",
    "privacy.forgotten",
    "privacy.save_failed",
    "clinic.provided_by",
    "contact.title",
    "contact.body",
    "contact.link",
    "contact.link_generic",
    "contact.clinic_sells",
    "contact.clinic_sells_generic",
    "contact.clinic_sells_none",
    "contact.clinic_sells_none_generic",
    "contact.sells.stem_cells",
    "contact.sells.prp",
    "contact.sells.both",
    "contact.clinic_earns",
    "contact.same_text",
    "contact.clinic_may_offer",
    "contact.clinic_may_offer_generic",
    "contact.neutral_next_steps",
    "urgent.title",
    "progress",
    "back",
    "continue",
    "see_results",
    "start_over",
    "change",
    "change_hidden",
    "not_provided",
    "error.title",
    "error.prefix",
    "error.exclusive",
    "error.text_too_long",
    "review.title",
    "review.intro",
    "results.title",
    "results.source_link_hidden",
    "sources.reviewed",
    "sources.undated",
    "sources.accessed",
    "summary.answers",
    "summary.questions",
    "summary.print",
    "summary.download",
    "summary.file_name",
    "summary.file_title",
    "summary.share",
    "summary.caveats",
    "summary.clinic",
    "group.medicines",
    "group.goals",
    "group.treatment",
    "group.safety",
    "results.detail_title",
    "results.read_caveats",
    "results.sources_count",
    "results.contents",
    "results.more_numbers",
    "compare.matters_to_you",
    "choices.or",
];

/// Every cross-file problem in loaded content.
pub fn check(content: &Content) -> Vec<ContentError> {
    let mut problems = Vec::new();
    check_sections(content, &mut problems);
    check_sources(content, &mut problems);
    for language in &content.languages {
        check_ui(content, language, &mut problems);
        check_section_text(content, language, &mut problems);
    }
    if let Some((default, others)) = content.languages.split_first() {
        for other in others {
            check_translation(default, other, &mut problems);
        }
    }
    crate::decision_checks::check_decision(content, &mut problems);
    problems
}

fn check_sections(content: &Content, problems: &mut Vec<ContentError>) {
    let mut complain = |field: String, message: String| problems.push(ContentError::new(SECTIONS_FILE, field, message));
    if !is_date(&content.reviewed) {
        complain("reviewed".into(), format!("\"{}\" is not a date like 2026-11-20", content.reviewed));
    }
    match content.sections.first() {
        Some(first) if first.id == CAVEATS && first.show_when == (Rule::Always { always: true }) => {}
        _ => complain(
            "sections[0]".into(),
            format!("the first section must be \"{CAVEATS}\" with show_when {{\"always\": true}}"),
        ),
    }
    match content.sections.last() {
        Some(last) if last.id == ABOUT && last.show_when == (Rule::Always { always: true }) => {}
        _ => complain(
            format!("sections[{}]", content.sections.len().saturating_sub(1)),
            format!(
                "the last section must be \"{ABOUT}\" (About this information) with show_when {{\"always\": true}}"
            ),
        ),
    }
    for (index, section) in content.sections.iter().enumerate() {
        let at = format!("sections[{index}]");
        if !is_id(&section.id) {
            complain(format!("{at}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", section.id));
        }
        if content.sections[..index].iter().any(|earlier| earlier.id == section.id) {
            complain(format!("{at}.id"), format!("\"{}\" is used by an earlier section", section.id));
        }
        for (question, option) in section.show_when.references() {
            match content.questionnaire.question(question) {
                None => complain(
                    format!("{at}.show_when"),
                    format!("names \"{question}\", which is not a question in {}", questionnaire::FILE),
                ),
                Some(asked) if asked.option(option).is_none() => {
                    complain(format!("{at}.show_when"), format!("question \"{question}\" has no option \"{option}\""))
                }
                Some(_) => {}
            }
        }
        if let Some(group) = &section.group {
            if !UI_KEYS.contains(&format!("group.{group}").as_str()) {
                complain(
                    format!("{at}.group"),
                    format!("\"{group}\" is not a known group (medicines, goals, treatment, safety)"),
                );
            }
        }
    }
}

fn check_sources(content: &Content, problems: &mut Vec<ContentError>) {
    for (index, source) in content.sources.iter().enumerate() {
        let at = format!("sources[{index}]");
        let mut complain = |field: &str, message: String| {
            problems.push(ContentError::new(SOURCES_FILE, format!("{at}.{field}"), message))
        };
        let kebab = !source.id.is_empty()
            && source.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !kebab {
            complain("id", format!("\"{}\" is not a valid id (use a-z, 0-9 and -)", source.id));
        }
        if content.sources[..index].iter().any(|earlier| earlier.id == source.id) {
            complain("id", format!("\"{}\" is used by an earlier source", source.id));
        }
        if !is_date(&source.date) && !source.is_undated() {
            complain(
                "date",
                format!("\"{}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or \"{UNDATED}\"", source.date),
            );
        }
        match (&source.accessed, source.is_undated()) {
            (Some(accessed), _) if !is_date(accessed) => {
                complain("accessed", format!("\"{accessed}\" is not a date like 2026-11-20"))
            }
            (None, true) => complain("accessed", "an undated source needs the date it was accessed".into()),
            _ => {}
        }
        if !source.url.starts_with("https://") || source.url.contains(char::is_whitespace) {
            complain("url", format!("\"{}\" must be an https:// address", source.url));
        }
        if source.title.trim().is_empty() {
            complain("title", "must not be empty".into());
        }
        if source.publisher.trim().is_empty() {
            complain("publisher", "must not be empty".into());
        }
    }
}

fn check_ui(content: &Content, language: &Language, problems: &mut Vec<ContentError>) {
    let file = format!("content/{}/ui.json", language.code);
    let mut required: Vec<String> = UI_KEYS.iter().map(|key| (*key).to_owned()).collect();
    for question in &content.questionnaire.questions {
        let q = &question.id;
        required.extend([format!("q.{q}.title"), format!("q.{q}.summary"), format!("q.{q}.error.required")]);
        for option in &question.options {
            required.push(format!("q.{q}.opt.{}", option.id));
            if option.text.is_some() {
                required.push(format!("q.{q}.opt.{}.text_label", option.id));
                required.push(format!("q.{q}.opt.{}.error.text_missing", option.id));
            }
        }
    }
    for key in required {
        match language.ui.find(&key) {
            None => problems.push(ContentError::new(&file, key, "is missing")),
            Some(text) if text.trim().is_empty() => problems.push(ContentError::new(&file, key, "is empty")),
            Some(_) => {}
        }
    }
}

/// The answers a visitor can give to the condition question, and no answer (`None`).
fn condition_answers(content: &Content) -> Vec<Option<&str>> {
    let options = content.questionnaire.question(CONDITION_QUESTION).map(|question| &question.options[..]);
    std::iter::once(None).chain(options.unwrap_or(&[]).iter().map(|option| Some(option.id.as_str()))).collect()
}

/// Whether `rule` can hold, and whether it can fail, for a visitor with this condition answer
/// and any answers to the other questions.
fn can_show(rule: &Rule, condition: Option<&str>) -> (bool, bool) {
    match rule {
        Rule::Always { always } => (*always, !*always),
        Rule::AnswerIs { question, any_of } if question == CONDITION_QUESTION => {
            let holds = condition.is_some_and(|condition| any_of.iter().any(|option| option == condition));
            (holds, !holds)
        }
        Rule::AnswerIs { .. } => (true, true),
        Rule::All { all } => {
            let parts: Vec<_> = all.iter().map(|rule| can_show(rule, condition)).collect();
            (parts.iter().all(|part| part.0), parts.iter().any(|part| part.1))
        }
        Rule::Any { any } => {
            let parts: Vec<_> = any.iter().map(|rule| can_show(rule, condition)).collect();
            (parts.iter().any(|part| part.0), parts.iter().all(|part| part.1))
        }
        Rule::Not { not } => {
            let (holds, fails) = can_show(not, condition);
            (fails, holds)
        }
    }
}

fn check_section_text(content: &Content, language: &Language, problems: &mut Vec<ContentError>) {
    let file = format!("content/{}/sections.json", language.code);
    let conditions = condition_answers(content);
    for section in &content.sections {
        if !language.sections.contains_key(&section.id) {
            problems.push(ContentError::new(
                &file,
                section.id.clone(),
                format!("has no text for section \"{}\" listed in {SECTIONS_FILE}", section.id),
            ));
        }
    }
    for (id, text) in &language.sections {
        let mut complain = |field: String, message: String| problems.push(ContentError::new(&file, field, message));
        if !content.sections.iter().any(|section| section.id == id) {
            complain(id.to_owned(), format!("is not a section listed in {SECTIONS_FILE}"));
        }
        if text.title.trim().is_empty() {
            complain(format!("{id}.title"), "must not be empty".into());
        }
        if text.blocks.is_empty() {
            complain(format!("{id}.blocks"), "a section needs at least one block".into());
        }
        for (index, block) in text.blocks.iter().enumerate() {
            if block.texts().iter().any(|text| text.trim().is_empty()) || block.texts().is_empty() {
                complain(format!("{id}.blocks[{index}]"), "has empty text".into());
            }
            for cite in block.cites() {
                if content.source(cite).is_none() {
                    complain(
                        format!("{id}.blocks[{index}].cite"),
                        format!("\"{cite}\" is not a source in {SOURCES_FILE}"),
                    );
                }
            }
            for condition in block.only() {
                if !conditions.contains(&Some(condition.as_str())) {
                    complain(format!("{id}.blocks[{index}].only"), format!("\"{condition}\" is not a condition"));
                }
            }
        }
        // No visitor who can see the section may find it empty (or only headings) once blocks
        // for other conditions are left out.
        if let Some(rule) = content.sections.iter().find(|section| section.id == id) {
            for condition in conditions.iter().filter(|condition| can_show(&rule.show_when, **condition).0) {
                let shown = |block: &Block| block.applies(*condition) && !matches!(block, Block::Heading { .. });
                if !text.blocks.is_empty() && !text.blocks.iter().any(shown) {
                    let who = condition.map_or("a visitor who gave no condition".to_owned(), |c| format!("\"{c}\""));
                    complain(
                        format!("{id}.blocks"),
                        format!("every block has \"only\", so the section would be empty for {who}, who can see it"),
                    );
                }
            }
        }
        // "About this information" describes the content itself, not the evidence.
        if text.sources().is_empty() && id != ABOUT {
            complain(format!("{id}.blocks"), "no block cites a source; every section needs at least one".into());
        }
        if id == ABOUT {
            check_about(content, text, &mut complain);
        }
        if text.key_points.is_empty() || text.key_points.len() > 6 {
            complain(format!("{id}.key_points"), "give between 1 and 6 key points".into());
        }
    }
}

/// A translation must define the same keys, with the same placeholders, and section text of the
/// same shape citing the same sources and limited to the same conditions, so no visitor sees a
/// gap or a claim without its source.
fn check_translation(default: &Language, other: &Language, problems: &mut Vec<ContentError>) {
    let file = format!("content/{}/ui.json", other.code);
    for key in default.ui.keys() {
        match other.ui.find(key) {
            None => problems.push(ContentError::new(
                &file,
                key,
                format!("is missing (content/{}/ui.json has it)", default.code),
            )),
            Some(text) if placeholders(text) != placeholders(default.ui.get(key)) => problems.push(ContentError::new(
                &file,
                key,
                format!(
                    "has placeholders {:?}, but content/{}/ui.json has {:?}",
                    placeholders(text),
                    default.code,
                    placeholders(default.ui.get(key))
                ),
            )),
            Some(_) => {}
        }
    }
    for key in other.ui.keys() {
        if default.ui.find(key).is_none() {
            problems.push(ContentError::new(&file, key, format!("is not in content/{}/ui.json", default.code)));
        }
    }
    let file = format!("content/{}/sections.json", other.code);
    for (id, original) in &default.sections {
        let Some(translated) = other.sections.get(id) else {
            continue;
        };
        let shape = |text: &SectionText| {
            text.blocks
                .iter()
                .map(|block| (block.shape(), block.cites().to_vec(), block.only().to_vec()))
                .collect::<Vec<_>>()
        };
        if shape(original) != shape(translated) {
            problems.push(ContentError::new(
                &file,
                format!("{id}.blocks"),
                format!(
                    "must have the same blocks, list lengths, citations and \"only\" conditions as content/{}/sections.json",
                    default.code
                ),
            ));
        }
        if original.key_points.len() != translated.key_points.len() {
            problems.push(ContentError::new(
                &file,
                format!("{id}.key_points"),
                format!("must have as many key points as content/{}/sections.json", default.code),
            ));
        }
    }
}

/// "About this information" must say when the content was last reviewed (the `reviewed` date in
/// `content/sections.json`) and when it will next be reviewed (a later date).
fn check_about(content: &Content, text: &SectionText, complain: &mut impl FnMut(String, String)) {
    let plain = text.plain_text();
    if !plain.contains(&content.reviewed) {
        complain(
            format!("{ABOUT}.blocks"),
            format!("must give the date of the last review, {}, as in {SECTIONS_FILE}", content.reviewed),
        );
    }
    let later = plain
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter(|word| word.len() == 10 && is_date(word))
        .any(|date| date > content.reviewed.as_str());
    if !later {
        complain(
            format!("{ABOUT}.blocks"),
            "must give the next review date (YYYY-MM-DD, after the last review)".into(),
        );
    }
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, length: usize| part.len() == length && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_is(question: &str, options: &[&str]) -> Rule {
        Rule::AnswerIs { question: question.into(), any_of: options.iter().map(|o| (*o).to_owned()).collect() }
    }

    #[test]
    fn a_rule_can_show_for_the_conditions_it_allows() {
        let oa = answer_is(CONDITION_QUESTION, &["osteoarthritis"]);
        assert_eq!(can_show(&oa, Some("osteoarthritis")), (true, false));
        assert_eq!(can_show(&oa, Some("lupus")), (false, true));
        assert_eq!(can_show(&oa, None), (false, true));
        let goal = answer_is("goals", &["less_pain"]);
        assert_eq!(can_show(&goal, None), (true, true), "other questions can go either way");
        let both = Rule::All { all: vec![oa.clone(), goal.clone()] };
        assert!(can_show(&both, Some("osteoarthritis")).0 && !can_show(&both, Some("lupus")).0);
        let either = Rule::Any { any: vec![oa.clone(), goal] };
        assert!(can_show(&either, Some("lupus")).0);
        let not_oa = Rule::Not { not: Box::new(oa) };
        assert!(can_show(&not_oa, Some("lupus")).0 && !can_show(&not_oa, Some("osteoarthritis")).0);
        assert!(!can_show(&Rule::Always { always: false }, None).0);
    }

    #[test]
    fn dates_accept_year_month_and_day_precision() {
        assert!(is_date("2023") && is_date("2021-06") && is_date("2021-06-03"));
        assert!(!is_date("June 2021") && !is_date("21-06-03") && !is_date(""));
    }
}
