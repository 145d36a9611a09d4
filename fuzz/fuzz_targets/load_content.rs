//! Any bytes in place of any one content file: the loader reports problems, never panics, and a
//! widget that does load can be driven to its results.
#![no_main]

use joint_intake_content::{load, source_files};
use joint_intake_model::flow::{Action, Flow, Step};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut files = source_files();
    // Any one of the content files, however many there are.
    let mut slots = files.files_mut();
    let count = slots.len();
    *slots.swap_remove(usize::from(which) % count).1 = &text;
    if let Ok(content) = load(&files) {
        let mut flow = Flow::new(content.questionnaire.clone());
        for _ in 0..content.questionnaire.questions.len() + 2 {
            if let Step::Question(index) = flow.step() {
                let question = &content.questionnaire.questions[index];
                if let Some(option) = question.options.iter().find(|option| !option.exclusive && option.text.is_none())
                {
                    flow = flow.apply(Action::Toggle {
                        question: question.id.clone(),
                        option: option.id.clone(),
                        checked: true,
                    });
                    flow = flow.apply(Action::Choose { question: question.id.clone(), option: option.id.clone() });
                }
            }
            flow = flow.apply(Action::Continue);
        }
    }
});
