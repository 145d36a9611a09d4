//! The controls at the end of and beside the results, natively: "Start over" asks before it
//! forgets, and "What matters to you" never collapses under the visitor's focus.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing::{osteoarthritis_knee_answers, widget};
use joint_intake_model::flow::{Action, Step};
use joint_intake_model::widget::{Effect, Focus, Msg, Widget};

/// A widget on the results of a visitor with knee osteoarthritis who hopes for less pain.
fn on_results() -> Widget {
    let mut widget = widget(false);
    for action in osteoarthritis_knee_answers().into_iter().chain([Action::Continue]) {
        widget.update(Msg::Flow(action));
    }
    assert_eq!(widget.flow().step(), Step::Results);
    widget
}

#[test]
fn start_over_asks_first_and_forgets_nothing_until_confirmed() {
    let mut widget = on_results();
    let effects = widget.update(Msg::AskStartOver);
    assert_eq!(effects, [Effect::Focus(Focus::StartOverCancel)], "focus goes to the safe choice");
    assert!(widget.confirming_start_over());
    assert_eq!(widget.flow().step(), Step::Results);
    assert!(!widget.flow().answers().is_empty(), "asking forgets nothing");

    let effects = widget.update(Msg::CancelStartOver);
    assert_eq!(effects, [Effect::Focus(Focus::StartOver)], "declined: focus back on Start over");
    assert!(!widget.confirming_start_over());
    assert_eq!(widget.flow().step(), Step::Results);
    assert!(!widget.flow().answers().is_empty());
    assert_eq!(widget.update(Msg::CancelStartOver), [], "a second Escape does nothing");

    widget.update(Msg::AskStartOver);
    let effects = widget.update(Msg::StartOver);
    assert!(effects.contains(&Effect::Focus(Focus::Heading)), "{effects:?}");
    assert!(!widget.confirming_start_over());
    assert_eq!(widget.flow().step(), Step::Question(0));
    assert!(widget.flow().answers().is_empty());
}

#[test]
fn leaving_the_results_drops_an_open_question() {
    let mut widget = on_results();
    widget.update(Msg::AskStartOver);
    widget.update(Msg::BrowserMoved("review".into()));
    assert!(!widget.confirming_start_over(), "the question belongs to the results page");
}

#[test]
fn what_matters_stays_open_when_the_last_value_is_unticked() {
    let mut widget = on_results();
    assert!(!widget.values_open(), "collapsed until the visitor uses it");
    widget.update(Msg::Value { value: "low_risk".into(), checked: true });
    assert!(widget.values_open());
    let effects = widget.update(Msg::Value { value: "low_risk".into(), checked: false });
    assert!(widget.values().is_empty());
    assert!(widget.values_open(), "unticking the last value keeps the panel, and the focus in it");
    assert!(!effects.iter().any(|effect| matches!(effect, Effect::Focus(_))), "focus stays where it is: {effects:?}");

    widget.update(Msg::AskStartOver);
    widget.update(Msg::StartOver);
    assert!(!widget.values_open(), "a new visit starts with it collapsed");
}

#[test]
fn a_value_the_content_does_not_offer_opens_nothing() {
    let mut widget = on_results();
    widget.update(Msg::Value { value: "no_such_value".into(), checked: true });
    assert!(!widget.values_open());
}

#[test]
fn the_comparison_rows_a_visitor_unfolds_stay_unfolded_until_a_new_visit() {
    let mut widget = on_results();
    assert!(!widget.all_comparison_rows(), "a phone shows the first row and those that matter");
    assert_eq!(
        widget.update(Msg::AllComparisonRows(true)),
        [],
        "nothing for the page to do: focus stays on the button"
    );
    assert!(widget.all_comparison_rows());
    widget.update(Msg::Value { value: "low_cost".into(), checked: true });
    assert!(widget.all_comparison_rows(), "ticking a value keeps them unfolded");
    widget.update(Msg::AllComparisonRows(false));
    assert!(!widget.all_comparison_rows());
    widget.update(Msg::AllComparisonRows(true));
    widget.update(Msg::StartOver);
    assert!(!widget.all_comparison_rows(), "a new visit starts folded");
}
