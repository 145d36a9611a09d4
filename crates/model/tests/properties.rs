//! Property tests: whatever a visitor does, whatever a content editor or host page supplies,
//! nothing panics and the promises hold.

#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use std::rc::Rc;

use joint_intake_content::{source_files, ContentFiles};
use joint_intake_model::answers::{Answer, Answers};
use joint_intake_model::flow::{Action, Flow, Step};
use joint_intake_model::json::Json;
use joint_intake_model::questionnaire::Kind;
use joint_intake_model::saved::{decode, encode};
use joint_intake_model::settings::{read_settings, safe_contact_url, ClinicSells, MAX_CLINIC_NAME};
use proptest::prelude::*;

/// Real ids mixed with made-up ones, so actions both fit and miss the questionnaire.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "condition",
            "joint",
            "diagnosed",
            "medications",
            "goals",
            "review",
            "results",
            "lupus",
            "osteoarthritis",
            "not_sure",
            "knee",
            "back_neck",
            "yes",
            "no",
            "nsaids",
            "other",
            "none",
            "less_pain",
            "avoid_surgery",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{0,12}",
        ".{0,8}",
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    prop::collection::btree_map(id(), (prop::collection::vec(id(), 0..4), ".{0,40}"), 0..6).prop_map(|map| {
        map.into_iter().map(|(question, (selected, text))| (question, Answer { selected, text })).collect()
    })
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (id(), id()).prop_map(|(question, option)| Action::Choose { question, option }),
        4 => (id(), id(), any::<bool>()).prop_map(|(question, option, checked)| Action::Toggle { question, option, checked }),
        1 => (id(), ".{0,300}").prop_map(|(question, text)| Action::EnterText { question, text }),
        6 => Just(Action::Continue),
        2 => Just(Action::Back),
        1 => id().prop_map(|question| Action::Change { question }),
        1 => id().prop_map(|step| Action::GoTo { step }),
        1 => Just(Action::StartOver),
        1 => answers().prop_map(Action::Restore),
    ]
}

fn check_invariants(flow: &Flow) {
    let questionnaire = flow.questionnaire();
    if let Step::Question(index) = flow.step() {
        assert!(questionnaire.is_enabled(index, flow.answers()), "showing a question that does not apply");
    }
    if flow.step() == Step::Results {
        assert_eq!(flow.first_incomplete(), None, "results shown with an unanswered question");
    }
    for question in flow.answers().questions() {
        let index = questionnaire.index_of(question).expect("only known questions are answered");
        assert!(
            questionnaire.is_enabled(index, flow.answers()),
            "kept an answer to {question}, which no longer applies"
        );
        let asked = &questionnaire.questions[index];
        let selected = flow.answers().selected(question);
        assert!(selected.iter().all(|option| asked.option(option).is_some()), "unknown option kept for {question}");
        if asked.kind == Kind::Single {
            assert!(selected.len() <= 1, "two answers to the radio question {question}");
        }
    }
    if let Some((current, total)) = flow.progress() {
        assert!(1 <= current && current <= total && total <= questionnaire.questions.len() + 1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_actions_keeps_the_flow_consistent(actions in prop::collection::vec(action(), 0..40)) {
        let mut flow = common::start();
        for action in actions {
            flow = flow.apply(action);
            check_invariants(&flow);
        }
    }

    #[test]
    fn damaged_content_is_reported_not_panicked_on(
        // Any one of the content files, however many there are.
        file in 0usize..1_000,
        cut in 0usize..70_000,
        length in 0usize..400,
        insert in "[\\[\\]{}\",:0-9a-z ]{0,20}",
    ) {
        let mut original = source_files();
        let count = original.files_mut().len();
        let text: &str = original.files_mut().swap_remove(file % count).1;
        let start = text.char_indices().map(|(at, _)| at).find(|&at| at >= cut.min(text.len())).unwrap_or(text.len());
        let end = text.char_indices().map(|(at, _)| at).find(|&at| at >= start + length).unwrap_or(text.len());
        let damaged = format!("{}{}{}", &text[..start], insert, &text[end..]);
        let mut files = source_files();
        *files.files_mut().swap_remove(file % count).1 = &damaged;
        if let Err(problems) = joint_intake_content::load(&files) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(problem.file.starts_with("content/"), "{problem}");
                prop_assert!(!problem.field.is_empty(), "{problem}");
            }
        }
    }

    #[test]
    fn arbitrary_files_never_panic_the_loader(text in ".{0,200}") {
        let files = ContentFiles { questionnaire: &text, ..source_files() };
        prop_assert!(joint_intake_content::load(&files).is_err());
    }

    #[test]
    fn hostile_attributes_yield_safe_settings(name in ".{0,300}", url in ".{0,120}", conditions in ".{0,200}") {
        let known = ["lupus", "osteoarthritis", "not_sure"];
        let (settings, _warnings) = read_settings(
            |attribute| match attribute {
                "data-clinic-name" => Some(name.clone()),
                "data-contact-url" => Some(url.clone()),
                "data-conditions" => Some(conditions.clone()),
                _ => None,
            },
            &known,
        );
        if let Some(clinic) = &settings.clinic_name {
            prop_assert!(clinic.chars().count() <= MAX_CLINIC_NAME);
            prop_assert!(!clinic.chars().any(char::is_control));
        }
        if let Some(contact) = &settings.contact_url {
            let lower = contact.to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("mailto:") || lower.starts_with("tel:"));
        }
        prop_assert!(settings.conditions.iter().all(|id| known.contains(&id.as_str())));
    }

    #[test]
    fn what_a_clinic_sells_follows_its_listed_values_and_warns_about_the_rest(
        values in proptest::collection::vec("(?i)stem_cells|prp|none|stem-cells|[a-z<>]{1,6}| ", 0..6)
    ) {
        let raw = values.join(",");
        let (settings, warnings) = read_settings(|attribute| (attribute == "data-clinic-sells").then(|| raw.clone()), &[]);
        let listed: Vec<String> = values.iter().map(|value| value.trim().to_ascii_lowercase()).filter(|value| !value.is_empty()).collect();
        let has = |wanted: &str| listed.iter().any(|value| value == wanted);
        let unknown = listed.iter().filter(|value| !["stem_cells", "prp", "none"].contains(&value.as_str())).count();
        let treatments = has("stem_cells") || has("prp");
        let expected = (treatments || has("none")).then_some(ClinicSells { stem_cells: has("stem_cells"), prp: has("prp") });
        prop_assert_eq!(settings.clinic_sells, expected);
        prop_assert_eq!(warnings.len(), unknown + usize::from(treatments && has("none")), "{:?}", warnings);
    }

    #[test]
    fn contact_urls_with_a_dangerous_scheme_are_always_refused(scheme in "(?i)(javascript|data|vbscript|file|http|blob)", rest in ".{0,40}") {
        prop_assert_eq!(safe_contact_url(&format!("{scheme}:{rest}")), None);
    }

    #[test]
    fn any_text_the_widget_writes_as_json_reads_back_unchanged(text in any::<String>()) {
        let written = Json::object([(text.as_str(), text.as_str().into())]).to_string();
        let read: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(read.get(&text).and_then(serde_json::Value::as_str), Some(text.as_str()));
    }

    #[test]
    fn any_answers_saved_on_the_device_come_back_unchanged(answers in answers(), language in "[a-z]{2}") {
        let content = common::content();
        let text = encode(&content.questionnaire, &language, &answers);
        let saved = decode(&content.questionnaire, &text, common::parse_json).expect("a fresh save reads back");
        prop_assert_eq!(saved.answers, answers);
        prop_assert_eq!(saved.language, language);
    }

    #[test]
    fn any_ready_answers_come_back_unchanged_and_any_damaged_ones_are_discarded(
        answers in proptest::collection::vec(proptest::option::of(any::<bool>()), 4),
        text in ".{0,200}",
    ) {
        let content = common::content();
        let mut ready = joint_intake_model::ready::Ready::default();
        for (question, answer) in joint_intake_model::ready::QUESTIONS.iter().zip(answers) {
            ready.set(question, answer);
        }
        let saved = joint_intake_model::saved::encode_with_ready(&content.questionnaire, "en", &Answers::default(), &ready);
        let read = decode(&content.questionnaire, &saved, common::parse_json).expect("a fresh save reads back");
        prop_assert_eq!(read.ready, ready);
        let wrapped = format!(r#"{{"format":1,"questionnaire":"joint-stem-cell-intake@1.0.0","language":"en","answers":{{}},"ready":{text}}}"#);
        if let Some(saved) = decode(&content.questionnaire, &wrapped, common::parse_json) {
            // Whatever reads back is a real answer set: it writes out as it read.
            let again = joint_intake_model::saved::encode_with_ready(&content.questionnaire, "en", &saved.answers, &saved.ready);
            prop_assert_eq!(decode(&content.questionnaire, &again, common::parse_json), Some(saved));
        }
    }

    #[test]
    fn any_stored_text_is_decoded_or_discarded_without_panicking(text in ".{0,400}") {
        let content = common::content();
        let _ = decode(&content.questionnaire, &text, common::parse_json);
        let wrapped = format!(r#"{{"format":1,"questionnaire":"joint-stem-cell-intake@1.0.0","language":"en","answers":{text}}}"#);
        if let Some(saved) = decode(&content.questionnaire, &wrapped, common::parse_json) {
            check_invariants(&Flow::new(Rc::clone(&content.questionnaire)).apply(Action::Restore(saved.answers)));
        }
    }
}
