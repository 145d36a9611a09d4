//! The comparison of options and the controls around it, rendered with Yew's server-side
//! renderer: one table whatever the screen (the CSS lays it out by question on a narrow one),
//! the visitor's goals beside "What matters most to you?", and "Start over" asking first.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::{results_props, texts};

use std::rc::Rc;

use joint_intake_model::answers::Answers;
use joint_intake_views::results::ResultsProps;
use scraper::{ElementRef, Html, Selector};
use support::Results;
use yew::{BaseComponent, LocalServerRenderer};

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

fn select<'a>(document: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    document.select(&Selector::parse(selector).expect("valid selector")).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_owned()
}

fn answers(condition: &str, goals: &[&str]) -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", condition);
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    answers.toggle("medications", "nsaids", true);
    for goal in goals {
        answers.toggle("goals", goal, true);
    }
    answers
}

async fn results(code: &str, answers: Answers, confirming_start_over: bool) -> String {
    render::<Results>(ResultsProps { confirming_start_over, ..results_props(texts(code), answers, Rc::default()) })
        .await
}

#[tokio::test]
async fn the_options_are_one_table_whose_cells_name_their_option_for_the_narrow_layout_only() {
    for (code, condition) in [("en", "osteoarthritis"), ("en", "not_sure"), ("es", "lupus")] {
        let html = results(code, answers(condition, &["less_pain"]), false).await;
        let page = Html::parse_fragment(&html);
        assert_eq!(select(&page, ".iw-comparison table").len(), 1, "one table, never a second copy: {html}");
        let table = &select(&page, "table[role=table][aria-labelledby=iw1-comparison]")[0];
        let options: Vec<String> = table
            .select(&Selector::parse("thead th[scope=col][role=columnheader]").unwrap())
            .map(|th| text(&th))
            .collect();
        assert!(options.len() >= 3, "{options:?}");
        let rows = select(&page, "tbody[role=rowgroup] > tr[role=row]");
        assert_eq!(rows.len(), 5, "{condition}: every row of the comparison");
        for row in rows {
            assert_eq!(row.select(&Selector::parse("th[scope=row][role=rowheader]").unwrap()).count(), 1);
            let names: Vec<String> = row
                .select(&Selector::parse("td[role=cell] > .iw-table__option").unwrap())
                .map(|name| text(&name))
                .collect();
            assert_eq!(names, options, "each cell names its own option, in column order");
        }
        for name in select(&page, ".iw-table__option") {
            assert_eq!(name.value().attr("aria-hidden"), Some("true"), "screen readers hear the column header instead");
        }
        assert!(select(&page, "[tabindex='0']").is_empty(), "no scrolling region to tab through any more");
        let folded = select(&page, "table.iw-table--folded[id=iw1-comparison-table] tr.iw-table__row--more");
        assert_eq!(folded.len(), 4, "after the first row, four wait on a narrow screen");
        let more = &select(&page, "button.iw-table__more[aria-controls=iw1-comparison-table][aria-expanded=false]")[0];
        for row in folded {
            let name = text(&row.select(&Selector::parse("th").unwrap()).next().unwrap());
            assert!(text(more).contains(&name), "the button names {name}: {}", text(more));
        }
    }
}

#[tokio::test]
async fn the_rows_the_visitor_values_stay_in_view_on_a_narrow_screen() {
    let props = |values: Vec<String>, all_comparison_rows: bool| ResultsProps {
        values,
        all_comparison_rows,
        ..results_props(texts("en"), answers("osteoarthritis", &[]), Rc::default())
    };
    let html = render::<Results>(props(vec!["low_cost".into(), "low_risk".into()], false)).await;
    let page = Html::parse_fragment(&html);
    let shown: Vec<String> =
        select(&page, ".iw-comparison tbody tr:not(.iw-table__row--more) th").iter().map(text).collect();
    let stressed: Vec<String> =
        select(&page, ".iw-comparison tbody tr.iw-table__row--stressed th").iter().map(text).collect();
    assert!(stressed.len() >= 2, "{stressed:?}");
    assert_eq!(shown, stressed, "the rows that matter to the visitor are the ones never folded");
    let html = render::<Results>(props(Vec::new(), true)).await;
    let page = Html::parse_fragment(&html);
    assert!(select(&page, "table.iw-table--folded").is_empty(), "unfolded");
    assert_eq!(text(&select(&page, "button.iw-table__more[aria-expanded=true]")[0]), "Show fewer rows");
}

#[tokio::test]
async fn what_matters_shows_the_goals_the_visitor_chose() {
    let html = results("en", answers("osteoarthritis", &["less_pain", "avoid_surgery"]), false).await;
    let page = Html::parse_fragment(&html);
    let values = &select(&page, "details.iw-values")[0];
    let goals: Vec<String> =
        values.select(&Selector::parse(".iw-values__goals + ul li").unwrap()).map(|li| text(&li)).collect();
    assert_eq!(goals, ["Less pain", "Avoiding or delaying surgery"]);
    let html = results("en", answers("osteoarthritis", &[]), false).await;
    assert!(!html.contains("iw-values__goals"), "no goals, no line about them");
}

#[tokio::test]
async fn start_over_is_one_button_until_it_asks_in_the_widget() {
    let html = results("en", answers("osteoarthritis", &["less_pain"]), false).await;
    let page = Html::parse_fragment(&html);
    let button = &select(&page, "button#iw1-start-over")[0];
    assert_eq!(text(button), "Start over");
    assert!(select(&page, ".iw-confirm").is_empty());

    let mut answers = answers("lupus", &["compare_options"]);
    answers.remove("joint");
    let html = results("es", answers, true).await;
    let page = Html::parse_fragment(&html);
    let group = &select(&page, "[role=group][aria-labelledby=iw1-start-over-question]")[0];
    assert_eq!(text(&select(&page, "#iw1-start-over-question")[0]), "¿Empezar de nuevo y borrar sus respuestas?");
    let buttons: Vec<(String, Option<&str>)> = group
        .select(&Selector::parse("button[type=button]").unwrap())
        .map(|button| (text(&button), button.value().attr("id")))
        .collect();
    assert_eq!(
        buttons,
        [
            ("Sí, empezar de nuevo".to_owned(), None),
            ("No, conservar mis respuestas".to_owned(), Some("iw1-start-over-cancel"))
        ]
    );
    assert!(select(&page, "#iw1-start-over").is_empty(), "the question takes the button's place");
}
