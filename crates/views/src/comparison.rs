//! "Your options side by side" (Option Grid style): one real table with the options as columns and
//! what matters as rows — the rows the visitor's values stress first and marked — each cell with
//! its sources' numbers from the page's reference list.
//!
//! The same table is restyled by `results.css`, never drawn twice: where the widget is wide
//! enough the options stand side by side under their names; on a phone or at large text it is
//! laid out by question, each row's answers one under another, each led by its option's name, so
//! every option is seen in turn with no sideways scrolling. The explicit table roles keep it a
//! table for screen readers whatever the CSS `display`, and the names shown inside the cells are
//! hidden from them (the column headers already say which option a cell belongs to), so both
//! layouts read the same, in the same order.
//!
//! Laid out by question, the rows beyond the first and those the visitor's values stress wait
//! behind one button that names them, so a phone's results page stays a few screens long; where
//! the options stand side by side every row shows and the button is not drawn.

use joint_intake_model::decision::{keys, Comparison};
use joint_intake_model::results::{ordered_rows, reference_number};
use yew::prelude::*;

use crate::markup::{part_heading, text_in};
use crate::pictures::pictures;
use crate::results::ResultsProps;

/// The table for `comparison`, from the results' props: the values the visitor ticked, whether
/// every row shows on a narrow screen (`all_comparison_rows`, toggled through
/// `on_all_comparison_rows`). `order` is the page's reference list (a source's number is its place
/// there); `shown` the pictures drawn with the table, the comparison's own less those drawn under a
/// bottom-line statement.
///
/// A plain view function rather than a component: the results re-render it with new callbacks
/// every time anyway, and each component costs the wasm its own copy of Yew's lifecycle code.
pub fn comparison_table(props: &ResultsProps, comparison: &Comparison, order: &[&str], shown: &[&str]) -> Html {
    let texts = &props.texts;
    let words = &texts.language().decision;
    let caption_id = format!("{}-comparison", props.id_prefix);
    let table_id = format!("{}-comparison-table", props.id_prefix);
    let all_rows = props.all_comparison_rows;
    // Four or five options never fit side by side in the widget's width (see results.css).
    let width = (comparison.options.len() > 3).then_some("iw-table--many");
    let names: Vec<&str> =
        comparison.options.iter().map(|option| words.get(&keys::comparison_option(&comparison.id, option))).collect();
    let columns = names.iter().map(|name| {
        html! { <th scope="col" role="columnheader">{ name.to_owned() }</th> }
    });
    let ordered = ordered_rows(comparison, &props.values);
    // Folded on a narrow screen: every row after the first that no value of the visitor stresses.
    let folded: Vec<&str> = ordered
        .iter()
        .enumerate()
        .filter(|(index, (_, stressed))| *index > 0 && !stressed)
        .map(|(_, (row, _))| *row)
        .collect();
    let rows = ordered.iter().map(|&(row, stressed)| {
        let cells = comparison.options.iter().zip(&names).map(|(option, name)| {
            let cites = comparison.cite.get(&format!("{option}.{row}")).map(Vec::as_slice).unwrap_or_default();
            let numbers: Vec<String> =
                cites.iter().filter_map(|id| reference_number(order, id)).map(|number| number.to_string()).collect();
            html! {
                <td role="cell">
                    <span class="iw-table__option" aria-hidden="true">{ name.to_owned() }</span>
                    { words.get(&keys::comparison_cell(&comparison.id, option, row)) }
                    if !numbers.is_empty() {
                        { text_in("span", "iw-ref", &format!(" [{}]", numbers.join(", "))) }
                    }
                </td>
            }
        });
        html! {
            <tr role="row" class={classes!(stressed.then_some("iw-table__row--stressed"), folded.contains(&row).then_some("iw-table__row--more"))}>
                <th scope="row" role="rowheader">
                    { words.get(&format!("compare.row.{row}")) }
                    if stressed {
                        { text_in("span", "iw-tag", texts.t("compare.matters_to_you")) }
                    }
                </th>
                { for cells }
            </tr>
        }
    });
    let more_label = if all_rows {
        texts.t("compare.fewer_rows").to_owned()
    } else {
        let names: Vec<&str> = folded.iter().map(|row| words.get(&format!("compare.row.{row}"))).collect();
        texts.ui().fill("compare.more_rows", &[("rows", &names.join(", "))])
    };
    html! {
        <div class="iw-comparison">
            { part_heading(caption_id.clone(), words.get(&keys::comparison_title(&comparison.id))) }
            <div class="iw-table-wrap">
                <table class={classes!("iw-table", width, (!all_rows).then_some("iw-table--folded"))} id={table_id.clone()} role="table" aria-labelledby={caption_id}>
                    <thead role="rowgroup">
                        <tr role="row">
                            <td role="cell"></td>
                            { for columns }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{ for rows }</tbody>
                </table>
                if !folded.is_empty() {
                    <button type="button" class="iw-link-button iw-table__more" aria-controls={table_id} aria-expanded={all_rows.to_string()} onclick={props.on_all_comparison_rows.reform(move |_: MouseEvent| !all_rows)}>
                        { more_label }
                    </button>
                }
            </div>
            { pictures(texts, comparison, shown, order) }
        </div>
    }
}
