//! Shown instead of the questionnaire when its content or settings cannot be used: a clear
//! message, never a blank box, in the widget's one failure wording
//! (`joint_intake_model::failure_message`, not the content files, which may be what failed), in
//! English: without its content the widget cannot tell which language it would have shown.

use joint_intake_model::content::DEFAULT_LANGUAGE;
use joint_intake_model::failure_message::failure_message;
use yew::prelude::*;

use crate::markup::text_in;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// What went wrong, for the site's developers; also written to the console.
    pub details: Vec<String>,
}

/// A component, because the web shell mounts it as a root of its own in place of `App`. A struct
/// component rather than a function one: it has no hooks, and a function component carries
/// Yew's hook machinery besides the lifecycle.
pub struct LoadError;

impl Component for LoadError {
    type Message = ();
    type Properties = LoadErrorProps;

    fn create(_ctx: &Context<Self>) -> Self {
        Self
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let details = &ctx.props().details;
        let message = failure_message(DEFAULT_LANGUAGE);
        html! {
            <div class="iw iw-load-error" lang={ message.language } role="alert">
                { text_in("h2", "iw-heading-m", message.title) }
                <p>{ message.body }</p>
                if !details.is_empty() {
                    <details class="iw-details">
                        <summary>{ "Details for the site's developers" }</summary>
                        <ul>{ for details.iter().map(|detail| html! { <li>{ detail }</li> }) }</ul>
                    </details>
                }
            </div>
        }
    }
}
