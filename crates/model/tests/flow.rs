//! The intake flow with the shipped questionnaire: what a visitor experiences step by step.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use joint_intake_content::testing::{choose, osteoarthritis_knee_answers, run, start, tick, untick};
use joint_intake_model::answers::Answers;
use joint_intake_model::flow::{Action, Outcome, Step};
use joint_intake_model::validation::Problem;

fn answered_osteoarthritis_knee() -> joint_intake_model::flow::Flow {
    run(start(), osteoarthritis_knee_answers())
}

#[test]
fn starts_on_the_condition_question() {
    let flow = start();
    assert_eq!(flow.step_id(), "condition");
    assert_eq!(
        flow.progress(),
        Some((1, 6)),
        "the longest way through: condition, joint, diagnosed, medicines, goals, review"
    );
    assert_eq!(flow.previous(), None, "no Back link on the first step");
}

#[test]
fn continue_without_an_answer_stays_and_explains() {
    let mut flow = start();
    assert_eq!(flow.update(Action::Continue), Outcome::Rejected);
    assert_eq!(flow.step_id(), "condition");
    assert_eq!(flow.error().map(|error| &error.problem), Some(&Problem::Required));
    assert_eq!(flow.update(Action::Continue), Outcome::Rejected, "every refused press is reported again");
    let flow = run(flow, [choose("condition", "lupus"), Action::Continue]);
    assert_eq!(flow.step_id(), "diagnosed");
    assert_eq!(flow.error(), None);
}

#[test]
fn joint_conditions_ask_which_joint_and_whether_diagnosed() {
    let flow = run(start(), [choose("condition", "rheumatoid_arthritis"), Action::Continue]);
    assert_eq!(flow.step_id(), "joint");
    assert_eq!(flow.progress(), Some((2, 6)));
    let flow = run(flow, [choose("joint", "hand"), Action::Continue]);
    assert_eq!(flow.step_id(), "diagnosed");
}

#[test]
fn lupus_skips_the_joint_question_and_the_total_only_ever_shrinks() {
    let flow = run(start(), [choose("condition", "lupus")]);
    assert_eq!(flow.progress(), Some((1, 6)), "choosing on the first page does not change its total");
    let flow = flow.apply(Action::Continue);
    assert_eq!(flow.step_id(), "diagnosed");
    assert_eq!(flow.progress(), Some((2, 5)));
}

#[test]
fn not_sure_is_not_asked_whether_diagnosed() {
    let flow = run(
        start(),
        [choose("condition", "not_sure"), Action::Continue, choose("joint", "back_neck"), Action::Continue],
    );
    assert_eq!(flow.step_id(), "medications");
    assert_eq!(flow.progress(), Some((3, 5)));
}

#[test]
fn none_with_a_medicine_is_explained_on_continue() {
    let flow =
        run(start(), [choose("condition", "lupus"), Action::Continue, choose("diagnosed", "yes"), Action::Continue]);
    let flow = run(flow, [tick("medications", "corticosteroids"), tick("medications", "none"), Action::Continue]);
    assert_eq!(flow.step_id(), "medications");
    assert_eq!(flow.error().map(|error| &error.problem), Some(&Problem::Exclusive { option: "none".into() }));
    assert_eq!(flow.answers().selected("medications"), ["corticosteroids", "none"], "nothing silently dropped");
    let flow = run(flow, [untick("medications", "none"), Action::Continue]);
    assert_eq!(flow.step_id(), "goals");
}

#[test]
fn other_medicine_needs_its_name_and_loses_it_when_unticked() {
    let flow = run(
        start(),
        [
            choose("condition", "lupus"),
            Action::Continue,
            choose("diagnosed", "no"),
            Action::Continue,
            tick("medications", "other"),
        ],
    );
    let rejected = flow.apply(Action::Continue);
    assert_eq!(rejected.error().map(|error| &error.problem), Some(&Problem::TextMissing { option: "other".into() }));
    let named = rejected.apply(Action::EnterText { question: "medications".into(), text: "fish oil".into() });
    assert_eq!(named.answers().text("medications"), "fish oil");
    let unticked = run(named.clone(), [untick("medications", "other"), tick("medications", "nsaids")]);
    assert_eq!(unticked.answers().text("medications"), "", "text for an unchosen option is not kept");
    assert_eq!(named.apply(Action::Continue).step_id(), "goals");
}

#[test]
fn a_huge_pasted_answer_is_rejected_with_its_length_not_stored_silently() {
    let flow = run(
        start(),
        [
            choose("condition", "lupus"),
            Action::Continue,
            choose("diagnosed", "no"),
            Action::Continue,
            tick("medications", "other"),
        ],
    );
    let flow = flow.apply(Action::EnterText { question: "medications".into(), text: "x".repeat(100_000) });
    let flow = flow.apply(Action::Continue);
    assert_eq!(
        flow.error().map(|error| &error.problem),
        Some(&Problem::TextTooLong { option: "other".into(), max_length: 200 })
    );
}

#[test]
fn reaches_check_answers_then_results() {
    let flow = answered_osteoarthritis_knee();
    assert_eq!(flow.step(), Step::Review);
    assert_eq!(flow.progress(), Some((6, 6)));
    let flow = flow.apply(Action::Continue);
    assert_eq!(flow.step(), Step::Results);
    assert_eq!(flow.progress(), None);
    assert_eq!(flow.previous(), Some(Step::Review));
}

#[test]
fn change_returns_to_check_answers() {
    let flow = answered_osteoarthritis_knee().apply(Action::Change { question: "goals".into() });
    assert_eq!(flow.step_id(), "goals");
    assert_eq!(flow.previous(), Some(Step::Review), "Back returns to the summary too");
    let flow = run(flow, [tick("goals", "avoid_surgery"), Action::Continue]);
    assert_eq!(flow.step(), Step::Review);
    assert_eq!(flow.answers().selected("goals"), ["less_pain", "avoid_surgery"]);
}

#[test]
fn a_change_that_needs_a_new_follow_up_asks_it_first() {
    let flow = run(
        start(),
        [
            choose("condition", "lupus"),
            Action::Continue,
            choose("diagnosed", "yes"),
            Action::Continue,
            tick("medications", "none"),
            Action::Continue,
            tick("goals", "slow_disease"),
            Action::Continue,
        ],
    );
    assert_eq!(flow.step(), Step::Review);
    let flow = run(
        flow,
        [Action::Change { question: "condition".into() }, choose("condition", "osteoarthritis"), Action::Continue],
    );
    assert_eq!(flow.step_id(), "joint", "the new follow-up comes before the summary");
    let flow = run(flow, [choose("joint", "hip"), Action::Continue]);
    assert_eq!(flow.step(), Step::Review);
}

#[test]
fn answers_to_follow_ups_that_no_longer_apply_are_discarded() {
    let flow = answered_osteoarthritis_knee();
    assert_eq!(flow.answers().selected("joint"), ["knee"]);
    let flow = run(flow, [Action::Change { question: "condition".into() }, choose("condition", "multiple_sclerosis")]);
    assert!(!flow.answers().is_answered("joint"));
    assert_eq!(flow.answers().selected("diagnosed"), ["yes"], "answers that still apply are kept");
    let flow = run(flow, [choose("condition", "not_sure")]);
    assert!(!flow.answers().is_answered("diagnosed"));
}

#[test]
fn back_walks_the_questions_that_apply() {
    let flow = answered_osteoarthritis_knee();
    let flow = flow.apply(Action::Back);
    assert_eq!(flow.step_id(), "goals");
    let flow = run(flow, [Action::Back, Action::Back, Action::Back]);
    assert_eq!(flow.step_id(), "joint");
    assert_eq!(flow.answers().selected("medications"), ["nsaids"], "going back keeps answers");
}

#[test]
fn browser_history_cannot_skip_unanswered_questions() {
    let flow = run(start(), [choose("condition", "lupus"), Action::Continue]);
    let jumped = flow.apply(Action::GoTo { step: "results".into() });
    assert_eq!(jumped.step_id(), "diagnosed", "lands on the first unanswered question");
    let back = flow.apply(Action::GoTo { step: "condition".into() });
    assert_eq!(back.step_id(), "condition");
    let forward = back.apply(Action::GoTo { step: "diagnosed".into() });
    assert_eq!(forward.step_id(), "diagnosed");
    assert_eq!(flow.apply(Action::GoTo { step: "no-such-step".into() }), flow, "unknown ids are ignored");
    let disabled = flow.apply(Action::GoTo { step: "joint".into() });
    assert_eq!(disabled.step_id(), "diagnosed", "a follow-up that does not apply is never shown");
}

#[test]
fn start_over_clears_everything() {
    let mut flow = start();
    assert_eq!(flow.update(Action::StartOver), Outcome::Moved, "even on the first question, a fresh start is a move");
    let mut flow = answered_osteoarthritis_knee().apply(Action::Continue);
    assert_eq!(flow.update(Action::StartOver), Outcome::Moved);
    assert_eq!(flow.step_id(), "condition");
    assert!(flow.answers().is_empty());
}

#[test]
fn actions_for_another_page_or_unknown_options_change_nothing() {
    let flow = start();
    assert_eq!(flow.apply(choose("goals", "less_pain")), flow);
    assert_eq!(flow.apply(choose("condition", "gout")), flow);
    assert_eq!(flow.apply(tick("condition", "lupus")), flow, "a radio question is not a checkbox");
    assert_eq!(flow.apply(Action::Change { question: "condition".into() }), flow, "Change only works from the summary");
}

#[test]
fn restored_answers_are_cleaned_and_resume_where_needed() {
    let saved = common::parse_json(
        r#"{"condition":{"selected":["osteoarthritis","lupus"]},
            "joint":{"selected":["elbowish"]},
            "medications":{"selected":["nsaids","other"],"text":"fish oil"},
            "made_up":{"selected":["x"]}}"#,
    )
    .and_then(|json| Answers::from_json(&json))
    .unwrap();
    let flow = start().apply(Action::Restore(saved));
    assert_eq!(flow.answers().selected("condition"), ["osteoarthritis"]);
    assert!(!flow.answers().is_answered("joint"));
    assert_eq!(flow.answers().text("medications"), "fish oil");
    assert!(flow.answers().questions().all(|question| question != "made_up"));
    assert_eq!(flow.step_id(), "joint", "resumes at the first question still to answer");
}

#[test]
fn a_clinic_can_offer_only_some_conditions() {
    let content = common::content();
    let offered = content.questionnaire.offering("condition", &["osteoarthritis".into(), "not_sure".into()]);
    let ids: Vec<&str> = offered.question("condition").unwrap().options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["osteoarthritis", "not_sure"]);
    let flow = joint_intake_model::flow::Flow::new(std::rc::Rc::new(offered));
    assert_eq!(
        flow.apply(choose("condition", "lupus")).answers(),
        &Answers::default(),
        "an option not offered cannot be chosen"
    );
    assert_eq!(content.questionnaire.offering("condition", &[]), *content.questionnaire, "empty means all");
}
