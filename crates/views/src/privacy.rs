//! The privacy panel under every step: what happens to the visitor's answers, the opt-in to keep
//! them on this device, and the way to forget them.

use yew::prelude::*;

use crate::form::is_checked;
use crate::markup::{button, choice, paragraph, Choice};
use crate::texts::Texts;

/// What the panel shows. A plain view function rather than a component (see `language_switch`).
pub struct PrivacyProps {
    pub texts: Texts,
    pub remember: bool,
    pub id_prefix: AttrValue,
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
    /// On the results, where the page is long: the same panel, one step away.
    pub compact: bool,
}

pub fn privacy(props: &PrivacyProps) -> Html {
    let texts = &props.texts;
    let id = format!("{}-remember", props.id_prefix);
    let hint_id = format!("{id}-hint");
    let heading_id = format!("{}-privacy", props.id_prefix);
    let onchange = props.on_remember.reform(|event: Event| is_checked(&event));
    let forget = props.on_forget.reform(|_: MouseEvent| ());
    let remember = choice(
        Choice {
            kind: "checkbox",
            id,
            name: None,
            value: None,
            checked: props.remember,
            label: texts.t("privacy.remember"),
            hint: Some((hint_id, texts.t("privacy.remember_hint"))),
        },
        onchange,
    );
    let panel = html! {
        <>
            { paragraph(texts.t("privacy.note")) }
            { remember }
            if props.remember {
                { button("iw-link-button iw-privacy__forget", forget, texts.t("privacy.forget")) }
            }
        </>
    };
    if props.compact {
        return html! {
            <aside class="iw-privacy" aria-labelledby={heading_id.clone()}>
                <details>
                    <summary class="iw-disclosure" id={heading_id}>{ texts.t("privacy.title") }</summary>
                    { panel }
                </details>
            </aside>
        };
    }
    html! {
        <aside class="iw-privacy" aria-labelledby={heading_id.clone()}>
            <h2 class="iw-heading-s" id={heading_id}>{ texts.t("privacy.title") }</h2>
            { panel }
        </aside>
    }
}
