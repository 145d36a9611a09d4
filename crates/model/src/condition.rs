//! The small rule language shared by questions (`enable_when`) and sections (`show_when`).
//!
//! A rule is JSON a reviewer can read: `{"always": true}`,
//! `{"question": "condition", "any_of": ["lupus"]}`, or `all` / `any` / `not` around other rules.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `{"always": true}`; `{"always": false}` hides a section without deleting its text.
    Always {
        always: bool,
    },
    /// True when the answer to `question` includes at least one of `any_of`.
    AnswerIs {
        question: String,
        any_of: Vec<String>,
    },
    All {
        all: Vec<Rule>,
    },
    Any {
        any: Vec<Rule>,
    },
    Not {
        not: Box<Rule>,
    },
}

/// The JSON shape (untagged), read by the content crate.
#[derive(Deserialize)]
#[serde(untagged, deny_unknown_fields, remote = "Rule")]
enum RuleJson {
    Always { always: bool },
    AnswerIs { question: String, any_of: Vec<String> },
    All { all: Vec<Rule> },
    Any { any: Vec<Rule> },
    Not { not: Box<Rule> },
}

/// The packed shape (tagged by variant index).
#[derive(Deserialize, Serialize)]
#[serde(remote = "Rule")]
enum RulePacked {
    Always { always: bool },
    AnswerIs { question: String, any_of: Vec<String> },
    All { all: Vec<Rule> },
    Any { any: Vec<Rule> },
    Not { not: Box<Rule> },
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            RuleJson::deserialize(deserializer)
        } else {
            RulePacked::deserialize(deserializer)
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        RulePacked::serialize(self, serializer)
    }
}

impl Rule {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Rule::Always { always } => *always,
            Rule::AnswerIs { question, any_of } => any_of.iter().any(|option| answers.has_selected(question, option)),
            Rule::All { all } => all.iter().all(|rule| rule.holds(answers)),
            Rule::Any { any } => any.iter().any(|rule| rule.holds(answers)),
            Rule::Not { not } => !not.holds(answers),
        }
    }

    /// Like [`Rule::holds`], but `None` while a question the rule reads is still unanswered.
    pub fn holds_if_known(&self, answers: &Answers) -> Option<bool> {
        let mut questions = Vec::new();
        self.collect_questions(&mut questions);
        if questions.iter().all(|question| answers.is_answered(question)) {
            Some(self.holds(answers))
        } else {
            None
        }
    }

    /// Every `(question, option)` pair the rule mentions, for validating content files.
    pub fn references(&self) -> Vec<(&str, &str)> {
        let mut found = Vec::new();
        self.collect_references(&mut found);
        found
    }

    fn collect_references<'a>(&'a self, found: &mut Vec<(&'a str, &'a str)>) {
        match self {
            Rule::Always { .. } => {}
            Rule::AnswerIs { question, any_of } => {
                found.extend(any_of.iter().map(|option| (question.as_str(), option.as_str())));
                if any_of.is_empty() {
                    found.push((question.as_str(), ""));
                }
            }
            Rule::All { all: rules } | Rule::Any { any: rules } => {
                rules.iter().for_each(|rule| rule.collect_references(found))
            }
            Rule::Not { not } => not.collect_references(found),
        }
    }

    fn collect_questions<'a>(&'a self, found: &mut Vec<&'a str>) {
        found.extend(self.references().into_iter().map(|(question, _)| question));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn rule(json: &str) -> Rule {
        serde_json::from_str(json).expect("rule parses")
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::default();
        for (question, option) in pairs {
            answers.toggle(question, option, true);
        }
        answers
    }

    #[test]
    fn answer_rule_matches_any_listed_option() {
        let lupus_or_ms = rule(r#"{"question":"condition","any_of":["lupus","multiple_sclerosis"]}"#);
        assert!(lupus_or_ms.holds(&answers(&[("condition", "lupus")])));
        assert!(!lupus_or_ms.holds(&answers(&[("condition", "osteoarthritis")])));
        assert!(!lupus_or_ms.holds(&Answers::default()));
    }

    #[test]
    fn combinators_compose() {
        let knee_oa = rule(
            r#"{"all":[{"question":"condition","any_of":["osteoarthritis"]},
                       {"not":{"question":"joint","any_of":["hip"]}}]}"#,
        );
        assert!(knee_oa.holds(&answers(&[("condition", "osteoarthritis"), ("joint", "knee")])));
        assert!(!knee_oa.holds(&answers(&[("condition", "osteoarthritis"), ("joint", "hip")])));
        let either = rule(r#"{"any":[{"always":false},{"question":"goals","any_of":["less_pain"]}]}"#);
        assert!(either.holds(&answers(&[("goals", "less_pain")])));
        assert!(!either.holds(&Answers::default()));
    }

    #[test]
    fn unknown_while_the_question_it_reads_is_unanswered() {
        let not_unsure = rule(r#"{"not":{"question":"condition","any_of":["not_sure"]}}"#);
        assert_eq!(not_unsure.holds_if_known(&Answers::default()), None);
        assert_eq!(not_unsure.holds_if_known(&answers(&[("condition", "not_sure")])), Some(false));
        assert_eq!(rule(r#"{"always":true}"#).holds_if_known(&Answers::default()), Some(true));
    }

    #[test]
    fn a_misspelt_key_is_rejected() {
        assert!(serde_json::from_str::<Rule>(r#"{"question":"condition","anyof":["lupus"]}"#).is_err());
    }
}
