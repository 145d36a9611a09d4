//! Reading a form control's state from its own event: the one thing the views need from web-sys.

use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn is_checked(event: &Event) -> bool {
    event.target_dyn_into::<HtmlInputElement>().is_some_and(|input| input.checked())
}

pub fn input_value(event: &InputEvent) -> String {
    event.target_dyn_into::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}
