//! The whole widget's rules, natively: what is stored and when, which events fire, where focus
//! goes, what the standalone page's history and address do, and how the language is chosen.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use joint_intake_content::testing::{choose, content, widget};
use joint_intake_model::events::WidgetEvent;
use joint_intake_model::flow::Action;
use joint_intake_model::saved::{decode, Saved};
use joint_intake_model::widget::{EarlyInput, Effect, Focus, LanguageLoad, Msg, Notice, Start, Widget};

fn answer(widget: &mut Widget, question: &str, option: &str) -> Vec<Effect> {
    widget.update(Msg::Flow(choose(question, option)))
}

fn continue_on(widget: &mut Widget) -> Vec<Effect> {
    widget.update(Msg::Flow(Action::Continue))
}

fn stored(effects: &[Effect]) -> Vec<&str> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Store(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn events(effects: &[Effect]) -> Vec<&'static str> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Emit(event) => Some(event.name()),
            _ => None,
        })
        .collect()
}

fn saved_lupus() -> Saved {
    let mut widget = widget(false);
    widget.update(Msg::Remember(true));
    let effects = answer(&mut widget, "condition", "lupus");
    let text = stored(&effects)[0].to_owned();
    decode(&widget.content().questionnaire, &text, joint_intake_content::testing::parse_json).expect("reads back")
}

#[test]
fn showing_the_widget_announces_ready_and_moves_no_focus() {
    let first_step = Effect::Emit(WidgetEvent::Step { step: "condition".into() });
    let effects = widget(false).update(Msg::Shown);
    assert_eq!(effects, [Effect::Emit(WidgetEvent::Ready), first_step.clone()], "embedded: history left alone");
    let effects = widget(true).update(Msg::Shown);
    assert_eq!(
        effects,
        [
            Effect::Emit(WidgetEvent::Ready),
            first_step,
            Effect::ReplaceHistory("condition".into()),
            Effect::ShowLanguage("en".into()),
        ]
    );
    assert!(!effects.iter().any(|effect| matches!(effect, Effect::Focus(_))), "no focus grab on page load");
}

#[test]
fn nothing_is_stored_until_the_visitor_opts_in() {
    let mut widget = widget(false);
    assert!(stored(&answer(&mut widget, "condition", "lupus")).is_empty());
    assert!(stored(&continue_on(&mut widget)).is_empty());
    let effects = widget.update(Msg::Remember(true));
    assert_eq!(stored(&effects).len(), 1, "ticking the box saves what is already answered");
    assert!(stored(&effects)[0].contains("\"lupus\""));
    assert_eq!(stored(&answer(&mut widget, "diagnosed", "yes")).len(), 1, "each answer is kept current");
    assert!(
        stored(&widget.update(Msg::Flow(Action::Back))).is_empty(),
        "moving without changing answers stores nothing"
    );
}

#[test]
fn unticking_or_forgetting_wipes_the_device_copy() {
    let mut widget = widget(false);
    widget.update(Msg::Remember(true));
    assert_eq!(widget.update(Msg::Remember(false)), [Effect::Forget]);
    assert!(!widget.remember());
    assert!(stored(&answer(&mut widget, "condition", "lupus")).is_empty(), "unticked: nothing is stored");

    widget.update(Msg::Remember(true));
    answer(&mut widget, "condition", "lupus");
    let effects = widget.update(Msg::Forget);
    assert_eq!(effects.first(), Some(&Effect::Forget));
    assert!(stored(&effects).is_empty(), "forgetting never stores again");
    assert_eq!(events(&effects), ["intake:reset", "intake:step"]);
    assert!(widget.flow().answers().is_empty() && !widget.remember());
    assert_eq!(widget.notice(), Some(Notice::Forgotten));
}

#[test]
fn saved_answers_restore_with_a_notice_and_their_language() {
    let mut saved = saved_lupus();
    saved.language = "es".into();
    let start = Start { language: "en".into(), saved: Some(saved), ..Start::default() };
    let widget = Widget::new(Rc::new(content()), start);
    assert_eq!(widget.flow().step_id(), "diagnosed", "restored to the first unanswered question");
    assert!(widget.remember());
    assert_eq!(widget.notice(), Some(Notice::Restored));
    assert_eq!(widget.language(), "es");
}

#[test]
fn an_unknown_language_falls_back_to_the_default_and_switching_keeps_answers() {
    let start = Start { language: "fr".into(), ..Start::default() };
    let mut widget = Widget::new(Rc::new(content()), start);
    assert_eq!(widget.language(), "en");
    answer(&mut widget, "condition", "lupus");
    assert!(widget.update(Msg::SwitchLanguage("es".into())).is_empty(), "embedded: no address change");
    assert_eq!(widget.language(), "es");
    assert_eq!(widget.flow().answers().selected("condition"), ["lupus"]);
    assert!(widget.update(Msg::SwitchLanguage("xx".into())).is_empty());
    assert_eq!(widget.language(), "es", "an unknown language is ignored");
}

#[test]
fn switching_language_on_the_standalone_page_updates_the_address_and_the_save() {
    let mut widget = widget(true);
    widget.update(Msg::Remember(true));
    let effects = widget.update(Msg::SwitchLanguage("es".into()));
    assert_eq!(effects[0], Effect::ShowLanguage("es".into()));
    assert!(stored(&effects)[0].contains("\"language\":\"es\""));
}

#[test]
fn every_move_announces_the_step_and_focuses_its_heading_and_a_refusal_focuses_the_summary() {
    let mut widget = widget(false);
    let effects = continue_on(&mut widget);
    assert_eq!(effects, [Effect::Focus(Focus::ErrorSummary)]);
    assert_eq!(continue_on(&mut widget), [Effect::Focus(Focus::ErrorSummary)], "again on every refused press");
    answer(&mut widget, "condition", "lupus");
    let effects = continue_on(&mut widget);
    assert_eq!(effects, [Effect::Emit(WidgetEvent::Step { step: "diagnosed".into() }), Effect::Focus(Focus::Heading)]);
}

#[test]
fn reaching_the_results_sends_the_answers_and_a_fhir_response() {
    let mut widget = widget(false);
    for (question, option) in [("condition", "lupus"), ("diagnosed", "yes")] {
        answer(&mut widget, question, option);
        continue_on(&mut widget);
    }
    widget.update(Msg::Flow(Action::Toggle { question: "medications".into(), option: "none".into(), checked: true }));
    continue_on(&mut widget);
    widget.update(Msg::Flow(Action::Toggle { question: "goals".into(), option: "less_pain".into(), checked: true }));
    continue_on(&mut widget);
    assert_eq!(widget.flow().step_id(), "review");
    let effects = continue_on(&mut widget);
    assert_eq!(events(&effects), ["intake:step", "intake:complete"]);
    let Some(Effect::Emit(WidgetEvent::Complete { answers, questionnaire_response })) = effects.get(1) else {
        panic!("no complete event: {effects:?}");
    };
    assert_eq!(answers.get("condition").and_then(|value| value.as_str()), Some("lupus"));
    assert_eq!(
        questionnaire_response.get("resourceType").and_then(|value| value.as_str()),
        Some("QuestionnaireResponse")
    );
    // The shell sends the event with the time it reads; the response is dated then.
    let detail = effects_detail(&effects[1], 1_796_117_400_000);
    let sent = detail.get("questionnaireResponse").unwrap();
    assert_eq!(sent.get("authored").and_then(|value| value.as_str()), Some("2026-12-01T09:30:00Z"));
    assert_eq!(sent.get("item"), questionnaire_response.get("item"));
}

fn effects_detail(effect: &Effect, now_unix_millis: i64) -> joint_intake_model::json::Json {
    let Effect::Emit(event) = effect else { panic!("not an event: {effect:?}") };
    event.detail(now_unix_millis)
}

#[test]
fn the_standalone_page_pushes_each_step_but_only_records_browser_moves() {
    let mut widget = widget(true);
    answer(&mut widget, "condition", "lupus");
    let effects = continue_on(&mut widget);
    assert_eq!(effects.last(), Some(&Effect::PushHistory("diagnosed".into())));
    let effects = widget.update(Msg::BrowserMoved("condition".into()));
    assert_eq!(widget.flow().step_id(), "condition");
    assert_eq!(effects.last(), Some(&Effect::ReplaceHistory("condition".into())), "the browser already moved");
    let effects = widget.update(Msg::BrowserMoved("results".into()));
    assert_eq!(widget.flow().step_id(), "diagnosed", "an unreachable step lands on the first unanswered one");
    assert_eq!(effects.last(), Some(&Effect::ReplaceHistory("diagnosed".into())));
}

#[test]
fn start_over_fires_one_reset_and_returns_to_the_first_question() {
    let mut widget = widget(false);
    answer(&mut widget, "condition", "lupus");
    continue_on(&mut widget);
    let effects = widget.update(Msg::StartOver);
    assert_eq!(events(&effects), ["intake:reset", "intake:step"]);
    assert_eq!(effects.last(), Some(&Effect::Focus(Focus::Heading)));
    assert_eq!(widget.flow().step_id(), "condition");
    assert!(widget.flow().answers().is_empty());
}

#[test]
fn print_save_and_error_links_are_effects_for_the_page() {
    let mut widget = widget(false);
    assert_eq!(widget.update(Msg::Print), [Effect::Print]);
    assert_eq!(
        widget.update(Msg::FocusControl("iw1-condition-lupus".into())),
        [Effect::Focus(Focus::Control("iw1-condition-lupus".into()))]
    );
    answer(&mut widget, "condition", "lupus");
    let effects = widget.update(Msg::SaveSummary);
    let [Effect::Download { file_name, mime, text, share: false }] = effects.as_slice() else { panic!("{effects:?}") };
    assert!(file_name.ends_with(".html") && mime.starts_with("text/html"), "a page any phone opens: {file_name}");
    assert!(text.contains("Lupus"), "the file holds the visitor's answers: {text}");
    // "Share" hands the same file to the share sheet; the page decides nothing else.
    let shared = widget.update(Msg::ShareSummary);
    let [Effect::Download { file_name: shared_name, mime: shared_mime, text: shared_text, share: true }] =
        shared.as_slice()
    else {
        panic!("{shared:?}")
    };
    assert_eq!((shared_name, shared_mime, shared_text), (file_name, mime, text));
}

#[test]
fn the_saved_summary_says_what_the_clinic_declared_it_sells() {
    use joint_intake_model::settings::{ClinicSells, Settings};
    let settings = Settings {
        clinic_name: Some("Joint Care Clinic".into()),
        clinic_sells: Some(ClinicSells { stem_cells: true, prp: false }),
        ..Settings::default()
    };
    let start = Start { language: "en".into(), settings: Rc::new(settings), ..Start::default() };
    let mut widget = Widget::new(Rc::new(content()), start);
    answer(&mut widget, "condition", "lupus");
    let Effect::Download { text, .. } = &widget.update(Msg::SaveSummary)[0] else { panic!() };
    assert!(
        text.contains(
            "<li>Joint Care Clinic sells stem-cell injections. A clinic earns money from the treatments it sells.</li>"
        ),
        "{text}"
    );
}

fn early(choice: Option<&str>, remember: bool, continued: bool) -> Start {
    let early = EarlyInput { choice: choice.map(str::to_owned), remember, continued };
    Start { language: "en".into(), standalone: true, early, ..Start::default() }
}

#[test]
fn an_early_choice_on_the_pre_rendered_page_is_kept() {
    let mut widget = Widget::new(Rc::new(content()), early(Some("osteoarthritis"), false, false));
    assert_eq!(widget.flow().answers().selected("condition"), ["osteoarthritis"]);
    assert!(!widget.remember() && widget.notice().is_none());
    let effects = widget.update(Msg::Shown);
    assert!(stored(&effects).is_empty() && !effects.contains(&Effect::Focus(Focus::Heading)), "{effects:?}");
    assert_eq!(widget.flow().step_id(), "condition");
}

#[test]
fn an_early_remember_tick_and_continue_are_carried_out_once_the_widget_is_shown() {
    let mut widget = Widget::new(Rc::new(content()), early(Some("lupus"), true, true));
    assert_eq!(widget.flow().step_id(), "condition", "nothing happens before the widget is on screen");
    let effects = widget.update(Msg::Shown);
    assert!(widget.remember(), "the box stays ticked");
    assert_eq!(stored(&effects).len(), 1, "the answer is saved once: {effects:?}");
    let next = widget.flow().step_id().to_owned();
    assert_ne!(next, "condition", "the early Continue moved on");
    for expected in [
        Effect::Emit(WidgetEvent::Step { step: next.clone() }),
        Effect::Focus(Focus::Heading),
        Effect::PushHistory(next.clone()),
    ] {
        assert!(effects.contains(&expected), "{expected:?} missing from {effects:?}");
    }
    assert!(widget.update(Msg::Shown).iter().all(|effect| !matches!(effect, Effect::Focus(_))), "only once");
    assert_eq!(widget.flow().step_id(), next);
}

#[test]
fn an_early_continue_with_nothing_chosen_shows_the_error_as_a_live_press_would() {
    let mut widget = Widget::new(Rc::new(content()), early(None, false, true));
    let effects = widget.update(Msg::Shown);
    assert!(effects.contains(&Effect::Focus(Focus::ErrorSummary)), "{effects:?}");
    assert!(widget.flow().error().is_some());
}

#[test]
fn restored_answers_win_over_what_was_done_on_the_pre_rendered_page() {
    let restore = |early_input| {
        let start = Start { saved: Some(saved_lupus()), ..early_input };
        let mut widget = Widget::new(Rc::new(content()), start);
        widget.update(Msg::Shown);
        widget
    };
    let widget = restore(early(Some("osteoarthritis"), false, true));
    let plain = restore(early(None, false, false));
    assert_eq!(widget.flow().answers().selected("condition"), ["lupus"]);
    assert_eq!(widget.flow().step_id(), plain.flow().step_id(), "the early Continue does not move a restored flow");
    assert_eq!(widget.notice(), Some(Notice::Restored));
}

#[test]
fn a_refused_save_tells_the_visitor_unticks_the_box_and_stores_nothing_more() {
    let mut widget = widget(false);
    answer(&mut widget, "condition", "lupus");
    assert_eq!(stored(&widget.update(Msg::Remember(true))).len(), 1);
    assert!(widget.update(Msg::StorageFailed).is_empty());
    assert!(!widget.remember(), "the box is unticked");
    assert_eq!(widget.notice(), Some(Notice::SaveFailed));
    continue_on(&mut widget);
    assert!(stored(&answer(&mut widget, "diagnosed", "yes")).is_empty(), "no further attempt to store");
    assert!(stored(&widget.update(Msg::SwitchLanguage("es".into()))).is_empty());
    assert_eq!(widget.notice(), Some(Notice::SaveFailed), "the notice stays until the visitor acts on the box");
    assert!(!widget.content().language("es").ui.get("privacy.save_failed").is_empty());
}

#[test]
fn a_save_none_of_whose_answers_still_apply_restores_nothing_and_claims_nothing() {
    let shipped = content();
    let mut narrowed = shipped.clone();
    narrowed.questionnaire = Rc::new(shipped.questionnaire.offering("condition", &["osteoarthritis".to_owned()]));
    let narrowed = Rc::new(narrowed);
    let mut saved = saved_lupus();
    saved.language = "es".into();
    let start = |saved: Saved| Start { language: "en".into(), saved: Some(saved), ..Start::default() };

    let widget = Widget::new(Rc::clone(&narrowed), start(saved.clone()));
    assert!(widget.flow().answers().is_empty(), "lupus is not offered here");
    assert_eq!(widget.notice(), None, "no claim that answers were filled in");
    assert!(!widget.remember());
    assert_eq!(widget.flow().step_id(), "condition");
    assert_eq!(widget.language(), "en", "nothing was restored, not even the language");

    saved.answers.toggle("goals", "less_pain", true);
    let widget = Widget::new(narrowed, start(saved));
    assert_eq!(widget.flow().answers().selected("goals"), ["less_pain"]);
    assert_eq!(widget.notice(), Some(Notice::Restored), "what survived was filled in");
    assert!(widget.remember());
}

#[test]
fn start_over_and_forget_on_a_fresh_widget_fire_no_second_reset() {
    let mut widget = widget(false);
    answer(&mut widget, "condition", "lupus");
    continue_on(&mut widget);
    assert_eq!(events(&widget.update(Msg::StartOver)), ["intake:reset", "intake:step"]);
    assert!(widget.update(Msg::StartOver).is_empty(), "already fresh: nothing to reset");
    assert_eq!(widget.flow().step_id(), "condition");

    widget.update(Msg::Remember(true));
    let effects = widget.update(Msg::Forget);
    assert_eq!(effects, [Effect::Forget], "the device copy still goes, with no reset event");
    assert_eq!(widget.notice(), Some(Notice::Forgotten));
    assert!(!widget.remember());
    assert!(widget.update(Msg::Forget).iter().all(|effect| *effect == Effect::Forget));

    continue_on(&mut widget);
    assert!(widget.flow().error().is_some());
    assert!(events(&widget.update(Msg::StartOver)).is_empty(), "an error shown is not an answer");
    assert!(widget.flow().error().is_none(), "but it is cleared");
}

#[test]
fn invisible_only_text_counts_as_missing_and_is_trimmed_when_exported() {
    let mut widget = widget(false);
    for (question, option) in [("condition", "lupus"), ("diagnosed", "yes")] {
        answer(&mut widget, question, option);
        continue_on(&mut widget);
    }
    widget.update(Msg::Flow(Action::Toggle { question: "medications".into(), option: "other".into(), checked: true }));
    for invisible in [
        " \t\n",
        "\u{200B}\u{200C}\u{200D}",
        "\u{2060}\u{FEFF}",
        "\u{200E}\u{200F}",
        "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}",
        "\u{2066}\u{2067}\u{2068}\u{2069}",
        " \u{200B} \u{202E}\u{FEFF} ",
    ] {
        widget.update(Msg::Flow(Action::EnterText { question: "medications".into(), text: invisible.into() }));
        assert_eq!(continue_on(&mut widget), [Effect::Focus(Focus::ErrorSummary)], "{invisible:?}");
        assert_eq!(widget.flow().step_id(), "medications");
    }
    widget.update(Msg::Flow(Action::EnterText {
        question: "medications".into(),
        text: "\u{200B}\u{202E} fish oil\u{2069}\u{FEFF}".into(),
    }));
    continue_on(&mut widget);
    assert_eq!(widget.flow().step_id(), "goals");
    widget.update(Msg::Flow(Action::Toggle { question: "goals".into(), option: "less_pain".into(), checked: true }));
    continue_on(&mut widget);
    let effects = continue_on(&mut widget);
    let Some(Effect::Emit(WidgetEvent::Complete { answers, questionnaire_response })) = effects.get(1) else {
        panic!("no complete event: {effects:?}");
    };
    assert_eq!(answers.get("medications_other_text").and_then(|value| value.as_str()), Some("fish oil"));
    let text_item = questionnaire_response
        .get("item")
        .and_then(|items| items.as_array())
        .and_then(|items| {
            items.iter().find(|item| item.get("linkId").and_then(|id| id.as_str()) == Some("medications.other.text"))
        })
        .unwrap_or_else(|| panic!("no free-text item: {questionnaire_response}"));
    assert_eq!(text_item.get("answer").unwrap().to_string(), r#"[{"valueString":"fish oil"}]"#);
    let Effect::Download { text, .. } = &widget.update(Msg::SaveSummary)[0] else { panic!() };
    assert!(text.contains(": fish oil<") || text.contains(": fish oil\n"), "{text}");
}

/// The content as the widget carries it: the default language only; the others are offered.
fn carried() -> (Rc<joint_intake_model::content::Content>, Rc<joint_intake_model::content::Language>) {
    let mut content = content();
    let spanish = content.languages.remove(1);
    (Rc::new(content), spanish)
}

#[test]
fn a_visitor_who_reads_spanish_waits_for_it_rather_than_seeing_english_first() {
    let (content, spanish) = carried();
    let start = Start { language: "es".into(), standalone: true, ..Start::default() };
    let mut widget = Widget::new(Rc::clone(&content), start);
    assert!(widget.awaiting_language(), "a loading note, not the English questions");
    assert_eq!(widget.language_load(), &LanguageLoad::Loading("es".into()));
    let effects = widget.update(Msg::Shown);
    assert_eq!(effects[0], Effect::LoadLanguage("es".into()), "{effects:?}");
    let effects = widget.update(Msg::LanguageLoaded(spanish));
    assert!(!widget.awaiting_language());
    assert_eq!(widget.language(), "es");
    assert!(effects.contains(&Effect::ShowLanguage("es".into())), "{effects:?}");
    assert_eq!(widget.text().ui.get("language.switch"), "Leer en español");
}

#[test]
fn switching_to_a_language_not_yet_loaded_loads_it_once_and_then_switches() {
    let (content, spanish) = carried();
    let mut widget = Widget::new(content, Start { language: "en".into(), ..Start::default() });
    widget.update(Msg::Shown);
    answer(&mut widget, "condition", "lupus");
    assert_eq!(widget.update(Msg::SwitchLanguage("es".into())), [Effect::LoadLanguage("es".into())]);
    assert!(widget.update(Msg::SwitchLanguage("es".into())).is_empty(), "a second press fetches nothing more");
    assert_eq!(widget.language(), "en", "the page stays readable while Spanish loads");
    assert!(!widget.awaiting_language(), "nothing is hidden while switching");
    widget.update(Msg::LanguageLoaded(spanish));
    assert_eq!(widget.language(), "es");
    assert_eq!(widget.flow().answers().selected("condition"), ["lupus"], "answers are kept");
    assert!(widget.update(Msg::SwitchLanguage("en".into())).is_empty(), "English is carried: no fetch");
    assert!(widget.update(Msg::SwitchLanguage("es".into())).is_empty(), "Spanish is loaded now: no second fetch");
    assert_eq!(widget.language(), "es");
}

#[test]
fn a_language_arriving_is_shared_by_every_widget_and_copies_no_content() {
    let (content, spanish) = carried();
    let english = Rc::clone(&content.languages[0]);
    let start = || Start { language: "es".into(), ..Start::default() };
    let mut first = Widget::new(Rc::clone(&content), start());
    let mut second = Widget::new(Rc::clone(&content), start());
    for widget in [&mut first, &mut second] {
        widget.update(Msg::Shown);
        widget.update(Msg::LanguageLoaded(Rc::clone(&spanish)));
        assert_eq!(widget.language(), "es");
        assert!(Rc::ptr_eq(widget.content(), &content), "the page's content was copied for one widget");
        assert!(Rc::ptr_eq(widget.text(), &spanish), "the arriving language was copied");
    }
    assert!(Rc::ptr_eq(first.text(), second.text()), "two widgets hold two copies of Spanish");
    first.update(Msg::SwitchLanguage("en".into()));
    assert!(Rc::ptr_eq(first.text(), &english), "English was copied when Spanish arrived");
    assert_eq!(Rc::strong_count(&content), 3, "the content is held once per widget, never cloned");
}

#[test]
fn a_widget_starts_in_a_language_the_page_already_has_without_loading_it() {
    let (content, spanish) = carried();
    let start = Start { language: "es".into(), languages: vec![Rc::clone(&spanish)], ..Start::default() };
    let mut widget = Widget::new(content, start);
    assert!(!widget.awaiting_language(), "no loading note for a language the page has");
    assert_eq!(widget.language(), "es");
    assert!(Rc::ptr_eq(widget.text(), &spanish));
    let effects = widget.update(Msg::Shown);
    assert!(!effects.iter().any(|effect| matches!(effect, Effect::LoadLanguage(_))), "{effects:?}");
}

#[test]
fn a_language_that_cannot_load_leaves_the_widget_usable_with_a_notice() {
    let (content, _) = carried();
    let mut widget = Widget::new(content, Start { language: "es".into(), ..Start::default() });
    widget.update(Msg::Shown);
    widget.update(Msg::LanguageFailed("es".into()));
    assert!(!widget.awaiting_language(), "the questions show, in English");
    assert_eq!(widget.language(), "en");
    assert_eq!(widget.notice(), Some(Notice::LanguageFailed));
    assert_eq!(widget.language_load(), &LanguageLoad::Failed("es".into()));
    assert_eq!(
        widget.update(Msg::SwitchLanguage("es".into())),
        [Effect::LoadLanguage("es".into())],
        "it can be asked again"
    );
    assert_eq!(widget.notice(), None, "the failure notice goes while it is tried again");
    widget.update(Msg::LanguageFailed("en".into()));
    assert_eq!(
        widget.language_load(),
        &LanguageLoad::Loading("es".into()),
        "a failure for another language changes nothing"
    );
}
