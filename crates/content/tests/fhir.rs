//! FHIR R4 output: the published Questionnaire (`assets/questionnaire.json`) and the
//! QuestionnaireResponse built from a visitor's answers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use joint_intake_content::testing::{choose, content, run, start, tick};
use joint_intake_content::{source_files, ContentFiles};
use joint_intake_model::answers::Answers;
use joint_intake_model::content::Content;
use joint_intake_model::fhir::{self, CANONICAL_BASE, OPTION_EXCLUSIVE};
use joint_intake_model::flow::{Action, Step};
use joint_intake_model::json::Json;
use joint_intake_model::questionnaire::Kind;
use serde_json::{json, Value};

const GOLDEN: &str = "assets/questionnaire.json";

/// The widget's JSON as serde_json reads it back, which also proves it is valid JSON.
fn value(json: &Json) -> Value {
    serde_json::from_str(&json.to_string()).expect("the widget writes valid JSON")
}

fn questionnaire_json(content: &Content) -> Result<Value, String> {
    joint_intake_content::fhir_questionnaire::questionnaire(content).map(|json| value(&json))
}

fn response_json(content: &Content, answers: &Answers) -> Value {
    value(&fhir::questionnaire_response(content, answers))
}

fn published() -> Value {
    questionnaire_json(&content()).expect("the shipped questionnaire converts to FHIR R4")
}

/// Every item of a Questionnaire or QuestionnaireResponse, children included, depth first.
fn all_items(resource: &Value) -> Vec<&Value> {
    fn walk<'a>(items: &'a Value, found: &mut Vec<&'a Value>) {
        for item in items.as_array().into_iter().flatten() {
            found.push(item);
            walk(&item["item"], found);
            for answer in item["answer"].as_array().into_iter().flatten() {
                walk(&answer["item"], found);
            }
        }
    }
    let mut found = Vec::new();
    walk(&resource["item"], &mut found);
    found
}

fn item<'a>(questionnaire: &'a Value, link_id: &str) -> &'a Value {
    all_items(questionnaire)
        .into_iter()
        .find(|item| item["linkId"] == link_id)
        .unwrap_or_else(|| panic!("no item {link_id}"))
}

fn ui(key: &str) -> String {
    content().languages[0].ui.get(key).to_owned()
}

/// The R4 `itemControl` extension a generic form filler reads to pick its control.
fn item_control(code: &str) -> Value {
    json!({
        "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
        "valueCodeableConcept": { "coding": [{
            "system": "http://hl7.org/fhir/questionnaire-item-control",
            "code": code,
            "display": if code == "check-box" { "Check-box" } else { "Radio Button" }
        }]}
    })
}

fn coding(question: &str, option: &str) -> Value {
    json!({
        "system": format!("urn:joint-intake-widget:codes:{question}"),
        "code": option,
        "display": ui(&format!("q.{question}.opt.{option}")),
    })
}

/// A questionnaire whose content differs from the shipped one only by `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> Content {
    let mut json: Value = serde_json::from_str(source_files().questionnaire).unwrap();
    edit(&mut json);
    let text = json.to_string();
    let files = ContentFiles { questionnaire: &text, ..source_files() };
    joint_intake_content::load(&files).expect("the edited content is valid for the widget")
}

/// What an R4 form filler decides from an item's `enableWhen` and `enableBehavior`, given the
/// codings each question has as answers.
fn r4_enabled(item: &Value, answers: &Answers) -> bool {
    let Some(conditions) = item["enableWhen"].as_array() else {
        return true;
    };
    let results = conditions.iter().map(|condition| {
        let question = condition["question"].as_str().unwrap();
        let wanted = &condition["answerCoding"];
        let answered: Vec<Value> = answers.selected(question).iter().map(|option| coding(question, option)).collect();
        let equal =
            answered.iter().any(|coding| coding["system"] == wanted["system"] && coding["code"] == wanted["code"]);
        match condition["operator"].as_str().unwrap() {
            "=" => equal,
            "!=" => !equal,
            other => panic!("unexpected operator {other}"),
        }
    });
    match item["enableBehavior"].as_str() {
        Some("any") => results.into_iter().any(|holds| holds),
        Some("all") => results.into_iter().all(|holds| holds),
        None if conditions.len() == 1 => results.into_iter().all(|holds| holds),
        other => panic!("enableBehavior {other:?} with {} conditions", conditions.len()),
    }
}

/// Answers a visitor gives on the realistic path, through the flow itself.
fn osteoarthritis_knee() -> Answers {
    let flow = run(
        start(),
        [
            choose("condition", "osteoarthritis"),
            Action::Continue,
            choose("joint", "knee"),
            Action::Continue,
            choose("diagnosed", "yes"),
            Action::Continue,
            tick("medications", "nsaids"),
            tick("medications", "other"),
            Action::EnterText { question: "medications".into(), text: "fish oil".into() },
            Action::Continue,
            tick("goals", "less_pain"),
            Action::Continue,
            Action::Continue,
        ],
    );
    assert_eq!(flow.step(), Step::Results);
    flow.answers().clone()
}

/// Many answer sets: the realistic one with each question's answer replaced in turn by each of
/// its options, plus every checkbox ticked at once.
fn answer_sets() -> Vec<Answers> {
    let content = content();
    let mut sets = vec![osteoarthritis_knee()];
    for question in &content.questionnaire.questions {
        for option in &question.options {
            let mut answers = osteoarthritis_knee();
            answers.remove(&question.id);
            answers.toggle(&question.id, &option.id, true);
            if option.text.is_some() {
                answers.set_text(&question.id, "  turmeric capsules ");
            }
            sets.push(answers);
        }
    }
    let mut everything = osteoarthritis_knee();
    for question in &content.questionnaire.questions {
        if question.kind == Kind::Multiple {
            for option in &question.options {
                everything.toggle(&question.id, &option.id, true);
            }
        }
    }
    sets.push(everything);
    sets
}

#[test]
fn the_questionnaire_resource_names_itself_and_its_version() {
    let content = content();
    let questionnaire = published();
    let keys: BTreeSet<&str> = questionnaire.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "resourceType",
            "id",
            "url",
            "version",
            "name",
            "title",
            "status",
            "language",
            "subjectType",
            "date",
            "item"
        ])
    );
    assert_eq!(questionnaire["resourceType"], "Questionnaire");
    assert_eq!(questionnaire["id"], "joint-stem-cell-intake");
    assert_eq!(questionnaire["url"], "urn:joint-intake-widget:questionnaire:joint-stem-cell-intake");
    assert_eq!(questionnaire["url"], format!("{CANONICAL_BASE}{}", content.questionnaire.id));
    assert_eq!(fhir::canonical(&content), questionnaire["url"]);
    assert_eq!(questionnaire["version"], "1.0.0");
    assert_eq!(questionnaire["name"], "JointStemCellIntake");
    assert_eq!(questionnaire["title"], "Stem-cell therapy for joint pain: what the evidence says for you");
    assert_eq!(questionnaire["status"], "active");
    assert_eq!(questionnaire["language"], "en");
    assert_eq!(questionnaire["subjectType"], json!(["Patient"]));
    assert_eq!(questionnaire["date"], content.reviewed);
}

#[test]
fn every_question_is_a_coded_choice_item_in_order() {
    let content = content();
    let questionnaire = published();
    let items: Vec<&Value> =
        questionnaire["item"].as_array().unwrap().iter().filter(|item| item["type"] == "choice").collect();
    let link_ids: Vec<&str> = items.iter().map(|item| item["linkId"].as_str().unwrap()).collect();
    let question_ids: Vec<&str> = content.questionnaire.questions.iter().map(|question| question.id.as_str()).collect();
    assert_eq!(link_ids, question_ids);
    for (item, question) in items.into_iter().zip(&content.questionnaire.questions) {
        let q = &question.id;
        assert_eq!(item["text"], ui(&format!("q.{q}.title")), "{q}");
        assert_eq!(item["type"], "choice", "{q}");
        assert_eq!(item["required"], true, "{q}");
        let repeats = question.kind == Kind::Multiple;
        assert_eq!(item["repeats"].as_bool().unwrap_or(false), repeats, "{q}");
        let control = if repeats { "check-box" } else { "radio-button" };
        assert_eq!(item["extension"], json!([item_control(control)]), "{q}");
        let codings: Vec<&Value> =
            item["answerOption"].as_array().unwrap().iter().map(|option| &option["valueCoding"]).collect();
        assert_eq!(codings.len(), question.options.len(), "{q}");
        for (coding, option) in codings.into_iter().zip(&question.options) {
            for field in ["system", "code", "display"] {
                let text = coding[field].as_str().unwrap_or("");
                assert!(!text.trim().is_empty(), "{q}.{}: {field} is empty", option.id);
                assert!(!text.contains("[missing"), "{q}.{}: {field}", option.id);
            }
            assert_eq!(coding, &self::coding(q, &option.id));
        }
    }
}

#[test]
fn link_ids_are_unique() {
    let questionnaire = published();
    let link_ids: Vec<&str> =
        all_items(&questionnaire).into_iter().map(|item| item["linkId"].as_str().unwrap()).collect();
    let unique: BTreeSet<&str> = link_ids.iter().copied().collect();
    assert_eq!(unique.len(), link_ids.len(), "{link_ids:?}");
    assert_eq!(link_ids, ["condition", "joint", "diagnosed", "medications", "medications.other.text", "goals"]);
}

#[test]
fn joint_is_asked_when_the_condition_is_any_of_six() {
    let questionnaire = published();
    let joint = item(&questionnaire, "joint");
    let conditions =
        ["rheumatoid_arthritis", "osteoarthritis", "joint_injury", "wear_and_tear", "bursitis_tendonitis", "not_sure"];
    let expected: Vec<Value> = conditions
        .iter()
        .map(|option| {
            json!({
                "question": "condition",
                "operator": "=",
                "answerCoding": coding("condition", option),
            })
        })
        .collect();
    assert_eq!(joint["enableWhen"], Value::Array(expected));
    assert_eq!(joint["enableBehavior"], "any");
    assert_eq!(
        joint["enableWhen"][1]["answerCoding"],
        json!({
            "system": "urn:joint-intake-widget:codes:condition",
            "code": "osteoarthritis",
            "display": "Osteoarthritis"
        })
    );
}

#[test]
fn diagnosed_is_asked_unless_the_condition_is_not_sure() {
    let questionnaire = published();
    let diagnosed = item(&questionnaire, "diagnosed");
    assert_eq!(
        diagnosed["enableWhen"],
        json!([{
            "question": "condition",
            "operator": "!=",
            "answerCoding": {
                "system": "urn:joint-intake-widget:codes:condition",
                "code": "not_sure",
                "display": "Not sure, or not diagnosed"
            }
        }])
    );
    assert_eq!(diagnosed["enableBehavior"], "all");
}

#[test]
fn questions_asked_of_everyone_have_no_enable_when() {
    let questionnaire = published();
    for link_id in ["condition", "medications", "goals"] {
        let asked = item(&questionnaire, link_id);
        assert!(asked.get("enableWhen").is_none(), "{link_id}");
        assert!(asked.get("enableBehavior").is_none(), "{link_id}");
    }
}

#[test]
fn the_other_medicine_is_a_string_item_after_medications_enabled_by_its_option() {
    let questionnaire = published();
    let items = questionnaire["item"].as_array().unwrap();
    let at = items.iter().position(|item| item["linkId"] == "medications").unwrap();
    assert_eq!(
        items[at + 1],
        json!({
            "linkId": "medications.other.text",
            "text": "Name of the other medicine",
            "type": "string",
            "required": true,
            "maxLength": 200,
            "enableWhen": [{
                "question": "medications",
                "operator": "=",
                "answerCoding": {
                    "system": "urn:joint-intake-widget:codes:medications",
                    "code": "other",
                    "display": "Another medicine"
                }
            }],
            "enableBehavior": "any"
        })
    );
    assert_eq!(fhir::text_link_id("medications", "other"), "medications.other.text");
    for any in all_items(&questionnaire) {
        assert!(any.get("item").is_none(), "{} has child items: generic form fillers load none", any["linkId"]);
    }
}

#[test]
fn exclusive_options_carry_the_r4_option_exclusive_extension() {
    let questionnaire = published();
    let mut exclusive = Vec::new();
    for item in all_items(&questionnaire) {
        for option in item["answerOption"].as_array().into_iter().flatten() {
            if let Some(extension) = option.get("extension") {
                assert_eq!(
                    extension,
                    &json!([{
                        "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
                        "valueBoolean": true
                    }])
                );
                exclusive.push(format!(
                    "{}.{}",
                    item["linkId"].as_str().unwrap(),
                    option["valueCoding"]["code"].as_str().unwrap()
                ));
            }
        }
    }
    assert_eq!(exclusive, ["medications.none", "medications.not_sure"]);
    assert_eq!(OPTION_EXCLUSIVE, "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive");
}

#[test]
fn a_realistic_response_is_exactly_as_expected() {
    let response = response_json(&content(), &osteoarthritis_knee());
    assert_eq!(
        response,
        json!({
            "resourceType": "QuestionnaireResponse",
            "questionnaire": "urn:joint-intake-widget:questionnaire:joint-stem-cell-intake|1.0.0",
            "status": "completed",
            "item": [
                {
                    "linkId": "condition",
                    "text": "What is your main condition?",
                    "answer": [{ "valueCoding": {
                        "system": "urn:joint-intake-widget:codes:condition",
                        "code": "osteoarthritis",
                        "display": "Osteoarthritis"
                    }}]
                },
                {
                    "linkId": "joint",
                    "text": "Which part of your body troubles you most?",
                    "answer": [{ "valueCoding": {
                        "system": "urn:joint-intake-widget:codes:joint",
                        "code": "knee",
                        "display": "Knee"
                    }}]
                },
                {
                    "linkId": "diagnosed",
                    "text": "Has a doctor diagnosed this condition?",
                    "answer": [{ "valueCoding": {
                        "system": "urn:joint-intake-widget:codes:diagnosed",
                        "code": "yes",
                        "display": "Yes"
                    }}]
                },
                {
                    "linkId": "medications",
                    "text": "Which medicines do you take now?",
                    "answer": [
                        { "valueCoding": {
                            "system": "urn:joint-intake-widget:codes:medications",
                            "code": "nsaids",
                            "display": "Pain relievers called NSAIDs"
                        }},
                        { "valueCoding": {
                            "system": "urn:joint-intake-widget:codes:medications",
                            "code": "other",
                            "display": "Another medicine"
                        }}
                    ]
                },
                {
                    "linkId": "medications.other.text",
                    "text": "Name of the other medicine",
                    "answer": [{ "valueString": "fish oil" }]
                },
                {
                    "linkId": "goals",
                    "text": "What do you hope for?",
                    "answer": [{ "valueCoding": {
                        "system": "urn:joint-intake-widget:codes:goals",
                        "code": "less_pain",
                        "display": "Less pain"
                    }}]
                }
            ]
        })
    );
}

#[test]
fn every_link_id_and_coding_in_a_response_resolves_to_the_questionnaire() {
    let content = content();
    let questionnaire = published();
    let reference =
        format!("{}|{}", questionnaire["url"].as_str().unwrap(), questionnaire["version"].as_str().unwrap());
    let mut checked = 0;
    for answers in answer_sets() {
        let response = response_json(&content, &answers);
        assert_eq!(response["questionnaire"], reference.as_str());
        // Response items are questionnaire items, in the same order, none nested.
        let top: Vec<&Value> = questionnaire["item"].as_array().unwrap().iter().collect();
        let mut last = None;
        for answered in response["item"].as_array().into_iter().flatten() {
            let position = top
                .iter()
                .position(|item| item["linkId"] == answered["linkId"])
                .unwrap_or_else(|| panic!("{} is not an item", answered["linkId"]));
            assert!(last < Some(position), "items out of order: {response:#}");
            last = Some(position);
            let definition = top[position];
            assert_eq!(answered["text"], definition["text"]);
            assert!(r4_enabled(definition, &answers), "{} answered while disabled", answered["linkId"]);
            let given = answered["answer"].as_array().unwrap();
            assert!(!given.is_empty());
            assert!(
                given.len() == 1 || definition["repeats"] == true,
                "{} has {} answers but does not repeat",
                answered["linkId"],
                given.len()
            );
            for answer in given {
                assert!(answer.get("item").is_none(), "an answer with child items: {response:#}");
                if definition["type"] == "string" {
                    let text = answer["valueString"].as_str().unwrap();
                    assert!(!text.is_empty() && text.trim() == text);
                    let max = definition["maxLength"].as_u64().unwrap() as usize;
                    assert!(text.chars().count() <= max);
                } else {
                    let options: Vec<&Value> = definition["answerOption"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|option| &option["valueCoding"])
                        .collect();
                    assert!(
                        options.contains(&&answer["valueCoding"]),
                        "{} is not an answerOption",
                        answer["valueCoding"]
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} answers checked");
}

#[test]
fn r4_enable_when_agrees_with_the_widget_for_every_condition() {
    let content = content();
    let questionnaire = published();
    let items: Vec<&Value> =
        content.questionnaire.questions.iter().map(|question| item(&questionnaire, &question.id)).collect();
    let mut cases: Vec<Option<&str>> = vec![None];
    let condition = content.questionnaire.question("condition").unwrap();
    cases.extend(condition.options.iter().map(|option| Some(option.id.as_str())));
    for case in cases {
        let mut answers = Answers::default();
        if let Some(option) = case {
            answers.choose("condition", option);
        }
        for (index, question) in content.questionnaire.questions.iter().enumerate() {
            assert_eq!(
                r4_enabled(items[index], &answers),
                content.questionnaire.is_enabled(index, &answers),
                "{} with condition {case:?}",
                question.id
            );
        }
    }
    // And the free-text item follows its option.
    let text_item = item(&questionnaire, "medications.other.text");
    let mut answers = Answers::default();
    answers.toggle("medications", "nsaids", true);
    assert!(!r4_enabled(text_item, &answers));
    answers.toggle("medications", "other", true);
    assert!(r4_enabled(text_item, &answers));
}

#[test]
fn answers_to_unknown_questions_and_options_are_not_exported() {
    let mut answers = Answers::default();
    answers.choose("favourite_colour", "blue");
    answers.choose("condition", "gout");
    answers.toggle("goals", "world_peace", true);
    answers.toggle("goals", "less_pain", true);
    let response = response_json(&content(), &answers);
    assert_eq!(
        response,
        json!({
            "resourceType": "QuestionnaireResponse",
            "questionnaire": "urn:joint-intake-widget:questionnaire:joint-stem-cell-intake|1.0.0",
            "status": "completed",
            "item": [{
                "linkId": "goals",
                "text": "What do you hope for?",
                "answer": [{ "valueCoding": coding("goals", "less_pain") }]
            }]
        })
    );
}

#[test]
fn answers_to_follow_ups_that_no_longer_apply_are_not_exported() {
    let link_ids = |answers: &Answers| -> Vec<String> {
        let response = response_json(&content(), answers);
        all_items(&response).into_iter().map(|item| item["linkId"].as_str().unwrap().to_owned()).collect()
    };
    let mut answers = Answers::default();
    answers.choose("condition", "lupus");
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    assert_eq!(link_ids(&answers), ["condition", "diagnosed"]);
    answers.choose("condition", "not_sure");
    assert_eq!(link_ids(&answers), ["condition", "joint"]);
}

#[test]
fn options_are_exported_in_questionnaire_order_and_a_radio_question_gives_one_answer() {
    let mut answers = Answers::default();
    answers.toggle("condition", "lupus", true);
    answers.toggle("condition", "osteoarthritis", true);
    answers.toggle("goals", "compare_options", true);
    answers.toggle("goals", "less_pain", true);
    let response = response_json(&content(), &answers);
    assert_eq!(response["item"][0]["answer"], json!([{ "valueCoding": coding("condition", "osteoarthritis") }]));
    let goals = all_items(&response).into_iter().find(|item| item["linkId"] == "goals").unwrap();
    assert_eq!(
        goals["answer"],
        json!([
            { "valueCoding": coding("goals", "less_pain") },
            { "valueCoding": coding("goals", "compare_options") }
        ])
    );
}

#[test]
fn free_text_is_trimmed_and_only_exported_with_its_option() {
    let items = |answers: &Answers| response_json(&content(), answers)["item"].clone();
    let mut answers = Answers::default();
    for option in ["nsaids", "supplements", "other"] {
        answers.toggle("medications", option, true);
    }
    answers.set_text("medications", "  fish oil, vitamin D\n");
    assert_eq!(
        items(&answers),
        json!([
            {
                "linkId": "medications",
                "text": "Which medicines do you take now?",
                "answer": [
                    { "valueCoding": coding("medications", "nsaids") },
                    { "valueCoding": coding("medications", "supplements") },
                    { "valueCoding": coding("medications", "other") }
                ]
            },
            {
                "linkId": "medications.other.text",
                "text": "Name of the other medicine",
                "answer": [{ "valueString": "fish oil, vitamin D" }]
            }
        ]),
        "the text is its own item, whatever else is ticked"
    );
    answers.set_text("medications", "   ");
    assert_eq!(items(&answers).as_array().unwrap().len(), 1, "blank text is not a valueString");
    answers.set_text("medications", "fish oil");
    answers.toggle("medications", "other", false);
    assert_eq!(
        items(&answers),
        json!([{
            "linkId": "medications",
            "text": "Which medicines do you take now?",
            "answer": [
                { "valueCoding": coding("medications", "nsaids") },
                { "valueCoding": coding("medications", "supplements") }
            ]
        }]),
        "text left over from an unticked option is not exported"
    );
}

#[test]
fn a_response_is_dated_when_it_is_sent() {
    let undated = fhir::questionnaire_response(&content(), &osteoarthritis_knee());
    assert!(undated.get("authored").is_none(), "the model reads no clock");
    let dated = fhir::authored_at(&undated, 1_796_117_400_999);
    assert_eq!(value(&dated)["authored"], "2026-12-01T09:30:00Z");
    let keys: Vec<&str> = dated.fields().unwrap().iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(keys, ["resourceType", "questionnaire", "status", "authored", "item"]);
}

#[test]
fn nothing_answered_gives_a_response_without_items() {
    assert_eq!(
        response_json(&content(), &Answers::default()),
        json!({
            "resourceType": "QuestionnaireResponse",
            "questionnaire": "urn:joint-intake-widget:questionnaire:joint-stem-cell-intake|1.0.0",
            "status": "completed"
        })
    );
}

#[test]
fn rules_r4_cannot_express_exactly_are_rejected_naming_the_question() {
    let with_joint_rule = |rule: Value| questionnaire_json(&edited(|json| json["questions"][1]["enable_when"] = rule));
    let rejected = [
        json!({"all": [
            {"question": "condition", "any_of": ["osteoarthritis"]},
            {"not": {"question": "condition", "any_of": ["lupus"]}}
        ]}),
        json!({"any": [
            {"question": "condition", "any_of": ["osteoarthritis"]},
            {"not": {"question": "condition", "any_of": ["lupus"]}}
        ]}),
        json!({"not": {"any": [{"question": "condition", "any_of": ["lupus"]}]}}),
        json!({"always": false}),
    ];
    for rule in rejected {
        let error = with_joint_rule(rule.clone()).expect_err(&format!("{rule} is rejected"));
        assert!(error.starts_with("question \"joint\": "), "{error}");
        assert!(error.contains("FHIR R4"), "{error}");
    }
    let always = with_joint_rule(json!({"always": true})).expect("always true is no condition");
    assert!(item(&always, "joint").get("enableWhen").is_none());

    let bad_id = questionnaire_json(&edited(|json| json["id"] = json!("joint_stem_cell")))
        .expect_err("an underscore is not allowed in a FHIR id");
    assert!(bad_id.contains("\"joint_stem_cell\""), "{bad_id}");
}

#[test]
fn assets_questionnaire_json_is_the_published_questionnaire() {
    let expected = serde_json::to_string_pretty(&published()).unwrap() + "\n";
    let command = "cargo test -p joint-intake-content --test fhir";
    let Some(committed) = joint_intake_content::testing::committed_generated_file(GOLDEN, &expected, command) else {
        return;
    };
    let parsed: Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(parsed["resourceType"], "Questionnaire");
}
