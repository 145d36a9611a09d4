//! Buttons to read the widget in another language, each written in that language. Switching keeps
//! every answer. A language the widget does not carry is fetched first; its button says so.

use std::rc::Rc;

use yew::prelude::*;

use joint_intake_model::content::Content;

/// What the switch shows. A plain view function rather than a component: the app gives it a new
/// callback on every render, so a component would re-render each time anyway, and every
/// component costs the wasm its own copy of Yew's lifecycle code.
pub struct LanguageSwitchProps {
    pub content: Rc<Content>,
    pub current: AttrValue,
    /// The language being fetched, if any.
    pub loading: Option<AttrValue>,
    pub on_switch: Callback<String>,
}

pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let others = props.content.offered.iter().filter(|offered| offered.code != props.current.as_str());
    let buttons = others.map(|offered| {
        let code = offered.code.clone();
        let loading = props.loading.as_deref() == Some(code.as_str());
        let onclick = props.on_switch.reform(move |_: MouseEvent| code.clone());
        let label = if loading { &offered.loading } else { &offered.switch };
        html! {
            <button type="button" class="iw-link-button iw-language-switch__button" lang={offered.code.clone()} aria-busy={loading.then_some("true")} {onclick}>
                { label.clone() }
            </button>
        }
    });
    html! { <div class="iw-language-switch">{ for buttons }</div> }
}
