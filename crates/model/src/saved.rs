//! Answers a visitor chose to keep on their device: the format written to local storage and the
//! checks applied when reading it back. Anything unreadable, from another version of the
//! questionnaire, or suspiciously large is discarded, and the visitor simply starts fresh.

use crate::answers::Answers;
use crate::json::Json;
use crate::questionnaire::Questionnaire;
use crate::ready::Ready;

/// Bumped whenever the stored shape changes; older data is then discarded.
pub const FORMAT: i64 = 1;
/// Far above any real set of answers; anything larger was not written by this widget.
pub const MAX_BYTES: usize = 16 * 1024;

/// `{"format":1,"questionnaire":"id@version","language":"en","answers":{...}}`, and
/// `"ready":{...}` after them once a "Ready to decide?" question is answered. A save without it
/// reads as it always did; an older widget, which knows only the four fields, discards a save
/// with it rather than misread it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// `id@version` of the questionnaire the answers belong to.
    pub questionnaire: String,
    pub language: String,
    pub answers: Answers,
    /// The "Ready to decide?" answers.
    pub ready: Ready,
}

const FIELDS: [&str; 4] = ["format", "questionnaire", "language", "answers"];
/// Written only when something in it is answered.
const READY_FIELD: &str = "ready";

fn questionnaire_tag(questionnaire: &Questionnaire) -> String {
    format!("{}@{}", questionnaire.id, questionnaire.version)
}

pub fn encode(questionnaire: &Questionnaire, language: &str, answers: &Answers) -> String {
    encode_with_ready(questionnaire, language, answers, &Ready::default())
}

/// [`encode`], with the "Ready to decide?" answers when there are any.
pub fn encode_with_ready(questionnaire: &Questionnaire, language: &str, answers: &Answers, ready: &Ready) -> String {
    let mut json = Json::object([
        ("format", Json::Number(FORMAT)),
        ("questionnaire", questionnaire_tag(questionnaire).into()),
        ("language", language.into()),
        ("answers", answers.to_json()),
    ]);
    if !ready.is_empty() {
        json.insert(READY_FIELD, ready.to_json());
    }
    json.to_string()
}

/// The saved answers, if `text` is a current, well-formed save for this questionnaire. `parse`
/// reads JSON text: the browser's `JSON.parse` in the widget, serde_json in the tests.
pub fn decode(questionnaire: &Questionnaire, text: &str, parse: impl FnOnce(&str) -> Option<Json>) -> Option<Saved> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let json = parse(text)?;
    let fields = json.fields()?;
    // The four fields are each read below; a fifth may only be `ready`.
    let known = |key: &str| FIELDS.contains(&key) || key == READY_FIELD;
    if fields.len() > FIELDS.len() + 1 || fields.iter().any(|(key, _)| !known(key)) {
        return None;
    }
    let saved = Saved {
        questionnaire: json.get("questionnaire")?.as_str()?.to_owned(),
        language: json.get("language")?.as_str()?.to_owned(),
        answers: Answers::from_json(json.get("answers")?)?,
        ready: match json.get(READY_FIELD) {
            None => Ready::default(),
            Some(ready) => Ready::from_json(ready)?,
        },
    };
    let current = json.get("format")?.as_i64()? == FORMAT && saved.questionnaire == questionnaire_tag(questionnaire);
    current.then_some(saved)
}
