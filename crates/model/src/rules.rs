//! Which educational sections a visitor sees: every section whose `show_when` rule holds for their
//! answers, in the order of `content/sections.json`. Content validation guarantees the caveats
//! come first and always apply.

use crate::answers::Answers;
use crate::content::SectionRule;

pub fn select_sections<'a>(sections: &'a [SectionRule], answers: &Answers) -> Vec<&'a SectionRule> {
    sections.iter().filter(|section| section.show_when.holds(answers)).collect()
}
