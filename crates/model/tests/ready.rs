//! "Ready to decide?": optional yes-or-no answers kept in the widget's state, a next step for each
//! "no", the summary's lines, and the save (only after the opt-in; damaged parts discarded).
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing::{self as common, choose, widget};
use joint_intake_model::answers::Answers;
use joint_intake_model::ready::{summary_lines, text_part, Ready, QUESTIONS};
use joint_intake_model::saved::{decode, encode, encode_with_ready};
use joint_intake_model::widget::{Effect, Msg, Widget};

fn say(widget: &mut Widget, question: &str, answer: Option<bool>) -> Vec<Effect> {
    widget.update(Msg::Ready { question: question.into(), answer })
}

fn stored(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Store(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn lupus() -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", "lupus");
    answers
}

#[test]
fn nothing_is_answered_at_first_and_skipping_is_no_error() {
    let widget = widget(false);
    assert!(widget.ready().is_empty());
    assert!(!widget.values_open(), "the panel starts collapsed");
    assert!(summary_lines(widget.text(), widget.ready()).is_empty());
    assert_eq!(text_part(widget.text(), &[]), None, "the summary leaves the part out");
}

#[test]
fn answering_changing_and_clearing() {
    let mut widget = widget(false);
    assert_eq!(say(&mut widget, "understand", Some(false)), [], "not opted in: nothing stored, no focus moved");
    assert_eq!(widget.ready().answer("understand"), Some(false));
    assert!(widget.values_open(), "the panel holding the questions stays open");
    say(&mut widget, "understand", Some(true));
    assert_eq!(widget.ready().answer("understand"), Some(true), "a changed answer replaces the first");
    say(&mut widget, "understand", None);
    assert_eq!(widget.ready().answer("understand"), None);
    assert!(widget.values_open(), "clearing never folds the panel under the visitor");
    say(&mut widget, "nonsense", Some(true));
    assert!(widget.ready().is_empty(), "an unknown question changes nothing");
}

#[test]
fn each_no_brings_its_own_next_step_and_yes_none() {
    let mut widget = widget(false);
    for question in QUESTIONS {
        say(&mut widget, question, Some(false));
    }
    let lines = summary_lines(widget.text(), widget.ready());
    assert_eq!(lines.len(), 4);
    let steps: Vec<&str> = lines.iter().map(|line| line.suggestion.as_deref().expect("a next step")).collect();
    assert!(steps[0].contains("Not deciding today is also a choice"), "{}", steps[0]);
    assert!(steps[1].contains("Questions to ask"), "{}", steps[1]);
    assert!(steps[2].contains("What matters most to you?"), "{}", steps[2]);
    assert!(steps[3].contains("your own doctor"), "{}", steps[3]);
    for (index, step) in steps.iter().enumerate() {
        assert!(!steps[..index].contains(step), "each question has its own next step");
    }
    assert!(lines.iter().all(|line| line.answer == "No"));
    say(&mut widget, "support", Some(true));
    let lines = summary_lines(widget.text(), widget.ready());
    assert_eq!((lines[3].answer.as_str(), lines[3].suggestion.as_deref()), ("Yes", None));
    assert_eq!(lines[3].question, "Do you have enough support and advice to make a choice?");
}

#[test]
fn the_summary_lists_only_what_was_answered_in_the_visitors_language() {
    let mut widget = widget(false);
    widget.update(Msg::SwitchLanguage("es".into()));
    say(&mut widget, "values", Some(false));
    let lines = summary_lines(widget.text(), widget.ready());
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].question, "¿Tiene claro qué beneficios y qué riesgos le importan más?");
    assert_eq!(lines[0].answer, "No");
    let (heading, text) = text_part(widget.text(), &lines).expect("a part");
    assert_eq!(heading, "¿Tiene lo que necesita para decidir?");
    assert!(
        text[0].starts_with(
            "¿Tiene claro qué beneficios y qué riesgos le importan más? No. En «¿Qué es lo más importante"
        ),
        "{}",
        text[0]
    );
}

#[test]
fn the_saved_copy_of_the_summary_carries_the_answers() {
    let mut widget = widget(false);
    widget.update(Msg::Flow(choose("condition", "lupus")));
    say(&mut widget, "sure", Some(false));
    let effects = widget.update(Msg::SaveSummary);
    let Some(Effect::Download { text, .. }) = effects.first() else { panic!("a download: {effects:?}") };
    assert!(text.contains("Ready to decide?"), "the part's heading");
    assert!(text.contains("Do you feel sure about the best choice for you? No. It is fine to take your time."));
}

#[test]
fn answers_are_stored_only_after_the_opt_in_and_restored() {
    let mut widget = widget(false);
    widget.update(Msg::Flow(choose("condition", "lupus")));
    assert!(stored(&say(&mut widget, "sure", Some(true))).is_empty(), "nothing stored before the opt-in");
    let first = stored(&widget.update(Msg::Remember(true)));
    assert_eq!(first.len(), 1);
    assert!(first[0].contains(r#""ready":{"sure":true}"#), "{}", first[0]);
    let changed = stored(&say(&mut widget, "support", Some(false)));
    assert_eq!(changed.len(), 1, "one store a change");
    assert!(stored(&say(&mut widget, "support", Some(false))).is_empty(), "the same answer again stores nothing");

    let content = widget.content().clone();
    let saved = decode(&content.questionnaire, &changed[0], common::parse_json).expect("reads back");
    let mut expected = Ready::default();
    expected.set("sure", Some(true));
    expected.set("support", Some(false));
    assert_eq!(saved.ready, expected);
    let start = joint_intake_model::widget::Start { saved: Some(saved), ..Default::default() };
    let restored = Widget::new(content, start);
    assert_eq!(restored.ready(), &expected, "the answers come back with the save");
    assert!(restored.values_open(), "and show, open, where they were given");
}

#[test]
fn starting_over_clears_the_answers() {
    let mut widget = widget(false);
    say(&mut widget, "sure", Some(false));
    let effects = widget.update(Msg::StartOver);
    assert!(widget.ready().is_empty());
    assert!(!widget.values_open());
    assert!(effects.iter().any(|effect| matches!(effect, Effect::Emit(_))), "a real reset is announced: {effects:?}");
}

#[test]
fn a_save_without_answers_to_these_questions_keeps_its_old_shape() {
    let content = common::content();
    let plain = encode(&content.questionnaire, "en", &lupus());
    assert_eq!(plain, encode_with_ready(&content.questionnaire, "en", &lupus(), &Ready::default()));
    assert!(!plain.contains("ready"));
    let saved = decode(&content.questionnaire, &plain, common::parse_json).expect("an older save still reads");
    assert!(saved.ready.is_empty());
}

#[test]
fn damaged_answers_to_these_questions_discard_the_save() {
    let content = common::content();
    let questionnaire = &content.questionnaire;
    let mut ready = Ready::default();
    ready.set("values", Some(false));
    let good = encode_with_ready(questionnaire, "en", &lupus(), &ready);
    assert!(decode(questionnaire, &good, common::parse_json).is_some());
    for bad in [
        good.replace(r#""values":false"#, r#""values":"no""#),
        good.replace(r#""values":false"#, r#""values":null"#),
        good.replace(r#""values":false"#, r#""values":0"#),
        good.replace(r#""values":false"#, r#""other":false"#),
        good.replace(r#""ready":{"values":false}"#, r#""ready":[false]"#),
        good.replace(r#""ready":{"values":false}"#, r#""ready":true"#),
        good.replace(r#""ready":"#, r#""extra":1,"ready":"#),
        good.replace(r#","ready":{"values":false}"#, r#","readyx":{}"#),
        good.replace(r#""answers":"#, r#""answer":"#),
    ] {
        assert_eq!(decode(questionnaire, &bad, common::parse_json), None, "accepted {bad}");
    }
}
