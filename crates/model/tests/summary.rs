//! "Your summary": what the visitor prints or saves.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::answers::Answers;
use joint_intake_model::summary::Summary;

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

#[test]
fn the_summary_keeps_answers_caveats_first_and_questions_and_leaves_section_detail_on_the_page() {
    let content = common::content();
    let language = content.language("en");
    let summary = Summary::new(&content, language, &answers(), &[]);
    assert_eq!(summary.answers.len(), 4, "joint does not apply to MS: {:?}", summary.answers);
    assert_eq!(summary.answers[0], ("Main condition".to_owned(), vec!["Multiple sclerosis (MS)".to_owned()]));
    assert!(summary.answers[2].1.contains(&"Another medicine: vitamin D".to_owned()));
    let caveats = language.sections["caveats"].title.as_str();
    assert_eq!(summary.key_points.first().map(|(title, _)| title.as_str()), Some(caveats), "caveats lead");
    let titles: Vec<&str> = summary.key_points.iter().map(|(title, _)| title.as_str()).collect();
    assert!(!titles.contains(&language.sections["evidence_ms"].title.as_str()), "detail stays on the page: {titles:?}");
    assert!(titles.contains(&language.sections["warning_signs"].title.as_str()), "{titles:?}");
    assert_eq!(summary.questions, language.sections["questions_to_ask"].key_points);
}

#[test]
fn the_files_carry_everything_escaped_and_the_review_date() {
    let content = common::content();
    let language = content.language("en");
    let mut answers = answers();
    answers.set_text("medications", "<b>vitamin D</b> & fish oil");
    let summary = Summary::new(&content, language, &answers, &[]);
    let html = summary.to_html(&content, language);
    assert!(html.contains("<h1>Stem-cell therapy for joint pain: your summary</h1>"), "{html}");
    assert!(html.contains(&format!("Content last reviewed: {}", content.reviewed)));
    for point in &language.sections["caveats"].key_points {
        assert!(html.contains(&escaped(point)), "missing caveat {point}");
    }
    assert!(
        html.contains("never stop or change a medicine without the doctor who prescribed it.</p>\n</body></html>"),
        "{html}"
    );
    assert!(html.starts_with("<!doctype html>") && html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("Another medicine: &lt;b&gt;vitamin D&lt;/b&gt; &amp; fish oil"), "{html}");
    assert!(!html.contains("<b>vitamin"), "visitor text is never markup");
    assert!(!html.contains("src=") && !html.contains("href="), "the file loads nothing");
}

#[test]
fn the_printed_and_saved_summary_carry_the_urgent_care_signs() {
    let content = common::content();
    let language = content.language("en");
    let summary = Summary::new(&content, language, &answers(), &[]);
    let caveat_signs = language.sections["caveats"].urgent_signs_for(Some("multiple_sclerosis"));
    assert!(!caveat_signs.is_empty());
    for sign in &caveat_signs {
        assert!(summary.urgent.iter().any(|known| known == sign), "missing {sign}");
    }
    let mut unique = summary.urgent.clone();
    unique.dedup();
    assert_eq!(unique.len(), summary.urgent.len(), "each sign once");
    let html = summary.to_html(&content, language);
    let heading = |key: &str| format!("<h2>{}</h2>", escaped(language.ui.get(key)));
    let title_at = html.find(&heading("urgent.title")).expect("the urgent-care heading");
    assert!(title_at < html.find(&heading("summary.answers")).unwrap(), "urgent signs come first");
    for sign in caveat_signs {
        assert!(html.contains(&escaped(sign)), "missing {sign}");
    }
    // "About this information" is among the key points, with its review dates.
    assert!(html.contains("Next review due by"), "{html}");
}

/// `text` as the summary file writes it inside an element.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

#[test]
fn the_printed_and_saved_summary_state_the_decision_before_the_answers() {
    let content = common::content();
    for language in &content.languages {
        let summary = Summary::new(&content, language, &answers(), &[]);
        let decision = language.decision.get("decision.ms");
        assert_eq!(summary.decision.as_deref(), Some(decision), "{}", language.code);
        let text = summary.to_html(&content, language);
        let at = |needle: &str| text.find(&escaped(needle)).unwrap_or_else(|| panic!("no {needle} in {text}"));
        assert!(at(decision) < at(language.ui.get("summary.answers")), "the decision leads: {text}");
        assert!(at(language.decision.get("decision.title")) < at(decision), "{text}");
    }
    let mut unsure = Answers::default();
    unsure.toggle("goals", "less_pain", true);
    let summary = Summary::new(&content, content.language("en"), &unsure, &[]);
    assert_eq!(summary.decision, None, "without a condition there is no comparison to decide between");
}

#[test]
fn the_printed_and_saved_summary_say_what_the_clinic_sells_only_when_it_says() {
    use joint_intake_model::clinic_interest::clinic_interest;
    use joint_intake_model::content::Language;
    use joint_intake_model::settings::{ClinicSells, Settings};
    let content = common::content();
    let clinic = |name: Option<&str>, sells: Option<ClinicSells>| Settings {
        clinic_name: name.map(Into::into),
        clinic_sells: sells,
        ..Settings::default()
    };
    let prp = ClinicSells { stem_cells: false, prp: true };
    let both = ClinicSells { stem_cells: true, prp: true };
    let english = content.language("en");
    let summary = |language: &Language, settings: &Settings| {
        Summary::new(&content, language, &answers(), &[])
            .with_clinic_interest(language, clinic_interest(&language.ui, settings))
    };

    let text = summary(english, &clinic(Some("Joint Care Clinic"), Some(prp))).to_html(&content, english);
    let said = "Joint Care Clinic sells PRP injections. A clinic earns money from the treatments it sells.";
    let part = text.find("<h2>What this clinic sells</h2>").expect(&text);
    assert!(text[part..].contains(&format!("<li>{said}</li>")), "{text}");
    assert!(part < text.find("Questions to ask a clinic").unwrap(), "just before the questions to ask it");
    let html = summary(english, &clinic(Some("<Joint & Care>"), Some(prp))).to_html(&content, english);
    assert!(html.contains("<li>&lt;Joint &amp; Care&gt; sells PRP injections. A clinic earns money"), "{html}");

    let none = summary(english, &clinic(None, Some(ClinicSells::default()))).to_html(&content, english);
    assert!(
        none.contains("This clinic has declared that it does not sell stem-cell injections or PRP injections."),
        "{none}"
    );
    assert!(!none.contains("earns money"), "{none}");

    let spanish = content.language("es");
    let text = summary(spanish, &clinic(None, Some(both))).to_html(&content, spanish);
    assert!(text.contains("<h2>Lo que vende esta clínica</h2>"), "{text}");
    assert!(
        text.contains("Esta clínica vende inyecciones de células madre e inyecciones de PRP. Una clínica gana dinero"),
        "{text}"
    );

    // A clinic that says nothing of what it sells: the summary is as it always was.
    let silent = summary(english, &clinic(Some("Joint Care Clinic"), None));
    assert_eq!(silent, Summary::new(&content, english, &answers(), &[]));
    assert!(!silent.to_html(&content, english).contains("What this clinic sells"));
}
