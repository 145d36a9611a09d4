//! Loads the content files (JSON) into the model's [`Content`], reporting every problem found with
//! its file and field, not just the first.

use std::collections::BTreeMap;
use std::rc::Rc;

use joint_intake_model::content::{Content, Language, SectionText, SECTIONS_FILE, SOURCES_FILE};
use joint_intake_model::content::{SectionRule, Source};
use joint_intake_model::i18n::Strings;
use joint_intake_model::problems::ContentError;
use serde::Deserialize;

use crate::checks::check;
use crate::parse;
use crate::questionnaire::parse_questionnaire;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    reviewed: String,
    sections: Vec<SectionRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
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
        questionnaire: include_str!("../../../content/questionnaire.json"),
        sections: include_str!("../../../content/sections.json"),
        sources: include_str!("../../../content/sources.json"),
        languages: vec![
            ("en", include_str!("../../../content/en/ui.json"), include_str!("../../../content/en/sections.json")),
            ("es", include_str!("../../../content/es/ui.json"), include_str!("../../../content/es/sections.json")),
        ],
    }
}

/// Parses and cross-checks every file, reporting every problem found, not just the first.
pub fn load(files: &ContentFiles<'_>) -> Result<Content, Vec<ContentError>> {
    let mut problems = Vec::new();
    let questionnaire = parse_questionnaire(files.questionnaire).map_err(|found| problems.extend(found)).ok();
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
    problems.extend(check(&content));
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}
