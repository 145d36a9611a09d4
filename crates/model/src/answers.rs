//! The visitor's answers: which options are selected for each question, plus free text.

use crate::json::Json;
use crate::sorted_map::SortedMap;

/// One question's answer. `selected` keeps the order the visitor ticked options in; views that
/// list answers use the questionnaire's order instead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub selected: Vec<String>,
    /// Free text for the selected option that asks for it (e.g. "Other medicine").
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(SortedMap<Answer>);

impl FromIterator<(String, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (String, Answer)>>(answers: I) -> Self {
        Self(answers.into_iter().collect())
    }
}

impl Answers {
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    pub fn is_answered(&self, question: &str) -> bool {
        self.get(question).is_some_and(|answer| !answer.selected.is_empty())
    }

    pub fn has_selected(&self, question: &str, option: &str) -> bool {
        self.get(question).is_some_and(|answer| answer.selected.iter().any(|chosen| chosen == option))
    }

    pub fn selected(&self, question: &str) -> &[String] {
        self.get(question).map_or(&[], |answer| answer.selected.as_slice())
    }

    pub fn text(&self, question: &str) -> &str {
        self.get(question).map_or("", |answer| answer.text.as_str())
    }

    /// Makes `option` the only selection (a radio button).
    pub fn choose(&mut self, question: &str, option: &str) {
        let answer = self.0.get_or_default(question);
        answer.selected = vec![option.to_owned()];
    }

    /// Ticks or unticks `option` (a checkbox).
    pub fn toggle(&mut self, question: &str, option: &str, checked: bool) {
        let answer = self.0.get_or_default(question);
        let present = answer.selected.iter().any(|chosen| chosen == option);
        if checked && !present {
            answer.selected.push(option.to_owned());
        } else if !checked && present {
            answer.selected.retain(|chosen| chosen != option);
        }
        if answer.selected.is_empty() && answer.text.is_empty() {
            self.0.remove(question);
        }
    }

    pub fn set_text(&mut self, question: &str, text: &str) {
        self.0.get_or_default(question).text = text.to_owned();
    }

    pub fn clear_text(&mut self, question: &str) {
        if let Some(answer) = self.0.get_mut(question) {
            answer.text.clear();
        }
    }

    pub fn remove(&mut self, question: &str) {
        self.0.remove(question);
    }

    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.0.keys()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `{"condition": {"selected": ["lupus"]}, "medications": {"selected": ["other"], "text": "fish oil"}}`:
    /// the shape kept on the device (see `saved.rs`).
    pub fn to_json(&self) -> Json {
        Json::Object(
            self.0
                .iter()
                .map(|(question, answer)| {
                    let selected = answer.selected.iter().map(Json::from).collect::<Vec<_>>();
                    let mut entry = Json::object([("selected", selected.into())]);
                    if !answer.text.is_empty() {
                        entry.insert("text", answer.text.as_str().into());
                    }
                    (question.to_owned(), entry)
                })
                .collect(),
        )
    }

    /// Reads [`Answers::to_json`]'s shape; `None` if anything in it is not that shape. Whether
    /// the questions and options exist is for the flow to check when it restores them.
    pub fn from_json(json: &Json) -> Option<Self> {
        let read_answer = |entry: &Json| {
            let selected = entry.get("selected")?.as_array()?;
            let selected = selected.iter().map(|option| option.as_str().map(str::to_owned)).collect::<Option<_>>()?;
            let text = match entry.get("text") {
                None => String::new(),
                Some(text) => text.as_str()?.to_owned(),
            };
            Some(Answer { selected, text })
        };
        json.fields()?.iter().map(|(question, entry)| Some((question.clone(), read_answer(entry)?))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_replaces_and_toggling_accumulates() {
        let mut answers = Answers::default();
        answers.choose("condition", "lupus");
        answers.choose("condition", "osteoarthritis");
        assert_eq!(answers.selected("condition"), ["osteoarthritis"]);

        answers.toggle("goals", "less_pain", true);
        answers.toggle("goals", "move_easier", true);
        answers.toggle("goals", "less_pain", true);
        assert_eq!(answers.selected("goals"), ["less_pain", "move_easier"]);
        answers.toggle("goals", "less_pain", false);
        assert_eq!(answers.selected("goals"), ["move_easier"]);
    }

    #[test]
    fn unticking_the_last_option_leaves_the_question_unanswered() {
        let mut answers = Answers::default();
        answers.toggle("goals", "less_pain", true);
        answers.toggle("goals", "less_pain", false);
        assert!(!answers.is_answered("goals"));
        assert!(answers.is_empty());
    }

    #[test]
    fn written_as_a_plain_object_keyed_by_question_and_read_back() {
        let mut answers = Answers::default();
        answers.choose("condition", "lupus");
        answers.toggle("medications", "other", true);
        answers.set_text("medications", "fish oil");
        let json = answers.to_json();
        assert_eq!(
            json.to_string(),
            r#"{"condition":{"selected":["lupus"]},"medications":{"selected":["other"],"text":"fish oil"}}"#
        );
        assert_eq!(Answers::from_json(&json), Some(answers));
    }

    #[test]
    fn anything_but_that_shape_is_refused() {
        let entry = |fields: Vec<(&str, Json)>| {
            Json::Object(vec![(
                "condition".into(),
                Json::Object(fields.into_iter().map(|(key, value)| (key.to_owned(), value)).collect()),
            )])
        };
        assert_eq!(Answers::from_json(&Json::Array(Vec::new())), None);
        assert_eq!(Answers::from_json(&entry(vec![])), None, "no selected");
        assert_eq!(Answers::from_json(&entry(vec![("selected", Json::Number(1))])), None);
        assert_eq!(Answers::from_json(&entry(vec![("selected", vec![Json::Null].into())])), None);
        assert_eq!(Answers::from_json(&entry(vec![("selected", vec![].into()), ("text", true.into())])), None);
        assert!(Answers::from_json(&entry(vec![("selected", vec![].into()), ("extra", Json::Null)])).is_some());
    }
}
