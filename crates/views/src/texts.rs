//! A cheap, comparable handle on one language's text, passed to every view as a prop.

use std::rc::Rc;

use joint_intake_model::content::{Content, Language};
use joint_intake_model::i18n::Strings;

#[derive(Clone, Debug)]
pub struct Texts {
    content: Rc<Content>,
    language: Rc<Language>,
}

impl Texts {
    /// `language`'s text over `content`; both are shared, so making one copies nothing.
    pub fn new(content: Rc<Content>, language: Rc<Language>) -> Self {
        Self { content, language }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn language(&self) -> &Language {
        &self.language
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
        Rc::ptr_eq(&self.content, &other.content) && Rc::ptr_eq(&self.language, &other.language)
    }
}
