//! `content/evidence.json` and the number check: the shipped records cover every number the text
//! quotes, a number planted anywhere a visitor reads is named with its file, field and sources,
//! and broken records are named by their source id and field.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::evidence::Evidence;
use joint_intake_content::{source_files, ContentFiles};
use serde_json::{json, Value};

fn problems(files: &ContentFiles<'_>) -> Vec<String> {
    match joint_intake_content::load(files) {
        Ok(_) => panic!("broken content was accepted"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn has(found: &[String], expected: &str) -> bool {
    found.iter().any(|problem| problem == expected)
}

/// The shipped files with one language's `sections.json` text edited.
fn with_sections(index: usize, edit: impl Fn(&str) -> String) -> Vec<String> {
    let mut languages = source_files().languages;
    let text = edit(languages[index].2);
    languages[index].2 = &text;
    problems(&ContentFiles { languages, ..source_files() })
}

fn evidence() -> Value {
    serde_json::from_str(source_files().evidence).unwrap()
}

fn record_index(data: &Value, source: &str) -> usize {
    data["records"].as_array().unwrap().iter().position(|record| record["source"] == source).unwrap()
}

#[test]
fn the_shipped_records_cover_every_number_and_list_what_is_left_to_check() {
    joint_intake_content::testing::content();
    let evidence: Evidence = serde_json::from_str(source_files().evidence).unwrap();
    let to_check: Vec<String> = evidence
        .records
        .iter()
        .flat_map(|record| {
            record.figures.iter().filter_map(move |figure| {
                figure.check.as_ref().map(|check| format!("{}: \"{}\": {check}", record.source, figure.value))
            })
        })
        .collect();
    // Not a failure: the figures an editor must still check against the source before release.
    println!("figures to check before release:\n{}", to_check.join("\n"));
    let trial = evidence.record("alvaro-gracia-2017").expect("the RA trial has a record");
    assert_eq!(trial.arms.iter().map(|arm| arm.size).collect::<Vec<_>>(), [20, 20, 6, 7], "every arm of the RA trial");
}

#[test]
fn a_planted_number_in_a_block_is_named_with_its_sources() {
    let found =
        with_sections(0, |text| text.replacen("in 17 out of 20, 15 out of 20", "in 18 out of 20, 15 out of 20", 1));
    let expected = "content/en/sections.json: evidence_ra.blocks[6]: the number \"18\" is not in the evidence for its sources (alvaro-gracia-2017)";
    assert!(has(&found, expected), "{found:#?}");
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_planted_number_is_found_in_spanish_thousands_and_key_points() {
    let found = with_sections(1, |text| {
        text.replacen("5.000", "5.500", 1).replacen(
            "a los 12 meses 9 de 12 con células",
            "a los 12 meses 14 de 12 con células",
            1,
        )
    });
    let expected = "content/es/sections.json: cost_regulation.blocks[1]: the number \"5.500\" is not in the evidence for its sources (piuzzi-2018)";
    assert!(has(&found, expected), "the Spanish thousands point is read: {found:#?}");
    assert!(
        has(&found, "content/es/sections.json: evidence_lupus.key_points[0]: the number \"14\" is not in the evidence for its sources (fda-2020-consumer-alert, lupus-foundation-stem-cells, deng-2017, wang-2014-sle, canadian-hcq-1991, navarra-2011, marmor-2016, fanouriakis-2019); content/evidence.json has no record for fda-2020-consumer-alert"),
        "a key point is checked against every source its section cites: {found:#?}"
    );
}

#[test]
fn a_number_in_a_block_citing_a_source_without_a_record_says_so() {
    let found =
        with_sections(0, |text| text.replacen("It warns that many advertise", "It warns that 7 of them advertise", 1));
    assert!(
        has(&found, "content/en/sections.json: evidence_injury_tendon.blocks[1]: the number \"7\" is not in the evidence for its sources (amssm-2021)"),
        "{found:#?}"
    );
    let found = with_sections(0, |text| {
        text.replacen(
            "It has funded a US trial of 81 people that",
            "It has funded a US trial of 81 people in 2015 that",
            1,
        )
    });
    assert!(
        has(&found, "content/en/sections.json: evidence_lupus.blocks[7]: the number \"2015\" is not in the evidence for its sources (lupus-foundation-stem-cells)"),
        "a year that is not the cited source's is a claim: {found:#?}"
    );
}

#[test]
fn a_planted_number_in_a_table_cell_or_a_picture_title_is_named() {
    let mut languages = source_files().languages;
    let mut words: serde_json::Map<String, Value> = serde_json::from_str(languages[0].3).unwrap();
    words.insert(
        "compare.ra.injections.harms".into(),
        json!("Side effects: 17 of 20 on the lowest dose, 11 of 20 on the middle dose."),
    );
    words.insert(
        "picture.ms_worse.title".into(),
        json!("How many got worse over 5 years: 110 people with very active MS"),
    );
    let text = Value::Object(words).to_string();
    languages[0].3 = &text;
    let found = problems(&ContentFiles { languages, ..source_files() });
    for expected in [
        "content/en/decision.json: compare.ra.injections.harms: the number \"11\" is not in the evidence for its sources (alvaro-gracia-2017, jung-2013)",
        "content/en/decision.json: picture.ms_worse.title: the number \"5\" is not in the evidence for its sources (burt-2019)",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn broken_records_are_named_by_source_and_field() {
    let mut data = evidence();
    let trial = record_index(&data, "alvaro-gracia-2017");
    data["records"][trial]["arms"][2]["size"] = json!(0);
    data["records"][trial]["outcomes"][0]["counts"]["low"] = json!(21);
    data["records"][trial]["outcomes"][1]["counts"].as_object_mut().unwrap().remove("placebo");
    data["records"][trial]["outcomes"][2]["kind"] = Value::Null;
    let lupus = record_index(&data, "deng-2017");
    data["records"][lupus]["source"] = json!("no-such-study");
    let text = data.to_string();
    let found = problems(&ContentFiles { evidence: &text, ..source_files() });
    for expected in [
        "content/evidence.json: alvaro-gracia-2017.arms[2].size: an arm needs at least one person",
        "content/evidence.json: alvaro-gracia-2017.outcomes[0].counts.low: 21 people is more than the 20 in the arm",
        "content/evidence.json: alvaro-gracia-2017.outcomes[1].counts: give the count for the arm \"placebo\" too",
        "content/evidence.json: alvaro-gracia-2017.outcomes[2].kind: say whether what was counted is a \"benefit\" or a \"harm\"",
        &format!("content/evidence.json: records[{lupus}].source: \"no-such-study\" is not a source in content/sources.json"),
        "content/decision.json: pictures[3].study: \"deng-2017\" has no record in content/evidence.json",
    ] {
        assert!(has(&found, expected), "{expected}\n{found:#?}");
    }
}

#[test]
fn a_picture_reads_every_arm_and_its_counts_from_the_record() {
    let content = joint_intake_content::testing::content();
    let picture = content.decision.picture("ra_improved_1m").expect("the RA picture");
    let arms: Vec<(&str, usize, usize)> =
        picture.arms.iter().map(|arm| (arm.arm.as_str(), arm.events, arm.of)).collect();
    assert_eq!(arms, [("low", 9, 20), ("middle", 4, 20), ("high", 2, 6), ("placebo", 2, 7)]);
    let mut data = evidence();
    let trial = record_index(&data, "alvaro-gracia-2017");
    data["records"][trial]["outcomes"][0]["counts"]["low"] = json!(10);
    let text = data.to_string();
    let content = joint_intake_content::load(&ContentFiles { evidence: &text, ..source_files() })
        .unwrap_or_else(|problems| panic!("{problems:#?}"));
    let low = &content.decision.picture("ra_improved_1m").unwrap().arms[0];
    assert_eq!((low.events, low.of), (10, 20), "the picture draws the record's count, typed once");
}
