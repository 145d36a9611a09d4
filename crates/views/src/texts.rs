//! A cheap, comparable handle on one language's text, passed to every view as a prop.

use std::rc::Rc;

use joint_intake_model::content::{Content, Language};
use joint_intake_model::i18n::Strings;

#[derive(Clone, Debug)]
pub struct Texts {
    content: Rc<Content>,
    language: usize,
}

impl Texts {
    /// The language with this code, or the default language when the content has no such one.
    pub fn new(content: Rc<Content>, code: &str) -> Self {
        let language = content.languages.iter().position(|language| language.code == code).unwrap_or(0);
        Self { content, language }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn language(&self) -> &Language {
        &self.content.languages[self.language]
    }

    pub fn ui(&self) -> &Strings {
        &self.language().ui
    }

    /// Shorthand for one interface string.
    pub fn t(&self, key: &str) -> &str {
        self.ui().get(key)
    }

    pub fn option_label(&self, question: &str, option: &str) -> &str {
        self.ui().get(&format!("q.{question}.opt.{option}"))
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content) && self.language == other.language
    }
}
