//! Shown instead of the questionnaire when its content or settings cannot be used: a clear
//! message, never a blank box. The text is fixed here because the content files themselves
//! may be what failed to load.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// What went wrong, for the site's developers; also written to the console.
    pub details: Vec<String>,
}

#[component(LoadError)]
pub fn load_error(props: &LoadErrorProps) -> Html {
    html! {
        <div class="iw iw-load-error" lang="en" role="alert">
            <h2 class="iw-heading-m">{ "This questionnaire could not be shown" }</h2>
            <p>{ "Something is wrong with its settings or files. Please tell the site that shows it. Nothing you entered was sent anywhere." }</p>
            if !props.details.is_empty() {
                <details class="iw-details">
                    <summary>{ "Details for the site's developers" }</summary>
                    <ul>{ for props.details.iter().map(|detail| html! { <li>{ detail }</li> }) }</ul>
                </details>
            }
        </div>
    }
}
