//! "Ready to decide?" rendered with Yew's server-side renderer: inside the collapsed values
//! panel, one fieldset a question with its legend and two named radios, a next step only under a
//! "no", and the answers in the printed summary.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::{results_props, texts};

use std::rc::Rc;

use joint_intake_model::answers::Answers;
use joint_intake_model::ready::Ready;
use joint_intake_views::ready::ready_questions;
use joint_intake_views::texts::Texts;
use scraper::{ElementRef, Selector};
use support::Results;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

fn select<'a>(document: &'a scraper::Html, selector: &str) -> Vec<ElementRef<'a>> {
    document.select(&Selector::parse(selector).expect("valid selector")).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_owned()
}

fn ra() -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", "rheumatoid_arthritis");
    answers
}

#[derive(Properties, PartialEq)]
struct QuestionsProps {
    texts: Texts,
    ready: Ready,
}

#[component(Questions)]
fn questions_view(props: &QuestionsProps) -> Html {
    ready_questions(&props.texts, &props.ready, "iw1", &Callback::noop())
}

async fn questions(language: &str, ready: Ready) -> String {
    render::<Questions>(QuestionsProps { texts: texts(language), ready }).await
}

#[tokio::test]
async fn each_question_is_a_fieldset_with_its_legend_and_two_named_radios() {
    let html = questions("en", Ready::default()).await;
    let page = scraper::Html::parse_fragment(&html);
    assert_eq!(select(&page, "h3").iter().map(text).collect::<Vec<_>>(), ["Ready to decide?"]);
    let fieldsets = select(&page, "fieldset");
    let legends: Vec<String> = fieldsets
        .iter()
        .map(|fieldset| text(&fieldset.select(&Selector::parse("legend").unwrap()).next().expect("a legend")))
        .collect();
    assert_eq!(
        legends,
        [
            "Do you feel sure about the best choice for you?",
            "Do you know the benefits and risks of each option?",
            "Are you clear about which benefits and risks matter most to you?",
            "Do you have enough support and advice to make a choice?",
        ]
    );
    for fieldset in &fieldsets {
        let radios: Vec<_> = fieldset.select(&Selector::parse("input[type=radio]").unwrap()).collect();
        assert_eq!(radios.len(), 2);
        let name = radios[0].value().attr("name").expect("named");
        assert_eq!(radios[1].value().attr("name"), Some(name), "one group a question");
        assert!(radios.iter().all(|radio| radio.value().attr("checked").is_none()), "nothing chosen for the visitor");
        let labels: Vec<String> = radios
            .iter()
            .map(|radio| {
                let id = radio.value().attr("id").expect("an id");
                let label = select(&page, &format!("label[for='{id}']"));
                text(&label[0])
            })
            .collect();
        assert_eq!(labels, ["Yes", "No"]);
        let status = fieldset.select(&Selector::parse("[role=status]").unwrap()).count();
        assert_eq!(status, 1, "one polite status a question, after its radios");
        assert!(!html.contains("aria-live=\"assertive\""));
    }
    let names: Vec<&str> =
        select(&page, "input[type=radio][value=yes]").iter().filter_map(|radio| radio.value().attr("name")).collect();
    assert_eq!(names, ["iw1-ready-sure", "iw1-ready-understand", "iw1-ready-values", "iw1-ready-support"]);
    assert!(select(&page, ".iw-ready__next p").is_empty(), "no next step before any answer");
    assert!(select(&page, ".iw-error-message").is_empty(), "skipping is no error");
}

#[tokio::test]
async fn a_next_step_shows_only_under_a_no() {
    let mut ready = Ready::default();
    ready.set("sure", Some(true));
    ready.set("support", Some(false));
    let html = questions("en", ready).await;
    let page = scraper::Html::parse_fragment(&html);
    let fieldsets = select(&page, "fieldset");
    let next = |index: usize| -> Vec<String> {
        fieldsets[index].select(&Selector::parse(".iw-ready__next p").unwrap()).map(|p| text(&p)).collect()
    };
    assert!(next(0).is_empty(), "a yes brings no next step");
    assert!(next(1).is_empty() && next(2).is_empty(), "an unanswered question neither");
    assert_eq!(
        next(3),
        ["Talk it over with your family or someone you trust, and with your own doctor or a specialist. Bring your summary with you."]
    );
    let checked: Vec<&str> =
        select(&page, "input[checked]").iter().filter_map(|radio| radio.value().attr("id")).collect();
    assert_eq!(checked, ["iw1-ready-sure-yes", "iw1-ready-support-no"]);
}

#[tokio::test]
async fn spanish_asks_in_usted_with_its_own_next_steps() {
    let mut ready = Ready::default();
    ready.set("sure", Some(false));
    let html = questions("es", ready).await;
    let page = scraper::Html::parse_fragment(&html);
    assert_eq!(text(&select(&page, "legend")[0]), "¿Siente seguridad sobre cuál es la mejor opción para usted?");
    assert_eq!(select(&page, "label").iter().map(text).collect::<Vec<_>>()[..2], ["Sí", "No"]);
    assert!(text(&select(&page, ".iw-ready__next p")[0]).starts_with("Puede tomarse su tiempo."));
}

#[tokio::test]
async fn the_questions_wait_inside_the_collapsed_values_panel_and_print_when_answered() {
    let html = render::<Results>(results_props(texts("en"), ra(), Rc::default())).await;
    let page = scraper::Html::parse_fragment(&html);
    let panel = select(&page, "details.iw-values");
    assert_eq!(panel.len(), 1);
    assert!(panel[0].value().attr("open").is_none(), "collapsed: the page grows only once opened");
    assert_eq!(panel[0].select(&Selector::parse(".iw-ready fieldset").unwrap()).count(), 4);
    assert!(
        !select(&page, ".iw-print-summary").iter().any(|summary| text(summary).contains("Ready to decide?")),
        "nothing answered, nothing printed"
    );

    let mut props = results_props(texts("en"), ra(), Rc::default());
    props.ready.set("understand", Some(false));
    props.ready.set("sure", Some(true));
    props.values_open = true;
    let html = render::<Results>(props).await;
    let page = scraper::Html::parse_fragment(&html);
    let printed = select(&page, ".iw-print-summary [data-part=\"ready\"] li");
    let rows: Vec<String> = printed.iter().map(text).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].starts_with("Do you feel sure about the best choice for you?") && rows[0].ends_with("Yes."),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].starts_with(
            "Do you know the benefits and risks of each option? No. Read the comparison of your options again."
        ),
        "{}",
        rows[1]
    );
}
