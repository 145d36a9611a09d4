//! Buttons to read the widget in another language, each written in that language. Switching keeps
//! every answer.

use std::rc::Rc;

use yew::prelude::*;

use joint_intake_model::content::Content;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub content: Rc<Content>,
    pub current: AttrValue,
    pub on_switch: Callback<String>,
}

#[component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let others = props.content.languages.iter().filter(|language| language.code != props.current.as_str());
    let buttons = others.map(|language| {
        let code = language.code.clone();
        let onclick = props.on_switch.reform(move |_: MouseEvent| code.clone());
        html! {
            <button type="button" class="iw-link-button iw-language-switch__button" lang={language.code.clone()} {onclick}>
                { language.ui.get("language.switch") }
            </button>
        }
    });
    html! { <div class="iw-language-switch">{ for buttons }</div> }
}
