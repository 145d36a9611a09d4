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

mod save_keys {
    use joint_intake_model::save_key::{check_override, derived, save_key, PREFIX};
    use joint_intake_model::settings::Settings;

    fn settings(conditions: &[&str], clinic: Option<&str>) -> Settings {
        Settings {
            clinic_name: clinic.map(Into::into),
            conditions: conditions.iter().map(|id| (*id).to_owned()).collect(),
            ..Settings::default()
        }
    }

    #[test]
    fn the_same_configuration_gives_the_same_key_and_a_different_one_another() {
        let key = |conditions: &[&str], clinic| derived("joint-stem-cell-intake", &settings(conditions, clinic));
        let lupus = key(&["lupus", "osteoarthritis"], Some("Joint Care"));
        assert!(lupus.starts_with(PREFIX), "{lupus}");
        assert_eq!(lupus, key(&["lupus", "osteoarthritis"], Some("Joint Care")));
        assert_eq!(
            lupus,
            key(&["osteoarthritis", "lupus"], Some("Joint Care")),
            "the same conditions, listed otherwise"
        );
        assert_ne!(lupus, key(&["lupus"], Some("Joint Care")), "different conditions offered");
        assert_ne!(lupus, key(&["lupus", "osteoarthritis"], Some("Other Clinic")), "another clinic");
        assert_ne!(lupus, key(&["lupus", "osteoarthritis"], None));
        assert_ne!(key(&[], None), derived("another-questionnaire", &settings(&[], None)));
        // Text cannot shift from one part to the next to make two configurations collide.
        assert_ne!(key(&["ab"], None), key(&["a", "b"], None));
        assert_ne!(key(&["a"], Some("b")), key(&["a", "b"], None));
    }

    #[test]
    fn a_valid_data_save_key_wins_and_a_hostile_one_is_refused_with_a_warning() {
        let configured = settings(&["lupus"], Some("Joint Care"));
        let (key, warning) = save_key("joint-stem-cell-intake", &configured, Some(" clinic-2.intake_A "));
        assert_eq!(key, format!("{PREFIX}key:clinic-2.intake_A"));
        assert_eq!(warning, None);
        let plain = derived("joint-stem-cell-intake", &configured);
        assert_eq!(save_key("joint-stem-cell-intake", &configured, None), (plain.clone(), None));
        let too_long = "a".repeat(65);
        for hostile in [
            "",
            "   ",
            too_long.as_str(),
            "../other",
            "key with spaces",
            "<script>",
            "intake:answers",
            "ключ",
            "a\u{200B}b",
            "a\nb",
        ] {
            assert!(check_override(hostile).is_err(), "{hostile:?}");
            let (key, warning) = save_key("joint-stem-cell-intake", &configured, Some(hostile));
            assert_eq!(key, plain, "{hostile:?} falls back to the derived key");
            assert!(warning.is_some_and(|text| text.contains("data-save-key")), "{hostile:?} warns");
        }
        assert!(check_override(&"a".repeat(64)).is_ok());
    }

    #[test]
    fn the_standalone_page_key_is_the_one_the_end_to_end_tests_seed() {
        let questionnaire = &super::common::content().questionnaire;
        // A change would orphan every saved answer; tests/e2e/privacy.test.mjs derives it with rules.js.
        assert_eq!(derived(&questionnaire.id, &Settings::default()), "intake-widget:answers:a1a56752c67b65ca");
    }
}
