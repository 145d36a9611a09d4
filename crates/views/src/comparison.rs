//! "Your options side by side" (Option Grid style): a real table with the options as columns and
//! what matters as rows — the rows the visitor's values stress first and marked — each cell with
//! its sources' numbers from the page's reference list. Wide tables scroll inside their own
//! focusable region instead of widening the page.

use joint_intake_model::decision::{keys, Comparison};
use joint_intake_model::results::{ordered_rows, reference_number};
use yew::prelude::*;

use crate::pictures::pictures;
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub texts: Texts,
    pub comparison: Comparison,
    /// The values the visitor ticked (ids).
    pub values: Vec<String>,
    pub page_sources: Vec<AttrValue>,
    pub id_prefix: AttrValue,
}

#[component(ComparisonTable)]
pub fn comparison_table(props: &ComparisonTableProps) -> Html {
    let texts = &props.texts;
    let words = &texts.language().decision;
    let comparison = &props.comparison;
    let order: Vec<&str> = props.page_sources.iter().map(AttrValue::as_str).collect();
    let caption_id = format!("{}-comparison", props.id_prefix);
    // A wider table for more columns keeps each cell a few lines tall; it scrolls on a phone.
    let width = match comparison.options.len() {
        0..=3 => None,
        4 => Some("iw-table--4-options"),
        _ => Some("iw-table--5-options"),
    };
    let columns = comparison.options.iter().map(|option| {
        html! { <th scope="col">{ words.get(&keys::comparison_option(&comparison.id, option)) }</th> }
    });
    let rows = ordered_rows(comparison, &props.values).into_iter().map(|(row, stressed)| {
        let cells = comparison.options.iter().map(|option| {
            let cites = comparison.cite.get(&format!("{option}.{row}")).map(Vec::as_slice).unwrap_or_default();
            let numbers: Vec<String> =
                cites.iter().filter_map(|id| reference_number(&order, id)).map(|number| number.to_string()).collect();
            html! {
                <td>
                    { words.get(&keys::comparison_cell(&comparison.id, option, row)) }
                    if !numbers.is_empty() {
                        <span class="iw-ref">{ format!(" [{}]", numbers.join(", ")) }</span>
                    }
                </td>
            }
        });
        html! {
            <tr class={classes!(stressed.then_some("iw-table__row--stressed"))}>
                <th scope="row">
                    { words.get(&format!("compare.row.{row}")) }
                    if stressed {
                        <span class="iw-tag">{ texts.t("compare.matters_to_you") }</span>
                    }
                </th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="iw-comparison">
            <h2 class="iw-heading-m" id={caption_id.clone()} tabindex="-1">{ words.get(&keys::comparison_title(&comparison.id)) }</h2>
            <div class="iw-table-wrap" role="region" aria-labelledby={caption_id} tabindex="0">
                <table class={classes!("iw-table", width)}>
                    <thead>
                        <tr>
                            <td></td>
                            { for columns }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { pictures(texts, comparison, &order) }
        </div>
    }
}
