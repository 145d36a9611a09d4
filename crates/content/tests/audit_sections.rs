//! Claims in the result sections that an independent audit found wrong must stay fixed, in every
//! language: the caveats carve out the aHSCT transplant (accepted for some people with MS or severe
//! systemic sclerosis), no section calls stem-cell treatment unproven for every other immune
//! disease without the systemic sclerosis exception, the Spanish hand-OA sentence says the
//! guideline gave no advice on injections for the hand (it did review hand OA), and the urgent-care
//! lead-in names the emergency number. Each check reads the real content files and names the file
//! and field at fault; each is also run on the wording it replaced, so it cannot pass by accident.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use serde_json::{Map, Value};

/// The words each check looks for, per language. A new language must add its row, or the checks
/// name it.
struct Terms {
    code: &'static str,
    transplant: &'static str,
    ms: &'static str,
    systemic_sclerosis: &'static str,
    death: &'static str,
    other_immune: &'static [&'static str],
    unproven: &'static [&'static str],
    emergency: &'static str,
}

const TERMS: &[Terms] = &[
    Terms {
        code: "en",
        transplant: "aHSCT",
        ms: "MS",
        systemic_sclerosis: "systemic sclerosis",
        death: "death",
        other_immune: &["other immune diseases", "other autoimmune"],
        unproven: &["experimental", "not been shown", "unproven", "not proven", "no stem-cell treatment is proven"],
        emergency: "emergency number",
    },
    Terms {
        code: "es",
        transplant: "aHSCT",
        ms: "EM",
        systemic_sclerosis: "esclerosis sistémica",
        death: "muerte",
        other_immune: &[
            "otras enfermedades inmunitarias",
            "otras enfermedades del sistema de defensas",
            "otras enfermedades autoinmunes",
        ],
        unproven: &["experimental", "no se ha probado", "no probad", "no está probad"],
        emergency: "número de emergencias",
    },
];

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// Every language folder in `content/` (those with a `sections.json`), as (code, sections, ui).
/// One language's files: its code, `sections.json` and `ui.json`.
type LanguageFiles = (String, Map<String, Value>, Map<String, Value>);

fn languages() -> Vec<LanguageFiles> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(content_dir()).expect("content/ is readable") {
        let path = entry.expect("content/ entry").path();
        let sections = path.join("sections.json");
        if !path.is_dir() || !sections.exists() {
            continue;
        }
        let code = path.file_name().unwrap().to_string_lossy().into_owned();
        let read = |file: PathBuf| -> Map<String, Value> {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
            match serde_json::from_str(&text) {
                Ok(Value::Object(map)) => map,
                _ => panic!("content/{code}/{}: not a JSON object", file.file_name().unwrap().to_string_lossy()),
            }
        };
        found.push((code.clone(), read(sections), read(path.join("ui.json"))));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(found.iter().any(|(code, ..)| code == "en"), "content/en/sections.json is missing");
    found
}

fn terms(code: &str) -> &'static Terms {
    TERMS.iter().find(|terms| terms.code == code).unwrap_or_else(|| {
        panic!("content/{code}/sections.json: the audit checks in crates/content/tests/audit_sections.rs have no words for language \"{code}\"; add its row to TERMS")
    })
}

/// Every text of a section with where it sits: ("title", ...), ("blocks[3]", ...), ("key_points[1]", ...).
fn texts(section: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(title) = section["title"].as_str() {
        out.push(("title".to_owned(), title.to_owned()));
    }
    for (index, block) in section["blocks"].as_array().into_iter().flatten().enumerate() {
        for kind in ["p", "h"] {
            if let Some(text) = block[kind].as_str() {
                out.push((format!("blocks[{index}]"), text.to_owned()));
            }
        }
        for kind in ["list", "urgent"] {
            for (item, text) in block[kind].as_array().into_iter().flatten().enumerate() {
                out.push((format!("blocks[{index}].{kind}[{item}]"), text.as_str().unwrap_or_default().to_owned()));
            }
        }
    }
    for (index, point) in section["key_points"].as_array().into_iter().flatten().enumerate() {
        out.push((format!("key_points[{index}]"), point.as_str().unwrap_or_default().to_owned()));
    }
    out
}

fn whole(section: &Value) -> String {
    texts(section).into_iter().map(|(_, text)| text).collect::<Vec<_>>().join("\n")
}

/// The caveats must say that aHSCT is accepted for some people with MS and severe systemic
/// sclerosis, and that it can cause death.
fn caveats_problems(code: &str, caveats: &Value) -> Vec<String> {
    let terms = terms(code);
    let text = whole(caveats);
    [terms.transplant, terms.ms, terms.systemic_sclerosis, terms.death]
        .into_iter()
        .filter(|word| !text.contains(word))
        .map(|word| {
            format!(
                "content/{code}/sections.json: caveats: must carve out the aHSCT transplant (for MS and severe systemic sclerosis, with its risk of death) from \"experimental\"; \"{word}\" is missing"
            )
        })
        .collect()
}

/// A text that calls stem-cell treatment unproven for the other immune diseases must be in a
/// section that gives the systemic sclerosis exception.
fn other_immune_problems(code: &str, sections: &Map<String, Value>) -> Vec<String> {
    let terms = terms(code);
    let mut found = Vec::new();
    for (id, section) in sections {
        let has_exception = whole(section).contains(terms.systemic_sclerosis);
        for (place, text) in texts(section) {
            let lower = text.to_lowercase();
            let about_others = terms.other_immune.iter().any(|phrase| lower.contains(phrase));
            let unproven = terms.unproven.iter().any(|phrase| lower.contains(phrase));
            if about_others && unproven && !has_exception {
                found.push(format!(
                    "content/{code}/sections.json: {id}.{place}: calls stem-cell treatment unproven for other immune diseases without the systemic sclerosis (aHSCT) exception"
                ));
            }
        }
    }
    if let Some(section) = sections.get("evidence_other_autoimmune") {
        if !whole(section).contains(terms.systemic_sclerosis) {
            found.push(format!(
                "content/{code}/sections.json: evidence_other_autoimmune: must give the systemic sclerosis exception (\"{}\")",
                terms.systemic_sclerosis
            ));
        }
    }
    found
}

/// The 2019 guideline reviewed hand OA; it gave no advice on stem-cell or PRP shots for the hand.
/// A Spanish sentence about the hand must not say the guideline did not review it, and must say
/// there was no advice on the injections.
fn spanish_hand_problems(sections: &Map<String, Value>) -> Vec<String> {
    let mut found = Vec::new();
    let Some(section) = sections.get("evidence_oa") else {
        return vec!["content/es/sections.json: evidence_oa: missing".to_owned()];
    };
    let mut mentions = 0;
    for (place, text) in texts(section) {
        for sentence in text.split_inclusive('.').filter(|sentence| sentence.contains("de la mano")) {
            mentions += 1;
            let lower = sentence.to_lowercase();
            if lower.contains("revis") {
                found.push(format!(
                    "content/es/sections.json: evidence_oa.{place}: \"{}\" says the guideline did not review hand OA; it gave no advice on injections for the hand",
                    sentence.trim()
                ));
            } else if !(lower.contains("consejo") || lower.contains("recomend")) || !lower.contains("inyecci") {
                found.push(format!(
                    "content/es/sections.json: evidence_oa.{place}: \"{}\" must say the guideline gave no advice on injections for the hand",
                    sentence.trim()
                ));
            }
        }
    }
    if mentions == 0 {
        found.push(
            "content/es/sections.json: evidence_oa: no sentence says what the guideline advised for the hand"
                .to_owned(),
        );
    }
    found
}

fn urgent_title_problems(code: &str, ui: &Map<String, Value>) -> Vec<String> {
    let terms = terms(code);
    let title = ui.get("urgent.title").and_then(Value::as_str).unwrap_or_default();
    if title.contains("911") && title.contains(terms.emergency) {
        Vec::new()
    } else {
        vec![format!(
            "content/{code}/ui.json: urgent.title: \"{title}\" must name 911 and the local emergency number (\"{}\")",
            terms.emergency
        )]
    }
}

#[test]
fn the_caveats_carve_out_ahsct_in_every_language() {
    let found: Vec<String> =
        languages().iter().flat_map(|(code, sections, _)| caveats_problems(code, &sections["caveats"])).collect();
    assert!(found.is_empty(), "{found:#?}");
    // The wording the audit found wrong is named.
    let old = serde_json::json!({ "title": "Read this first", "blocks": [{ "list": [
        "Stem-cell treatment for joint pain, arthritis, lupus or MS is experimental. FDA has not approved it for any of these."
    ] }], "key_points": [] });
    assert_eq!(caveats_problems("en", &old).len(), 3, "{:#?}", caveats_problems("en", &old));
}

#[test]
fn no_section_calls_stem_cells_unproven_for_other_immune_diseases_without_the_systemic_sclerosis_exception() {
    let found: Vec<String> =
        languages().iter().flat_map(|(code, sections, _)| other_immune_problems(code, sections)).collect();
    assert!(found.is_empty(), "{found:#?}");
    let mut old = Map::new();
    old.insert(
        "evidence_other_autoimmune".into(),
        serde_json::json!({ "title": "Other immune diseases", "blocks": [],
            "key_points": ["Stem-cell treatment for other immune diseases is experimental and not approved."] }),
    );
    assert_eq!(
        other_immune_problems("en", &old),
        vec![
            "content/en/sections.json: evidence_other_autoimmune.key_points[0]: calls stem-cell treatment unproven for other immune diseases without the systemic sclerosis (aHSCT) exception",
            "content/en/sections.json: evidence_other_autoimmune: must give the systemic sclerosis exception (\"systemic sclerosis\")",
        ]
    );
}

#[test]
fn the_spanish_hand_oa_sentence_says_no_advice_on_injections_not_no_review() {
    let languages = languages();
    let (_, sections, _) = languages.iter().find(|(code, ..)| code == "es").expect("content/es/sections.json");
    let found = spanish_hand_problems(sections);
    assert!(found.is_empty(), "{found:#?}");
    let mut old = Map::new();
    old.insert(
        "evidence_oa".into(),
        serde_json::json!({ "title": "Artrosis", "blocks": [{ "p": "Una razón es que nadie sabe qué lleva cada inyección. La guía no opinó sobre la artrosis de la mano, porque no la revisó." }], "key_points": [] }),
    );
    assert_eq!(spanish_hand_problems(&old).len(), 1, "{:#?}", spanish_hand_problems(&old));
}

#[test]
fn the_urgent_care_lead_in_names_the_emergency_number_in_every_language() {
    let found: Vec<String> = languages().iter().flat_map(|(code, _, ui)| urgent_title_problems(code, ui)).collect();
    assert!(found.is_empty(), "{found:#?}");
    let mut old = Map::new();
    old.insert("urgent.title".into(), Value::String("Get medical help straight away if…".into()));
    assert_eq!(urgent_title_problems("en", &old).len(), 1);
}
