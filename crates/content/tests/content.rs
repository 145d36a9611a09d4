//! The shipped content files load and agree with each other, a broken file is reported with the
//! file and the field at fault, and the widget carries exactly what was checked.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_content::{source_files, ContentFiles};
use joint_intake_model::content::{CAVEATS, PACKED_FILE};
use joint_intake_model::packed::{unpack_content, unpack_language};

fn problems(files: &ContentFiles<'_>) -> Vec<String> {
    match joint_intake_content::load(files) {
        Ok(_) => panic!("broken content was accepted"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn shipped_content_loads() {
    let content = common::content();
    assert_eq!(content.sections[0].id, CAVEATS);
    assert!(content.languages.iter().any(|language| language.code == "en"));
}

#[test]
fn damaged_packed_content_is_refused_with_the_file_named_never_a_panic() {
    let packed = &joint_intake_content::pack(&common::content()).core[..];
    for end in (0..packed.len()).step_by(211) {
        let found = unpack_content(&packed[..end]).expect_err("a truncated file was accepted");
        assert_eq!(found[0].file, PACKED_FILE);
    }
    // A changed byte may still unpack (a letter inside a sentence), but must never panic.
    for at in (0..packed.len()).step_by(97) {
        let mut damaged = packed.to_vec();
        damaged[at] ^= 0xa5;
        let _ = unpack_content(&damaged);
    }
    assert!(unpack_content(&packed[4..]).is_err(), "bytes without the format tag were accepted");
}

#[test]
fn the_widget_carries_the_default_language_and_every_other_language_is_a_file_of_its_own() {
    let content = common::content();
    let packed = joint_intake_content::pack(&content);
    let core = unpack_content(&packed.core).expect("the core unpacks");
    assert_eq!(core.languages.iter().map(|language| language.code.as_str()).collect::<Vec<_>>(), ["en"]);
    assert_eq!(core.offered.iter().map(|offered| offered.code.as_str()).collect::<Vec<_>>(), ["en", "es"]);
    assert_eq!(core.offered("es").map(|offered| offered.switch.as_str()), Some("Leer en español"));
    assert_eq!(packed.languages.iter().map(|(file, _)| file.as_str()).collect::<Vec<_>>(), ["content-es.bin"]);
    let spanish = unpack_language(&packed.languages[0].1, &core).expect("the Spanish file unpacks");
    assert_eq!(&spanish, content.language("es"), "the whole Spanish text, unchanged");

    // A file from another build of the content is refused, as is a damaged one.
    let mut edited = content.clone();
    std::rc::Rc::make_mut(&mut edited.languages[1]).ui = Default::default();
    let other_build = joint_intake_content::pack(&edited);
    assert!(unpack_language(&other_build.languages[0].1, &core).is_none(), "a file from another build was accepted");
    let spanish_file = &packed.languages[0].1;
    assert!(unpack_language(&spanish_file[..spanish_file.len() - 1], &core).is_none());
    assert!(unpack_language(&packed.core, &core).is_none(), "the core is not a language file");
}

#[test]
fn a_section_citing_an_unknown_source_is_named() {
    let files = source_files();
    let mut sections: serde_json::Value = serde_json::from_str(files.languages[0].2).unwrap();
    sections["caveats"]["blocks"][0]["cite"] = serde_json::json!(["no-such-source"]);
    let text = sections.to_string();
    let broken = ContentFiles {
        languages: vec![(files.languages[0].0, files.languages[0].1, &text, files.languages[0].3)],
        ..source_files()
    };
    let found = problems(&broken);
    assert!(
        found.iter().any(|problem| problem.starts_with("content/en/sections.json: caveats.blocks[0].cite: ")
            && problem.ends_with("\"no-such-source\" is not a source in content/sources.json")),
        "{found:#?}"
    );
}

#[test]
fn a_missing_interface_string_is_named() {
    let files = source_files();
    let ui = files.languages[0].1.replace("\"q.joint.opt.knee\"", "\"q.joint.opt.kne\"");
    let broken = ContentFiles {
        languages: vec![(files.languages[0].0, &ui, files.languages[0].2, files.languages[0].3)],
        ..source_files()
    };
    assert!(problems(&broken).contains(&"content/en/ui.json: q.joint.opt.knee: is missing".to_owned()));
}

#[test]
fn a_rule_naming_an_unknown_option_is_named() {
    let sections = source_files().sections.replacen("\"lupus\"", "\"lupsu\"", 1);
    let broken = ContentFiles { sections: &sections, ..source_files() };
    let found = problems(&broken);
    assert!(
        found.iter().any(|problem| problem.starts_with("content/sections.json: sections[")
            && problem.ends_with(".show_when: question \"condition\" has no option \"lupsu\"")),
        "{found:#?}"
    );
}

#[test]
fn caveats_must_come_first() {
    let sections = source_files().sections.replacen("\"id\": \"caveats\"", "\"id\": \"warnings\"", 1);
    let broken = ContentFiles { sections: &sections, ..source_files() };
    let found = problems(&broken);
    assert!(
        found
            .iter()
            .any(|problem| problem
                .starts_with("content/sections.json: sections[0]: the first section must be \"caveats\"")),
        "{found:#?}"
    );
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let broken = ContentFiles { sources: "{ \"sources\": [ { \"id\": 1 } ] }", ..source_files() };
    let found = problems(&broken);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("content/sources.json: line 1, column "), "{found:#?}");
}

#[test]
fn a_source_without_https_or_date_is_named() {
    let sources = r#"{ "sources": [ { "id": "x", "title": "T", "publisher": "P", "date": "last year", "url": "http://example.org" } ] }"#;
    let broken = ContentFiles { sources, ..source_files() };
    let found = problems(&broken);
    assert!(found.contains(&"content/sources.json: sources[0].date: \"last year\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or \"undated\"".to_owned()), "{found:#?}");
    assert!(
        found.contains(
            &"content/sources.json: sources[0].url: \"http://example.org\" must be an https:// address".to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn an_undated_source_must_say_when_it_was_accessed() {
    let sources = r#"{ "sources": [ { "id": "x", "title": "T", "publisher": "P", "date": "undated", "url": "https://example.org" } ] }"#;
    let broken = ContentFiles { sources, ..source_files() };
    let found = problems(&broken);
    assert!(
        found.contains(
            &"content/sources.json: sources[0].accessed: an undated source needs the date it was accessed".to_owned()
        ),
        "{found:#?}"
    );
}

/// Each language's sections scored by its own readability formula: English at Flesch–Kincaid
/// grade 8 or below, Spanish at 60 or more on Fernández-Huerta. A language with no formula fails,
/// rather than pass unchecked.
fn sections_too_hard(language: &joint_intake_model::content::Language) -> Vec<String> {
    use joint_intake_content::readability::flesch_kincaid_grade;
    use joint_intake_content::readability_es::fernandez_huerta;
    let code = language.code.as_str();
    let (name, too_hard): (&str, fn(&str) -> Option<f64>) = match code {
        "en" => {
            ("Flesch–Kincaid grade (at most 8)", |text| Some(flesch_kincaid_grade(text)).filter(|grade| *grade > 8.0))
        }
        "es" => ("Fernández-Huerta (at least 60)", |text| Some(fernandez_huerta(text)).filter(|score| *score < 60.0)),
        _ => {
            return vec![format!(
                "content/{code}/sections.json: no readability formula for this language; add one to \
                 crates/content/tests/content.rs (sections_too_hard)"
            )]
        }
    };
    let mut found = Vec::new();
    for (id, section) in &language.sections {
        if let Some(score) = too_hard(&section.plain_text()) {
            found.push(format!("content/{code}/sections.json: {id}: {name}: {score:.1}"));
        }
    }
    found
}

#[test]
fn every_section_in_every_language_reads_easily() {
    let content = common::content();
    let found: Vec<String> = content.languages.iter().flat_map(|language| sections_too_hard(language)).collect();
    assert!(found.is_empty(), "sections too hard to read:\n{}", found.join("\n"));
}

#[test]
fn a_language_with_no_readability_formula_fails() {
    let content = common::content();
    let mut french = (*content.languages[0]).clone();
    french.code = "fr".into();
    let found = sections_too_hard(&french);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("no readability formula"), "{found:#?}");
}

#[test]
fn the_readability_check_can_fail() {
    use joint_intake_content::readability::flesch_kincaid_grade;
    let dense = "Mesenchymal stromal cell administration demonstrated immunomodulatory characteristics \
                 necessitating comprehensive longitudinal pharmacovigilance investigations.";
    assert!(flesch_kincaid_grade(dense) > 8.0);
}

#[test]
fn spanish_is_complete_and_a_gap_or_placeholder_mismatch_is_named() {
    let content = common::content();
    assert!(content.languages.iter().any(|language| language.code == "es"));
    let files = source_files();
    let (code, ui, sections, decision) = files.languages[1];
    assert_eq!(code, "es");
    let mut map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(ui).unwrap();
    map.remove("review.title");
    map.insert("progress".into(), "Paso {actual} de {total}".into());
    let broken_ui = serde_json::Value::Object(map).to_string();
    let mut text: serde_json::Value = serde_json::from_str(sections).unwrap();
    text["risks"]["blocks"].as_array_mut().unwrap().pop();
    let broken_sections = text.to_string();
    let broken = ContentFiles {
        languages: vec![source_files().languages[0], ("es", &broken_ui, &broken_sections, decision)],
        ..source_files()
    };
    let found = problems(&broken);
    assert!(
        found.contains(&"content/es/ui.json: review.title: is missing (content/en/ui.json has it)".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.iter().any(
            |problem| problem.starts_with("content/es/ui.json: progress: has placeholders [\"actual\", \"total\"]")
        ),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|problem| problem.starts_with("content/es/sections.json: risks.blocks: must have the same blocks")),
        "{found:#?}"
    );
}

/// Marketing phrasing the evidence contradicts. Content may say what the evidence shows
/// instead ("no sign that cartilage grew back"), never these. Phrases the content itself uses to
/// debunk a claim ("FDA-registered does not mean approved", "claims of long-lasting relief are
/// not backed by good trials") are left off this list, and reviewed by hand.
const MARKETING_CLAIMS: &[&str] = &[
    "minimal side effects",
    "no side effects",
    "risk-free",
    "long-term relief",
    "regenerates cartilage",
    "regrows cartilage",
    "rebuilds cartilage",
    "your own cells are safe",
    "completely safe",
    "breakthrough",
    "miracle",
    "proven to work",
    "clinically proven",
];

#[test]
fn no_section_uses_marketing_claims_the_evidence_contradicts() {
    let content = common::content();
    let mut found = Vec::new();
    for (id, section) in &content.language("en").sections {
        let text = section.plain_text().to_lowercase();
        for claim in MARKETING_CLAIMS {
            if text.contains(claim) {
                found.push(format!("content/en/sections.json: {id}: \"{claim}\""));
            }
        }
    }
    assert!(found.is_empty(), "claims the evidence does not support:\n{}", found.join("\n"));
}

#[test]
fn every_section_that_names_a_risk_has_an_urgent_care_block() {
    use joint_intake_content::editorial::sections_without_urgent_care;
    let content = common::content();
    let missing = sections_without_urgent_care(content.language("en"));
    assert!(missing.is_empty(), "sections without urgent-care signs:\n{}", missing.join("\n"));
    for id in ["caveats", "risks"] {
        assert!(content.language("en").sections[id].has_urgent_block(), "{id} must carry the urgent-care signs");
    }
}

#[test]
fn a_risk_without_urgent_care_signs_is_named() {
    use joint_intake_content::editorial::sections_without_urgent_care;
    let mut content = common::content();
    let english = content.languages.iter_mut().find(|language| language.code == "en").unwrap();
    let english = std::rc::Rc::make_mut(english);
    let risks = english.sections.get_mut("risks").unwrap();
    risks.blocks.retain(|block| !matches!(block, joint_intake_model::content::Block::Urgent { .. }));
    let missing = sections_without_urgent_care(content.language("en"));
    assert_eq!(
        missing,
        vec!["content/en/sections.json: risks: names a risk (\"infection\") but has no urgent-care block".to_owned()]
    );
}

#[test]
fn every_count_names_its_comparison_group() {
    use joint_intake_content::editorial::counts_without_comparison;
    let content = common::content();
    let found = counts_without_comparison(content.language("en"));
    assert!(found.is_empty(), "counts without a comparison group:\n{}", found.join("\n"));
}

#[test]
fn a_count_without_its_comparison_is_named() {
    use joint_intake_content::editorial::counts_without_comparison;
    let mut content = common::content();
    let english = content.languages.iter_mut().find(|language| language.code == "en").unwrap();
    let english = std::rc::Rc::make_mut(english);
    english.sections.get_mut("evidence_ra").unwrap().key_points[1] = "9 out of 20 people improved at 1 month.".into();
    let found = counts_without_comparison(content.language("en"));
    assert_eq!(
        found,
        vec!["content/en/sections.json: evidence_ra.key_points[1]: \"9 out of 20\" gives a count without its comparison group"
            .to_owned()]
    );
}

#[test]
fn the_about_section_must_exist_last_and_give_its_review_dates() {
    let content = common::content();
    assert_eq!(content.sections.last().map(|rule| rule.id.as_str()), Some("about"));
    // Without the section rule, loading fails and says what is missing.
    let sections =
        source_files().sections.replace(",\n    { \"id\": \"about\", \"show_when\": { \"always\": true } }", "");
    let broken = ContentFiles { sections: &sections, ..source_files() };
    let found = problems(&broken);
    assert!(
        found.iter().any(|problem| problem.contains("the last section must be \"about\" (About this information)")),
        "{found:#?}"
    );
    // Without a next review date, the section is named.
    let files = source_files();
    let text = files.languages[1].2.replace("2027-06-05", "junio");
    let broken = ContentFiles {
        languages: vec![files.languages[0], ("es", files.languages[1].1, &text, files.languages[1].3)],
        ..source_files()
    };
    let found = problems(&broken);
    assert!(
        found.contains(
            &"content/es/sections.json: about.blocks: must give the next review date (YYYY-MM-DD, after the last review)"
                .to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn a_spanish_section_below_60_is_named() {
    use joint_intake_content::readability_es::fernandez_huerta;
    let hard = "La administración intravenosa de células mesenquimales alogénicas expandidas demostró \
                características inmunomoduladoras heterogéneas en participantes con enfermedad refractaria.";
    assert!(fernandez_huerta(hard) < 60.0);
}

/// The shipped files with both languages' section text changed by `edit` (given the code).
fn with_section_text(edit: impl Fn(&str, &mut serde_json::Value)) -> Vec<String> {
    let files = source_files();
    let texts: Vec<String> = files
        .languages
        .iter()
        .map(|(code, _, sections, _)| {
            let mut value: serde_json::Value = serde_json::from_str(sections).unwrap();
            edit(code, &mut value);
            value.to_string()
        })
        .collect();
    let languages = files
        .languages
        .iter()
        .zip(&texts)
        .map(|((code, ui, _, decision), sections)| (*code, *ui, sections.as_str(), *decision))
        .collect();
    match joint_intake_content::load(&ContentFiles { languages, ..source_files() }) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_block_limited_to_an_unknown_condition_is_named() {
    let found = with_section_text(|_, sections| {
        sections["goal_avoid_surgery"]["blocks"][2]["only"] = serde_json::json!(["osteoarthritus"]);
    });
    for code in ["en", "es"] {
        let expected = format!(
            "content/{code}/sections.json: goal_avoid_surgery.blocks[2].only: \"osteoarthritus\" is not a condition"
        );
        assert!(found.contains(&expected), "{found:#?}");
    }
    assert!(with_section_text(|_, _| {}).is_empty(), "the shipped content passes");
}

#[test]
fn a_translation_limited_to_other_conditions_is_named() {
    let found = with_section_text(|code, sections| {
        if code == "es" {
            sections["goal_avoid_surgery"]["blocks"][2]["only"] = serde_json::json!(["lupus"]);
        }
    });
    assert!(
        found
            .iter()
            .any(|problem| problem.starts_with("content/es/sections.json: goal_avoid_surgery.blocks: must have")
                && problem.contains("\"only\" conditions")),
        "{found:#?}"
    );
    assert!(!found.iter().any(|problem| problem.starts_with("content/en/")), "{found:#?}");
}

#[test]
fn a_section_that_would_be_empty_for_a_visitor_who_can_see_it_is_named() {
    let limit_every_block = |sections: &mut serde_json::Value, id: &str, only: serde_json::Value| {
        for block in sections[id]["blocks"].as_array_mut().unwrap() {
            if block.get("h").is_none() {
                block["only"] = only.clone();
            }
        }
    };
    let found = with_section_text(|_, sections| {
        // Everyone can see the goal sections; only osteoarthritis and worn joints see `evidence_oa`.
        limit_every_block(sections, "goal_avoid_surgery", serde_json::json!(["osteoarthritis"]));
        limit_every_block(sections, "evidence_oa", serde_json::json!(["osteoarthritis", "wear_and_tear"]));
    });
    let emptied = |code: &str, who: &str| {
        format!(
            "content/{code}/sections.json: goal_avoid_surgery.blocks: every block has \"only\", so the section would be empty for {who}, who can see it"
        )
    };
    for code in ["en", "es"] {
        assert!(found.contains(&emptied(code, "\"rheumatoid_arthritis\"")), "{found:#?}");
        assert!(found.contains(&emptied(code, "a visitor who gave no condition")), "{found:#?}");
        assert!(!found.contains(&emptied(code, "\"osteoarthritis\"")), "{found:#?}");
    }
    assert!(
        !found.iter().any(|problem| problem.contains("evidence_oa")),
        "a section only its own conditions can see may be limited to them: {found:#?}"
    );
}

#[test]
fn spanish_text_writes_estados_unidos_out() {
    // "EE. UU." reads as two sentence ends to the Spanish readability score, and the guide
    // (content/README.md) asks for the words.
    let files = joint_intake_content::source_files();
    for (code, ui, sections, decision) in files.languages.iter().filter(|(code, ..)| *code == "es") {
        for (name, text) in [("ui.json", ui), ("sections.json", sections), ("decision.json", decision)] {
            let found = text.lines().position(|line| line.contains("EE. UU.") || line.contains("EE.UU."));
            assert_eq!(
                found,
                None,
                "content/{code}/{name}: line {:?} abbreviates Estados Unidos",
                found.map(|at| at + 1)
            );
        }
    }
}

#[test]
fn what_a_clinic_sells_is_worded_in_every_language_with_its_placeholders() {
    use joint_intake_model::clinic_interest::{
        BOTH, EARNS, PRP, SELLS, SELLS_GENERIC, SELLS_NONE, SELLS_NONE_GENERIC, STEM_CELLS,
    };
    use joint_intake_model::summary::CLINIC_TITLE;
    let used = [SELLS, SELLS_GENERIC, SELLS_NONE, SELLS_NONE_GENERIC, STEM_CELLS, PRP, BOTH, EARNS, CLINIC_TITLE];
    for key in used.into_iter().chain(["contact.same_text"]) {
        assert!(joint_intake_content::checks::UI_KEYS.contains(&key), "{key} is not checked");
    }
    let files = source_files();
    let (code, ui, sections, decision) = files.languages[1];
    let mut map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(ui).unwrap();
    map.remove(EARNS);
    map.insert(SELLS.into(), "{clinica} vende {treatments}.".into());
    let broken_ui = serde_json::Value::Object(map).to_string();
    let broken = ContentFiles {
        languages: vec![source_files().languages[0], (code, &broken_ui, sections, decision)],
        ..source_files()
    };
    let found = problems(&broken);
    assert!(found.contains(&format!("content/es/ui.json: {EARNS}: is missing")), "{found:#?}");
    assert!(
        found.iter().any(|problem| problem
            .starts_with(&format!("content/es/ui.json: {SELLS}: has placeholders [\"clinica\", \"treatments\"]"))),
        "{found:#?}"
    );
}

#[test]
fn every_content_file_is_loaded_and_offered_to_the_damage_tests() {
    let mut on_disk = Vec::new();
    let mut folders = vec![common::repo_root().join("content")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "json") {
                let relative = path.strip_prefix(common::repo_root()).unwrap();
                on_disk.push(relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/"));
            }
        }
    }
    on_disk.sort();
    let mut files = source_files();
    let mut offered: Vec<String> = files.files_mut().into_iter().map(|(path, _)| path).collect();
    offered.sort();
    assert_eq!(
        offered, on_disk,
        "ContentFiles::files_mut (crates/content/src/load.rs) must list every JSON file under content/"
    );
}

/// The bottom line is read first, so it must read at least as easily as the sections: each
/// language's bottom-line statements, scored together by that language's formula against the
/// sections' limits (a statement alone is too short for the formulas to mean much).
#[test]
fn the_bottom_line_reads_easily_in_every_language() {
    use joint_intake_content::readability::flesch_kincaid_grade;
    use joint_intake_content::readability_es::fernandez_huerta;
    let content = common::content();
    let mut found = Vec::new();
    for language in &content.languages {
        let statements: Vec<(&str, String)> = language
            .decision
            .keys()
            .filter(|key| key.starts_with("bottom.condition.") || key.starts_with("bottom.goal."))
            .map(|key| (key, language.decision.get(key).to_owned()))
            .collect();
        let all = statements.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join(" ");
        let (score, hard) = match language.code.as_str() {
            "en" => (flesch_kincaid_grade(&all), flesch_kincaid_grade(&all) > 8.0),
            "es" => (fernandez_huerta(&all), fernandez_huerta(&all) < 60.0),
            code => panic!("no readability formula for {code}"),
        };
        if hard {
            found.push(format!("content/{}/decision.json: bottom.*: {score:.1}", language.code));
        }
    }
    assert!(found.is_empty(), "bottom line too hard to read:\n{}", found.join("\n"));
}
