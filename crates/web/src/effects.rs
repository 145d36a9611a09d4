//! Carries out the effects the model's `update` returns, for one widget, in order.

use joint_intake_model::widget::{ids, Effect, Focus};
use web_sys::{Element, ShadowRoot};

use crate::{dom, events, history, storage};

/// Where one widget's effects land.
pub struct Target {
    pub host: Element,
    pub shadow: ShadowRoot,
    pub id_prefix: String,
}

pub fn carry_out(target: &Target, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Emit(event) => events::dispatch(&target.host, &event),
            Effect::Store(text) => storage::save(&text),
            Effect::Forget => storage::forget(),
            Effect::Focus(focus) => {
                let id = match focus {
                    Focus::Heading => ids::heading(&target.id_prefix),
                    Focus::ErrorSummary => ids::error_summary(&target.id_prefix),
                    Focus::Control(id) => id,
                    Focus::Reveal(id) => return dom::reveal_in(&target.shadow, &id),
                };
                dom::focus_in(&target.shadow, &id);
            }
            Effect::PushHistory(step) => history::push(&step),
            Effect::ReplaceHistory(step) => history::replace(&step),
            Effect::ShowLanguage(code) => history::show_language(&code),
            Effect::Print => dom::print_only(&target.host),
            Effect::Download { file_name, mime, text } => dom::download(&file_name, &mime, &text),
        }
    }
}
