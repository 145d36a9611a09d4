//! The GOV.UK error summary: "There is a problem", with a link to each field at fault.
//! It takes focus when Continue is rejected, and `role="alert"` announces it.

use yew::prelude::*;

use joint_intake_model::widget::ids;

use crate::texts::Texts;

#[derive(Clone, PartialEq)]
pub struct ErrorLink {
    pub message: String,
    /// The id of the control the message is about.
    pub target: AttrValue,
}

/// What the summary shows. A plain view function rather than a component: it shows only on a
/// question page that re-renders with it, and every component costs the wasm its own copy of
/// Yew's lifecycle code.
pub struct ErrorSummaryProps<'a> {
    pub texts: &'a Texts,
    pub errors: &'a [ErrorLink],
    pub id_prefix: &'a str,
    /// Asks for focus on the control a link names.
    pub on_focus: &'a Callback<String>,
}

pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let links = props.errors.iter().map(|error| {
        let target = error.target.to_string();
        // Inside a shadow root "#id" links do not move focus, so ask for it directly.
        let onclick = props.on_focus.reform(move |event: MouseEvent| {
            event.prevent_default();
            target.clone()
        });
        html! { <li><a href={format!("#{}", error.target)} {onclick}>{ &error.message }</a></li> }
    });
    let title_id = format!("{}-error-summary-title", props.id_prefix);
    html! {
        <div class="iw-error-summary" id={ids::error_summary(props.id_prefix)} tabindex="-1" aria-labelledby={title_id.clone()}>
            <div role="alert">
                <h2 class="iw-error-summary__title" id={title_id}>{ props.texts.t("error.title") }</h2>
                <ul class="iw-error-summary__list">{ for links }</ul>
            </div>
        </div>
    }
}
