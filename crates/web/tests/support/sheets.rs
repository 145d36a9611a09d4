//! Reads `styles/sheets.txt`, the ordered list of the widget's stylesheets, and joins them, as
//! `scripts/join-styles.sh` does in shell when it writes the page's `widget.css` and the sheet
//! `embed.js` carries; `tests/styles.rs` holds the two to the same bytes.

use std::path::Path;

/// The list, relative to the repository root.
pub const LIST: &str = "styles/sheets.txt";

/// The listed paths with their 1-based line numbers; blank lines and `#` comments are skipped.
pub fn entries(list: &str) -> Vec<(usize, &str)> {
    list.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.split('#').next().unwrap_or("").trim()))
        .filter(|(_, path)| !path.is_empty())
        .collect()
}

/// One sheet as it appears in a joined file: a comment naming its source, so the browser's
/// style inspector leads back to the file, then the text, ending in a newline.
pub fn part(path: &str, text: &str) -> String {
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    format!("/* {path} */\n{text}{newline}")
}

/// The listed sheets joined in order, or a message naming the list line that failed.
pub fn join(root: &Path) -> Result<String, String> {
    let list = std::fs::read_to_string(root.join(LIST)).map_err(|error| format!("{LIST}: {error}"))?;
    let mut joined = String::new();
    for (line, path) in entries(&list) {
        let text =
            std::fs::read_to_string(root.join(path)).map_err(|error| format!("{LIST}:{line}: {path}: {error}"))?;
        joined.push_str(&part(path, &text));
    }
    Ok(joined)
}
