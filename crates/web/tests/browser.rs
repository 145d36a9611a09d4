//! In-browser tests (wasm-bindgen-test in headless Chromium): the widget mounted by the real host
//! code into a fresh element, driven the way a visitor would, with the DOM and events checked.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{CustomEvent, Element, HtmlElement, HtmlInputElement, ShadowRoot};

use joint_intake_web::mount::mount;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted widget and the `intake:*` events its host element has received.
struct Widget {
    host: Element,
    events: Rc<RefCell<Vec<(String, String)>>>,
    _listeners: Vec<EventListener>,
}

impl Widget {
    async fn mount() -> Self {
        Self::mount_with(&[]).await
    }

    /// Mounts a widget into a new element with these attributes.
    async fn mount_with(attributes: &[(&str, &str)]) -> Self {
        let document = gloo::utils::document();
        let host = document.create_element("div").unwrap();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        let events = Rc::new(RefCell::new(Vec::new()));
        let listeners = ["intake:ready", "intake:step", "intake:complete", "intake:reset"]
            .into_iter()
            .map(|name| {
                let events = Rc::clone(&events);
                EventListener::new(&host, name, move |event| {
                    let event = event.dyn_ref::<CustomEvent>().unwrap();
                    let detail = js_sys::JSON::stringify(&event.detail()).map(String::from).unwrap_or_default();
                    events.borrow_mut().push((event.type_(), detail));
                })
            })
            .collect();
        mount(&host);
        let widget = Self { host, events, _listeners: listeners };
        widget.settle().await;
        widget
    }

    async fn settle(&self) {
        yew::scheduler::flush().await;
    }

    fn root(&self) -> ShadowRoot {
        self.host.shadow_root().expect("the widget lives in an open shadow root")
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let found = self.root().query_selector_all(selector).unwrap();
        (0..found.length()).map(|i| found.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
    }

    fn one(&self, selector: &str) -> HtmlElement {
        self.root()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
            .dyn_into::<HtmlElement>()
            .unwrap()
    }

    /// The current heading's text, without its "Step N of M" caption.
    fn heading(&self) -> String {
        let heading = self.one("h1");
        let caption = heading.query_selector(".iw-caption").unwrap().and_then(|caption| caption.text_content());
        let text = heading.text_content().unwrap_or_default();
        text.strip_prefix(caption.unwrap_or_default().as_str()).unwrap_or(&text).trim().to_owned()
    }

    fn caption(&self) -> Option<String> {
        self.one("h1").query_selector(".iw-caption").unwrap().and_then(|caption| caption.text_content())
    }

    fn focused(&self) -> Option<Element> {
        self.root().active_element()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).click();
        self.settle().await;
    }

    async fn choose(&self, value: &str) {
        self.click(&format!("input[value='{value}']")).await;
    }

    async fn continue_on(&self) {
        self.click("button[type=submit], .iw-actions .iw-button").await;
    }

    fn event_names(&self) -> Vec<String> {
        self.events.borrow().iter().map(|(name, _)| name.clone()).collect()
    }
}

#[wasm_bindgen_test]
async fn shows_the_condition_question_as_a_radio_group() {
    let widget = Widget::mount().await;
    assert_eq!(widget.heading(), "What is your main condition?");
    assert_eq!(widget.all("fieldset legend h1").len(), 1);
    let radios = widget.all("input[type=radio]");
    assert_eq!(radios.len(), 9);
    for radio in &radios {
        let id = radio.id();
        assert_eq!(widget.all(&format!("label[for='{id}']")).len(), 1, "radio {id} has a label");
    }
    assert_eq!(widget.one(".iw").get_attribute("lang").as_deref(), Some("en"));
    assert!(widget.focused().is_none(), "the widget does not grab focus on load");
    assert_eq!(widget.event_names(), ["intake:ready", "intake:step"]);
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_focuses_the_error_summary() {
    let widget = Widget::mount().await;
    widget.continue_on().await;
    let summary = widget.one(".iw-error-summary");
    assert!(summary.text_content().unwrap().contains("There is a problem"));
    assert_eq!(widget.focused(), Some(summary.into()), "focus moves to the error summary");
    assert_eq!(widget.heading(), "What is your main condition?", "the visitor stays on the question");

    widget.click(".iw-error-summary a").await;
    let first_radio: Element = widget.one("input[type=radio]").into();
    assert_eq!(widget.focused(), Some(first_radio), "the summary's link focuses the field");
}

#[wasm_bindgen_test]
async fn an_answer_moves_on_focuses_the_next_heading_and_reports_the_step() {
    let widget = Widget::mount().await;
    widget.choose("osteoarthritis").await;
    let chosen = widget.one("input[value=osteoarthritis]").dyn_into::<HtmlInputElement>().unwrap();
    assert!(chosen.checked());
    widget.continue_on().await;
    assert_eq!(widget.heading(), "Which part of your body troubles you most?");
    assert_eq!(widget.caption().as_deref(), Some("Step 2 of 6"), "read with the heading that takes focus");
    let heading: Element = widget.one("h1").into();
    assert_eq!(widget.focused(), Some(heading), "focus moves to the new question");
    assert!(widget.one(".iw-caption").text_content().unwrap().contains("Step 2 of 6"));
    assert_eq!(widget.events.borrow().last().cloned(), Some(("intake:step".into(), "\"joint\"".into())));

    widget.click(".iw-back-link").await;
    assert_eq!(widget.heading(), "What is your main condition?");
    let kept = widget.one("input[value=osteoarthritis]").dyn_into::<HtmlInputElement>().unwrap();
    assert!(kept.checked(), "Back keeps the answer");
}

#[wasm_bindgen_test]
async fn a_full_flow_completes_and_start_over_resets() {
    let widget = Widget::mount().await;
    widget.choose("lupus").await;
    widget.continue_on().await;
    widget.choose("yes").await;
    widget.continue_on().await;
    widget.choose("none").await;
    widget.continue_on().await;
    widget.choose("less_pain").await;
    widget.continue_on().await;
    assert_eq!(widget.heading(), "Check your answers");
    widget.continue_on().await;
    assert_eq!(widget.heading(), "Your results");
    assert!(widget.one(".iw-bottom-line").text_content().unwrap_or_default().contains("lupus"), "the answer first");
    assert!(widget.one("details.iw-topic").id().ends_with("-topic-caveats"), "the caveats lead the topics");
    let complete = widget.events.borrow().iter().find(|(name, _)| name == "intake:complete").cloned();
    let (_, detail) = complete.expect("intake:complete fired");
    assert!(detail.contains(r#""condition":"lupus""#), "{detail}");
    assert!(detail.contains(r#""medications":["none"]"#), "{detail}");
    // The shell dates the FHIR response with the browser's clock as the event leaves.
    let year = js_sys::Date::new_0().get_utc_full_year();
    assert!(detail.contains(&format!(r#""status":"completed","authored":"{year}-"#)), "{detail}");

    widget.click(".iw-start-over").await;
    assert_eq!(widget.heading(), "Your results", "Start over asks first");
    let focused = widget.focused().map(|element| element.id()).unwrap_or_default();
    assert!(focused.ends_with("-start-over-cancel"), "focus on the safe choice, not {focused:?}");
    widget.click(".iw-start-over-confirm").await;
    assert_eq!(widget.heading(), "What is your main condition?");
    assert!(widget.event_names().contains(&"intake:reset".to_owned()));
    assert!(widget.all("input:checked").is_empty(), "start over clears every answer");
}

#[wasm_bindgen_test]
async fn events_bubble_out_of_the_shadow_root_to_the_document() {
    let seen = Rc::new(RefCell::new(0));
    let counter = Rc::clone(&seen);
    let _listener = EventListener::new(&gloo::utils::document(), "intake:ready", move |_| *counter.borrow_mut() += 1);
    let _widget = Widget::mount().await;
    assert_eq!(*seen.borrow(), 1);
}

#[wasm_bindgen_test]
async fn mounting_the_same_element_twice_keeps_one_widget() {
    let widget = Widget::mount().await;
    mount(&widget.host);
    widget.settle().await;
    assert_eq!(widget.all(".iw").len(), 1);
    assert_eq!(widget.event_names().iter().filter(|name| *name == "intake:ready").count(), 1);
}

#[wasm_bindgen_test]
async fn a_failure_shows_a_friendly_message_and_fires_intake_error() {
    let widget = Widget::mount().await;
    let errors = Rc::new(RefCell::new(0));
    let counter = Rc::clone(&errors);
    let _listener = EventListener::new(&gloo::utils::document(), "intake:error", move |_| *counter.borrow_mut() += 1);
    joint_intake_web::failure::show_failure(&widget.host);
    let message = widget.one("[role=alert]");
    assert!(message.text_content().unwrap().contains("could not be shown"));
    assert!(widget.all("form").is_empty(), "the broken widget is gone, not left half-working");
    assert_eq!(*errors.borrow(), 1, "intake:error reached the document");
}

#[wasm_bindgen_test]
fn saved_text_is_read_with_the_browsers_json_parser() {
    use joint_intake_model::json::Json;
    use joint_intake_web::json::parse;

    let read = parse(r#"{"format":1,"half":1.5,"list":[true,null,"¿sí? \u00e9"],"nested":{"a":{}}}"#);
    let expected = Json::object([
        ("format", Json::Number(1)),
        ("half", Json::Null),
        ("list", vec![true.into(), Json::Null, "¿sí? é".into()].into()),
        ("nested", Json::object([("a", Json::Object(Vec::new()))])),
    ]);
    assert_eq!(read, Some(expected));
    // What the core writes, the browser reads back as the same value.
    let written = Json::object([("text", "quote \" backslash \\ newline \n control \u{1}".into())]);
    assert_eq!(parse(&written.to_string()), Some(written));
    assert_eq!(parse("{not json"), None);
    assert_eq!(parse(&format!("{}{}", "[".repeat(40), "]".repeat(40))), None, "nesting this deep is refused");
}

#[wasm_bindgen_test]
async fn two_widgets_keep_their_answers_apart_and_forget_only_their_own() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let keys = || {
        let mut keys: Vec<String> = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).collect();
        keys.sort();
        keys
    };
    let first = Widget::mount_with(&[("data-conditions", "lupus,osteoarthritis")]).await;
    let second = Widget::mount_with(&[("data-conditions", "osteoarthritis")]).await;
    first.choose("lupus").await;
    first.click("input[type=checkbox][id$='-remember']").await;
    second.choose("osteoarthritis").await;
    second.click("input[type=checkbox][id$='-remember']").await;
    let both = keys();
    assert_eq!(both.len(), 2, "one save per widget: {both:?}");
    let first_key = both.iter().find(|key| storage.get_item(key).unwrap().unwrap().contains("lupus")).unwrap().clone();

    first.click(".iw-privacy__forget").await;
    let left = keys();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_ne!(left[0], first_key, "the other widget's save stays");
    assert!(storage.get_item(&left[0]).unwrap().unwrap().contains("osteoarthritis"));
    storage.clear().unwrap();
}
