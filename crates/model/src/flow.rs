//! The intake flow as a state machine: actions in, a new state out. One question per page, then
//! "Check your answers", then the results. [`crate::widget::Widget`] holds one and turns each
//! [`Outcome`] into effects: focus, events, history.

use std::rc::Rc;

use crate::answers::Answers;
use crate::questionnaire::{Kind, Questionnaire};
use crate::validation::{validate, FieldError};

pub const REVIEW: &str = "review";
pub const RESULTS: &str = "results";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A question, by its index in the questionnaire.
    Question(usize),
    Review,
    Results,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select the one answer to a radio question.
    Choose {
        question: String,
        option: String,
    },
    /// Tick or untick a checkbox.
    Toggle {
        question: String,
        option: String,
        checked: bool,
    },
    /// Type into the free-text field a question reveals.
    EnterText {
        question: String,
        text: String,
    },
    Continue,
    Back,
    /// A "Change" link on the check-answers page.
    Change {
        question: String,
    },
    /// The browser's Back or Forward button landed on this step id.
    GoTo {
        step: String,
    },
    StartOver,
    /// Answers saved on this device earlier; anything unknown or malformed is dropped.
    Restore(Answers),
}

/// What an action did, so the widget knows which effects follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A step is shown anew (possibly the same one, as after Start over on the first question).
    Moved,
    /// Continue was refused; the step now shows why.
    Rejected,
    /// The step stays; answers may have changed.
    Stayed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    questionnaire: Rc<Questionnaire>,
    step: Step,
    answers: Answers,
    error: Option<FieldError>,
    /// Set by "Change": Continue then returns to the check-answers page.
    returning_to_review: bool,
}

impl Flow {
    pub fn new(questionnaire: Rc<Questionnaire>) -> Self {
        Self {
            questionnaire,
            step: Step::Question(0),
            answers: Answers::default(),
            error: None,
            returning_to_review: false,
        }
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    pub fn step(&self) -> Step {
        self.step
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn error(&self) -> Option<&FieldError> {
        self.error.as_ref()
    }

    /// The id the host uses for this step in events and history: a question id, `review` or `results`.
    pub fn step_id(&self) -> &str {
        self.id_of(self.step)
    }

    pub fn id_of(&self, step: Step) -> &str {
        match step {
            Step::Question(index) => &self.questionnaire.questions[index].id,
            Step::Review => REVIEW,
            Step::Results => RESULTS,
        }
    }

    /// Questions that apply to the current answers, in order.
    pub fn enabled_questions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.questionnaire.questions.len()).filter(|&index| self.questionnaire.is_enabled(index, &self.answers))
    }

    /// "Step N of M" for question pages and the check-answers page. M counts the questions the
    /// answers before this step settle, and every follow-up they leave open as if it will be
    /// asked: on the first question, whose answer decides which follow-ups apply, M is the
    /// longest way through, so the total a visitor sees can only shrink, never grow.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let questions = &self.questionnaire.questions;
        let (current, known) = match self.step {
            Step::Question(current) => {
                // Follow-ups depend only on earlier questions, so earlier answers settle them.
                let mut earlier = self.answers.clone();
                questions[current..].iter().for_each(|question| earlier.remove(&question.id));
                (Some(current), earlier)
            }
            Step::Review => (None, self.answers.clone()),
            Step::Results => return None,
        };
        let mut applies = Vec::with_capacity(questions.len());
        for question in questions {
            applies.push(question.enable_when.as_ref().is_none_or(|rule| rule.holds_if_known(&known) != Some(false)));
        }
        let total = applies.iter().filter(|&&applies| applies).count() + 1;
        let position =
            current.map_or(total, |current| applies[..current].iter().filter(|&&applies| applies).count() + 1);
        Some((position, total))
    }

    /// Where the Back link leads, if anywhere.
    pub fn previous(&self) -> Option<Step> {
        match self.step {
            Step::Question(_) if self.returning_to_review => Some(Step::Review),
            Step::Question(current) => {
                self.enabled_questions().take_while(|&index| index < current).last().map(Step::Question)
            }
            Step::Review => self.enabled_questions().last().map(Step::Question),
            Step::Results => Some(Step::Review),
        }
    }

    /// The first question that applies and is not answered well enough to move on.
    pub fn first_incomplete(&self) -> Option<usize> {
        self.enabled_questions().find(|&index| validate(&self.questionnaire.questions[index], &self.answers).is_some())
    }

    /// The state after `action`, leaving this one as it was.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        next.update(action);
        next
    }

    pub fn update(&mut self, action: Action) -> Outcome {
        match action {
            Action::Choose { question, option } => self.choose(&question, &option),
            Action::Toggle { question, option, checked } => self.toggle(&question, &option, checked),
            Action::EnterText { question, text } => self.enter_text(&question, &text),
            Action::Continue => return self.continue_on(),
            Action::Back => {
                if let Some(step) = self.previous() {
                    self.move_to(step);
                    self.returning_to_review = false;
                    return Outcome::Moved;
                }
            }
            Action::Change { question } => {
                if let Some(index) = self.questionnaire.index_of(&question) {
                    if self.step == Step::Review && self.questionnaire.is_enabled(index, &self.answers) {
                        self.move_to(Step::Question(index));
                        self.returning_to_review = true;
                        return Outcome::Moved;
                    }
                }
            }
            Action::GoTo { step } => return self.go_to(&step),
            Action::StartOver => {
                *self = Self::new(Rc::clone(&self.questionnaire));
                return Outcome::Moved;
            }
            Action::Restore(saved) => {
                self.answers = sanitise(&self.questionnaire, saved);
                self.returning_to_review = false;
                self.prune();
                let step = self.first_incomplete().map_or(Step::Review, Step::Question);
                self.move_to(step);
                return Outcome::Moved;
            }
        }
        Outcome::Stayed
    }

    fn current_question(&self, id: &str) -> Option<usize> {
        match self.step {
            Step::Question(index) if self.questionnaire.questions[index].id == id => Some(index),
            _ => None,
        }
    }

    fn choose(&mut self, question: &str, option: &str) {
        let Some(index) = self.current_question(question) else {
            return;
        };
        let asked = &self.questionnaire.questions[index];
        if asked.kind == Kind::Single && asked.option(option).is_some() {
            self.answers.choose(question, option);
            self.prune();
        }
    }

    fn toggle(&mut self, question: &str, option: &str, checked: bool) {
        let Some(index) = self.current_question(question) else {
            return;
        };
        let asked = &self.questionnaire.questions[index];
        let Some(known) = asked.option(option) else {
            return;
        };
        if asked.kind != Kind::Multiple {
            return;
        }
        self.answers.toggle(question, option, checked);
        if !checked && known.text.is_some() {
            // Text typed for an option the visitor no longer chooses is not kept or sent.
            self.answers.clear_text(question);
        }
        self.prune();
    }

    fn enter_text(&mut self, question: &str, text: &str) {
        let Some(index) = self.current_question(question) else {
            return;
        };
        if self.questionnaire.questions[index].text_option().is_some() {
            self.answers.set_text(question, text);
        }
    }

    fn continue_on(&mut self) -> Outcome {
        match self.step {
            Step::Question(current) => {
                let question = &self.questionnaire.questions[current];
                if let Some(error) = validate(question, &self.answers) {
                    self.error = Some(error);
                    return Outcome::Rejected;
                }
                let next = if self.returning_to_review {
                    // Ask any follow-up the change made necessary, then go back to the summary.
                    self.first_incomplete().map_or(Step::Review, Step::Question)
                } else {
                    self.enabled_questions().find(|&index| index > current).map_or(Step::Review, Step::Question)
                };
                self.move_to(next);
                self.returning_to_review &= next != Step::Review;
            }
            Step::Review => match self.first_incomplete() {
                Some(index) => {
                    self.move_to(Step::Question(index));
                    self.returning_to_review = true;
                }
                None => {
                    self.move_to(Step::Results);
                    self.returning_to_review = false;
                }
            },
            Step::Results => return Outcome::Stayed,
        }
        Outcome::Moved
    }

    fn go_to(&mut self, id: &str) -> Outcome {
        let wanted = match id {
            REVIEW => Some(Step::Review),
            RESULTS => Some(Step::Results),
            _ => self.questionnaire.index_of(id).map(Step::Question),
        };
        let Some(wanted) = wanted else { return Outcome::Stayed };
        let first_incomplete = self.first_incomplete();
        let reachable = match wanted {
            Step::Question(index) => {
                self.questionnaire.is_enabled(index, &self.answers) && first_incomplete.is_none_or(|gap| index <= gap)
            }
            Step::Review | Step::Results => first_incomplete.is_none(),
        };
        let step = if reachable { wanted } else { first_incomplete.map_or(Step::Review, Step::Question) };
        self.returning_to_review = false;
        self.move_to(step);
        Outcome::Moved
    }

    fn move_to(&mut self, step: Step) {
        self.step = step;
        self.error = None;
    }

    /// Drops answers to follow-ups that no longer apply. Follow-ups depend only on earlier
    /// questions, so one pass in order settles everything.
    fn prune(&mut self) {
        for index in 0..self.questionnaire.questions.len() {
            if !self.questionnaire.is_enabled(index, &self.answers) {
                self.answers.remove(&self.questionnaire.questions[index].id);
            }
        }
    }
}

/// Keeps only answers that fit the questionnaire: known questions and options, one choice for
/// radio questions, text only where an option asks for it.
fn sanitise(questionnaire: &Questionnaire, saved: Answers) -> Answers {
    let mut clean = Answers::default();
    for question in &questionnaire.questions {
        let Some(answer) = saved.get(&question.id) else {
            continue;
        };
        let known = answer.selected.iter().filter(|option| question.option(option).is_some());
        match question.kind {
            Kind::Single => {
                if let Some(option) = known.take(1).next() {
                    clean.choose(&question.id, option);
                }
            }
            Kind::Multiple => {
                for option in known {
                    clean.toggle(&question.id, option, true);
                }
            }
        }
        if let Some(text_option) = question.text_option() {
            if clean.has_selected(&question.id, &text_option.id) {
                clean.set_text(&question.id, &answer.text);
            }
        }
    }
    clean
}
