//! Carries out the effects the model's `update` returns, for one widget, in order.

use std::cell::OnceCell;
use std::rc::Rc;

use joint_intake_model::widget::{ids, Effect, Focus, Msg};
use joint_intake_views::App;
use web_sys::{Element, ShadowRoot};
use yew::html::Scope;

use crate::{dom, events, history, languages, storage};

/// Where one widget's effects land.
pub struct Target {
    pub host: Element,
    pub shadow: ShadowRoot,
    pub id_prefix: String,
    /// The storage key this widget saves under.
    pub save_key: String,
    /// The running app, to tell it what the page refused; set once it is mounted.
    pub app: Rc<OnceCell<Scope<App>>>,
}

pub fn carry_out(target: &Target, effects: Vec<Effect>) {
    let mut save_failed = false;
    for effect in effects {
        match effect {
            Effect::Emit(event) => events::dispatch(&target.host, &event),
            Effect::Store(text) => {
                if let Err(error) = storage::save(&target.save_key, &text) {
                    gloo::console::warn!(format!("intake widget: the answers could not be saved ({error:?})"));
                    save_failed = true;
                }
            }
            Effect::Forget => storage::forget(&target.save_key),
            Effect::Focus(focus) => {
                let id = match focus {
                    Focus::Heading => ids::heading(&target.id_prefix),
                    Focus::ErrorSummary => ids::error_summary(&target.id_prefix),
                    Focus::StartOverCancel => ids::start_over_cancel(&target.id_prefix),
                    Focus::StartOver => ids::start_over(&target.id_prefix),
                    Focus::Control(id) => id,
                    Focus::Reveal(id) => {
                        dom::reveal_in(&target.shadow, &id);
                        continue;
                    }
                };
                dom::focus_in(&target.shadow, &id);
            }
            Effect::PushHistory(step) => history::push(&step),
            Effect::ReplaceHistory(step) => history::replace(&step),
            Effect::ShowLanguage(code) => history::show_language(&code),
            Effect::LoadLanguage(code) => {
                if let Some(app) = target.app.get() {
                    languages::load(&code, app.clone());
                }
            }
            Effect::Print => dom::print_only(&target.host),
            Effect::Download { file_name, mime, text, share: false } => dom::download(&file_name, &mime, &text),
            Effect::Download { file_name, mime, text, share: true } => dom::share(file_name, mime, text),
        }
    }
    if save_failed {
        // Yew queues the message: this runs inside the app's `rendered`.
        if let Some(app) = target.app.get() {
            app.send_message(Msg::StorageFailed);
        }
    }
}
