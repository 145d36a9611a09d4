//! Answers kept on the device: written only in the current format, and anything else discarded.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::answers::Answers;
use joint_intake_model::flow::Action;
use joint_intake_model::saved::{decode, encode, MAX_BYTES};

fn answers() -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", "lupus");
    answers.toggle("goals", "less_pain", true);
    answers
}

#[test]
fn what_is_saved_comes_back() {
    let content = common::content();
    let text = encode(&content.questionnaire, "es", &answers());
    let saved = decode(&content.questionnaire, &text, common::parse_json).expect("a fresh save reads back");
    assert_eq!(saved.answers, answers());
    assert_eq!(saved.language, "es");
}

#[test]
fn corrupted_or_old_saves_are_discarded() {
    let content = common::content();
    let questionnaire = &content.questionnaire;
    let good = encode(questionnaire, "en", &answers());
    for bad in [
        String::new(),
        "not json".to_owned(),
        "null".to_owned(),
        "[]".to_owned(),
        good[..good.len() / 2].to_owned(),
        good.replace("\"format\":1", "\"format\":0"),
        good.replace("@1.0.0", "@0.9.0"),
        good.replace("\"answers\":{", "\"answers\":{\"x\":1,"),
        format!("{{\"format\":1,\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES)),
    ] {
        assert_eq!(decode(questionnaire, &bad, common::parse_json), None, "accepted {bad:.60}");
    }
}

#[test]
fn saved_answers_that_no_longer_fit_are_cleaned_on_restore() {
    let content = common::content();
    let text = r#"{"format":1,"questionnaire":"joint-stem-cell-intake@1.0.0","language":"en",
        "answers":{"condition":{"selected":["lupus"]},"joint":{"selected":["knee"]},"goals":{"selected":["fly"]}}}"#;
    let saved = decode(&content.questionnaire, text, common::parse_json).expect("well-formed");
    let flow = common::start().apply(Action::Restore(saved.answers));
    assert_eq!(flow.answers().selected("condition"), ["lupus"]);
    assert!(!flow.answers().is_answered("joint"), "a follow-up lupus does not get is dropped");
    assert!(!flow.answers().is_answered("goals"), "an unknown option is dropped");
    assert_eq!(flow.step_id(), "diagnosed");
}
