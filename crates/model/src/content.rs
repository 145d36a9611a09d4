//! The content the widget shows: section rules, sources and each language's text. The content
//! crate loads and checks the JSON files; the build packs them (`crate::packed`) and the widget
//! unpacks them.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Deserialize;

use crate::condition::Rule;
use crate::decision::Decision;
use crate::i18n::Strings;
use crate::questionnaire::Questionnaire;

pub const SECTIONS_FILE: &str = "content/sections.json";
pub const SOURCES_FILE: &str = "content/sources.json";
/// What `build.rs` writes, in its output directory, for the widget to carry.
pub const PACKED_FILE: &str = "content.bin";
/// Sections that must exist, and where: the caveats always head the results.
pub const CAVEATS: &str = "caveats";
/// "About this information": who wrote the content, how, who pays, and when it is next
/// reviewed. Always shown, last.
pub const ABOUT: &str = "about";
/// The interface string that leads every urgent-care block ("Get medical help straight away if…").
pub const URGENT_TITLE: &str = "urgent.title";
pub const DEFAULT_LANGUAGE: &str = "en";

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    pub id: String,
    /// Consecutive sections of one group share a heading ("Your medicines").
    #[serde(default)]
    pub group: Option<String>,
    pub show_when: Rule,
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
    /// Urgent-care signs, shown under the lead-in [`URGENT_TITLE`] wherever a section names a
    /// risk, and gathered into the printed and saved summary.
    Urgent {
        urgent: Vec<String>,
        #[serde(default)]
        cite: Vec<String>,
    },
}

impl Block {
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { p, .. } => vec![p],
            Block::List { list, .. } => list.iter().map(String::as_str).collect(),
            Block::Heading { h } => vec![h],
            Block::Urgent { urgent, .. } => urgent.iter().map(String::as_str).collect(),
        }
    }

    pub fn cites(&self) -> &[String] {
        match self {
            Block::Paragraph { cite, .. } | Block::List { cite, .. } | Block::Urgent { cite, .. } => cite,
            Block::Heading { .. } => &[],
        }
    }

    /// The block's kind and length, which a translation must keep.
    pub fn shape(&self) -> (&'static str, usize) {
        match self {
            Block::Paragraph { .. } => ("p", 1),
            Block::List { list, .. } => ("list", list.len()),
            Block::Heading { .. } => ("h", 1),
            Block::Urgent { urgent, .. } => ("urgent", urgent.len()),
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

    /// The urgent-care signs of every urgent block in the section, in order.
    pub fn urgent_signs(&self) -> Vec<&str> {
        self.blocks
            .iter()
            .filter_map(|block| match block {
                Block::Urgent { urgent, .. } => Some(urgent.iter().map(String::as_str)),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Whether the section has an urgent-care block.
    pub fn has_urgent_block(&self) -> bool {
        self.blocks.iter().any(|block| matches!(block, Block::Urgent { .. }))
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
    /// The decision aid's words (`content/{code}/decision.json`; keys in `decision::keys`).
    pub decision: Strings,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub questionnaire: Rc<Questionnaire>,
    pub sections: Vec<SectionRule>,
    /// When the educational content was last reviewed against its sources.
    pub reviewed: String,
    pub sources: Vec<Source>,
    /// The decision aid's options, numbers and values.
    pub decision: Decision,
    pub languages: Vec<Language>,
}

impl Content {
    /// The language with this code, or the default one.
    pub fn language(&self, code: &str) -> &Language {
        self.languages.iter().find(|language| language.code == code).unwrap_or(&self.languages[0])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}
