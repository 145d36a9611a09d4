//! The root view. It keeps one [`Widget`] and runs every message through the model's `update`;
//! the effects that come back are handed to the web shell (`on_effects`) after the page has
//! been rendered, so focus lands on elements that exist. A struct component rather than a
//! function one, so the shell can send it messages too (the browser's Back and Forward).
//!
//! An app can be parked (given no widget: it shows nothing) and later given a new widget, which
//! starts afresh as if newly created. The web shell reuses parked apps rather than making new
//! Yew roots, because every root keeps its event listeners for the life of the page.

use std::rc::Rc;

use joint_intake_model::flow::{Action, Step};
use joint_intake_model::settings::direction;
use joint_intake_model::widget::{ids, Effect, LanguageLoad, Msg, Notice, Widget};
use yew::prelude::*;

use crate::check_answers::{check_answers, CheckAnswersProps};
use crate::language_switch::{language_switch, LanguageSwitchProps};
use crate::markup::{button, text_in};
use crate::privacy::{privacy, PrivacyProps};
use crate::question_page::{question_page, QuestionPageProps};
use crate::results::{results, ResultsProps};
use crate::start_over::StartOverAction;
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The widget as it starts; the app keeps its own copy from then on. `None` parks the app.
    pub widget: Option<Rc<Widget>>,
    /// Prefix for element ids, unique per widget on the page.
    pub id_prefix: AttrValue,
    /// Receives the effects of every message, in order, once the page shows their result.
    #[prop_or_default]
    pub on_effects: Callback<Vec<Effect>>,
}

impl AppProps {
    /// An app with nothing to show, waiting to be given a widget.
    pub fn parked() -> Self {
        Self { widget: None, id_prefix: AttrValue::default(), on_effects: Callback::noop() }
    }
}

pub struct App {
    widget: Option<Widget>,
    pending: Vec<Effect>,
    /// The widget has not been shown yet: the next render tells it (`Msg::Shown`).
    starting: bool,
}

/// Whether two props hold the very same starting widget (a new one means a new visit).
fn same_widget(one: &Option<Rc<Widget>>, other: &Option<Rc<Widget>>) -> bool {
    match (one, other) {
        (Some(one), Some(other)) => Rc::ptr_eq(one, other),
        (None, None) => true,
        _ => false,
    }
}

impl Component for App {
    type Message = Msg;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
        Self { widget: ctx.props().widget.as_deref().cloned(), pending: Vec::new(), starting: true }
    }

    fn changed(&mut self, ctx: &Context<Self>, old_props: &Self::Properties) -> bool {
        if !same_widget(&ctx.props().widget, &old_props.widget) {
            *self = <Self as Component>::create(ctx);
        }
        true
    }

    fn update(&mut self, _ctx: &Context<Self>, msg: Msg) -> bool {
        // A parked app ignores what the page still sends it.
        let Some(widget) = self.widget.as_mut() else { return false };
        self.pending.extend(widget.update(msg));
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        // Sent rather than applied here: being shown can change what shows (a Continue pressed
        // on the pre-rendered page is carried out), and only `update` leads to a new render.
        if std::mem::take(&mut self.starting) && self.widget.is_some() {
            ctx.link().send_message(Msg::Shown);
        }
        if !self.pending.is_empty() {
            ctx.props().on_effects.emit(std::mem::take(&mut self.pending));
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let Some(widget) = &self.widget else { return Html::default() };
        if let (true, LanguageLoad::Loading(code)) = (widget.awaiting_language(), widget.language_load()) {
            return loading_note(widget, code);
        }
        let flow = widget.flow();
        let prefix = &ctx.props().id_prefix;
        let link = ctx.link();
        let texts = Texts::new(Rc::clone(widget.content()), Rc::clone(widget.text()));
        let on_action = link.callback(Msg::Flow);

        let back = flow.previous().map(|_| {
            let onclick = link.callback(|_: MouseEvent| Msg::Flow(Action::Back));
            button("iw-back-link", onclick, texts.t("back"))
        });
        let progress = flow.progress().map(|(current, total)| {
            texts.ui().fill("progress", &[("current", &current.to_string()), ("total", &total.to_string())])
        });
        let intro = (flow.step() == Step::Question(0)).then(|| {
            let provided_by = widget
                .settings()
                .clinic_name
                .as_deref()
                .map(|clinic| texts.ui().fill("clinic.provided_by", &[("clinic", clinic)]));
            html! {
                <>
                    if let Some(provided_by) = provided_by {
                        { text_in("p", "iw-caption iw-provided-by", &provided_by) }
                    }
                    { text_in("p", "iw-body iw-intro", texts.t("widget.intro")) }
                </>
            }
        });
        // (text, its language when not the page's): a language that failed to load is reported
        // in that language, the one the visitor reads.
        let notice: Option<(String, Option<AttrValue>)> = match widget.notice() {
            Some(Notice::Restored) => Some((texts.t("privacy.restored").to_owned(), None)),
            Some(Notice::Forgotten) => Some((texts.t("privacy.forgotten").to_owned(), None)),
            Some(Notice::SaveFailed) => Some((texts.t("privacy.save_failed").to_owned(), None)),
            Some(Notice::LanguageFailed) => match widget.language_load() {
                LanguageLoad::Failed(code) => widget
                    .content()
                    .offered(code)
                    .map(|offered| (offered.failed.clone(), Some(offered.code.clone().into()))),
                _ => None,
            },
            None => None,
        };
        let heading_id: AttrValue = ids::heading(prefix).into();

        let page = match flow.step() {
            Step::Question(index) => question_page(&QuestionPageProps {
                texts: texts.clone(),
                index,
                answers: flow.answers().clone(),
                error: flow.error().cloned(),
                id_prefix: prefix.clone(),
                heading_id: heading_id.clone(),
                caption: progress.clone(),
                on_action: on_action.clone(),
                on_focus: link.callback(Msg::FocusControl),
            }),
            Step::Review => check_answers(&CheckAnswersProps {
                texts: texts.clone(),
                answers: flow.answers().clone(),
                questions: flow.enabled_questions().collect::<Vec<_>>(),
                heading_id: heading_id.clone(),
                caption: progress.clone(),
                on_action: on_action.clone(),
            }),
            Step::Results => results(&ResultsProps {
                texts: texts.clone(),
                answers: flow.answers().clone(),
                values: widget.values().to_vec(),
                on_value: link.callback(|(value, checked)| Msg::Value { value, checked }),
                ready: widget.ready().clone(),
                on_ready: link.callback(|(question, answer)| Msg::Ready { question, answer }),
                on_reveal: link.callback(Msg::Reveal),
                id_prefix: prefix.clone(),
                heading_id: heading_id.clone(),
                settings: Rc::clone(widget.settings()),
                on_start_over: link.callback(|action| match action {
                    StartOverAction::Ask => Msg::AskStartOver,
                    StartOverAction::Confirm => Msg::StartOver,
                    StartOverAction::Cancel => Msg::CancelStartOver,
                }),
                confirming_start_over: widget.confirming_start_over(),
                values_open: widget.values_open(),
                all_comparison_rows: widget.all_comparison_rows(),
                on_all_comparison_rows: link.callback(Msg::AllComparisonRows),
                on_print: link.callback(|()| Msg::Print),
                on_save: link.callback(|()| Msg::SaveSummary),
                on_share: link.callback(|()| Msg::ShareSummary),
            }),
        };

        html! {
            <div class="iw" lang={texts.language().code.clone()} dir={direction(&texts.language().code)} data-step={flow.step_id().to_owned()}>
                <div class="iw-top">
                    { for back }
                    { language_switch(&LanguageSwitchProps {
                        content: Rc::clone(widget.content()),
                        current: texts.language().code.clone().into(),
                        loading: loading_code(widget),
                        on_switch: link.callback(Msg::SwitchLanguage),
                    }) }
                </div>
                if let Some((text, lang)) = notice {
                    <p class="iw-notice" role="status" {lang}>{ text }</p>
                }
                { for intro }
                { page }
                { privacy(&PrivacyProps {
                    texts: texts.clone(),
                    remember: widget.remember(),
                    compact: flow.step() == Step::Results,
                    id_prefix: prefix.clone(),
                    on_remember: link.callback(Msg::Remember),
                    on_forget: link.callback(|()| Msg::Forget),
                }) }
            </div>
        }
    }
}

/// The language being fetched for the visitor, if any.
fn loading_code(widget: &Widget) -> Option<AttrValue> {
    match widget.language_load() {
        LanguageLoad::Loading(code) => Some(code.clone().into()),
        _ => None,
    }
}

/// All a widget shows while the visitor's own language loads: one line, in that language.
fn loading_note(widget: &Widget, code: &str) -> Html {
    let text = widget.content().offered(code).map(|offered| offered.loading.clone()).unwrap_or_default();
    html! {
        <div class="iw" lang={code.to_owned()} dir={direction(code)} aria-busy="true">
            <p class="iw-body iw-loading" role="status">{ text }</p>
        </div>
    }
}
