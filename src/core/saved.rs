//! Answers a visitor chose to keep on their device: the format written to local storage and the
//! checks applied when reading it back. Anything unreadable, from another version of the
//! questionnaire, or suspiciously large is discarded, and the visitor simply starts fresh.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::questionnaire::Questionnaire;

/// Bumped whenever the stored shape changes; older data is then discarded.
pub const FORMAT: u32 = 1;
/// Far above any real set of answers; anything larger was not written by this widget.
pub const MAX_BYTES: usize = 16 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    pub format: u32,
    /// `id@version` of the questionnaire the answers belong to.
    pub questionnaire: String,
    pub language: String,
    pub answers: Answers,
}

fn questionnaire_tag(questionnaire: &Questionnaire) -> String {
    format!("{}@{}", questionnaire.id, questionnaire.version)
}

pub fn encode(questionnaire: &Questionnaire, language: &str, answers: &Answers) -> String {
    let saved = Saved {
        format: FORMAT,
        questionnaire: questionnaire_tag(questionnaire),
        language: language.to_owned(),
        answers: answers.clone(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// The saved answers, if `text` is a current, well-formed save for this questionnaire.
pub fn decode(questionnaire: &Questionnaire, text: &str) -> Option<Saved> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let saved: Saved = serde_json::from_str(text).ok()?;
    (saved.format == FORMAT && saved.questionnaire == questionnaire_tag(questionnaire)).then_some(saved)
}

/// What the widget asks its host to do with the device's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreRequest {
    /// Keep this encoded save, replacing any earlier one.
    Save(String),
    /// Remove whatever is saved.
    Forget,
}
