//! "Your bottom line": one plain statement per goal the visitor chose, each opening with that goal
//! in their words, the condition's statement first only where it adds something, nothing said
//! twice, and the trial pictures under the goal they answer (none lost).
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::answers::Answers;
use joint_intake_model::content::{Content, Language};
use joint_intake_model::decision::keys;
use joint_intake_model::results::{
    bottom_line, bottom_line_sentences, comparison, comparison_pictures, Statement, GOALS_QUESTION, MAX_GOAL_STATEMENTS,
};
use joint_intake_model::settings::{Settings, CONDITION_QUESTION};
use joint_intake_model::summary::{Body, Summary};

/// Phrases that each carry one claim: within one visitor's bottom line, each may appear in one
/// statement only (matched case-insensitively).
const CLAIM_PHRASES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "steroid shot",
            "salt water",
            "placebo",
            "12 points",
            "scans",
            "weight",
            "on top of",
            "approved",
            "side effects",
            "dollars",
            "remission",
            "rheumatologist",
            "methotrexate",
            "diagnosis",
            "disagree",
            "small studies",
            "comes first",
            "infections",
            "exercise",
            "deadly",
            "unproven",
            "hospital",
            "guideline",
        ],
    ),
    (
        "es",
        &[
            "corticoide",
            "agua salada",
            "placebo",
            "12 puntos",
            "imágenes",
            "peso",
            "además de",
            "aprobado",
            "efectos secundarios",
            "dólares",
            "remisión",
            "reumatólogo",
            "metotrexato",
            "diagnóstico",
            "no coinciden",
            "estudios pequeños",
            "lo primero",
            "infecciones",
            "ejercicio",
            "mortal",
            "no están probad",
            "hospital",
            "guía",
        ],
    ),
];

fn options(content: &Content, question: &str) -> Vec<String> {
    content.questionnaire.question(question).expect(question).options.iter().map(|option| option.id.clone()).collect()
}

fn answers(condition: Option<&str>, goals: &[&str]) -> Answers {
    let mut answers = Answers::default();
    if let Some(condition) = condition {
        answers.choose(CONDITION_QUESTION, condition);
    }
    for goal in goals {
        answers.toggle(GOALS_QUESTION, goal, true);
    }
    answers
}

/// Every set of goals a visitor can choose (the empty set too), in the questionnaire's order.
fn goal_sets(content: &Content) -> Vec<Vec<String>> {
    let goals = options(content, GOALS_QUESTION);
    (0..1u32 << goals.len())
        .map(|mask| goals.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, g)| g.clone()).collect())
        .collect()
}

/// Every condition (and none) with every set of goals, in every language.
fn every_visitor(content: &Content, mut check: impl FnMut(&Language, Option<&str>, &[&str], Vec<Statement>)) {
    let conditions = options(content, CONDITION_QUESTION);
    let sets = goal_sets(content);
    for language in &content.languages {
        for condition in conditions.iter().map(|c| Some(c.as_str())).chain([None]) {
            for set in &sets {
                let goals: Vec<&str> = set.iter().map(String::as_str).collect();
                let statements = bottom_line(content, language, &answers(condition, &goals));
                check(language, condition, &goals, statements);
            }
        }
    }
}

fn sentences(text: &str) -> usize {
    text.split_inclusive(['.', '?', '!']).filter(|part| !part.trim().is_empty()).count()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn each_chosen_goal_gets_one_statement_opening_with_that_goal_in_the_visitors_words() {
    let content = common::content();
    every_visitor(&content, |language, condition, goals, statements| {
        let answered: Vec<&str> = statements.iter().filter_map(|statement| statement.goal.as_deref()).collect();
        let expected: Vec<&str> = goals.iter().copied().take(MAX_GOAL_STATEMENTS).collect();
        assert_eq!(answered, expected, "{} {condition:?} {goals:?}", language.code);
        for statement in statements.iter().filter(|statement| statement.goal.is_some()) {
            let goal = statement.goal.as_deref().unwrap_or_default();
            let lead = language.decision.get(&keys::bottom_lead(goal));
            assert_eq!(statement.lead.as_deref(), Some(lead), "{} {goal}", language.code);
            assert!(statement.sentence().starts_with(&format!("{lead}: ")), "{}", statement.sentence());
        }
        let opening = if language.code == "es" { "Usted " } else { "You " };
        for statement in statements.iter().filter(|statement| statement.goal.is_some()) {
            assert!(statement.sentence().starts_with(opening), "{}", statement.sentence());
        }
    });
}

#[test]
fn every_statement_is_short_plain_whole_sentences() {
    let content = common::content();
    every_visitor(&content, |language, condition, goals, statements| {
        for statement in &statements {
            let text = &statement.text;
            let at = format!("{} {condition:?} {goals:?}: {text}", language.code);
            assert!(text.chars().next().is_some_and(char::is_uppercase), "starts a sentence: {at}");
            assert!(text.ends_with('.'), "ends a sentence: {at}");
            assert!(!text.contains(':') && !text.contains(';'), "no lists after a colon: {at}");
            assert!((1..=2).contains(&sentences(text)), "one or two sentences: {at}");
            assert!(words(&statement.sentence()) <= 50, "{} words: {at}", words(&statement.sentence()));
        }
    });
}

#[test]
fn nothing_is_said_twice_in_any_visitors_bottom_line() {
    let content = common::content();
    let mut repeats = Vec::new();
    every_visitor(&content, |language, condition, goals, statements| {
        let (_, phrases) = CLAIM_PHRASES.iter().find(|(code, _)| *code == language.code).expect("phrases");
        for phrase in *phrases {
            let saying: Vec<String> = statements
                .iter()
                .filter(|statement| statement.text.to_lowercase().contains(phrase))
                .map(|statement| statement.goal.clone().unwrap_or_else(|| "condition".into()))
                .collect();
            if saying.len() > 1 {
                repeats.push(format!("{} {condition:?} {goals:?}: \"{phrase}\" in {saying:?}", language.code));
            }
        }
        for (index, statement) in statements.iter().enumerate() {
            assert!(
                !statements[..index].iter().any(|earlier| earlier.text == statement.text),
                "the same statement twice: {}",
                statement.text
            );
        }
    });
    repeats.dedup();
    assert!(repeats.is_empty(), "{} repeats, first:\n{}", repeats.len(), repeats[..repeats.len().min(20)].join("\n"));
}

#[test]
fn the_repeat_check_can_fail() {
    let content = common::content();
    let language = content.language("en");
    // The old wording made the steroid-shot point in the condition's and the goal's lines.
    let old = [
        "The largest trial found cell shots no better than a steroid shot at 1 year.",
        "In the largest knee trial, cell shots eased pain no more than a steroid shot.",
    ];
    let (_, phrases) = CLAIM_PHRASES.iter().find(|(code, _)| *code == language.code).expect("phrases");
    assert!(phrases.iter().any(|phrase| old.iter().all(|line| line.to_lowercase().contains(phrase))));
}

#[test]
fn prp_is_named_for_knees_injuries_and_tendons_whatever_the_goals() {
    let content = common::content();
    every_visitor(&content, |language, condition, goals, statements| {
        let prp_evidence = ["osteoarthritis", "wear_and_tear", "joint_injury", "bursitis_tendonitis"];
        if condition.is_some_and(|condition| prp_evidence.contains(&condition)) {
            let all: String = statements.iter().map(Statement::sentence).collect::<Vec<_>>().join(" ");
            assert!(all.contains("PRP"), "{} {condition:?} {goals:?}: {all}", language.code);
            // The first mention says what PRP is.
            let first = statements.iter().find(|statement| statement.text.contains("PRP")).expect("PRP");
            let explained = if language.code == "es" { "su propia sangre" } else { "your own blood" };
            assert!(first.text.contains(explained), "{}", first.text);
        }
    });
}

#[test]
fn comparing_the_options_is_answered_with_the_gist_in_two_sentences_not_a_pointer_to_the_table() {
    let content = common::content();
    let conditions = options(&content, CONDITION_QUESTION);
    for language in &content.languages {
        for condition in conditions.iter().map(|c| Some(c.as_str())).chain([None]) {
            let statements = bottom_line(&content, language, &answers(condition, &["compare_options"]));
            let compare = statements.iter().find(|s| s.goal.as_deref() == Some("compare_options")).expect("answered");
            assert_eq!(sentences(&compare.text), 2, "{} {condition:?}: {}", language.code, compare.text);
            let table = if language.code == "es" { "tabla" } else { "table" };
            let mentions_table =
                compare.text.to_lowercase().split(|c: char| !c.is_alphabetic()).any(|word| word == table);
            assert!(!mentions_table, "{}", compare.text);
            if let Some(condition) = condition {
                assert!(
                    language.decision.find(&keys::bottom_goal_for("compare_options", condition)).is_some(),
                    "{}: the gist for {condition} is its own",
                    language.code
                );
            }
        }
    }
}

#[test]
fn a_visitor_with_no_goals_gets_the_condition_statement_alone() {
    let content = common::content();
    for language in &content.languages {
        for condition in options(&content, CONDITION_QUESTION) {
            let statements = bottom_line(&content, language, &answers(Some(&condition), &[]));
            let expected = language.decision.get(&keys::bottom_condition(&condition));
            assert_eq!(statements.len(), 1, "{condition}");
            assert_eq!(statements[0].sentence(), expected);
            assert_eq!(statements[0].lead, None);
        }
    }
}

#[test]
fn the_condition_statement_steps_aside_only_for_a_goal_that_says_it() {
    let content = common::content();
    let language = content.language("en");
    let ra = |goals: &[&str]| bottom_line(&content, language, &answers(Some("rheumatoid_arthritis"), goals));
    assert_eq!(ra(&["fewer_medicines"])[0].goal, None, "the condition's statement leads");
    assert_eq!(ra(&["less_pain"])[0].goal.as_deref(), Some("less_pain"), "less_pain says what it says");
    let oa = bottom_line(&content, language, &answers(Some("osteoarthritis"), &["less_pain", "compare_options"]));
    assert_eq!(
        oa.iter().map(|s| s.goal.as_deref()).collect::<Vec<_>>(),
        [None, Some("less_pain"), Some("compare_options")]
    );
}

#[test]
fn pictures_sit_under_the_goal_they_answer_and_none_is_lost() {
    let content = common::content();
    let language = content.language("en");
    let placed = |condition: &str, goals: &[&str]| {
        let answers = answers(Some(condition), goals);
        let statements = bottom_line(&content, language, &answers);
        let under: Vec<(Option<String>, Vec<String>)> =
            statements.iter().map(|s| (s.goal.clone(), s.pictures.clone())).filter(|(_, p)| !p.is_empty()).collect();
        let rest: Vec<String> = comparison(&content, &answers)
            .map(|comparison| comparison_pictures(comparison, &statements).into_iter().map(str::to_owned).collect())
            .unwrap_or_default();
        (under, rest)
    };
    let (under, rest) = placed("rheumatoid_arthritis", &["less_pain", "compare_options"]);
    assert_eq!(
        under,
        [
            (Some("less_pain".into()), vec!["ra_improved_1m".to_owned(), "ra_improved_3m".into()]),
            (Some("compare_options".into()), vec!["ra_side_effects".into()])
        ]
    );
    assert!(rest.is_empty(), "{rest:?}");
    let (under, rest) = placed("rheumatoid_arthritis", &["fewer_medicines"]);
    assert!(under.is_empty());
    assert_eq!(rest, ["ra_improved_1m", "ra_side_effects", "ra_improved_3m"], "unchosen goals: with the comparison");
    let (under, _) = placed("lupus", &["less_pain", "slow_disease"]);
    assert_eq!(under, [(Some("slow_disease".into()), vec!["lupus_remission".to_owned()])], "first fitting goal");
    // The remission picture answers "slow your disease", not "less pain": the trial did not measure pain.
    let (under, rest) = placed("lupus", &["less_pain"]);
    assert!(under.is_empty(), "{under:?}");
    assert_eq!(rest, ["lupus_remission", "lupus_deaths"], "with the comparison");
    let (under, _) = placed("multiple_sclerosis", &["compare_options"]);
    assert_eq!(under, [(Some("compare_options".into()), vec!["ms_worse".to_owned()])], "the benefit beside the harms");

    // Whatever the goals, each of the comparison's pictures is drawn exactly once.
    every_visitor(&content, |_, condition, goals, statements| {
        let answers = answers(condition, goals);
        let Some(comparison) = comparison(&content, &answers) else { return };
        let mut drawn: Vec<&str> = statements.iter().flat_map(|s| s.pictures.iter().map(String::as_str)).collect();
        drawn.extend(comparison_pictures(comparison, &statements));
        drawn.sort_unstable();
        let mut expected: Vec<&str> = comparison.pictures.iter().map(String::as_str).collect();
        expected.sort_unstable();
        assert_eq!(drawn, expected, "{condition:?} {goals:?}");
    });
}

#[test]
fn the_summary_carries_the_statements_as_plain_sentences_in_order() {
    let content = common::content();
    for language in &content.languages {
        let answers = answers(Some("osteoarthritis"), &["less_pain", "compare_options"]);
        let summary = Summary::new(&content, language, &answers, &[], &Settings::default());
        let sentences = bottom_line_sentences(&content, language, &answers);
        let printed = summary.part("bottom").map(|part| &part.body);
        assert_eq!(printed, Some(&Body::List(sentences.clone())));
        assert_eq!(sentences.len(), 3);
        assert!(sentences[1].starts_with(language.decision.get(&keys::bottom_lead("less_pain"))), "{sentences:?}");
    }
}
