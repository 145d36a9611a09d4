//! Small pieces of markup several views share, written once so the wasm carries them once
//! (`#[inline(never)]` keeps the optimiser from copying them back into every caller).

use yew::prelude::*;

/// A bulleted list of plain lines: a section's lists, the results' bottom line, the summary.
pub(crate) fn list(lines: &[String]) -> Html {
    plain_list("iw-list iw-list--bullet", lines)
}

/// A list of plain lines with the given class (also the answers on "Check your answers").
#[inline(never)]
pub(crate) fn plain_list(class: &'static str, lines: &[String]) -> Html {
    html! { <ul {class}>{ for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul> }
}

/// `<p class="iw-body">`: a plain paragraph of text.
#[inline(never)]
pub(crate) fn paragraph(text: &str) -> Html {
    html! { <p class="iw-body">{ text.to_owned() }</p> }
}

/// `<button type="button">` with its class, what a press does and its label: the results'
/// buttons and link-style buttons, Back, Forget and the like.
#[inline(never)]
pub(crate) fn button(class: &'static str, onclick: Callback<MouseEvent>, label: &str) -> Html {
    html! { <button type="button" {class} {onclick}>{ label.to_owned() }</button> }
}
