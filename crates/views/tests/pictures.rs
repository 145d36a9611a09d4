//! Trial pictures rendered with Yew's server-side renderer: what was counted comes first, every
//! arm of a trial is shown, a small group is a plain count and never "per 100", and a good
//! outcome and a bad one are drawn differently.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

mod support;
use joint_intake_model::decision::Picture;
use joint_intake_views::icon_array::icon_array;
use joint_intake_views::texts::Texts;
use scraper::{Html, Selector};
use support::texts;
use yew::{component, Html as View, LocalServerRenderer, Properties};

#[derive(Properties, PartialEq)]
struct OneProps {
    texts: Texts,
    picture: Picture,
}

/// The picture as the results page draws it, with its study as reference 3.
#[component(One)]
fn one(props: &OneProps) -> View {
    icon_array(&props.texts, &props.picture, Some(3))
}

fn picture(id: &str) -> Picture {
    common::content().decision.picture(id).unwrap_or_else(|| panic!("no picture {id}")).clone()
}

async fn render(code: &str, id: &str) -> Html {
    let props = OneProps { texts: texts(code), picture: picture(id) };
    Html::parse_fragment(&LocalServerRenderer::<One>::with_props(props).hydratable(false).render().await)
}

fn texts_of(document: &Html, selector: &str) -> Vec<String> {
    document.select(&Selector::parse(selector).unwrap()).map(|element| element.text().collect::<String>()).collect()
}

fn count(document: &Html, selector: &str) -> usize {
    document.select(&Selector::parse(selector).unwrap()).count()
}

#[tokio::test]
async fn every_arm_of_the_ra_trial_is_shown_with_its_real_count() {
    let page = render("en", "ra_improved_1m").await;
    let groups = texts_of(&page, ".iw-picture__count");
    assert_eq!(
        groups,
        [
            "Lowest cell dose: 9 of 20 people",
            "Middle cell dose: 4 of 20 people",
            "Highest cell dose: 2 of 6 people",
            "Placebo drip, no cells: 2 of 7 people",
        ]
    );
    let words: String = page.root_element().text().collect();
    assert!(!words.contains("100"), "nothing is scaled to 100: {words}");
    assert_eq!(count(&page, ".iw-picture__grid"), 2, "the two arms of 20 are drawn, the arms of 6 and 7 are counts");
    assert_eq!(count(&page, ".iw-picture__grid .iw-mark"), 40, "an arm of 20 is drawn as 20 people");
    assert_eq!(count(&page, ".iw-picture__grid .iw-mark--benefit"), 13, "9 and 4 people marked");
}

#[tokio::test]
async fn a_small_group_is_a_plain_count_never_per_100() {
    let page = render("en", "lupus_remission").await;
    let groups = texts_of(&page, ".iw-picture__count");
    assert_eq!(groups, ["Donor cells + lupus medicines: 9 of 12 people", "Placebo + lupus medicines: 5 of 6 people"]);
    assert_eq!(count(&page, "svg.iw-picture__grid"), 0, "groups under 20 are not drawn");
    let html = page.html();
    assert!(!html.contains("/100") && !html.contains("/ 100") && !html.contains("of 100"), "{html}");
    assert!(html.contains("Groups under 20 people are shown as counts"), "{html}");
    let spanish = render("es", "lupus_remission").await;
    assert!(texts_of(&spanish, ".iw-picture__count").iter().any(|group| group.ends_with("5 de 6 personas")));
}

#[tokio::test]
async fn the_title_saying_what_was_counted_comes_before_the_groups() {
    let page = render("en", "ms_worse").await;
    let html = page.html();
    let title = html.find("iw-picture__title").expect("a title");
    let grid = html.find("iw-picture__grid").expect("a grid: 55 people in each group");
    assert!(title < grid, "{html}");
    let caption = texts_of(&page, "figcaption.iw-picture__title").remove(0);
    assert!(caption.contains("How many had their disability get worse over about 2 years"), "{caption}");
    assert!(caption.ends_with("[3]"), "the study's number in the reference list: {caption}");
    assert_eq!(count(&page, ".iw-picture__grid .iw-mark"), 110);
}

#[tokio::test]
async fn a_good_outcome_and_a_bad_one_differ_in_class_shape_and_words() {
    let good = render("en", "ra_improved_1m").await;
    let bad = render("en", "ra_side_effects").await;
    assert_eq!(count(&good, "figure.iw-picture--benefit"), 1);
    assert_eq!(count(&bad, "figure.iw-picture--harm"), 1);
    assert!(count(&good, "circle.iw-mark--benefit") > 0 && count(&good, "rect").is_zero());
    assert!(count(&bad, "rect.iw-mark--harm") > 0 && count(&bad, ".iw-mark--benefit").is_zero());
    assert_eq!(texts_of(&good, ".iw-picture__kind"), ["Good outcome"]);
    assert_eq!(texts_of(&bad, ".iw-picture__kind"), ["Bad outcome"]);
    assert_eq!(texts_of(&bad, ".iw-picture__legend"), ["had a side effect"]);
}

trait IsZero {
    fn is_zero(&self) -> bool;
}

impl IsZero for usize {
    fn is_zero(&self) -> bool {
        *self == 0
    }
}
