//! The decision aid's data and words: the shipped files pass, and each kind of break is reported
//! with the file and the field at fault.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::decision_checks::{required_keys, CONDITION_QUESTION};
use joint_intake_content::testing as common;
use joint_intake_content::{source_files, ContentFiles};
use joint_intake_model::decision::keys;
use serde_json::{json, Map, Value};

fn problems(files: &ContentFiles<'_>) -> Vec<String> {
    match joint_intake_content::load(files) {
        Ok(_) => panic!("broken content was accepted"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn decision() -> Value {
    serde_json::from_str(source_files().decision).unwrap()
}

fn words(index: usize) -> Map<String, Value> {
    serde_json::from_str(source_files().languages[index].3).unwrap()
}

/// The shipped files with one language's `decision.json` replaced.
fn with_words(index: usize, text: &str) -> Vec<String> {
    let mut languages = source_files().languages;
    languages[index].3 = text;
    problems(&ContentFiles { languages, ..source_files() })
}

fn has(found: &[String], expected: &str) -> bool {
    found.iter().any(|problem| problem == expected)
}

#[test]
fn the_shipped_decision_data_passes_and_covers_every_condition() {
    let content = common::content();
    let data = &content.decision;
    let condition = content.questionnaire.question(CONDITION_QUESTION).unwrap();
    for option in &condition.options {
        let comparison = data.comparison_for(&option.id).unwrap_or_else(|| panic!("no comparison for {}", option.id));
        // Every table weighs the experimental option first and waiting last, with proven care
        // between; PRP and surgery get columns of their own where their evidence differs.
        assert_eq!(comparison.options.first().map(String::as_str), Some("injections"), "{}", comparison.id);
        assert_eq!(comparison.options.last().map(String::as_str), Some("nothing_more"), "{}", comparison.id);
        assert!(comparison.options.iter().any(|option| option == "standard_care"), "{}", comparison.id);
        assert_eq!(comparison.rows, ["involves", "evidence", "harms", "cost", "certainty"]);
    }
    let columns = |id: &str| data.comparisons.iter().find(|comparison| comparison.id == id).unwrap().options.clone();
    for id in ["oa", "injury_tendon", "not_sure"] {
        assert!(columns(id).iter().any(|option| option == "prp"), "{id}: PRP has its own column");
    }
    assert!(columns("oa").iter().any(|option| option == "surgery"), "oa: joint replacement has its own column");
    assert!(data.pictures.len() >= 3, "the RA, lupus and MS trial results are drawn");
    for picture in &data.pictures {
        assert!(picture.arms.len() >= 2, "{} shows every arm, at least two", picture.id);
        assert!(picture.kind.is_some(), "{} says whether it counts a benefit or a harm", picture.id);
    }
    for comparison in &data.comparisons {
        let why = keys::no_picture(&comparison.id);
        assert!(
            !comparison.pictures.is_empty() || content.language("en").decision.find(&why).is_some(),
            "{} has a picture or says why not",
            comparison.id
        );
    }
    for language in &content.languages {
        for key in required_keys(&content) {
            assert!(language.decision.find(&key).is_some(), "content/{}/decision.json lacks {key}", language.code);
        }
    }
    let english = content.language("en");
    let count = english.decision.fill("picture.count", &[("events", "5"), ("of", "6")]);
    assert_eq!(count, "5 of 6 people");
}

#[test]
fn a_cell_citing_an_unknown_source_is_named() {
    let mut data = decision();
    data["comparisons"][0]["cite"]["injections.evidence"] = json!(["no-such-source"]);
    let text = data.to_string();
    let found = problems(&ContentFiles { decision: &text, ..source_files() });
    assert!(
        has(
            &found,
            "content/decision.json: comparisons[0].cite.injections.evidence: \"no-such-source\" is not a source in content/sources.json"
        ),
        "{found:#?}"
    );
}

#[test]
fn a_cell_without_a_source_is_named() {
    let mut data = decision();
    data["comparisons"][1]["cite"].as_object_mut().unwrap().remove("nothing_more.cost");
    let text = data.to_string();
    let found = problems(&ContentFiles { decision: &text, ..source_files() });
    assert!(
        has(
            &found,
            "content/decision.json: comparisons[1].cite.nothing_more.cost: every cell needs at least one source"
        ),
        "{found:#?}"
    );
}

#[test]
fn a_missing_section_summary_is_named() {
    let mut map = words(0);
    map.remove("summary.risks").expect("the shipped English has a summary for risks");
    let text = Value::Object(map).to_string();
    let found = with_words(0, &text);
    assert!(has(&found, "content/en/decision.json: summary.risks: is missing"), "{found:#?}");
}

#[test]
fn a_picture_typing_its_own_counts_or_naming_no_counted_outcome_is_named() {
    let mut data = decision();
    data["pictures"][0]["arms"] = json!([{ "arm": "low", "events": 9, "of": 20 }]);
    data["pictures"][1]["outcome"] = json!("no_such_outcome");
    data["pictures"][2]["study"] = json!("wang-2019-ra");
    let text = data.to_string();
    let found = problems(&ContentFiles { decision: &text, ..source_files() });
    for expected in [
        "content/decision.json: pictures[0].arms: comes from content/evidence.json: name only the study and the outcome",
        "content/decision.json: pictures[1].outcome: \"no_such_outcome\" is not an outcome of alvaro-gracia-2017 in content/evidence.json",
        "content/decision.json: pictures[2].outcome: \"improved_3m\" is not an outcome of wang-2019-ra in content/evidence.json",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn a_comparison_naming_an_unknown_condition_is_named() {
    let mut data = decision();
    let index = data["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|comparison| comparison["conditions"] == json!(["lupus"]))
        .expect("lupus has a comparison of its own");
    data["comparisons"][index]["conditions"] = json!(["lupsu"]);
    let text = data.to_string();
    let found = problems(&ContentFiles { decision: &text, ..source_files() });
    assert!(
        has(
            &found,
            &format!(
                "content/decision.json: comparisons[{index}].conditions[0]: \"lupsu\" is not an option of question \"condition\" in content/questionnaire.json"
            )
        ),
        "{found:#?}"
    );
    assert!(has(&found, "content/decision.json: comparisons: no comparison covers condition \"lupus\""), "{found:#?}");
}

#[test]
fn unknown_pictures_values_and_rows_are_named() {
    let mut data = decision();
    data["comparisons"][0]["pictures"] = json!(["no_such_picture"]);
    data["comparisons"][0]["stress"] = json!({ "speed": ["cost"], "low_cost": ["price"] });
    let text = data.to_string();
    let found = problems(&ContentFiles { decision: &text, ..source_files() });
    for expected in [
        "content/decision.json: comparisons[0].pictures[0]: \"no_such_picture\" is not an entry in pictures",
        "content/decision.json: comparisons[0].stress.speed: \"speed\" is not one of the values",
        "content/decision.json: comparisons[0].stress.low_cost: \"price\" is not one of this comparison's rows",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn a_spanish_key_mismatch_is_named() {
    let mut map = words(1);
    let title = map.remove("values.title").expect("the shipped Spanish has values.title");
    map.insert("values.titulo".into(), title);
    map.insert("picture.count".into(), "{casos} de {of} personas".into());
    let text = Value::Object(map).to_string();
    let found = with_words(1, &text);
    for expected in [
        "content/es/decision.json: values.title: is missing (content/en/decision.json has it)",
        "content/es/decision.json: values.titulo: is not in content/en/decision.json",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
    assert!(
        found.iter().any(|problem| problem
            .starts_with("content/es/decision.json: picture.count: has placeholders [\"casos\", \"of\"], but content/en/decision.json has")),
        "{found:#?}"
    );
}

#[test]
fn cells_and_summaries_that_are_too_long_are_named() {
    let mut map = words(0);
    map.insert("compare.ra.injections.cost".into(), "x".repeat(111).into());
    map.insert("summary.caveats".into(), "y".repeat(91).into());
    let text = Value::Object(map).to_string();
    let found = with_words(0, &text);
    assert!(
        has(&found, "content/en/decision.json: compare.ra.injections.cost: is 111 characters long; keep it to 110"),
        "{found:#?}"
    );
    assert!(
        has(&found, "content/en/decision.json: summary.caveats: is 91 characters long; keep it to 90"),
        "{found:#?}"
    );
}

#[test]
fn bottom_lines_that_are_too_long_are_named() {
    let mut map = words(1);
    map.insert("bottom.condition.lupus".into(), "x".repeat(291).into());
    map.insert("bottom.goal.less_pain".into(), "y".repeat(291).into());
    map.insert("bottom.goal.slow_disease.osteoarthritis".into(), "z".repeat(291).into());
    map.insert("bottom.lead.less_pain".into(), "v".repeat(51).into());
    map.insert("bottom.caveat".into(), "w".repeat(121).into());
    let text = Value::Object(map).to_string();
    let found = with_words(1, &text);
    for expected in [
        "content/es/decision.json: bottom.condition.lupus: is 291 characters long; keep it to 290",
        "content/es/decision.json: bottom.goal.less_pain: is 291 characters long; keep it to 290",
        "content/es/decision.json: bottom.goal.slow_disease.osteoarthritis: is 291 characters long; keep it to 290",
        "content/es/decision.json: bottom.lead.less_pain: is 51 characters long; keep it to 50",
        "content/es/decision.json: bottom.caveat: is 121 characters long; keep it to 120",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn bottom_lines_at_the_limit_pass() {
    let mut map = words(0);
    map.insert("bottom.condition.lupus".into(), "x".repeat(290).into());
    map.insert("bottom.goal.slow_disease.osteoarthritis".into(), "z".repeat(290).into());
    map.insert("bottom.lead.less_pain".into(), "v".repeat(50).into());
    map.insert("bottom.caveat".into(), "w".repeat(120).into());
    let text = Value::Object(map).to_string();
    let mut languages = source_files().languages;
    languages[0].3 = &text;
    let files = ContentFiles { languages, ..source_files() };
    if let Err(found) = joint_intake_content::load(&files) {
        let found: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(
            !found.iter().any(|problem| problem.contains("bottom.") && problem.contains("characters long")),
            "{found:#?}"
        );
    }
}

#[test]
fn picture_words_are_required_and_short() {
    let content = common::content();
    let required = required_keys(&content);
    for picture in &content.decision.pictures {
        for arm in &picture.arms {
            assert!(required.contains(&keys::arm_label(&picture.study, &arm.arm)), "{} labels every arm", picture.id);
        }
        assert!(required.contains(&keys::picture_title(&picture.id)), "{} has a title", picture.id);
    }
    let mut map = words(0);
    map.remove("arm.deng-2017.placebo").expect("the shipped English labels the lupus placebo arm");
    map.insert("arm.alvaro-gracia-2017.placebo".into(), "z".repeat(31).into());
    map.remove("picture.none.oa").expect("the shipped English says why knee OA has no picture");
    let text = Value::Object(map).to_string();
    let found = with_words(0, &text);
    for expected in [
        "content/en/decision.json: arm.deng-2017.placebo: is missing",
        "content/en/decision.json: arm.alvaro-gracia-2017.placebo: is 31 characters long; keep it to 30",
        "content/en/decision.json: picture.none.oa: is missing",
        "content/es/decision.json: arm.deng-2017.placebo: is not in content/en/decision.json",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn every_summary_and_bottom_line_says_only_what_the_cited_text_it_points_to_says() {
    use joint_intake_content::one_liners::one_liners_beyond_their_text;
    let content = common::content();
    for language in &content.languages {
        let found = one_liners_beyond_their_text(&content, language);
        assert!(found.is_empty(), "one-liners that say more than their cited text:\n{}", found.join("\n"));
    }
}

#[test]
fn a_language_with_no_claim_words_fails_the_one_liner_check() {
    use joint_intake_content::one_liners::one_liners_beyond_their_text;
    let content = common::content();
    let mut french = (*content.languages[0]).clone();
    french.code = "fr".into();
    let found = one_liners_beyond_their_text(&content, &french);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("content/fr/decision.json: no claim words for this language"), "{found:#?}");
}

#[test]
fn a_one_liner_with_a_number_or_claim_its_text_lacks_is_named_by_file_and_key() {
    use joint_intake_content::one_liners::one_liners_beyond_their_text;
    use joint_intake_model::i18n::Strings;
    let mut content = common::content();
    let english = content.languages.iter_mut().find(|language| language.code == "en").unwrap();
    let english = std::rc::Rc::make_mut(english);
    let mut words: joint_intake_model::sorted_map::SortedMap<String> =
        english.decision.keys().map(|key| (key.to_owned(), english.decision.get(key).to_owned())).collect();
    words.insert("summary.evidence_lupus".into(), "In the one trial, 7 out of 12 on cells went into remission.".into());
    words.insert("summary.med_supplements".into(), "Supplements showed no change on scans; tell your doctor.".into());
    words.insert("bottom.goal.avoid_surgery".into(), "In a trial of 999 people, cells did not delay surgery.".into());
    english.decision = Strings::new(words);
    let found = one_liners_beyond_their_text(&content, content.language("en"));
    assert_eq!(
        found,
        vec![
            "content/en/decision.json: bottom.goal.avoid_surgery: the number \"999\" is not in the cited text it sums up (the sections for the goal avoid_surgery)".to_owned(),
            "content/en/decision.json: summary.evidence_lupus: the number \"7\" is not in the cited text it sums up (the section evidence_lupus)".to_owned(),
            "content/en/decision.json: summary.med_supplements: \"scan\" is not in the cited text it sums up (the section med_supplements)".to_owned(),
        ]
    );
}

#[test]
fn numbers_read_thousands_and_decimals_in_both_languages() {
    use joint_intake_content::one_liners::numbers;
    assert_eq!(
        numbers("about 5,000 dollars, 1.4 million, 13.000 people, 1,4 millones, MS2 and 480"),
        ["5000", "1.4", "13000", "1.4", "480"]
    );
}
