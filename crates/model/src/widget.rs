//! The whole state of one widget and its one update step, in the Elm style: a [`Msg`] in, the
//! new state kept, and the [`Effect`]s out as plain data. Views render a [`Widget`] and send
//! messages; the web shell carries the effects out (storage, events, focus, history, printing,
//! files). So every rule about what is stored, announced, focused or pushed to history is tested
//! here, natively, without a browser.

use std::rc::Rc;

use crate::content::{Content, Language};
use crate::events::{answers_for_host, WidgetEvent};
use crate::fhir;
use crate::flow::{Action, Flow, Outcome, Step};
use crate::ready::Ready;
use crate::saved::{encode_with_ready, Saved};
use crate::settings::Settings;
use crate::summary::Summary;

/// How one widget starts: what the shell read from the page and the device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Start {
    /// A language code of the content; unknown codes fall back to the default language.
    pub language: String,
    /// The standalone page: steps become browser-history entries and the language is kept in
    /// the address (`?lang=`). Embedded widgets leave the host page's history alone.
    pub standalone: bool,
    /// Answers the visitor chose to keep on this device earlier.
    pub saved: Option<Saved>,
    /// What the visitor did on the pre-rendered first question before the widget started.
    pub early: EarlyInput,
    /// What the host page configured, already checked.
    pub settings: Rc<Settings>,
    /// Text of languages the page already has beyond the content's own (fetched for another
    /// widget, or alongside the wasm), shared with every widget that reads them.
    pub languages: Vec<Rc<Language>>,
}

/// What a visitor did on the early first question (pre-rendered into the standalone page, or built
/// by `embed.js` on a clinic's page) while the widget was still loading. None of it is lost: the widget starts as if it had been done to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyInput {
    /// The option picked.
    pub choice: Option<String>,
    /// "Remember my answers on this device" was ticked.
    pub remember: bool,
    /// Continue was pressed.
    pub continued: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The widget is on screen and its first question can be answered.
    Shown,
    /// Something the visitor did to the questions.
    Flow(Action),
    /// Start over now, forgetting the answers (the "Yes, start over" button).
    StartOver,
    /// The "Start over" button: ask first, in the widget, before anything is forgotten.
    AskStartOver,
    /// The question was declined (its Cancel button, or Escape).
    CancelStartOver,
    /// The comparison's rows beyond the first (and those the visitor's values stress) are shown
    /// (`true`) or folded away again, on a screen narrow enough to lay them out one under another.
    AllComparisonRows(bool),
    SwitchLanguage(String),
    /// The "Remember my answers on this device" box was ticked or unticked.
    Remember(bool),
    /// "Forget my answers".
    Forget,
    /// The device refused to keep the save (storage blocked, or full).
    StorageFailed,
    /// A language's text arrived (after `Effect::LoadLanguage`), shared with every widget on the
    /// page that reads it.
    LanguageLoaded(Rc<Language>),
    /// A language's text could not be loaded (code).
    LanguageFailed(String),
    /// The browser's Back or Forward button landed on this step id (standalone page only).
    BrowserMoved(String),
    /// A link in the error summary: move focus to the control with this element id.
    FocusControl(String),
    /// A contents link on the results: open this collapsed part (element id) and move to it.
    Reveal(String),
    /// "What matters to you": a value ticked or unticked.
    Value {
        value: String,
        checked: bool,
    },
    /// "Ready to decide?": question (id) answered yes (`Some(true)`), no, or cleared (`None`).
    Ready {
        question: String,
        answer: Option<bool>,
    },
    Print,
    SaveSummary,
    /// "Share": offered only where the web shell found the browser can share a file
    /// (`Settings::can_share_files`).
    ShareSummary,
}

/// What the widget asks the page to do. The web shell carries these out in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Fire this `intake:*` event on the mount element.
    Emit(WidgetEvent),
    /// Keep this encoded save on the device, replacing any earlier one.
    Store(String),
    /// Remove the save from the device.
    Forget,
    Focus(Focus),
    /// A new browser-history entry for this step id.
    PushHistory(String),
    /// Record this step id in the current history entry, adding none.
    ReplaceHistory(String),
    /// Show this language in the address (`?lang=`), adding no history entry.
    ShowLanguage(String),
    /// Fetch this language's text from the widget's own origin; answer with
    /// `Msg::LanguageLoaded` or `Msg::LanguageFailed`.
    LoadLanguage(String),
    Print,
    /// Offer a file made in the browser; nothing is uploaded. With `share`, hand it to the
    /// device's share sheet instead (a doctor, family, notes), where the visitor chooses where it
    /// goes: a cancelled sheet does nothing, and a share that fails saves the file.
    Download {
        file_name: String,
        mime: String,
        text: String,
        share: bool,
    },
}

/// Where keyboard and screen-reader focus goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new step's main heading.
    Heading,
    /// The error summary, after Continue was refused.
    ErrorSummary,
    /// A form control, by element id.
    Control(String),
    /// A collapsed part of the results (`<details>`), by element id: opened, then focused.
    Reveal(String),
    /// The Cancel button of "Start over and clear your answers?", the safe choice.
    StartOverCancel,
    /// The "Start over" button, after the question was declined.
    StartOver,
}

/// A one-line message at the top of the widget about the visitor's saved answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Restored,
    Forgotten,
    /// The device refused to keep the answers; nothing was saved and the box is unticked.
    SaveFailed,
    /// The language the visitor asked for could not be loaded (see [`Widget::language_load`]).
    LanguageFailed,
}

/// Where the text of a language the visitor asked for stands, when it is not carried.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LanguageLoad {
    #[default]
    Idle,
    /// Being fetched (code).
    Loading(String),
    /// Could not be fetched (code); the visitor can ask again.
    Failed(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Widget {
    /// Shared by every widget on the page, and never changed: a language arriving goes into
    /// `languages`, so no widget copies the content.
    content: Rc<Content>,
    /// The text of every language this widget can show: the content's own, then those the page
    /// already had at start, then those that arrived. Shared, never copied.
    languages: Vec<Rc<Language>>,
    settings: Rc<Settings>,
    flow: Flow,
    language: String,
    remember: bool,
    notice: Option<Notice>,
    standalone: bool,
    /// What the visitor said matters to them on the results page (value ids, in content order).
    values: Vec<String>,
    /// "What matters to you" was used: it stays open, even once nothing is ticked, so unticking
    /// the last value never collapses it under the visitor's focus.
    values_open: bool,
    /// The "Ready to decide?" answers, shown inside "What matters to you".
    ready: Ready,
    /// "Start over and clear your answers?" is being asked.
    confirming_start_over: bool,
    /// Every row of the comparison is shown on a narrow screen.
    all_comparison_rows: bool,
    /// A Remember tick or Continue press from the pre-rendered page, carried out once shown.
    early: EarlyInput,
    language_load: LanguageLoad,
    /// The visitor's language is loading and nothing has been shown yet: the widget shows a
    /// loading note in that language rather than flash the questions in another.
    awaiting_language: bool,
}

impl Widget {
    pub fn new(content: Rc<Content>, start: Start) -> Self {
        let fresh = Flow::new(Rc::clone(&content.questionnaire));
        let restored = start.saved.as_ref().map(|saved| fresh.apply(Action::Restore(saved.answers.clone())));
        // A save none of whose answers still apply (say, for a condition this page no longer
        // offers) restores nothing, and the widget starts as if there were none.
        let (saved, restored) = match restored {
            Some(flow) if !flow.answers().is_empty() => (start.saved.as_ref(), Some(flow)),
            _ => (None, None),
        };
        // Restored answers win over what was done on the pre-rendered page, which showed none.
        let early = if restored.is_some() { EarlyInput::default() } else { start.early };
        let flow = match (restored, &early.choice) {
            (Some(flow), _) => flow,
            (None, Some(option)) => {
                let question = fresh.step_id().to_owned();
                fresh.apply(Action::Choose { question, option: option.clone() })
            }
            (None, None) => fresh,
        };
        let offered = |code: &str| content.offered(code).is_some();
        let saved_language = saved.map(|saved| saved.language.as_str()).filter(|code| offered(code));
        let wanted = match saved_language {
            Some(code) => code.to_owned(),
            None if offered(&start.language) => start.language.clone(),
            None => String::new(),
        };
        let mut languages = content.languages.clone();
        for language in start.languages {
            if offered(&language.code) && !languages.iter().any(|known| known.code == language.code) {
                languages.push(language);
            }
        }
        let default = languages.first().map(|language| language.code.clone()).unwrap_or_default();
        let (language, language_load) = if languages.iter().any(|known| known.code == wanted) {
            (wanted, LanguageLoad::Idle)
        } else if wanted.is_empty() {
            (default, LanguageLoad::Idle)
        } else {
            (default, LanguageLoad::Loading(wanted))
        };
        Self {
            remember: saved.is_some(),
            notice: saved.map(|_| Notice::Restored),
            settings: start.settings,
            standalone: start.standalone,
            content,
            languages,
            flow,
            language,
            values: Vec::new(),
            values_open: false,
            ready: saved.map(|saved| saved.ready.clone()).unwrap_or_default(),
            confirming_start_over: false,
            all_comparison_rows: false,
            early,
            awaiting_language: language_load != LanguageLoad::Idle,
            language_load,
        }
    }

    pub fn content(&self) -> &Rc<Content> {
        &self.content
    }

    /// The text of the language shown (the default one if the shown code has none, which
    /// `update` never allows).
    pub fn text(&self) -> &Rc<Language> {
        self.text_of(&self.language).unwrap_or(&self.languages[0])
    }

    fn text_of(&self, code: &str) -> Option<&Rc<Language>> {
        self.languages.iter().find(|language| language.code == code)
    }

    pub fn settings(&self) -> &Rc<Settings> {
        &self.settings
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn remember(&self) -> bool {
        self.remember
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    pub fn values(&self) -> &[String] {
        &self.values
    }

    /// "What matters to you" shows open: something is ticked, or the visitor has used it.
    pub fn values_open(&self) -> bool {
        self.values_open || !self.values.is_empty() || !self.ready.is_empty()
    }

    /// The "Ready to decide?" answers.
    pub fn ready(&self) -> &Ready {
        &self.ready
    }

    /// "Start over and clear your answers?" is being asked.
    pub fn confirming_start_over(&self) -> bool {
        self.confirming_start_over
    }

    /// Every row of the comparison is shown, not only the first and those that matter.
    pub fn all_comparison_rows(&self) -> bool {
        self.all_comparison_rows
    }

    pub fn language_load(&self) -> &LanguageLoad {
        &self.language_load
    }

    /// Nothing is shown yet: the visitor's language is still loading.
    pub fn awaiting_language(&self) -> bool {
        self.awaiting_language
    }

    /// Applies `msg` and returns what the page must do about it, in order.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let before = (self.flow.answers().clone(), self.language.clone(), self.ready.clone());
        let mut effects = Vec::new();
        match msg {
            Msg::Shown => {
                if let LanguageLoad::Loading(code) = &self.language_load {
                    effects.push(Effect::LoadLanguage(code.clone()));
                }
                // Hosts learn the first step as they learn every later one.
                let step = self.flow.step_id().to_owned();
                effects.extend([Effect::Emit(WidgetEvent::Ready), Effect::Emit(WidgetEvent::Step { step })]);
                if self.standalone {
                    effects.push(Effect::ReplaceHistory(self.flow.step_id().to_owned()));
                    effects.push(Effect::ShowLanguage(self.language.clone()));
                }
                let early = std::mem::take(&mut self.early);
                if early.remember && !self.remember {
                    effects.extend(self.update(Msg::Remember(true)));
                }
                if early.continued {
                    effects.extend(self.update(Msg::Flow(Action::Continue)));
                }
            }
            Msg::Flow(action) => {
                let outcome = self.flow.update(action);
                self.after(outcome, false, &mut effects);
            }
            Msg::StartOver => self.start_over(&mut effects),
            Msg::AskStartOver => {
                self.confirming_start_over = true;
                effects.push(Effect::Focus(Focus::StartOverCancel));
            }
            Msg::AllComparisonRows(all) => self.all_comparison_rows = all,
            Msg::CancelStartOver => {
                if std::mem::take(&mut self.confirming_start_over) {
                    effects.push(Effect::Focus(Focus::StartOver));
                }
            }
            Msg::SwitchLanguage(code) => {
                if code == self.language || self.content.offered(&code).is_none() {
                    // Nothing to do; a switch back while another language loads drops that one.
                    self.set_language_load(LanguageLoad::Idle);
                } else if self.text_of(&code).is_some() {
                    self.set_language_load(LanguageLoad::Idle);
                    self.show_language(code, &mut effects);
                } else if self.language_load != LanguageLoad::Loading(code.clone()) {
                    self.set_language_load(LanguageLoad::Loading(code.clone()));
                    effects.push(Effect::LoadLanguage(code));
                }
            }
            Msg::LanguageLoaded(language) => {
                let code = language.code.clone();
                if self.content.offered(&code).is_some() && self.text_of(&code).is_none() {
                    self.languages.push(language);
                }
                if self.language_load == LanguageLoad::Loading(code.clone()) {
                    self.set_language_load(LanguageLoad::Idle);
                    self.awaiting_language = false;
                    self.show_language(code, &mut effects);
                }
            }
            Msg::LanguageFailed(code) => {
                if self.language_load == LanguageLoad::Loading(code.clone()) {
                    self.set_language_load(LanguageLoad::Failed(code));
                    self.awaiting_language = false;
                    self.notice = Some(Notice::LanguageFailed);
                }
            }
            Msg::Remember(checked) => {
                self.remember = checked;
                self.notice = None;
                effects.push(if checked { Effect::Store(self.encoded()) } else { Effect::Forget });
            }
            Msg::Forget => {
                effects.push(Effect::Forget);
                self.remember = false;
                self.start_over(&mut effects);
                self.notice = Some(Notice::Forgotten);
            }
            Msg::StorageFailed => {
                self.remember = false;
                self.notice = Some(Notice::SaveFailed);
            }
            Msg::BrowserMoved(step) => {
                let outcome = self.flow.update(Action::GoTo { step });
                self.after(outcome, true, &mut effects);
            }
            Msg::FocusControl(id) => effects.push(Effect::Focus(Focus::Control(id))),
            Msg::Reveal(id) => effects.push(Effect::Focus(Focus::Reveal(id))),
            Msg::Value { value, checked } => {
                let offered = &self.content.decision.values;
                if offered.contains(&value) {
                    self.values_open = true;
                    let mut chosen: Vec<&String> = self.values.iter().filter(|id| **id != value).collect();
                    if checked {
                        chosen.push(&value);
                    }
                    // Kept in the content's order, so the summary lists them as offered.
                    self.values = offered.iter().filter(|id| chosen.contains(id)).cloned().collect();
                }
            }
            Msg::Ready { question, answer } => {
                // Kept open, like the values, so a re-render never folds it under the visitor.
                self.values_open = true;
                self.ready.set(&question, answer);
            }
            Msg::Print => effects.push(Effect::Print),
            Msg::SaveSummary => effects.push(self.summary_file(false)),
            Msg::ShareSummary => effects.push(self.summary_file(true)),
        }
        let changed = before != (self.flow.answers().clone(), self.language.clone(), self.ready.clone());
        let already_stored = effects.iter().any(|effect| matches!(effect, Effect::Store(_) | Effect::Forget));
        if self.remember && changed && !already_stored {
            effects.push(Effect::Store(self.encoded()));
        }
        effects
    }

    /// The only way `language_load` changes: a failure notice lasts only while the load it
    /// reports has failed.
    fn set_language_load(&mut self, load: LanguageLoad) {
        if !matches!(load, LanguageLoad::Failed(_)) && self.notice == Some(Notice::LanguageFailed) {
            self.notice = None;
        }
        self.language_load = load;
    }

    fn show_language(&mut self, code: String, effects: &mut Vec<Effect>) {
        self.language = code;
        if self.standalone {
            effects.push(Effect::ShowLanguage(self.language.clone()));
        }
    }

    /// Back to the first question with nothing answered. A widget already there (nothing
    /// answered or chosen) is not reset again: hosts get one `intake:reset` per real reset.
    fn start_over(&mut self, effects: &mut Vec<Effect>) {
        let fresh = self.flow.step() == Step::Question(0)
            && self.flow.answers().is_empty()
            && self.values.is_empty()
            && self.ready.is_empty();
        self.notice = None;
        self.values.clear();
        self.ready = Ready::default();
        self.values_open = false;
        self.confirming_start_over = false;
        self.all_comparison_rows = false;
        let outcome = self.flow.update(Action::StartOver);
        if !fresh {
            effects.push(Effect::Emit(WidgetEvent::Reset));
            self.after(outcome, false, effects);
        }
    }

    /// The effects of a flow outcome. `from_browser`: the browser already moved its history.
    fn after(&mut self, outcome: Outcome, from_browser: bool, effects: &mut Vec<Effect>) {
        match outcome {
            Outcome::Stayed => {}
            Outcome::Rejected => effects.push(Effect::Focus(Focus::ErrorSummary)),
            Outcome::Moved => {
                self.confirming_start_over = false;
                let step = self.flow.step_id().to_owned();
                effects.push(Effect::Emit(WidgetEvent::Step { step: step.clone() }));
                if self.flow.step() == Step::Results {
                    effects.push(Effect::Emit(WidgetEvent::Complete {
                        answers: answers_for_host(&self.content.questionnaire, self.flow.answers()),
                        questionnaire_response: fhir::questionnaire_response(&self.content, self.flow.answers()),
                    }));
                }
                effects.push(Effect::Focus(Focus::Heading));
                if self.standalone {
                    effects.push(if from_browser { Effect::ReplaceHistory(step) } else { Effect::PushHistory(step) });
                }
            }
        }
    }

    fn encoded(&self) -> String {
        encode_with_ready(&self.content.questionnaire, &self.language, self.flow.answers(), &self.ready)
    }

    /// The summary as a web page, to save or to share: a phone opens it in its browser, and it
    /// prints on its own.
    fn summary_file(&self, share: bool) -> Effect {
        let language = self.text();
        let summary = Summary::new(&self.content, language, self.flow.answers(), &self.values, &self.settings)
            .with_ready(language, &self.ready);
        let name = language.ui.get("summary.file_name");
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        Effect::Download {
            file_name: format!("{stem}.html"),
            mime: "text/html".into(),
            text: summary.to_html(language),
            share,
        }
    }
}

/// Element ids the views give and the shell focuses, unique per widget on the page.
pub mod ids {
    pub fn heading(prefix: &str) -> String {
        format!("{prefix}-heading")
    }

    pub fn error_summary(prefix: &str) -> String {
        format!("{prefix}-error-summary")
    }

    pub fn start_over(prefix: &str) -> String {
        format!("{prefix}-start-over")
    }

    pub fn start_over_cancel(prefix: &str) -> String {
        format!("{prefix}-start-over-cancel")
    }
}
