//! The rules `crates/web/src/embed/rules.js` restates for the first step it shows before the wasm
//! arrives, run here against the Rust functions, which are the reference, from the same vectors
//! file that `crates/web/tests/embed/rules.test.mjs` runs against the JavaScript. A case added to
//! `shared_rules.json` is checked on both sides.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::content::DEFAULT_LANGUAGE;
use joint_intake_model::packed::language_file;
use joint_intake_model::save_key::{save_key, MAX_SAVE_KEY, PREFIX};
use joint_intake_model::settings::{
    choose_language, read_settings, safe_contact_url, Settings, CONDITION_QUESTION, MAX_CLINIC_NAME,
};
use serde_json::Value;

fn vectors() -> Value {
    serde_json::from_str(include_str!("shared_rules.json")).expect("shared_rules.json is JSON")
}

/// The cases under `rule`, each as an object; a rule with no cases would check nothing.
fn cases(vectors: &Value, rule: &str) -> Vec<Value> {
    let cases = vectors[rule].as_array().unwrap_or_else(|| panic!("shared_rules.json has a {rule} list")).clone();
    assert!(!cases.is_empty(), "{rule} has cases");
    cases
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_else(|| panic!("{value} is a string"))
}

fn texts(value: &Value) -> Vec<&str> {
    value.as_array().unwrap_or_else(|| panic!("{value} is a list")).iter().map(text).collect()
}

fn optional(value: &Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

#[test]
fn the_shared_names_are_the_models() {
    let names = &vectors()["names"];
    assert_eq!(names["defaultLanguage"], DEFAULT_LANGUAGE);
    assert_eq!(names["maxClinicName"], MAX_CLINIC_NAME);
    assert_eq!(names["saveKeyPrefix"], PREFIX);
    assert_eq!(names["maxSaveKey"], MAX_SAVE_KEY);
}

#[test]
fn language_choice() {
    for case in cases(&vectors(), "language") {
        let chosen = choose_language(texts(&case["preferences"]), &texts(&case["available"]));
        assert_eq!(chosen, text(&case["chosen"]), "{case}");
    }
}

#[test]
fn contact_addresses() {
    for case in cases(&vectors(), "contactUrl") {
        assert_eq!(safe_contact_url(text(&case["raw"])), optional(&case["safe"]), "{case}");
    }
}

/// Settings read from one attribute, as the widget reads a mount element's.
fn settings_from(name: &str, raw: &str, known: &[&str]) -> Settings {
    read_settings(|asked| (asked == name).then(|| raw.to_owned()), known).0
}

#[test]
fn clinic_names() {
    for case in cases(&vectors(), "clinicName") {
        let settings = settings_from("data-clinic-name", text(&case["raw"]), &[]);
        assert_eq!(settings.clinic_name, optional(&case["shown"]), "{case}");
    }
}

#[test]
fn offered_conditions_keep_the_questionnaires_order() {
    let vectors = vectors();
    let questionnaire = common::content().questionnaire;
    let question = questionnaire.question(CONDITION_QUESTION).expect("the condition question");
    let known: Vec<&str> = question.options.iter().map(|option| option.id.as_str()).collect();
    assert_eq!(texts(&vectors["knownConditions"]), known, "knownConditions are the questionnaire's condition ids");
    for case in cases(&vectors, "conditions") {
        let settings = settings_from("data-conditions", text(&case["raw"]), &known);
        let narrowed = questionnaire.offering(CONDITION_QUESTION, &settings.conditions);
        let offered: Vec<&str> =
            narrowed.question(CONDITION_QUESTION).expect("still asked").options.iter().map(|o| o.id.as_str()).collect();
        // JavaScript's null: no narrowing, every condition offered.
        let expected = if case["offered"].is_null() { known.clone() } else { texts(&case["offered"]) };
        assert_eq!(offered, expected, "{case}");
        assert_eq!(settings.conditions.is_empty(), case["offered"].is_null(), "{case}");
    }
}

#[test]
fn save_keys() {
    for case in cases(&vectors(), "saveKey") {
        let settings = Settings {
            clinic_name: optional(&case["clinicName"]),
            conditions: texts(&case["conditions"]).into_iter().map(str::to_owned).collect(),
            ..Settings::default()
        };
        let (key, warning) = save_key(text(&case["questionnaire"]), &settings, case["hostKey"].as_str());
        assert_eq!(key, text(&case["key"]), "{case}");
        assert_eq!(warning.is_some(), case["refused"] == true, "{case}");
    }
}

#[test]
fn language_file_names() {
    for case in cases(&vectors(), "languageFile") {
        assert_eq!(language_file(text(&case["code"])), text(&case["file"]), "{case}");
    }
}
