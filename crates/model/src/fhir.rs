//! FHIR R4 output: the visitor's answers as a `QuestionnaireResponse` that the host page may pass
//! on, and the mapping it shares with the `Questionnaire` resource (built by the content crate's
//! `fhir_questionnaire.rs`, shipped as `assets/questionnaire.json`). The widget itself sends nothing, and knows nothing about the patient: a
//! response has no `subject`, `author` or id; the host adds those if it keeps it. It is dated
//! (`authored`) when the shell sends it, with the clock the shell reads: see [`authored_at`].
//!
//! Both resources use the default language (`content.languages[0]`) for their text, so the
//! `display` of every coding in a response matches the Questionnaire whatever language the
//! visitor saw.
//!
//! Mapping:
//! - each question is an item of type `choice` with `answerOption`s coded in the system
//!   `urn:joint-intake-widget:codes:{question}`, code = option id; `repeats` for checkboxes;
//!   exclusive options ("None", "Not sure") carry the R4 `questionnaire-optionExclusive` extension;
//!   an `itemControl` extension says `radio-button` or `check-box`, as the widget shows them;
//! - an option with free text gets its own item `{question}.{option}.text` of type `string`, right
//!   after its question, with `maxLength`, enabled (`enableWhen` … `answerCoding`) while that
//!   option is chosen. It is a sibling, never nested under the answer: form fillers such as
//!   LHC-Forms cannot load an answer's child items when a checkbox question has several answers.
//!   The widget keeps one text per question, so the item does not repeat;
//! - `enable_when` becomes `enableWhen` + `enableBehavior`. Only rules R4 can express exactly are
//!   accepted: `{"question": q, "any_of": [...]}` (one `=` per option, behaviour `any`),
//!   `{"not": {"question": q, "any_of": [...]}}` (one `!=` per option, behaviour `all`; R4's `!=`
//!   also holds while `q` is unanswered, as the widget's `not` does) and `{"always": true}` (no
//!   condition). Anything else — `all`/`any` mixes, `{"always": false}` — makes the Questionnaire generator (in the content crate)
//!   return an error naming the question, rather than publish a form that behaves differently.
//!
//! Objects are [`Json`] values, whose keys keep the order they are built in: `resourceType`
//! first, as in FHIR's own examples.

use crate::answers::Answers;
use crate::content::{Content, DEFAULT_LANGUAGE};
use crate::i18n::Strings;
use crate::json::Json;
use crate::questionnaire::{AnswerOption, Kind, Question};

/// The Questionnaire's canonical URL is this followed by the questionnaire id.
pub const CANONICAL_BASE: &str = "urn:joint-intake-widget:questionnaire:";
/// Each question's options are codes in the system this followed by the question id.
pub const CODE_SYSTEM_BASE: &str = "urn:joint-intake-widget:codes:";
/// R4 core extension on `Questionnaire.item.answerOption`: choosing this option excludes others.
pub const OPTION_EXCLUSIVE: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
/// R4 core extension on `Questionnaire.item`: how a form filler should show the item.
pub const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
/// The code system of [`ITEM_CONTROL`]'s codes (`radio-button`, `check-box`, …).
pub const ITEM_CONTROL_CODES: &str = "http://hl7.org/fhir/questionnaire-item-control";

/// The Questionnaire's canonical URL, e.g. `urn:joint-intake-widget:questionnaire:joint-stem-cell-intake`.
pub fn canonical(content: &Content) -> String {
    format!("{CANONICAL_BASE}{}", content.questionnaire.id)
}

/// The code system of one question's options.
pub fn code_system(question: &str) -> String {
    format!("{CODE_SYSTEM_BASE}{question}")
}

/// The linkId of the free-text item that belongs to `option` of `question`.
pub fn text_link_id(question: &str, option: &str) -> String {
    format!("{question}.{option}.text")
}

/// The visitor's answers as a FHIR R4 `QuestionnaireResponse` (status `completed`, not yet
/// dated: see [`authored_at`]) for the published Questionnaire, in the default language.
///
/// Items follow the questionnaire's order, each question's free text right after it; answers
/// follow each question's option order. Only questions and options the questionnaire knows are
/// exported, only questions that apply to these answers (a follow-up whose rule no longer holds is
/// left out, as R4 forbids answers to disabled items), at most one answer for a radio question,
/// and the free text (trimmed) only while its option is chosen and the text is not blank. With
/// nothing to export, `item` is absent. The text's length is not checked here: the flow does not
/// let the visitor finish with text over the limit.
pub fn questionnaire_response(content: &Content, answers: &Answers) -> Json {
    let (_, ui) = default_language(content);
    let source = &content.questionnaire;
    let items: Vec<Json> = source
        .questions
        .iter()
        .enumerate()
        .filter(|(index, _)| source.is_enabled(*index, answers))
        .flat_map(|(_, question)| response_items(ui, question, answers))
        .collect();
    let mut response = Json::object([
        ("resourceType", "QuestionnaireResponse".into()),
        ("questionnaire", format!("{}|{}", canonical(content), source.version).into()),
        ("status", "completed".into()),
    ]);
    if !items.is_empty() {
        response.insert("item", items.into());
    }
    response
}

/// `response` dated `authored` at `unix_millis` (milliseconds since 1970 UTC, as the browser's
/// `Date.now()` reads them). The model reads no clock: the shell passes the time when it sends the
/// response, so the same answers always give the same response in tests.
pub fn authored_at(response: &Json, unix_millis: i64) -> Json {
    let mut dated = response.clone();
    dated.insert_after("status", "authored", date_time(unix_millis).into());
    dated
}

/// A FHIR `dateTime` in UTC to the second, e.g. `2026-12-01T09:30:00Z`, for `unix_millis`
/// milliseconds since 1970. Years outside 1–9999, which FHIR cannot write, are held at its ends.
pub fn date_time(unix_millis: i64) -> String {
    const FIRST: i64 = -62_135_596_800; // 0001-01-01T00:00:00Z
    const LAST: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    let seconds = unix_millis.div_euclid(1000).clamp(FIRST, LAST);
    let (days, second_of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    let (hour, minute, second) = (second_of_day / 3600, second_of_day % 3600 / 60, second_of_day % 60);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468; // days since 0000-03-01
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The default language's code and interface strings: FHIR text is always in it.
pub fn default_language(content: &Content) -> (&str, &Strings) {
    static NONE: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
    content.languages.first().map_or_else(
        || (DEFAULT_LANGUAGE, NONE.get_or_init(Strings::default)),
        |language| (language.code.as_str(), &language.ui),
    )
}

/// One question's item, and its free-text item when that applies; none when unanswered.
fn response_items(ui: &Strings, question: &Question, answers: &Answers) -> Vec<Json> {
    let q = &question.id;
    let mut chosen = question.options.iter().filter(|option| answers.has_selected(q, &option.id));
    let chosen: Vec<&AnswerOption> = match question.kind {
        Kind::Single => chosen.next().into_iter().collect(),
        Kind::Multiple => chosen.collect(),
    };
    if chosen.is_empty() {
        return Vec::new();
    }
    let answer: Vec<Json> =
        chosen.iter().map(|option| Json::object([("valueCoding", coding(ui, q, &option.id))])).collect();
    let mut items = vec![Json::object([
        ("linkId", q.into()),
        ("text", ui.get(&format!("q.{q}.title")).into()),
        ("answer", answer.into()),
    ])];
    let text = crate::validation::visible(answers.text(q));
    if let Some(option) = chosen.into_iter().find(|option| option.text.is_some()) {
        if !text.is_empty() {
            items.push(Json::object([
                ("linkId", text_link_id(q, &option.id).into()),
                ("text", text_label(ui, q, &option.id).into()),
                ("answer", vec![Json::object([("valueString", text.into())])].into()),
            ]));
        }
    }
    items
}

/// The question a free-text item asks, in the default language.
pub fn text_label<'a>(ui: &'a Strings, question: &str, option: &str) -> &'a str {
    ui.get(&format!("q.{question}.opt.{option}.text_label"))
}

/// A `Coding` for one option, displayed in the default language.
pub fn coding(ui: &Strings, question: &str, option: &str) -> Json {
    Json::object([
        ("system", code_system(question).into()),
        ("code", option.into()),
        ("display", ui.get(&format!("q.{question}.opt.{option}")).into()),
    ])
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_utc_to_the_second() {
        assert_eq!(date_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(date_time(1_796_117_400_999), "2026-12-01T09:30:00Z");
        assert_eq!(date_time(951_825_600_000), "2000-02-29T12:00:00Z", "a leap day");
        assert_eq!(date_time(4_107_542_399_000), "2100-02-28T23:59:59Z", "2100 is not a leap year");
        assert_eq!(date_time(-1), "1969-12-31T23:59:59Z");
        assert_eq!(date_time(i64::MAX), "9999-12-31T23:59:59Z");
        assert_eq!(date_time(i64::MIN), "0001-01-01T00:00:00Z");
    }

    #[test]
    fn authored_follows_status() {
        let response = Json::object([
            ("resourceType", "QuestionnaireResponse".into()),
            ("status", "completed".into()),
            ("item", Json::Array(Vec::new())),
        ]);
        assert_eq!(
            authored_at(&response, 0).to_string(),
            r#"{"resourceType":"QuestionnaireResponse","status":"completed","authored":"1970-01-01T00:00:00Z","item":[]}"#
        );
    }
}
