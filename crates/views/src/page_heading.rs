//! The heading of every step: the one element that takes focus when the step is shown, with the
//! "Step 2 of 5" caption inside it so a screen reader reads both together.

use yew::prelude::*;

use crate::markup::text_in;

pub fn page_heading(id: &AttrValue, caption: Option<&str>, title: &str) -> Html {
    html! {
        <h1 class="iw-heading-l" id={id.clone()} tabindex="-1">
            if let Some(caption) = caption {
                { text_in("span", "iw-caption", caption) }{ " " }
            }
            { title.to_owned() }
        </h1>
    }
}
