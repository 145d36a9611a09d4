//! Loads every content file, checks them against each other, and holds the result.
//! The build checks the files and packs them into the widget (`build.rs`, [`packed`]); a clinic
//! edits them and rebuilds.
//! Every problem found names the file and the field.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Deserialize;

use super::condition::Rule;
use super::i18n::{placeholders, Strings};
use super::packed;
use super::problems::ContentError;
use super::questionnaire::{self, is_id, Questionnaire};

pub const SECTIONS_FILE: &str = "content/sections.json";
pub const SOURCES_FILE: &str = "content/sources.json";
/// What `build.rs` writes, in its output directory, for the widget to carry.
pub const PACKED_FILE: &str = "content.bin";
/// Sections that must exist, and where: the caveats always head the results.
pub const CAVEATS: &str = "caveats";
pub const DEFAULT_LANGUAGE: &str = "en";

/// Interface keys the views use beyond the per-question ones. Each language must define them.
pub const UI_KEYS: &[&str] = &[
    "widget.title",
    "widget.label",
    "widget.intro",
    "language.switch",
    "privacy.title",
    "privacy.note",
    "privacy.remember",
    "privacy.remember_hint",
    "privacy.forget",
    "privacy.restored",
    "privacy.forgotten",
    "clinic.provided_by",
    "contact.title",
    "contact.body",
    "contact.link",
    "contact.link_generic",
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
    "results.intro",
    "results.sources_label",
    "results.source_link_hidden",
    "sources.title",
    "sources.reviewed",
    "sources.undated",
    "sources.accessed",
    "summary.title",
    "summary.intro",
    "summary.answers",
    "summary.key_points",
    "summary.questions",
    "summary.print",
    "summary.download",
    "summary.file_name",
    "summary.file_title",
    "summary.footer",
    "group.medicines",
    "group.goals",
    "choices.or",
    "load_error.title",
    "load_error.body",
];

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    pub id: String,
    /// Consecutive sections of one group share a heading ("Your medicines").
    #[serde(default)]
    pub group: Option<String>,
    pub show_when: Rule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    reviewed: String,
    sections: Vec<SectionRule>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `undated` for a page that gives
    /// none, which then needs `accessed`.
    pub date: String,
    /// When an undated page was read.
    #[serde(default)]
    pub accessed: Option<String>,
    pub url: String,
}

impl Source {
    pub fn is_undated(&self) -> bool {
        self.date == UNDATED
    }
}

pub const UNDATED: &str = "undated";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionText {
    pub title: String,
    pub blocks: Vec<Block>,
    pub key_points: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Block {
    Paragraph {
        p: String,
        #[serde(default)]
        cite: Vec<String>,
    },
    List {
        list: Vec<String>,
        #[serde(default)]
        cite: Vec<String>,
    },
    Heading {
        h: String,
    },
}

impl Block {
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { p, .. } => vec![p],
            Block::List { list, .. } => list.iter().map(String::as_str).collect(),
            Block::Heading { h } => vec![h],
        }
    }

    pub fn cites(&self) -> &[String] {
        match self {
            Block::Paragraph { cite, .. } | Block::List { cite, .. } => cite,
            Block::Heading { .. } => &[],
        }
    }

    fn shape(&self) -> (&'static str, usize) {
        match self {
            Block::Paragraph { .. } => ("p", 1),
            Block::List { list, .. } => ("list", list.len()),
            Block::Heading { .. } => ("h", 1),
        }
    }
}

impl SectionText {
    /// Every source id cited in the section, first citation first, without repeats.
    pub fn sources(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for id in self.blocks.iter().flat_map(Block::cites) {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }

    /// All the section's running text, one sentence-ending line per paragraph or item.
    pub fn plain_text(&self) -> String {
        let mut lines = vec![self.title.as_str()];
        lines.extend(self.blocks.iter().flat_map(Block::texts));
        lines.extend(self.key_points.iter().map(String::as_str));
        lines.join("\n")
    }
}

/// Text for one language: interface strings and section text.
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    pub code: String,
    pub ui: Strings,
    pub sections: BTreeMap<String, SectionText>,
}

/// The raw files, as compiled into the widget or handed in by a test.
pub struct ContentFiles<'a> {
    pub questionnaire: &'a str,
    pub sections: &'a str,
    pub sources: &'a str,
    /// `(code, ui.json, sections.json)` for each language; the first is the default.
    pub languages: Vec<(&'a str, &'a str, &'a str)>,
}

/// The content files in this repository, which `build.rs` checks and packs into the widget.
pub fn source_files() -> ContentFiles<'static> {
    ContentFiles {
        questionnaire: include_str!("../../content/questionnaire.json"),
        sections: include_str!("../../content/sections.json"),
        sources: include_str!("../../content/sources.json"),
        languages: vec![
            ("en", include_str!("../../content/en/ui.json"), include_str!("../../content/en/sections.json")),
            ("es", include_str!("../../content/es/ui.json"), include_str!("../../content/es/sections.json")),
        ],
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub questionnaire: Rc<Questionnaire>,
    pub sections: Vec<SectionRule>,
    /// When the educational content was last reviewed against its sources.
    pub reviewed: String,
    pub sources: Vec<Source>,
    pub languages: Vec<Language>,
}

impl Content {
    /// Parses and cross-checks every file, reporting every problem found, not just the first.
    pub fn load(files: &ContentFiles<'_>) -> Result<Self, Vec<ContentError>> {
        let mut problems = Vec::new();
        let questionnaire = Questionnaire::parse(files.questionnaire).map_err(|found| problems.extend(found)).ok();
        let sections: Option<SectionsFile> = parse(SECTIONS_FILE, files.sections, &mut problems);
        let sources: Option<SourcesFile> = parse(SOURCES_FILE, files.sources, &mut problems);
        let mut languages = Vec::new();
        for (code, ui, text) in &files.languages {
            let ui_file = format!("content/{code}/ui.json");
            let text_file = format!("content/{code}/sections.json");
            let ui: Option<BTreeMap<String, String>> = parse(&ui_file, ui, &mut problems);
            let text: Option<BTreeMap<String, SectionText>> = parse(&text_file, text, &mut problems);
            if let (Some(ui), Some(sections)) = (ui, text) {
                languages.push(Language { code: (*code).to_owned(), ui: Strings::new(ui), sections });
            }
        }
        let (Some(questionnaire), Some(sections), Some(sources)) = (questionnaire, sections, sources) else {
            return Err(problems);
        };
        if languages.len() != files.languages.len() {
            return Err(problems);
        }
        let content = Content {
            questionnaire: Rc::new(questionnaire),
            sections: sections.sections,
            reviewed: sections.reviewed,
            sources: sources.sources,
            languages,
        };
        problems.extend(content.check());
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(problems)
        }
    }

    /// Content as `build.rs` packed it (see [`packed`]): checked when it was built, so only
    /// unpacked here.
    pub fn unpack(bytes: &[u8]) -> Result<Self, Vec<ContentError>> {
        packed::decode(bytes).ok_or_else(|| {
            vec![ContentError::new(PACKED_FILE, "(whole file)", "cannot be read: damaged, or from another version")]
        })
    }

    /// The language with this code, or the default one.
    pub fn language(&self, code: &str) -> &Language {
        self.languages.iter().find(|language| language.code == code).unwrap_or(&self.languages[0])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    fn check(&self) -> Vec<ContentError> {
        let mut problems = Vec::new();
        self.check_sections(&mut problems);
        self.check_sources(&mut problems);
        for language in &self.languages {
            self.check_ui(language, &mut problems);
            self.check_section_text(language, &mut problems);
        }
        if let Some((default, others)) = self.languages.split_first() {
            for other in others {
                check_translation(default, other, &mut problems);
            }
        }
        problems
    }

    fn check_sections(&self, problems: &mut Vec<ContentError>) {
        let mut complain =
            |field: String, message: String| problems.push(ContentError::new(SECTIONS_FILE, field, message));
        if !is_date(&self.reviewed) {
            complain("reviewed".into(), format!("\"{}\" is not a date like 2026-11-20", self.reviewed));
        }
        match self.sections.first() {
            Some(first) if first.id == CAVEATS && first.show_when == (Rule::Always { always: true }) => {}
            _ => complain(
                "sections[0]".into(),
                format!("the first section must be \"{CAVEATS}\" with show_when {{\"always\": true}}"),
            ),
        }
        for (index, section) in self.sections.iter().enumerate() {
            let at = format!("sections[{index}]");
            if !is_id(&section.id) {
                complain(format!("{at}.id"), format!("\"{}\" is not a valid id (use a-z, 0-9 and _)", section.id));
            }
            if self.sections[..index].iter().any(|earlier| earlier.id == section.id) {
                complain(format!("{at}.id"), format!("\"{}\" is used by an earlier section", section.id));
            }
            for (question, option) in section.show_when.references() {
                match self.questionnaire.question(question) {
                    None => complain(
                        format!("{at}.show_when"),
                        format!("names \"{question}\", which is not a question in {}", questionnaire::FILE),
                    ),
                    Some(asked) if asked.option(option).is_none() => complain(
                        format!("{at}.show_when"),
                        format!("question \"{question}\" has no option \"{option}\""),
                    ),
                    Some(_) => {}
                }
            }
            if let Some(group) = &section.group {
                if !UI_KEYS.contains(&format!("group.{group}").as_str()) {
                    complain(format!("{at}.group"), format!("\"{group}\" is not a known group (medicines, goals)"));
                }
            }
        }
    }

    fn check_sources(&self, problems: &mut Vec<ContentError>) {
        for (index, source) in self.sources.iter().enumerate() {
            let at = format!("sources[{index}]");
            let mut complain = |field: &str, message: String| {
                problems.push(ContentError::new(SOURCES_FILE, format!("{at}.{field}"), message))
            };
            let kebab = !source.id.is_empty()
                && source.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !kebab {
                complain("id", format!("\"{}\" is not a valid id (use a-z, 0-9 and -)", source.id));
            }
            if self.sources[..index].iter().any(|earlier| earlier.id == source.id) {
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

    fn check_ui(&self, language: &Language, problems: &mut Vec<ContentError>) {
        let file = format!("content/{}/ui.json", language.code);
        let mut required: Vec<String> = UI_KEYS.iter().map(|key| (*key).to_owned()).collect();
        for question in &self.questionnaire.questions {
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

    fn check_section_text(&self, language: &Language, problems: &mut Vec<ContentError>) {
        let file = format!("content/{}/sections.json", language.code);
        for section in &self.sections {
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
            if !self.sections.iter().any(|section| &section.id == id) {
                complain(id.clone(), format!("is not a section listed in {SECTIONS_FILE}"));
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
                    if self.source(cite).is_none() {
                        complain(
                            format!("{id}.blocks[{index}].cite"),
                            format!("\"{cite}\" is not a source in {SOURCES_FILE}"),
                        );
                    }
                }
            }
            if text.sources().is_empty() {
                complain(format!("{id}.blocks"), "no block cites a source; every section needs at least one".into());
            }
            if text.key_points.is_empty() || text.key_points.len() > 6 {
                complain(format!("{id}.key_points"), "give between 1 and 6 key points".into());
            }
        }
    }
}

/// A translation must define the same keys, with the same placeholders, and section text of the
/// same shape citing the same sources, so no visitor sees a gap or a claim without its source.
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
            text.blocks.iter().map(|block| (block.shape(), block.cites().to_vec())).collect::<Vec<_>>()
        };
        if shape(original) != shape(translated) {
            problems.push(ContentError::new(
                &file,
                format!("{id}.blocks"),
                format!(
                    "must have the same blocks, list lengths and citations as content/{}/sections.json",
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

fn parse<T: serde::de::DeserializeOwned>(file: &str, json: &str, problems: &mut Vec<ContentError>) -> Option<T> {
    serde_json::from_str(json).map_err(|error| problems.push(ContentError::parse(file, &error))).ok()
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

    #[test]
    fn dates_accept_year_month_and_day_precision() {
        assert!(is_date("2023") && is_date("2021-06") && is_date("2021-06-03"));
        assert!(!is_date("June 2021") && !is_date("21-06-03") && !is_date(""));
    }
}
