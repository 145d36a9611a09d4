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
pub(crate) fn paragraph(text: &str) -> Html {
    text_in("p", "iw-body", text)
}

/// `<button type="button">` with its class, what a press does and its label: the results'
/// buttons and link-style buttons, Back, Forget and the like.
#[inline(never)]
pub(crate) fn button(class: &'static str, onclick: Callback<MouseEvent>, label: &str) -> Html {
    html! { <button type="button" {class} {onclick}>{ label.to_owned() }</button> }
}

/// One radio button or checkbox (`kind`) with its label: a question's options, the values,
/// "Ready to decide?", remember-me. `name` and `value` for a radio group; `hint` (its element id
/// and text) is drawn under the label and linked by `aria-describedby`.
pub(crate) struct Choice<'a> {
    pub kind: &'static str,
    pub id: String,
    pub name: Option<String>,
    pub value: Option<AttrValue>,
    pub checked: bool,
    pub label: &'a str,
    pub hint: Option<(String, &'a str)>,
}

#[inline(never)]
pub(crate) fn choice(choice: Choice, onchange: Callback<Event>) -> Html {
    let Choice { kind, id, name, value, checked, label, hint } = choice;
    let (hint_id, hint) = hint.unzip();
    html! {
        <div class="iw-choice">
            <input class="iw-choice__input" type={kind} id={id.clone()} {name} {value} {checked} aria-describedby={hint_id.clone()} {onchange} />
            <label class="iw-choice__label" for={id}>{ label.to_owned() }</label>
            if let Some(hint) = hint {
                <div class="iw-choice__hint" id={hint_id}>{ hint.to_owned() }</div>
            }
        </div>
    }
}

/// A results part's `<h2>`, which the contents links move focus to (`tabindex="-1"`).
#[inline(never)]
pub(crate) fn part_heading(id: String, title: &str) -> Html {
    html! { <h2 class="iw-heading-m" {id} tabindex="-1">{ title.to_owned() }</h2> }
}

/// An element with a class and plain text in it, nothing more: the most common shape in the
/// views, built in one place (the `html!` macro writes out each element it draws).
#[inline(never)]
pub(crate) fn text_in(tag: &'static str, class: &'static str, text: &str) -> Html {
    html! { <@{tag} {class}>{ text.to_owned() }</@> }
}
