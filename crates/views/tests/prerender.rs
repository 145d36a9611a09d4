//! The standalone page ships its first step pre-rendered (Yew's server-side renderer, run here),
//! so the question is visible before the wasm arrives; the live widget then takes over. This
//! test keeps `index.html` in step with the views: run `UPDATE_PRERENDER=1 cargo test --test
//! prerender` after changing the first step.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use std::fs;
use std::rc::Rc;

use joint_intake_views::{App, AppProps};
use yew::LocalServerRenderer;

const START: &str = "<!-- prerendered first step: start -->";
const END: &str = "<!-- prerendered first step: end -->";

#[tokio::test]
async fn index_html_carries_the_current_first_step() {
    let props = AppProps {
        widget: Some(Rc::new(common::widget(true))),
        id_prefix: "iw1".into(),
        on_effects: Default::default(),
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    let expected = format!("<div class=\"iw-prerendered\">{html}</div>");

    let path = common::repo_root().join("index.html");
    let page = fs::read_to_string(&path).unwrap();
    let (before, rest) = page.split_once(START).expect("index.html has the start marker");
    let (current, after) = rest.split_once(END).expect("index.html has the end marker");
    let indent = "\n        ";
    if std::env::var_os("UPDATE_PRERENDER").is_some() {
        fs::write(&path, format!("{before}{START}{indent}{expected}{indent}{END}{after}")).unwrap();
        return;
    }
    assert_eq!(
        current.trim(),
        expected,
        "index.html's pre-rendered first step is out of date: run `UPDATE_PRERENDER=1 cargo test -p joint-intake-views --test prerender`"
    );
    assert!(expected.contains("What is your main condition?"));
    assert!(expected.contains(r#"method="dialog""#), "the pre-rendered form can never submit answers anywhere");
}
