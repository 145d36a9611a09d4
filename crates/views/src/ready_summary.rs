//! "Ready to decide?" as it prints in "Your summary": one line an answered question, its answer
//! and, after a "no", its next step, the same lines as in the saved copy (`ready::text_part`).
//! Nothing when the visitor skipped the questions.

use joint_intake_model::ready::{text_part, ReadyLine};
use yew::prelude::*;

use crate::markup::list;
use crate::texts::Texts;

/// The printed part, or nothing for no lines. A plain function, called by the summary's view.
pub fn ready_summary(texts: &Texts, lines: &[ReadyLine]) -> Html {
    let Some((title, lines)) = text_part(texts.language(), lines) else {
        return Html::default();
    };
    html! {
        <div class="iw-ready-summary">
            <h3 class="iw-heading-s">{ title }</h3>
            { list(&lines) }
        </div>
    }
}
