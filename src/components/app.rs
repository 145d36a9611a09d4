//! The root view: owns the flow in a reducer, picks the page for the current step, moves focus
//! on every step change, and reports steps to the host page.

use std::rc::Rc;

use yew::prelude::*;

use super::check_answers::CheckAnswers;
use super::question_page::QuestionPage;
use super::results::Results;
use super::texts::Texts;
use crate::core::content::Content;
use crate::core::events::{answers_for_host, WidgetEvent};
use crate::core::flow::{Action, Flow, Step};
use crate::host::{dom, history::use_browser_history};

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
    /// Mirror steps into browser history (the standalone page), so Back and Forward work.
    #[prop_or_default]
    pub history: bool,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let flow = use_reducer(|| Flow::new(Rc::clone(&props.content.questionnaire)));
    let texts = Texts::new(Rc::clone(&props.content), &props.language);
    let heading_ref = use_node_ref();
    let summary_ref = use_node_ref();
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
        let finished = (flow.step() == Step::Results)
            .then(|| answers_for_host(flow.questionnaire(), flow.answers()));
        let heading_ref = heading_ref.clone();
        use_effect_with(flow.moves(), move |moves| {
            on_event.emit(WidgetEvent::Step { step });
            if let Some(answers) = finished {
                on_event.emit(WidgetEvent::Complete { answers });
            }
            // The first step is not focused: a widget must not grab focus as the page loads.
            if *moves > 0 {
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
    use_browser_history(
        props.history,
        flow.step_id().to_owned(),
        flow.moves(),
        on_action.clone(),
    );

    let back = flow.previous().map(|_| {
        let onclick = on_action.reform(|_: MouseEvent| Action::Back);
        html! { <button type="button" class="iw-back-link" {onclick}>{ texts.t("back") }</button> }
    });
    let progress = flow.progress().map(|(current, total)| {
        texts.ui().fill(
            "progress",
            &[
                ("current", &current.to_string()),
                ("total", &total.to_string()),
            ],
        )
    });
    let intro = (flow.step() == Step::Question(0))
        .then(|| html! { <p class="iw-body iw-intro">{ texts.t("widget.intro") }</p> });

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
        Step::Results => {
            let on_start_over = {
                let on_event = props.on_event.clone();
                let on_action = on_action.clone();
                Callback::from(move |()| {
                    on_event.emit(WidgetEvent::Reset);
                    on_action.emit(Action::StartOver);
                })
            };
            html! {
                <Results
                    texts={texts.clone()}
                    answers={flow.answers().clone()}
                    id_prefix={props.id_prefix.clone()}
                    heading_ref={heading_ref.clone()}
                    {on_start_over}
                />
            }
        }
    };

    html! {
        <div class="iw" lang={texts.language().code.clone()} data-step={flow.step_id().to_owned()}>
            { for back }
            { for intro }
            if let Some(progress) = progress {
                <p class="iw-caption">{ progress }</p>
            }
            { page }
        </div>
    }
}
