//! Loads the content files (JSON) into the model's [`Content`], reporting every problem found with
//! its file and field, not just the first.

use std::rc::Rc;

use joint_intake_model::content::{Content, Language, Offered, SectionText, SECTIONS_FILE, SOURCES_FILE};
use joint_intake_model::content::{SectionRule, Source};
use joint_intake_model::decision::{self, Decision};
use joint_intake_model::i18n::Strings;
use joint_intake_model::problems::ContentError;
use joint_intake_model::sorted_map::SortedMap;
use serde::Deserialize;

use crate::checks::check;
use crate::evidence::load_evidence;
use crate::parse;
use crate::pictures::fill_pictures;
use crate::questionnaire::parse_questionnaire;
use crate::stray_numbers::stray_numbers;

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
    pub decision: &'a str,
    /// `content/evidence.json`: the studies' arms and counts and the other sources' figures.
    pub evidence: &'a str,
    /// `(code, ui.json, sections.json, decision.json)` for each language; the first is the default.
    pub languages: Vec<(&'a str, &'a str, &'a str, &'a str)>,
}

impl<'a> ContentFiles<'a> {
    /// Every file, by its path from the repository root, with a place to put other text in: the
    /// property and fuzz tests damage one file picked from here, so a file or language added to
    /// the content is damaged too without a change to them.
    pub fn files_mut(&mut self) -> Vec<(String, &mut &'a str)> {
        let mut files: Vec<(String, &mut &'a str)> = vec![
            (joint_intake_model::questionnaire::FILE.to_owned(), &mut self.questionnaire),
            (SECTIONS_FILE.to_owned(), &mut self.sections),
            (SOURCES_FILE.to_owned(), &mut self.sources),
            (decision::FILE.to_owned(), &mut self.decision),
            (crate::evidence::FILE.to_owned(), &mut self.evidence),
        ];
        for (code, ui, sections, words) in &mut self.languages {
            files.push((format!("content/{code}/ui.json"), ui));
            files.push((format!("content/{code}/sections.json"), sections));
            files.push((format!("content/{code}/decision.json"), words));
        }
        files
    }
}

/// The content files in this repository, which `build.rs` checks and packs into the widget.
pub fn source_files() -> ContentFiles<'static> {
    ContentFiles {
        questionnaire: include_str!("../../../content/questionnaire.json"),
        sections: include_str!("../../../content/sections.json"),
        sources: include_str!("../../../content/sources.json"),
        decision: include_str!("../../../content/decision.json"),
        evidence: include_str!("../../../content/evidence.json"),
        languages: vec![
            (
                "en",
                include_str!("../../../content/en/ui.json"),
                include_str!("../../../content/en/sections.json"),
                include_str!("../../../content/en/decision.json"),
            ),
            (
                "es",
                include_str!("../../../content/es/ui.json"),
                include_str!("../../../content/es/sections.json"),
                include_str!("../../../content/es/decision.json"),
            ),
        ],
    }
}

/// Parses and cross-checks every file, reporting every problem found, not just the first. The
/// pictures get their counts from `content/evidence.json` here, and every number in the cited
/// text is looked up there (`crate::stray_numbers`).
pub fn load(files: &ContentFiles<'_>) -> Result<Content, Vec<ContentError>> {
    let mut problems = Vec::new();
    let questionnaire = parse_questionnaire(files.questionnaire).map_err(|found| problems.extend(found)).ok();
    let sections: Option<SectionsFile> = parse(SECTIONS_FILE, files.sections, &mut problems);
    let sources: Option<SourcesFile> = parse(SOURCES_FILE, files.sources, &mut problems);
    let decision: Option<Decision> = parse(decision::FILE, files.decision, &mut problems);
    let mut languages = Vec::new();
    for (code, ui, text, words) in &files.languages {
        let ui: Option<SortedMap<String>> = parse(&format!("content/{code}/ui.json"), ui, &mut problems);
        let text: Option<SortedMap<SectionText>> = parse(&format!("content/{code}/sections.json"), text, &mut problems);
        let words: Option<SortedMap<String>> = parse(&format!("content/{code}/decision.json"), words, &mut problems);
        if let (Some(ui), Some(sections), Some(words)) = (ui, text, words) {
            let (ui, decision) = (Strings::new(ui), Strings::new(words));
            languages.push(Rc::new(Language { code: (*code).to_owned(), ui, sections, decision }));
        }
    }
    let (Some(questionnaire), Some(sections), Some(sources), Some(decision)) =
        (questionnaire, sections, sources, decision)
    else {
        return Err(problems);
    };
    if languages.len() != files.languages.len() {
        return Err(problems);
    }
    let mut content = Content {
        questionnaire: Rc::new(questionnaire),
        sections: sections.sections,
        reviewed: sections.reviewed,
        sources: sources.sources,
        decision,
        offered: languages.iter().map(|language| Offered::from_language(language)).collect(),
        languages,
        fingerprint: 0,
    };
    let evidence = load_evidence(files.evidence, &content, &mut problems);
    if let Some(evidence) = &evidence {
        fill_pictures(&mut content.decision, evidence, &mut problems);
    }
    problems.extend(check(&content));
    if let Some(evidence) = &evidence {
        problems.extend(stray_numbers(&content, evidence));
    }
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}
