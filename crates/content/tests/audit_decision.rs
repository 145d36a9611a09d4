//! Findings of the content audit that must not come back in the decision aid: a claim that cells
//! were tested against placebo for pain (the placebo pain trial was of PRP), a results page that
//! never says what is being decided, and a placebo group offered as what happens if you wait.
//! Each check reads the shipped files and names the file and key at fault; each is also run on
//! the audited wording, so it is known to fail where it should.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;
use joint_intake_model::content::Language;
use joint_intake_model::decision::keys;

/// Words, by language, that name stem cells, pain or its relief, and a placebo or salt-water arm.
struct Words {
    cells: &'static [&'static str],
    pain: &'static [&'static str],
    placebo: &'static [&'static str],
    wait: &'static [&'static str],
}

fn words(code: &str) -> Words {
    match code {
        "es" => Words {
            cells: &["célula"],
            pain: &["dolor", "alivi", "calm"],
            placebo: &["placebo", "salina", "salino", "agua con sal", "simulad", "ficticia"],
            wait: &["esperar"],
        },
        _ => Words {
            cells: &["cell"],
            pain: &["pain", "eased", "relief"],
            placebo: &["placebo", "salt-water", "salt water", "saline", "dummy"],
            wait: &["wait"],
        },
    }
}

fn mentions(text: &str, any_of: &[&str]) -> bool {
    let text = text.to_lowercase();
    any_of.iter().any(|word| text.contains(word))
}

/// A bottom line or table cell that puts cells, pain and a placebo arm in one claim: no cited
/// trial compared cells with placebo for pain.
fn cells_versus_placebo_for_pain(code: &str, key: &str, text: &str) -> Option<String> {
    let words = words(code);
    let checked = key.starts_with("bottom.") || key.starts_with("compare.");
    (checked && mentions(text, words.cells) && mentions(text, words.pain) && mentions(text, words.placebo)).then(|| {
        format!(
            "content/{code}/decision.json: {key}: claims a cells-versus-placebo pain result, but the placebo \
                 pain trial was of PRP"
        )
    })
}

/// A "nothing more for now" cell that describes a placebo or salt-water group: that group had
/// shots, so it is not what happens if you wait.
fn placebo_as_natural_course(code: &str, key: &str, text: &str) -> Option<String> {
    let is_waiting_cell = key.starts_with("compare.") && key.split('.').nth(2) == Some("nothing_more");
    (is_waiting_cell && mentions(text, words(code).placebo)).then(|| {
        format!(
            "content/{code}/decision.json: {key}: a placebo or salt-water group is not the natural course; describe \
             waiting from sources or say it is not known"
        )
    })
}

fn every_text(language: &Language) -> impl Iterator<Item = (&str, &str)> {
    language.decision.keys().map(|key| (key, language.decision.get(key)))
}

#[test]
fn no_bottom_line_or_cell_claims_cells_were_compared_with_placebo_for_pain() {
    let content = common::content();
    let found: Vec<String> = content
        .languages
        .iter()
        .flat_map(|language| {
            every_text(language).filter_map(|(key, text)| cells_versus_placebo_for_pain(&language.code, key, text))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The audited wording is caught in both languages.
    let audited = [
        ("en", "Best trials: cells eased pain no more than steroid shots or placebo. Exercise, therapy and medicines can help."),
        ("es", "Mejores estudios: células sin más alivio que corticoide o placebo. Pueden ayudar ejercicio, terapia, fármacos."),
    ];
    for (code, text) in audited {
        assert!(cells_versus_placebo_for_pain(code, "bottom.goal.less_pain", text).is_some(), "{code}: {text}");
    }
}

#[test]
fn every_comparison_states_the_decision_in_every_language() {
    let content = common::content();
    let mut found = Vec::new();
    for language in &content.languages {
        for comparison in &content.decision.comparisons {
            let key = keys::decision(&comparison.id);
            match language.decision.find(&key) {
                None => found.push(format!("content/{}/decision.json: {key}: is missing", language.code)),
                Some(text) if !mentions(text, words(&language.code).wait) => found.push(format!(
                    "content/{}/decision.json: {key}: name every choice, waiting among them",
                    language.code
                )),
                Some(_) => {}
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_waiting_cell_offers_a_placebo_group_as_the_natural_course() {
    let content = common::content();
    let found: Vec<String> = content
        .languages
        .iter()
        .flat_map(|language| {
            every_text(language).filter_map(|(key, text)| placebo_as_natural_course(&language.code, key, text))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
    let audited = [
        (
            "en",
            "compare.oa.nothing_more.evidence",
            "In a PRP trial, pain also fell by about 2 points out of 10 over a year in people given salt-water shots.",
        ),
        ("en", "compare.ra.nothing_more.evidence", "In the RA trial, 2 of 7 people on usual medicines plus a dummy drip improved at 1 month."),
        (
            "es",
            "compare.oa.nothing_more.evidence",
            "En un estudio de PRP, el dolor también bajó unos 2 puntos de 10 en un año con inyecciones de suero salino.",
        ),
    ];
    for (code, key, text) in audited {
        assert!(placebo_as_natural_course(code, key, text).is_some(), "{code} {key}: {text}");
    }
    assert!(placebo_as_natural_course("en", "compare.oa.prp.evidence", "PRP no better than salt-water shots").is_none());
}
