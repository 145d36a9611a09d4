//! The QuestionnaireResponses the end-to-end round trip (`tests/e2e/fhir.test.mjs`) loads into
//! LHC-Forms, produced by the real flow and kept in `tests/e2e/fhir-responses.json`. Regenerate
//! with `UPDATE_FHIR=1 cargo test -p joint-intake-content --test fhir_responses`.
//!
//! Equivalence classes: what a form filler does with a response depends on which items are
//! enabled (decided by the condition alone) and on the shape of each answer list (one radio
//! answer; none, one, several or every checkbox; the free text beside "other"). So every
//! condition is paired with every medicines class below, and the joint, the diagnosis and the
//! goals class cycle through all their options along the way. The free text is required by the
//! flow, so "other" always comes with a name; the classes give it one name, several names in
//! one text, non-Latin letters and the full 200 characters.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use joint_intake_content::testing::{committed_generated_file, content, start};
use joint_intake_model::events::answers_for_host;
use joint_intake_model::fhir;
use joint_intake_model::flow::{Action, Step};
use joint_intake_model::json::Json;

const FIXTURE: &str = "tests/e2e/fhir-responses.json";
/// Every response is dated 2026-12-01T09:30:00Z, as if sent then.
const SENT_AT: i64 = 1_796_117_400_000;

const PLAIN_MEDICINES: [&str; 8] = [
    "nsaids",
    "paracetamol",
    "corticosteroids",
    "conventional_dmards",
    "biologics_jak",
    "immunosuppressants_ms",
    "blood_thinners",
    "supplements",
];
const GOALS: [&str; 7] = [
    "less_pain",
    "move_easier",
    "fewer_medicines",
    "slow_disease",
    "avoid_surgery",
    "understand_evidence",
    "compare_options",
];

/// One medicines class: the options ticked and the text typed, given the case number.
struct Medicines {
    name: &'static str,
    ticked: fn(usize) -> Vec<&'static str>,
    text: Option<fn() -> String>,
}

fn medicines_classes() -> Vec<Medicines> {
    vec![
        Medicines { name: "none", ticked: |_| vec!["none"], text: None },
        Medicines { name: "not sure", ticked: |_| vec!["not_sure"], text: None },
        Medicines { name: "one", ticked: |n| vec![PLAIN_MEDICINES[n % 8]], text: None },
        Medicines { name: "two", ticked: |n| vec![PLAIN_MEDICINES[n % 8], PLAIN_MEDICINES[(n + 3) % 8]], text: None },
        Medicines { name: "all plain", ticked: |_| PLAIN_MEDICINES.to_vec(), text: None },
        Medicines { name: "other alone", ticked: |_| vec!["other"], text: Some(|| "fish oil".into()) },
        Medicines {
            name: "other and one",
            ticked: |n| vec![PLAIN_MEDICINES[n % 8], "other"],
            text: Some(|| "glucosamine".into()),
        },
        Medicines {
            name: "other and two, several names",
            ticked: |n| vec![PLAIN_MEDICINES[n % 8], PLAIN_MEDICINES[(n + 5) % 8], "other"],
            text: Some(|| "fish oil, vitamin D, turmeric".into()),
        },
        Medicines {
            name: "every option but the exclusive ones, non-Latin text",
            ticked: |_| PLAIN_MEDICINES.iter().copied().chain(["other"]).collect(),
            text: Some(|| "ибупрофен; 鱼油 \"omega-3\" & <b>".into()),
        },
        Medicines {
            name: "other, 200 characters",
            ticked: |n| vec![PLAIN_MEDICINES[(n + 1) % 8], "other"],
            text: Some(|| "méthotrexate ".repeat(16).chars().take(200).collect::<String>().trim_end().to_owned()),
        },
    ]
}

/// The goals ticked for case `n`: each goal alone, two, then all of them.
fn goals(n: usize) -> Vec<&'static str> {
    match n % 9 {
        7 => vec![GOALS[n % 7], GOALS[(n + 2) % 7]],
        8 => GOALS.to_vec(),
        alone => vec![GOALS[alone]],
    }
}

/// Every case as `{name, answers, response}`: the host answers and the dated response the widget
/// sends in `intake:complete` when a visitor answers that way.
fn cases() -> Vec<Json> {
    let content = content();
    let conditions: Vec<&str> =
        content.questionnaire.question("condition").unwrap().options.iter().map(|o| o.id.as_str()).collect();
    let joints = ["knee", "hip", "hand", "shoulder", "back_neck", "other_joint"];
    let diagnosed = ["yes", "no", "not_sure"];
    let mut cases = Vec::new();
    for (c, condition) in conditions.iter().enumerate() {
        for (m, medicines) in medicines_classes().into_iter().enumerate() {
            let n = c * 10 + m;
            let mut flow = start();
            while let Step::Question(index) = flow.step() {
                let question = content.questionnaire.questions[index].id.clone();
                let pick = |option: &str| Action::Choose { question: question.clone(), option: option.to_owned() };
                let tick = |option: &&str| Action::Toggle {
                    question: question.clone(),
                    option: (*option).to_owned(),
                    checked: true,
                };
                let actions: Vec<Action> = match question.as_str() {
                    "condition" => vec![pick(condition)],
                    "joint" => vec![pick(joints[n % joints.len()])],
                    "diagnosed" => vec![pick(diagnosed[n % diagnosed.len()])],
                    "medications" => {
                        let mut actions: Vec<Action> = (medicines.ticked)(n).iter().map(tick).collect();
                        if let Some(text) = medicines.text {
                            actions.push(Action::EnterText { question: question.clone(), text: text() });
                        }
                        actions
                    }
                    "goals" => goals(n).iter().map(tick).collect(),
                    other => panic!("a new question, {other}: add it to the classes"),
                };
                flow = actions.into_iter().chain([Action::Continue]).fold(flow, |flow, action| flow.apply(action));
                assert_ne!(
                    flow.step(),
                    Step::Question(index),
                    "{condition}, {}: {question} was refused",
                    medicines.name
                );
            }
            flow = flow.apply(Action::Continue);
            assert_eq!(flow.step(), Step::Results);
            let response = fhir::questionnaire_response(&content, flow.answers());
            cases.push(Json::object([
                ("name", format!("{condition}, medicines: {}", medicines.name).into()),
                ("answers", answers_for_host(&content.questionnaire, flow.answers())),
                ("response", fhir::authored_at(&response, SENT_AT)),
            ]));
        }
    }
    cases
}

/// One case per line, keys in the order the widget writes them.
fn fixture_text(cases: &[Json]) -> String {
    let lines: Vec<String> = cases.iter().map(Json::to_string).collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

#[test]
fn the_cases_cover_every_option_of_every_question() {
    let cases = cases();
    let mut seen = BTreeSet::new();
    let mut other_with_others = BTreeSet::new();
    for case in &cases {
        let answers = case.get("answers").unwrap();
        for (question, answer) in answers.fields().unwrap() {
            let chosen: Vec<&str> = match answer {
                Json::Array(items) => items.iter().filter_map(Json::as_str).collect(),
                other => other.as_str().into_iter().collect(),
            };
            if question == "medications" && chosen.contains(&"other") {
                other_with_others.insert(chosen.len().min(3));
            }
            for option in chosen {
                seen.insert(format!("{question}.{option}"));
            }
        }
    }
    let content = content();
    for question in &content.questionnaire.questions {
        for option in &question.options {
            let key = format!("{}.{}", question.id, option.id);
            assert!(seen.contains(&key), "no case answers {key}");
        }
    }
    assert_eq!(other_with_others, BTreeSet::from([1, 2, 3]), "other alone, with one, with two or more");
    assert_eq!(cases.len(), 9 * medicines_classes().len());
}

#[test]
fn tests_e2e_fhir_responses_json_is_current() {
    let expected = fixture_text(&cases());
    let command = "cargo test -p joint-intake-content --test fhir_responses";
    let Some(committed) = committed_generated_file(FIXTURE, &expected, command) else { return };
    let parsed: serde_json::Value = serde_json::from_str(&committed).expect("the fixture is valid JSON");
    assert!(parsed.as_array().is_some_and(|cases| cases.len() > 80));
}
