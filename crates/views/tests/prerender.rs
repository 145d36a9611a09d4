//! The standalone page ships its first step pre-rendered (Yew's server-side renderer, run here),
//! and `embed.js` carries the embedded first step in every language as a tree it builds with DOM
//! calls, so the question is visible before the wasm arrives; the live widget then takes over.
//! These tests keep `index.html` and `crates/web/src/embed/first-step.json` (which the build
//! puts into `dist/embed.js`) in step with the views, and `failure-message.json` beside it with
//! the model's failure wording: run `UPDATE_PRERENDER=1 cargo test -p joint-intake-views --test
//! prerender` after changing either.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

use std::fs;
use std::rc::Rc;

use joint_intake_model::failure_message::FAILURE_MESSAGES;
use joint_intake_model::settings::Settings;
use joint_intake_model::widget::{Start, Widget};
use joint_intake_views::{App, AppProps};
use serde_json::Value;
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

    let what = "index.html's pre-rendered first step";
    check_between_markers("index.html", START, END, "        ", &expected, what);
    assert!(expected.contains("What is your main condition?"));
    assert!(expected.contains(r#"method="dialog""#), "the pre-rendered form can never submit answers anywhere");
}

/// The embedded first step in every language, generated here; `scripts/bundle-embed.mjs` puts it
/// into `dist/embed.js`.
const FIRST_STEP_FILE: &str = "crates/web/src/embed/first-step.json";
/// Stands for the clinic's name in "Provided by …"; `embed.js` puts the real name in its place.
const CLINIC_MARK: &str = "\u{E000}";

/// `embed.js` builds the first step into an embedded widget's shadow root before the wasm
/// arrives, from a tree of the embedded widget's own first step in each language, so a clinic
/// page paints the question as early as the standalone page does. This keeps the tree current.
#[tokio::test]
async fn embed_js_carries_the_current_first_step_in_every_language() {
    let content = Rc::new(common::content());
    let mut trees = Vec::new();
    for language in content.languages.iter().map(|language| language.code.clone()) {
        let settings = Settings { clinic_name: Some(CLINIC_MARK.into()), ..Settings::default() };
        let start =
            Start { language: language.clone(), standalone: false, settings: Rc::new(settings), ..Start::default() };
        let props = AppProps {
            widget: Some(Rc::new(Widget::new(Rc::clone(&content), start))),
            id_prefix: "iw1".into(),
            on_effects: Default::default(),
        };
        let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
        let tree = dom_tree(&format!("<div class=\"iw-prerendered\">{html}</div>"));
        assert!(tree.contains(CLINIC_MARK), "the first step names the clinic");
        trees.push(format!("{}:{tree}", Value::from(language)));
    }
    let expected = format!("{{{}}}\n", trees.join(","));
    check_file(FIRST_STEP_FILE, &expected, "embed.js's first step");
}

/// `embed.js` shows the widget's one failure wording when the wasm cannot start; the build puts
/// this file into `dist/embed.js`, so the wording lives only in `joint_intake_model::failure_message`.
#[test]
fn embed_js_carries_the_models_failure_message() {
    let messages: serde_json::Map<String, Value> = FAILURE_MESSAGES
        .iter()
        .map(|message| {
            let text = serde_json::json!({
                "title": message.title,
                "body": message.body,
                "contactClinic": message.contact_clinic,
                "contactNamed": message.contact_named,
            });
            (message.language.to_owned(), text)
        })
        .collect();
    let expected = format!("{}\n", serde_json::to_string_pretty(&messages).unwrap());
    check_file("crates/web/src/embed/failure-message.json", &expected, "embed.js's failure message");
}

/// The generated repository file `relative` must hold `expected`; with `UPDATE_PRERENDER` set it
/// is written instead.
fn check_file(relative: &str, expected: &str, what: &str) {
    let path = common::repo_root().join(relative);
    if std::env::var_os("UPDATE_PRERENDER").is_some() {
        fs::write(&path, expected).unwrap();
        return;
    }
    let current = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == expected,
        "{what} ({relative}) is out of date: run `UPDATE_PRERENDER=1 cargo test -p joint-intake-views --test prerender`"
    );
}

/// The generated text between the `start` and `end` marker lines of the repository file
/// `relative` (the rest of the start marker's line, a comment, is kept) must be `expected`,
/// `indent`ed on its own line; with `UPDATE_PRERENDER` set it is written there instead.
fn check_between_markers(relative: &str, start: &str, end: &str, indent: &str, expected: &str, what: &str) {
    let path = common::repo_root().join(relative);
    let text = fs::read_to_string(&path).unwrap();
    let (before, rest) = text.split_once(start).unwrap_or_else(|| panic!("{relative} has the start marker"));
    let (current, after) = rest.split_once(end).unwrap_or_else(|| panic!("{relative} has the end marker"));
    let (start_line, current) = current.split_once('\n').unwrap_or(("", current));
    if std::env::var_os("UPDATE_PRERENDER").is_some() {
        fs::write(&path, format!("{before}{start}{start_line}\n{indent}{expected}\n{indent}{end}{after}")).unwrap();
        return;
    }
    assert_eq!(
        current.trim(),
        expected,
        "{what} is out of date: run `UPDATE_PRERENDER=1 cargo test -p joint-intake-views --test prerender`"
    );
}

/// The server renderer's markup as nested JSON arrays, `[tag, {attributes}, ...children]`, text
/// as strings: what `embed.js` can build with DOM calls alone (no HTML parsing, so no
/// `innerHTML` and nothing for Trusted Types to refuse).
fn dom_tree(html: &str) -> String {
    let document = scraper::Html::parse_fragment(html);
    let root = document.root_element().child_elements().next().expect("one element");
    element_json(root).to_string()
}

fn element_json(element: scraper::ElementRef) -> Value {
    let attributes = element.value().attrs().map(|(name, value)| (name.to_owned(), Value::from(value))).collect();
    let mut parts = vec![Value::from(element.value().name()), Value::Object(attributes)];
    for child in element.children() {
        if let Some(child_element) = scraper::ElementRef::wrap(child) {
            parts.push(element_json(child_element));
        } else if let Some(text) = child.value().as_text() {
            parts.push(Value::from(&**text));
        }
    }
    Value::Array(parts)
}
