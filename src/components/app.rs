//! The root view: owns the flow in a reducer, picks the page for the current step, moves focus
//! on every step change, reports steps to the host page, and keeps the visitor's language and
//! storage choices.

use std::rc::Rc;

use yew::prelude::*;

use super::check_answers::CheckAnswers;
use super::language_switch::LanguageSwitch;
use super::privacy::Privacy;
use super::question_page::QuestionPage;
use super::results::Results;
use super::texts::Texts;
use crate::core::content::Content;
use crate::core::events::{answers_for_host, WidgetEvent};
use crate::core::fhir;
use crate::core::flow::{Action, Flow, Step};
use crate::core::saved::{encode, Saved, StoreRequest};
use crate::core::settings::{direction, Settings};
use crate::host::{dom, history};

impl Reducible for Flow {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub content: Rc<Content>,
    /// A language code of the content ("en"); unknown codes fall back to the default language.
    pub language: AttrValue,
    /// Prefix for element ids, unique per widget on the page.
    pub id_prefix: AttrValue,
    /// The standalone page: steps become browser-history entries and the language is kept in
    /// the address (`?lang=`), so Back, Forward and links work as visitors expect.
    #[prop_or_default]
    pub standalone: bool,
    /// Answers the visitor chose to keep on this device earlier.
    #[prop_or_default]
    pub saved: Option<Rc<Saved>>,
    /// An option the visitor picked on the pre-rendered first question before the widget started.
    #[prop_or_default]
    pub first_choice: Option<AttrValue>,
    /// What the host page configured (clinic name, contact address), already checked.
    #[prop_or_default]
    pub settings: Rc<Settings>,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    #[prop_or_default]
    pub on_store: Callback<StoreRequest>,
}

/// A one-line message at the top of the widget about the visitor's saved answers.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    Restored,
    Forgotten,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let flow = use_reducer(|| {
        let fresh = Flow::new(Rc::clone(&props.content.questionnaire));
        match (&props.saved, &props.first_choice) {
            (Some(saved), _) => fresh.apply(Action::Restore(saved.answers.clone())),
            (None, Some(option)) => {
                let question = fresh.step_id().to_owned();
                fresh.apply(Action::Choose { question, option: option.to_string() })
            }
            (None, None) => fresh,
        }
    });
    let language = use_state(|| {
        let saved = props.saved.as_ref().map(|saved| saved.language.as_str());
        let known = |code: &&str| props.content.languages.iter().any(|language| language.code == *code);
        saved.filter(known).unwrap_or(&props.language).to_owned()
    });
    let remember = use_state(|| props.saved.is_some());
    let notice = use_state(|| props.saved.as_ref().map(|_| Notice::Restored));
    let texts = Texts::new(Rc::clone(&props.content), &language);
    let heading_ref = use_node_ref();
    let summary_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let on_action = {
        let flow = flow.clone();
        Callback::from(move |action| flow.dispatch(action))
    };

    {
        let on_event = props.on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    {
        let on_event = props.on_event.clone();
        let step = flow.step_id().to_owned();
        // Only what the effect needs is captured; the event's detail is built when it fires,
        // not on every render of the results.
        let finished = (flow.step() == Step::Results).then(|| (Rc::clone(&props.content), flow.answers().clone()));
        let heading_ref = heading_ref.clone();
        let first_render = Rc::clone(&first_render);
        use_effect_with(flow.moves(), move |_| {
            on_event.emit(WidgetEvent::Step { step });
            if let Some((content, answers)) = finished {
                on_event.emit(WidgetEvent::Complete {
                    answers: answers_for_host(&content.questionnaire, &answers),
                    questionnaire_response: fhir::questionnaire_response(&content, &answers),
                });
            }
            // A widget must not grab focus as the page loads; after that, every new step does.
            if !first_render.replace(false) {
                dom::focus(&heading_ref);
            }
        });
    }
    {
        let summary_ref = summary_ref.clone();
        use_effect_with(flow.rejections(), move |rejections| {
            if *rejections > 0 {
                dom::focus(&summary_ref);
            }
        });
    }
    {
        // Keep the device's copy current while the visitor has asked for one.
        let on_store = props.on_store.clone();
        let questionnaire = Rc::clone(&props.content.questionnaire);
        use_effect_with(
            (flow.answers().clone(), (*language).clone(), *remember),
            move |(answers, language, remember)| {
                if *remember {
                    on_store.emit(StoreRequest::Save(encode(&questionnaire, language, answers)));
                }
            },
        );
    }
    history::use_browser_history(props.standalone, flow.step_id().to_owned(), flow.moves(), on_action.clone());
    history::use_address_language(props.standalone, (*language).clone());

    let on_switch = {
        let language = language.clone();
        Callback::from(move |code: String| language.set(code))
    };
    let on_remember = {
        let (remember, notice, on_store) = (remember.clone(), notice.clone(), props.on_store.clone());
        Callback::from(move |checked: bool| {
            remember.set(checked);
            notice.set(None);
            if !checked {
                on_store.emit(StoreRequest::Forget);
            }
        })
    };
    let start_over = {
        let (on_event, on_action) = (props.on_event.clone(), on_action.clone());
        Callback::from(move |()| {
            on_event.emit(WidgetEvent::Reset);
            on_action.emit(Action::StartOver);
        })
    };
    let on_forget = {
        let (remember, notice, on_store, start_over) =
            (remember.clone(), notice.clone(), props.on_store.clone(), start_over.clone());
        Callback::from(move |()| {
            on_store.emit(StoreRequest::Forget);
            remember.set(false);
            notice.set(Some(Notice::Forgotten));
            start_over.emit(());
        })
    };

    let back = flow.previous().map(|_| {
        let onclick = on_action.reform(|_: MouseEvent| Action::Back);
        html! { <button type="button" class="iw-back-link" {onclick}>{ texts.t("back") }</button> }
    });
    let progress = flow.progress().map(|(current, total)| {
        texts.ui().fill("progress", &[("current", &current.to_string()), ("total", &total.to_string())])
    });
    let intro = (flow.step() == Step::Question(0)).then(|| {
        let provided_by = props
            .settings
            .clinic_name
            .as_deref()
            .map(|clinic| texts.ui().fill("clinic.provided_by", &[("clinic", clinic)]));
        html! {
            <>
                if let Some(provided_by) = provided_by {
                    <p class="iw-caption iw-provided-by">{ provided_by }</p>
                }
                <p class="iw-body iw-intro">{ texts.t("widget.intro") }</p>
            </>
        }
    });
    let notice_text = notice.map(|notice| match notice {
        Notice::Restored => texts.t("privacy.restored"),
        Notice::Forgotten => texts.t("privacy.forgotten"),
    });

    let page = match flow.step() {
        Step::Question(index) => html! {
            <QuestionPage
                texts={texts.clone()}
                {index}
                answers={flow.answers().clone()}
                error={flow.error().cloned()}
                id_prefix={props.id_prefix.clone()}
                heading_ref={heading_ref.clone()}
                summary_ref={summary_ref.clone()}
                on_action={on_action.clone()}
            />
        },
        Step::Review => html! {
            <CheckAnswers
                texts={texts.clone()}
                answers={flow.answers().clone()}
                questions={flow.enabled_questions().collect::<Vec<_>>()}
                heading_ref={heading_ref.clone()}
                on_action={on_action.clone()}
            />
        },
        Step::Results => html! {
            <Results
                texts={texts.clone()}
                answers={flow.answers().clone()}
                id_prefix={props.id_prefix.clone()}
                heading_ref={heading_ref.clone()}
                settings={Rc::clone(&props.settings)}
                on_start_over={start_over.clone()}
            />
        },
    };

    html! {
        <div class="iw" lang={texts.language().code.clone()} dir={direction(&texts.language().code)} data-step={flow.step_id().to_owned()}>
            <div class="iw-top">
                { for back }
                <LanguageSwitch content={Rc::clone(&props.content)} current={texts.language().code.clone()} {on_switch} />
            </div>
            if let Some(text) = notice_text {
                <p class="iw-notice" role="status">{ text }</p>
            }
            { for intro }
            if let Some(progress) = progress {
                <p class="iw-caption">{ progress }</p>
            }
            { page }
            <Privacy texts={texts.clone()} remember={*remember} id_prefix={props.id_prefix.clone()} {on_remember} {on_forget} />
        </div>
    }
}
