//! "Your summary": what the visitor prints, saves or shares.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::answers::Answers;
use joint_intake_model::content::Content;
use joint_intake_model::results::page_sources;
use joint_intake_model::settings::Settings;
use joint_intake_model::summary::{Body, Summary, SummaryComparison};

fn answers() -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", "multiple_sclerosis");
    answers.choose("diagnosed", "yes");
    answers.toggle("medications", "immunosuppressants_ms", true);
    answers.toggle("medications", "other", true);
    answers.set_text("medications", "vitamin D");
    answers.toggle("goals", "slow_disease", true);
    answers
}

fn summary(content: &Content, code: &str, answers: &Answers) -> Summary {
    Summary::new(content, content.language(code), answers, &[], &Settings::default())
}

/// The lines of a part that is text or a list.
fn lines<'a>(summary: &'a Summary, id: &str) -> &'a [String] {
    match summary.part(id).map(|part| &part.body) {
        Some(Body::Text(lines) | Body::List(lines) | Body::Sources(lines)) => lines,
        other => panic!("no part {id} of lines: {other:?}"),
    }
}

fn table(summary: &Summary) -> &SummaryComparison {
    match summary.part("comparison").map(|part| &part.body) {
        Some(Body::Table(table)) => table,
        other => panic!("no comparison: {other:?}"),
    }
}

fn ids(summary: &Summary) -> Vec<&str> {
    summary.parts.iter().map(|part| part.id).collect()
}

#[test]
fn the_summary_carries_the_decision_in_reading_order() {
    let content = common::content();
    let language = content.language("en");
    let summary = summary(&content, "en", &answers());
    assert_eq!(
        ids(&summary),
        [
            "header",
            "answers",
            "decision",
            "bottom",
            "caveats",
            "comparison",
            "questions",
            "warnings",
            "urgent",
            "sources",
            "about"
        ]
    );
    let answered = lines(&summary, "answers");
    assert_eq!(answered.len(), 4, "joint does not apply to MS: {answered:?}");
    assert_eq!(answered[0], "Main condition: Multiple sclerosis (MS)");
    assert!(answered[2].contains("Another medicine: vitamin D"), "{answered:?}");
    assert_eq!(lines(&summary, "questions"), language.sections["questions_to_ask"].key_points);
    assert_eq!(lines(&summary, "decision"), [language.decision.get("decision.ms")]);
    assert!(
        !summary.parts.iter().any(|part| part.heading == language.sections["evidence_ms"].title),
        "detail stays on the page"
    );
}

#[test]
fn the_caveats_say_experimental_risky_a_specialist_first_and_no_medicine_changed_alone() {
    let content = common::content();
    for (code, words) in [
        (
            "en",
            ["experimental", "has not approved", "real risks", "specialist", "Never stop, skip or change a medicine"],
        ),
        (
            "es",
            [
                "experimentales",
                "no los ha aprobado",
                "riesgos reales",
                "especialista",
                "Nunca deje un medicamento, ni se salte dosis ni lo cambie",
            ],
        ),
    ] {
        let caveats = lines(&summary(&content, code, &answers()), "caveats").join(" ");
        for word in words {
            assert!(caveats.contains(word), "{code}: no {word:?} in {caveats}");
        }
    }
}

#[test]
fn every_comparison_prints_all_its_options_and_rows_with_numbered_sources() {
    let content = common::content();
    for comparison in &content.decision.comparisons {
        for code in ["en", "es"] {
            let language = content.language(code);
            let mut answers = Answers::default();
            answers.choose("condition", &comparison.conditions[0]);
            let summary = summary(&content, code, &answers);
            let table = table(&summary);
            assert_eq!(table.options.len(), comparison.options.len(), "{}", comparison.id);
            assert_eq!(table.rows.len(), comparison.rows.len(), "{}", comparison.id);
            let sources = lines(&summary, "sources");
            let mut cited = vec![false; sources.len()];
            for row in &table.rows {
                assert_eq!(row.cells.len(), table.options.len());
                for cell in &row.cells {
                    let numbers = cell
                        .rsplit_once(" [")
                        .map(|(_, numbers)| numbers)
                        .unwrap_or_else(|| panic!("no sources: {cell}"));
                    for number in numbers.trim_end_matches(']').split(", ") {
                        let number: usize = number.parse().unwrap();
                        assert!((1..=sources.len()).contains(&number), "{cell}");
                        cited[number - 1] = true;
                    }
                }
            }
            assert!(cited.iter().all(|&cited| cited), "{}: every listed source is cited", comparison.id);
            // Numbered as on the results page, whose list starts with the comparison's sources.
            let chosen = joint_intake_model::rules::select_sections(&content.sections, &answers);
            let page = page_sources(&content, language, Some(comparison), &chosen, Some(&comparison.conditions[0]));
            for (index, line) in sources.iter().enumerate() {
                let source = content.source(page[index]).unwrap();
                // Long titles print without their subtitle, so compare the part before any colon.
                let title = source.title.split(": ").next().unwrap();
                assert!(line.starts_with(title), "{line} is number {} on the page too", index + 1);
                assert!(line.len() <= source.title.len() + source.publisher.len() + 20, "{line}");
            }
        }
    }
}

#[test]
fn the_saved_copy_carries_every_part_escaped_with_the_comparison_as_a_table() {
    let content = common::content();
    let language = content.language("en");
    let mut answers = answers();
    answers.set_text("medications", "<b>vitamin D</b> & fish oil");
    let summary = summary(&content, "en", &answers);
    let html = summary.to_html(language);
    assert!(html.contains("<h1>Stem-cell therapy for joint pain: your summary</h1>"), "{html}");
    assert!(html.contains(&format!("Content last reviewed: {}", content.reviewed)));
    for part in &summary.parts {
        assert!(html.contains(&escaped(&part.heading)), "no heading {}", part.heading);
    }
    for point in lines(&summary, "caveats") {
        assert!(html.contains(&escaped(point)), "missing caveat {point}");
    }
    let table = table(&summary);
    assert!(html.contains("<table>") && html.matches("<tr>").count() == table.rows.len() + 1, "{html}");
    for cell in table.rows.iter().flat_map(|row| &row.cells) {
        assert!(html.contains(&escaped(cell)), "missing {cell}");
    }
    assert!(html.contains(&format!("<li>{}</li>", escaped(&lines(&summary, "sources")[0]))), "{html}");
    assert!(html.starts_with("<!doctype html>") && html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("Another medicine: &lt;b&gt;vitamin D&lt;/b&gt; &amp; fish oil"), "{html}");
    assert!(!html.contains("<b>vitamin"), "visitor text is never markup");
    assert!(!html.contains("src=") && !html.contains("href="), "the file loads nothing");
    assert!(html.contains("Next review due by"), "About this information ends it");
}

#[test]
fn the_printed_and_saved_summary_carry_the_urgent_care_signs_after_the_warning_signs() {
    let content = common::content();
    let language = content.language("en");
    let summary = summary(&content, "en", &answers());
    let caveat_signs = language.sections["caveats"].urgent_signs_for(Some("multiple_sclerosis"));
    assert!(!caveat_signs.is_empty());
    let urgent = lines(&summary, "urgent");
    for sign in &caveat_signs {
        assert!(urgent.iter().any(|known| known == sign), "missing {sign}");
    }
    let mut unique = urgent.to_vec();
    unique.dedup();
    assert_eq!(unique.len(), urgent.len(), "each sign once");
    let html = summary.to_html(language);
    let at = |text: &str| html.find(&escaped(text)).unwrap_or_else(|| panic!("no {text}"));
    assert!(at(&language.sections["warning_signs"].title) < at(language.ui.get("urgent.title")));
}

/// `text` as the summary file writes it inside an element.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

#[test]
fn the_decision_follows_the_answers_and_leads_the_bottom_line() {
    let content = common::content();
    for language in &content.languages {
        let text = summary(&content, &language.code, &answers()).to_html(language);
        let decision = language.decision.get("decision.ms");
        let at = |needle: &str| text.find(&escaped(needle)).unwrap_or_else(|| panic!("no {needle} in {text}"));
        assert!(at(language.ui.get("summary.answers")) < at(decision), "{text}");
        assert!(at(decision) < at(language.decision.get("bottom.title")), "{text}");
    }
    let mut unsure = Answers::default();
    unsure.toggle("goals", "less_pain", true);
    let summary = summary(&content, "en", &unsure);
    assert!(summary.part("decision").is_none(), "without a condition there is no comparison to decide between");
    assert!(summary.part("comparison").is_none() && summary.part("sources").is_none());
}

#[test]
fn ready_to_decide_goes_after_the_comparison_and_before_the_questions() {
    let content = common::content();
    let summary =
        summary(&content, "en", &answers()).with_ready_lines("Ready to decide?".into(), vec!["Sure: Yes".into()]);
    let order = ids(&summary);
    let at = |id: &str| order.iter().position(|known| *known == id).unwrap();
    assert_eq!(at("ready"), at("comparison") + 1);
    assert_eq!(at("ready") + 1, at("questions"));
    assert!(summary.to_html(content.language("en")).contains("<h2>Ready to decide?</h2>\n<ul>\n<li>Sure: Yes</li>"));
}

#[test]
fn the_header_names_the_clinic_and_what_it_sells_only_when_it_says() {
    use joint_intake_model::content::Language;
    use joint_intake_model::settings::ClinicSells;
    let content = common::content();
    let clinic = |name: Option<&str>, sells: Option<ClinicSells>| Settings {
        clinic_name: name.map(Into::into),
        clinic_sells: sells,
        ..Settings::default()
    };
    let prp = ClinicSells { stem_cells: false, prp: true };
    let both = ClinicSells { stem_cells: true, prp: true };
    let english = content.language("en");
    let summary =
        |language: &Language, settings: &Settings| Summary::new(&content, language, &answers(), &[], settings);

    let named = summary(english, &clinic(Some("Joint Care Clinic"), Some(prp)));
    assert_eq!(lines(&named, "header")[0], "Provided by Joint Care Clinic");
    let text = named.to_html(english);
    let said = "Joint Care Clinic sells PRP injections. A clinic earns money from the treatments it sells.";
    let part = text.find("<h2>What this clinic sells</h2>").expect(&text);
    assert!(text[part..].contains(&format!("<li>{said}</li>")), "{text}");
    assert!(part < text.find("Your answers").unwrap(), "right under the header");
    let html = summary(english, &clinic(Some("<Joint & Care>"), Some(prp))).to_html(english);
    assert!(html.contains("<p>Provided by &lt;Joint &amp; Care&gt;</p>"), "{html}");
    assert!(html.contains("<li>&lt;Joint &amp; Care&gt; sells PRP injections. A clinic earns money"), "{html}");

    let none = summary(english, &clinic(None, Some(ClinicSells::default()))).to_html(english);
    assert!(
        none.contains("This clinic has declared that it does not sell stem-cell injections or PRP injections."),
        "{none}"
    );
    assert!(!none.contains("earns money") && !none.contains("Provided by"), "{none}");

    let spanish = content.language("es");
    let text = summary(spanish, &clinic(None, Some(both))).to_html(spanish);
    assert!(text.contains("<h2>Lo que vende esta clínica</h2>"), "{text}");
    assert!(
        text.contains("Esta clínica vende inyecciones de células madre e inyecciones de PRP. Una clínica gana dinero"),
        "{text}"
    );

    // A clinic that says nothing of what it sells: only its name, in the header.
    let silent = summary(english, &clinic(Some("Joint Care Clinic"), None));
    assert!(silent.part("clinic").is_none());
    assert!(!silent.to_html(english).contains("What this clinic sells"));
}

#[test]
fn a_long_source_title_prints_without_its_subtitle_and_a_short_one_whole() {
    let content = common::content();
    let mut knee = Answers::default();
    knee.choose("condition", "osteoarthritis");
    knee.choose("joint", "knee");
    let summary = summary(&content, "en", &knee);
    let Some(Body::Sources(sources)) = summary.part("sources").map(|part| &part.body) else {
        panic!("no source list");
    };
    let restore = "Effect of Intra-articular Platelet-Rich Plasma vs Placebo Injection on Pain and Medial Tibial Cartilage Volume in Patients With Knee Osteoarthritis. ";
    let short = "Stem Cell Treatments: What to Ask. ";
    assert!(sources.iter().any(|line| line.starts_with(restore)), "{sources:#?}");
    assert!(sources.iter().any(|line| line.starts_with(short)), "a short title keeps its colon: {sources:#?}");
}
