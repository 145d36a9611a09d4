//! The content the widget shows: section rules, sources and each language's text. The content
//! crate loads and checks the JSON files; the build packs them (`crate::packed`) and the widget
//! unpacks them.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::condition::Rule;
use crate::decision::Decision;
use crate::i18n::Strings;
use crate::questionnaire::Questionnaire;
use crate::sorted_map::SortedMap;

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

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    pub id: String,
    /// Consecutive sections of one group share a heading ("Your medicines").
    #[serde(default)]
    pub group: Option<String>,
    pub show_when: Rule,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionText {
    pub title: String,
    pub blocks: Vec<Block>,
    pub key_points: Vec<String>,
}

/// One block of a section's text. JSON tells the kinds apart by their fields (`p`, `list`, `h`,
/// `urgent`); the packed form by a tag (see the `Deserialize` impl below).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph {
        p: String,
        cite: Vec<String>,
        /// The condition option ids (`content/questionnaire.json`) the block is for; empty for
        /// everyone. See [`Block::applies`].
        only: Vec<String>,
    },
    List {
        list: Vec<String>,
        cite: Vec<String>,
        only: Vec<String>,
    },
    Heading {
        h: String,
    },
    /// Urgent-care signs, shown under the lead-in [`URGENT_TITLE`] wherever a section names a
    /// risk, and gathered into the printed and saved summary.
    Urgent {
        urgent: Vec<String>,
        cite: Vec<String>,
        only: Vec<String>,
    },
}

/// The JSON shape (untagged), read by the content crate.
#[derive(Deserialize)]
#[serde(untagged, remote = "Block")]
enum BlockJson {
    Paragraph {
        p: String,
        #[serde(default)]
        cite: Vec<String>,
        /// The condition option ids (`content/questionnaire.json`) the block is for; empty for
        /// everyone. See [`Block::applies`].
        #[serde(default)]
        only: Vec<String>,
    },
    List {
        list: Vec<String>,
        #[serde(default)]
        cite: Vec<String>,
        #[serde(default)]
        only: Vec<String>,
    },
    Heading {
        h: String,
    },
    Urgent {
        urgent: Vec<String>,
        #[serde(default)]
        cite: Vec<String>,
        #[serde(default)]
        only: Vec<String>,
    },
}

/// The packed shape (tagged by variant index).
#[derive(Deserialize, Serialize)]
#[serde(remote = "Block")]
enum BlockPacked {
    Paragraph { p: String, cite: Vec<String>, only: Vec<String> },
    List { list: Vec<String>, cite: Vec<String>, only: Vec<String> },
    Heading { h: String },
    Urgent { urgent: Vec<String>, cite: Vec<String>, only: Vec<String> },
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            BlockJson::deserialize(deserializer)
        } else {
            BlockPacked::deserialize(deserializer)
        }
    }
}

impl Serialize for Block {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        BlockPacked::serialize(self, serializer)
    }
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

    /// The condition ids the block is limited to (`"only"`); empty when it is for everyone.
    pub fn only(&self) -> &[String] {
        match self {
            Block::Paragraph { only, .. } | Block::List { only, .. } | Block::Urgent { only, .. } => only,
            Block::Heading { .. } => &[],
        }
    }

    /// Whether a visitor with this condition sees the block: always when it has no `only`,
    /// otherwise only when their condition is listed. A visitor who gave no condition sees only
    /// the blocks meant for everyone.
    pub fn applies(&self, condition: Option<&str>) -> bool {
        let only = self.only();
        only.is_empty() || condition.is_some_and(|condition| only.iter().any(|id| id == condition))
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
        Self::sources_of(self.blocks.iter())
    }

    /// The blocks a visitor with this condition sees, in order (see [`Block::applies`]).
    pub fn blocks_for<'a>(&'a self, condition: Option<&'a str>) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |block| block.applies(condition))
    }

    /// The sources cited by the blocks a visitor with this condition sees, first citation first,
    /// without repeats.
    pub fn sources_for(&self, condition: Option<&str>) -> Vec<&str> {
        Self::sources_of(self.blocks.iter().filter(|block| block.applies(condition)))
    }

    fn sources_of<'a>(blocks: impl Iterator<Item = &'a Block>) -> Vec<&'a str> {
        let mut ids: Vec<&str> = Vec::new();
        for id in blocks.flat_map(Block::cites) {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }

    /// The urgent-care signs of the urgent blocks a visitor with this condition sees, in order.
    pub fn urgent_signs_for(&self, condition: Option<&str>) -> Vec<&str> {
        self.blocks
            .iter()
            .filter(|block| block.applies(condition))
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
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Language {
    pub code: String,
    pub ui: Strings,
    pub sections: SortedMap<SectionText>,
    /// The decision aid's words (`content/{code}/decision.json`; keys in `decision::keys`).
    pub decision: Strings,
}

/// A language the widget offers, loaded or not: what its switch button and its loading and
/// failure notices say, each in that language.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Offered {
    pub code: String,
    /// "Leer en español".
    pub switch: String,
    pub loading: String,
    pub failed: String,
}

impl Offered {
    /// What `language`'s own interface strings say about it.
    pub fn from_language(language: &Language) -> Self {
        Self {
            code: language.code.clone(),
            switch: language.ui.get("language.switch").to_owned(),
            loading: language.ui.get("language.loading").to_owned(),
            failed: language.ui.get("language.failed").to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Content {
    pub questionnaire: Rc<Questionnaire>,
    pub sections: Vec<SectionRule>,
    /// When the educational content was last reviewed against its sources.
    pub reviewed: String,
    pub sources: Vec<Source>,
    /// The decision aid's options, numbers and values.
    pub decision: Decision,
    /// Every language the widget offers, the default first.
    pub offered: Vec<Offered>,
    /// The languages whose text is here, the default first. The widget carries the default
    /// one and loads the others from its own origin when a visitor needs them. Each is shared
    /// (`Rc`): widgets on one page hold the same text, and a language arriving copies none.
    pub languages: Vec<Rc<Language>>,
    /// Identifies the content build: a language file packed by another build is refused.
    pub fingerprint: u64,
}

impl Content {
    pub fn offered(&self, code: &str) -> Option<&Offered> {
        self.offered.iter().find(|offered| offered.code == code)
    }

    /// The language with this code, or the default one.
    pub fn language(&self, code: &str) -> &Language {
        self.languages.iter().find(|language| language.code == code).unwrap_or(&self.languages[0])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn paragraph(only: &[&str]) -> Block {
        Block::Paragraph {
            p: "Text.".into(),
            cite: vec!["a-source".into()],
            only: only.iter().map(|id| (*id).to_owned()).collect(),
        }
    }

    #[test]
    fn a_block_without_only_applies_to_everyone() {
        let block = paragraph(&[]);
        assert!(block.applies(Some("rheumatoid_arthritis")));
        assert!(block.applies(Some("osteoarthritis")));
        assert!(block.applies(None));
        assert!(Block::Heading { h: "Heading".into() }.applies(None));
    }

    #[test]
    fn a_block_with_only_applies_to_the_listed_conditions() {
        let block = paragraph(&["osteoarthritis", "wear_and_tear"]);
        assert!(block.applies(Some("osteoarthritis")));
        assert!(block.applies(Some("wear_and_tear")));
        assert!(!block.applies(Some("rheumatoid_arthritis")));
        assert!(!block.applies(Some("not_sure")));
        assert!(!block.applies(None), "a visitor who gave no condition sees only untagged blocks");
    }

    // serde_json is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn only_is_read_from_json_and_optional() {
        let tagged: Block =
            serde_json::from_str(r#"{"list": ["One.", "Two."], "cite": ["x"], "only": ["lupus"]}"#).unwrap();
        assert_eq!(tagged.only(), ["lupus".to_owned()]);
        assert!(matches!(tagged, Block::List { .. }));
        let urgent: Block = serde_json::from_str(r#"{"urgent": ["Fever."], "only": ["multiple_sclerosis"]}"#).unwrap();
        assert!(matches!(urgent, Block::Urgent { .. }) && !urgent.applies(Some("lupus")));
        let plain: Block = serde_json::from_str(r#"{"p": "Text."}"#).unwrap();
        assert!(plain.only().is_empty());
    }

    #[test]
    fn sources_and_urgent_signs_follow_the_blocks_shown() {
        let text = SectionText {
            title: "Title".into(),
            blocks: vec![
                Block::Paragraph { p: "For all.".into(), cite: vec!["shared".into()], only: vec![] },
                Block::Paragraph { p: "OA.".into(), cite: vec!["oa-only".into()], only: vec!["osteoarthritis".into()] },
                Block::Urgent {
                    urgent: vec!["MS sign.".into()],
                    cite: vec!["shared".into()],
                    only: vec!["multiple_sclerosis".into()],
                },
            ],
            key_points: vec!["Point.".into()],
        };
        assert_eq!(text.sources(), ["shared", "oa-only"]);
        assert_eq!(text.sources_for(Some("osteoarthritis")), ["shared", "oa-only"]);
        assert_eq!(text.sources_for(Some("rheumatoid_arthritis")), ["shared"]);
        assert_eq!(text.sources_for(None), ["shared"]);
        assert!(text.urgent_signs_for(Some("osteoarthritis")).is_empty());
        assert_eq!(text.urgent_signs_for(Some("multiple_sclerosis")), ["MS sign."]);
        assert_eq!(text.blocks_for(Some("rheumatoid_arthritis")).count(), 1);
    }
}
