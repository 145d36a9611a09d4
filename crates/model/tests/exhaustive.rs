//! Every possible set of answers, driven through the real flow: each reaches the results, the
//! caveats come first, at least one educational section is chosen, and nothing panics.
//!
//! Several million sets, so it runs in an optimised build: `cargo test --release --test
//! exhaustive` (part of `make test`). A debug `cargo test` skips it.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_model::content::{Content, CAVEATS};
use joint_intake_model::flow::{Action, Flow, Step};
use joint_intake_model::questionnaire::Kind;
use joint_intake_model::rules::select_sections;

struct Tally {
    sets: u64,
    fewest_sections: usize,
    most_sections: usize,
}

/// Answers the question on screen in every valid way, then recurses into what follows.
fn explore(content: &Content, flow: &Flow, tally: &mut Tally) {
    match flow.step() {
        Step::Question(index) => {
            let question = &content.questionnaire.questions[index];
            match question.kind {
                Kind::Single => {
                    for option in &question.options {
                        let chosen =
                            flow.apply(Action::Choose { question: question.id.clone(), option: option.id.clone() });
                        advance(content, &chosen, index, tally);
                    }
                }
                Kind::Multiple => {
                    for option in question.options.iter().filter(|option| option.exclusive) {
                        let alone = flow.apply(Action::Toggle {
                            question: question.id.clone(),
                            option: option.id.clone(),
                            checked: true,
                        });
                        advance(content, &alone, index, tally);
                    }
                    let combinable: Vec<usize> =
                        (0..question.options.len()).filter(|&i| !question.options[i].exclusive).collect();
                    subsets(content, flow, index, &combinable, false, tally);
                }
            }
        }
        Step::Review => {
            let results = flow.apply(Action::Continue);
            assert_eq!(results.step(), Step::Results, "answers {:?} did not reach the results", flow.answers());
            let chosen = select_sections(&content.sections, results.answers());
            assert_eq!(chosen.first().map(|section| section.id.as_str()), Some(CAVEATS), "{:?}", flow.answers());
            assert!(chosen.len() >= 2, "no educational section for {:?}", flow.answers());
            tally.sets += 1;
            tally.fewest_sections = tally.fewest_sections.min(chosen.len());
            tally.most_sections = tally.most_sections.max(chosen.len());
        }
        Step::Results => unreachable!("explore starts before the results"),
    }
}

/// Every non-empty combination of the non-exclusive checkboxes, one tick at a time.
fn subsets(content: &Content, flow: &Flow, index: usize, remaining: &[usize], any: bool, tally: &mut Tally) {
    let question = &content.questionnaire.questions[index];
    let Some((&first, rest)) = remaining.split_first() else {
        if any {
            advance(content, flow, index, tally);
        }
        return;
    };
    subsets(content, flow, index, rest, any, tally);
    let option = &question.options[first];
    let mut ticked =
        flow.apply(Action::Toggle { question: question.id.clone(), option: option.id.clone(), checked: true });
    if option.text.is_some() {
        ticked = ticked.apply(Action::EnterText { question: question.id.clone(), text: "fish oil".into() });
    }
    subsets(content, &ticked, index, rest, true, tally);
}

fn advance(content: &Content, flow: &Flow, index: usize, tally: &mut Tally) {
    let next = flow.apply(Action::Continue);
    assert!(next.error().is_none(), "a valid answer was rejected: {:?}", flow.answers());
    assert_ne!(next.step(), Step::Question(index), "Continue did not move on from {:?}", flow.answers());
    explore(content, &next, tally);
}

#[test]
#[cfg_attr(debug_assertions, ignore = "several million answer sets: run with --release")]
fn every_set_of_answers_reaches_results_with_caveats_first() {
    let content = common::content();
    let mut tally = Tally { sets: 0, fewest_sections: usize::MAX, most_sections: 0 };
    explore(&content, &common::start(), &mut tally);
    println!(
        "exhaustive check: {} answer sets reached the results; each had the caveats first and {}–{} sections",
        tally.sets, tally.fewest_sections, tally.most_sections
    );
    // 105 condition paths (condition, joint, diagnosed) × 513 medicine sets × 127 goal sets.
    assert_eq!(tally.sets, 105 * 513 * 127);
}
