//! Print, "Save a copy" and, where the browser can share a file, "Share", near the top of the
//! results; and "Your summary" as it prints, drawn from the model's `Summary::parts` (the same
//! parts, in the same order, as the saved copy): header, answers, decision, bottom line, caveats,
//! the comparison as a compact table of every option and row, questions, warning and urgent-care
//! signs, the numbered sources. On screen the summary itself stays hidden (the page above says the
//! same); printing shows it alone.

use joint_intake_model::summary::{Body, Summary, SummaryComparison};
use yew::prelude::*;

use crate::markup::{button, list, paragraph, text_in};
use crate::results::ResultsProps;

/// The comparison on paper: options as columns, every row, each cell with its sources' numbers.
fn print_table(table: &SummaryComparison) -> Html {
    let rows = table.rows.iter().map(|row| {
        html! {
            <tr>
                <th scope="row">{ row.label.clone() }</th>
                { for row.cells.iter().map(|cell| html! { <td>{ cell.clone() }</td> }) }
            </tr>
        }
    });
    html! {
        <table class="iw-print-table">
            <thead>
                <tr>
                    <td></td>
                    { for table.options.iter().map(|option| html! { <th scope="col">{ option.clone() }</th> }) }
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The buttons and the printed summary, from the results' props: the answers, the values ticked,
/// the clinic (its name and what it declared it sells), whether the browser can share a file,
/// and the "Ready to decide?" answers, printed after the comparison when there are any.
///
/// A plain view function rather than a component: the results re-render it with new callbacks
/// every time anyway, and each component costs the wasm its own copy of Yew's lifecycle code.
pub fn summary(props: &ResultsProps) -> Html {
    let texts = &props.texts;
    let language = texts.language();
    let summary = Summary::new(texts.content(), language, &props.answers, &props.values, &props.settings)
        .with_ready(language, &props.ready);
    let print = props.on_print.reform(|_: MouseEvent| ());
    let save = props.on_save.reform(|_: MouseEvent| ());
    let share = props.on_share.reform(|_: MouseEvent| ());
    let parts = summary.parts.iter().map(|part| {
        let body = match &part.body {
            Body::Text(lines) => lines.iter().map(|line| paragraph(line)).collect::<Html>(),
            Body::List(lines) => list(lines),
            Body::Table(table) => print_table(table),
            Body::Sources(sources) => html! {
                <ol class="iw-print-sources">{ for sources.iter().map(|source| html! { <li>{ source.clone() }</li> }) }</ol>
            },
        };
        html! {
            <div class="iw-print-part" data-part={part.id}>
                { text_in("h3", "iw-heading-s", &part.heading) }
                { body }
            </div>
        }
    });
    html! {
        <>
            <div class="iw-actions iw-summary-actions">
                { button("iw-button", print, texts.t("summary.print")) }
                { button("iw-button iw-button--secondary", save, texts.t("summary.download")) }
                if props.settings.can_share_files {
                    { button("iw-button iw-button--secondary", share, texts.t("summary.share")) }
                }
            </div>
            <div class="iw-print-summary">{ for parts }</div>
        </>
    }
}
