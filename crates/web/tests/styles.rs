//! The stylesheets against the markup: every class the views and the web shell use has a rule,
//! every class a rule names is used, layout uses logical properties only (right-to-left
//! languages), every colour is a theming property from `styles/tokens.css`, and
//! `styles/sheets.txt` lists each widget sheet once, without the page's own. Failures name the
//! file and line.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/sheets.rs"]
mod sheets;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TOKENS: &str = "styles/tokens.css";
const PAGE: &str = "styles/page.css";
/// Folders whose `.css` files are stylesheets of the widget or its page.
const SHEET_FOLDERS: &[&str] = &["styles", "crates/views/src"];
/// Folders whose `.rs` files hold the widget's markup.
const MARKUP_FOLDERS: &[&str] = &["crates/views/src", "crates/web/src"];

/// Classes that name an element for tests, scripts or hosts and are deliberately unstyled. A
/// class here must be used and must have no rule (give it a rule and it leaves this list).
const HOOKS: &[(&str, &str)] = &[
    ("iw-prerendered", "embed.js and mount.rs find the pre-rendered first step by it"),
    ("iw-provided-by", "the clinic's name line; the end-to-end tests read it"),
    ("iw-contact", "the clinic's contact section; the view and end-to-end tests find it"),
    ("iw-start-over", "the Start over button; the browser and end-to-end tests click it"),
    ("iw-start-over-confirm", "the button that confirms Start over; the browser tests click it"),
    ("iw-form", "names the question's form"),
    ("iw-language-switch__button", "names each language button"),
    ("iw-choices--radios", "says the choices are radios"),
    ("iw-choices--checkboxes", "says the choices are checkboxes"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Files in `folder` (repository-relative) ending in `.extension`, as repository-relative paths.
fn files(folder: &str, extension: &str) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(root().join(folder))
        .unwrap_or_else(|error| panic!("{folder}: {error}"))
        .map(|entry| entry.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(&format!(".{extension}")))
        .map(|name| format!("{folder}/{name}"))
        .collect();
    found.sort();
    found
}

fn listed_sheets() -> Vec<String> {
    sheets::entries(&read(sheets::LIST)).into_iter().map(|(_, path)| path.to_owned()).collect()
}

/// The widget's sheets in order, then the page's.
fn all_sheets() -> Vec<String> {
    let mut all = listed_sheets();
    all.push(PAGE.to_owned());
    all
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

// ---------------------------------------------------------------------------------------------
// A small CSS reader: enough for these sheets (rules, nested at-rules, strings, comments).

struct Rule {
    line: usize,
    selector: String,
    /// The preludes of the at-rules around it, e.g. "@media print".
    within: Vec<String>,
    /// (line, property, value) with `!important` removed from the value.
    declarations: Vec<(usize, String, String)>,
}

impl Rule {
    fn within(&self, condition: &str) -> bool {
        self.within.iter().any(|prelude| prelude.contains(condition))
    }
}

/// The text with comments blanked out (newlines kept, so offsets keep their lines).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start + 2..].find("*/").map_or(rest.len(), |end| start + 2 + end + 2);
        out.extend(rest[start..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn parse_css(path: &str, text: &str) -> Vec<Rule> {
    let text = without_comments(text);
    let mut rules = Vec::new();
    let mut within: Vec<String> = Vec::new();
    let mut open_rule: Option<Rule> = None;
    let mut start = 0;
    let mut quote: Option<char> = None;
    for (offset, c) in text.char_indices() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '{' => {
                let prelude = text[start..offset].trim();
                let line = line_of(&text, start + (text[start..offset].len() - text[start..offset].trim_start().len()));
                assert!(open_rule.is_none(), "{path}:{line}: a block inside a rule's declarations");
                if prelude.starts_with('@') {
                    within.push(prelude.to_owned());
                } else {
                    open_rule = Some(Rule {
                        line,
                        selector: prelude.to_owned(),
                        within: within.clone(),
                        declarations: Vec::new(),
                    });
                }
                start = offset + 1;
            }
            ';' | '}' if open_rule.is_some() => {
                let declaration = &text[start..offset];
                if !declaration.trim().is_empty() {
                    let line = line_of(&text, start + (declaration.len() - declaration.trim_start().len()));
                    let (property, value) = declaration
                        .split_once(':')
                        .unwrap_or_else(|| panic!("{path}:{line}: not a declaration: {}", declaration.trim()));
                    let value = value.trim().trim_end_matches("!important").trim();
                    open_rule.as_mut().expect("open").declarations.push((
                        line,
                        property.trim().to_ascii_lowercase(),
                        value.to_owned(),
                    ));
                }
                if c == '}' {
                    rules.push(open_rule.take().expect("open"));
                }
                start = offset + 1;
            }
            '}' => {
                assert!(within.pop().is_some(), "{path}:{}: a '}}' with no block to close", line_of(&text, offset));
                start = offset + 1;
            }
            _ => {}
        }
    }
    assert!(open_rule.is_none() && within.is_empty(), "{path}: a block is never closed");
    rules
}

/// The class names a selector mentions (`.name`), outside attribute selectors and strings.
fn selector_classes(selector: &str) -> Vec<String> {
    let mut classes = Vec::new();
    let mut chars = selector.chars().peekable();
    let mut in_brackets = 0;
    while let Some(c) = chars.next() {
        match c {
            '[' => in_brackets += 1,
            ']' => in_brackets -= 1,
            '.' if in_brackets == 0 => {
                let mut name = String::new();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '-' || next == '_' {
                        name.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                classes.push(name);
            }
            _ => {}
        }
    }
    classes
}

fn parsed_sheets() -> Vec<(String, Vec<Rule>)> {
    all_sheets()
        .into_iter()
        .map(|path| {
            let rules = parse_css(&path, &read(&path));
            (path, rules)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The classes the markup uses.

/// Rust string literals in `text`, with their lines and whether they are a `class=` attribute.
fn string_literals(text: &str) -> Vec<(usize, String, bool)> {
    let bytes = text.as_bytes();
    let mut literals = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |end| i + end);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(bytes.len(), |end| i + 2 + end + 2);
            }
            // A char literal ('"', '\'', 'x'); a lifetime ('a) has no closing quote after one char.
            b'\'' => {
                if bytes.get(i + 1) == Some(&b'\\') {
                    // Skip the escaped character, which may itself be a quote.
                    i = text.get(i + 3..).and_then(|rest| rest.find('\'')).map_or(bytes.len(), |end| i + 3 + end + 1);
                } else if let Some(c) = text[i + 1..].chars().next() {
                    let after = i + 1 + c.len_utf8();
                    i = if bytes.get(after) == Some(&b'\'') { after + 1 } else { i + 1 };
                } else {
                    i += 1;
                }
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = text[i + 1..].bytes().take_while(|&b| b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = text[open + 1..].find(&close).map_or(bytes.len(), |end| open + 1 + end);
                literals.push((line_of(text, i), text[open + 1..end].to_owned(), false));
                i = end + close.len();
            }
            b'"' => {
                let mut end = i + 1;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let before = text[..i].trim_end().trim_end_matches('{').trim_end();
                literals.push((
                    line_of(text, i),
                    text[i + 1..end.min(bytes.len())].to_owned(),
                    before.ends_with("class="),
                ));
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    literals
}

fn is_widget_class(word: &str) -> bool {
    word == "iw"
        || word.strip_prefix("iw-").is_some_and(|rest| {
            !rest.is_empty()
                && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
}

/// Every class the markup uses, with the first place (file:line) that uses it. In Rust sources
/// that is a `class="…"` attribute, or any other string literal made only of `iw` class names
/// (`classes!(…)` arguments, a heading helper's class, `set_class_name`, constants); in
/// index.html, its `class="…"` attributes.
fn used_classes() -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    for folder in MARKUP_FOLDERS {
        for path in files(folder, "rs") {
            for (line, literal, is_class_attribute) in string_literals(&read(&path)) {
                let words: Vec<&str> = literal.split_whitespace().collect();
                if is_class_attribute || (!words.is_empty() && words.iter().all(|word| is_widget_class(word))) {
                    for word in words {
                        used.entry(word.to_owned()).or_insert_with(|| format!("{path}:{line}"));
                    }
                }
            }
        }
    }
    let page = read("index.html");
    for (offset, _) in page.match_indices("class=\"") {
        let value_start = offset + "class=\"".len();
        let value = &page[value_start..value_start + page[value_start..].find('"').expect("a closed attribute")];
        for word in value.split_whitespace() {
            used.entry(word.to_owned()).or_insert_with(|| format!("index.html:{}", line_of(&page, offset)));
        }
    }
    used
}

/// Every class some rule names, with the first rule (file:line) naming it.
fn styled_classes() -> BTreeMap<String, String> {
    let mut styled = BTreeMap::new();
    for (path, rules) in parsed_sheets() {
        for rule in rules {
            for class in selector_classes(&rule.selector) {
                styled.entry(class).or_insert_with(|| format!("{path}:{}", rule.line));
            }
        }
    }
    styled
}

fn fail_if_any(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

#[test]
fn every_class_the_markup_uses_has_a_rule() {
    let used = used_classes();
    let styled = styled_classes();
    let hooks: BTreeSet<&str> = HOOKS.iter().map(|(class, _)| *class).collect();
    let problems = used
        .iter()
        .filter(|(class, _)| !styled.contains_key(*class) && !hooks.contains(class.as_str()))
        .map(|(class, place)| format!("{place}: class `{class}` has no rule in any sheet (or list it in HOOKS)"))
        .collect();
    fail_if_any(problems, "classes without a rule");
    assert!(used.contains_key("iw-choice__input") && used.contains_key("page"), "the markup was read: {used:?}");
}

#[test]
fn every_class_a_rule_names_is_used() {
    let used = used_classes();
    let problems = styled_classes()
        .into_iter()
        .filter(|(class, _)| !used.contains_key(class))
        .map(|(class, place)| {
            format!("{place}: `.{class}` matches no class any view, the web shell or index.html uses")
        })
        .collect();
    fail_if_any(problems, "rules for classes nothing uses");
}

#[test]
fn hooks_are_used_and_unstyled() {
    let used = used_classes();
    let styled = styled_classes();
    let mut problems = Vec::new();
    for (class, why) in HOOKS {
        if !used.contains_key(*class) {
            problems.push(format!("crates/web/tests/styles.rs: HOOKS lists `{class}` ({why}), which nothing uses"));
        }
        if let Some(place) = styled.get(*class) {
            problems.push(format!("{place}: `.{class}` has a rule, so take it out of HOOKS"));
        }
    }
    fail_if_any(problems, "hook classes");
}

/// Properties and shorthands that name physical sides, which do not follow the text direction.
fn physical(property: &str, value: &str) -> Option<&'static str> {
    const SIDES: &[&str] = &["left", "right", "top", "bottom"];
    const SIZES: &[&str] = &["width", "height", "min-width", "min-height", "max-width", "max-height"];
    const SHORTHANDS: &[&str] = &[
        "margin",
        "padding",
        "inset",
        "border-width",
        "border-style",
        "border-color",
        "border-radius",
        "scroll-margin",
        "scroll-padding",
    ];
    if property.starts_with("--") {
        return None;
    }
    let words: Vec<&str> = top_level_words(value);
    if property.split('-').any(|part| SIDES.contains(&part)) {
        Some("names a physical side; use its -block-/-inline-/-start/-end form")
    } else if SIZES.contains(&property) {
        Some("is a physical size; use inline-size/block-size")
    } else if matches!(property, "overflow-x" | "overflow-y") {
        Some("is a physical axis; use overflow-inline/overflow-block or overflow")
    } else if matches!(property, "float" | "clear" | "text-align") && words.iter().any(|word| SIDES.contains(word)) {
        Some("takes a physical side; use start/end (inline-start/inline-end)")
    } else if SHORTHANDS.contains(&property) && words.len() > 1 {
        Some("with several values sets physical sides; use its -block and -inline forms")
    } else {
        None
    }
}

/// A value's space-separated words, keeping parenthesised groups whole.
fn top_level_words(value: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut depth = 0;
    let mut start = None;
    for (offset, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => {
                if let Some(begin) = start.take() {
                    words.push(&value[begin..offset]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(offset);
    }
    if let Some(begin) = start {
        words.push(&value[begin..]);
    }
    words
}

#[test]
fn layout_uses_logical_properties_only() {
    let mut problems = Vec::new();
    for (path, rules) in parsed_sheets() {
        for rule in rules {
            for (line, property, value) in &rule.declarations {
                if let Some(why) = physical(property, value) {
                    problems.push(format!("{path}:{line}: `{property}: {value}` {why}"));
                }
            }
        }
    }
    fail_if_any(problems, "physical properties (they break right-to-left layouts)");
}

#[rustfmt::skip]
const NAMED_COLOURS: &[&str] = &[
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond",
    "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral",
    "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray",
    "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid",
    "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
    "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite",
    "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow",
    "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush",
    "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray",
    "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray",
    "lightslategrey", "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon",
    "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
    "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose",
    "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid",
    "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink",
    "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
    "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey",
    "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat",
    "white", "whitesmoke", "yellow", "yellowgreen",
];
/// Colours the user's system picks; right only where forced colours are active.
#[rustfmt::skip]
const SYSTEM_COLOURS: &[&str] = &[
    "accentcolor", "accentcolortext", "activetext", "buttonborder", "buttonface", "buttontext", "canvas",
    "canvastext", "field", "fieldtext", "graytext", "highlight", "highlighttext", "linktext", "mark",
    "marktext", "selecteditem", "selecteditemtext", "visitedtext",
];
const COLOUR_FUNCTIONS: &[&str] = &["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color"];

/// The colour literals in a declaration's value: hex colours, colour functions, named colours,
/// and system colours unless `forced` (inside `@media (forced-colors: active)`).
fn colour_literals(value: &str, forced: bool) -> Vec<String> {
    // Strings (font names, generated content) are not colours.
    let mut unquoted = String::new();
    let mut quote = None;
    for c in value.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None => unquoted.push(c),
        }
    }
    let mut found = Vec::new();
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut rest = unquoted.as_str();
    while let Some(start) = rest.find(|c: char| c == '#' || is_word(c)) {
        let hash = rest[start..].starts_with('#');
        let from = if hash { start + 1 } else { start };
        let end = rest[from..].find(|c: char| !is_word(c)).map_or(rest.len(), |end| from + end);
        let word = &rest[start..end];
        let lower = word.to_ascii_lowercase();
        let is_call = rest[end..].starts_with('(');
        if hash
            || (is_call && COLOUR_FUNCTIONS.contains(&lower.as_str()))
            || (!is_call && NAMED_COLOURS.contains(&lower.as_str()))
            || (!is_call && !forced && SYSTEM_COLOURS.contains(&lower.as_str()))
        {
            found.push(if is_call { format!("{word}()") } else { word.to_owned() });
        }
        rest = &rest[end..];
    }
    found
}

#[test]
fn every_colour_comes_from_a_theming_property_in_the_tokens_file() {
    let mut problems = Vec::new();
    for (path, rules) in parsed_sheets() {
        for rule in &rules {
            for (line, property, value) in &rule.declarations {
                if path == TOKENS {
                    // The one file with colours: each a private name for a public property and its default.
                    if !property.starts_with("--iw-") || !value.starts_with("var(--intake-") {
                        problems.push(format!(
                            "{path}:{line}: only `--iw-name: var(--intake-name, default)` belongs in the tokens file"
                        ));
                    }
                    continue;
                }
                for literal in colour_literals(value, rule.within("forced-colors")) {
                    problems.push(format!(
                        "{path}:{line}: `{property}: {value}` names the colour `{literal}`; use a --iw-* property from {TOKENS}"
                    ));
                }
            }
        }
    }
    fail_if_any(problems, "colours that theming cannot reach");
}

#[test]
fn the_readme_lists_every_public_theming_property() {
    let tokens = read(TOKENS);
    let public: BTreeSet<&str> = tokens
        .match_indices("var(--intake-")
        .map(|(offset, _)| {
            let name = &tokens[offset + 4..];
            &name[..name.find([',', ')']).expect("a var() with a fallback")]
        })
        .collect();
    let readme = read("README.md");
    let styles = readme.split("**Styles.**").nth(1).expect("README.md has a **Styles.** paragraph");
    let paragraph = styles.split("\n\n").next().expect("the paragraph");
    let documented: BTreeSet<&str> =
        paragraph.split('`').skip(1).step_by(2).filter(|name| name.starts_with("--intake-")).collect();
    let missing: Vec<_> = public.difference(&documented).collect();
    let stale: Vec<_> = documented.difference(&public).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "README.md's Styles paragraph must list exactly the --intake-* properties of {TOKENS}: \
         missing {missing:?}, not in the tokens file {stale:?}"
    );
}

#[test]
fn the_list_names_every_widget_sheet_once_and_not_the_page_sheet() {
    let list = read(sheets::LIST);
    let mut problems = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (line, path) in sheets::entries(&list) {
        let place = format!("{}:{line}", sheets::LIST);
        if let Some(first) = seen.insert(path, line) {
            problems.push(format!("{place}: {path} is already listed on line {first}"));
        }
        if path == PAGE {
            problems.push(format!("{place}: {PAGE} is for the standalone page only; it must not reach a shadow root"));
        }
        if !path.ends_with(".css") || !root().join(path).is_file() {
            problems.push(format!("{place}: {path} is not a stylesheet in the repository"));
        }
    }
    for folder in SHEET_FOLDERS {
        for path in files(folder, "css") {
            if path != PAGE && !seen.contains_key(path.as_str()) {
                problems.push(format!("{path}: not listed in {}, so no build includes it", sheets::LIST));
            }
        }
    }
    let first = sheets::entries(&list).first().map(|(_, path)| *path);
    if first != Some(TOKENS) {
        problems.push(format!("{}: {TOKENS} must come first, before the rules that read its properties", sheets::LIST));
    }
    fail_if_any(problems, "the stylesheet list");
}

#[test]
fn the_widget_carries_the_joined_list_and_the_page_gets_it_plus_its_own_sheet_in_one_file() {
    let root = root();
    let joined = sheets::join(&root).expect("the sheets join");
    assert!(!joined.contains("/* styles/page.css */"), "the widget's sheet leaves out the page's");

    // The trunk hook, run as trunk runs it, writes the same join followed by the page's sheet.
    let staging = std::env::temp_dir().join(format!("intake-join-styles-{}", std::process::id()));
    fs::create_dir_all(&staging).expect("a temporary directory");
    let status = Command::new("sh")
        .arg("scripts/join-styles.sh")
        .current_dir(&root)
        .env("TRUNK_STAGING_DIR", &staging)
        .env("TRUNK_SOURCE_DIR", &root)
        .status()
        .expect("sh runs");
    assert!(status.success(), "scripts/join-styles.sh failed");
    let page_sheet = fs::read_to_string(staging.join("widget.css")).expect("the hook wrote widget.css");
    fs::remove_dir_all(&staging).ok();
    assert_eq!(
        page_sheet,
        format!("{joined}{}", sheets::part(PAGE, &read(PAGE))),
        "join-styles.sh and the list's join differ"
    );

    let index = read("index.html");
    assert!(index.contains(r#"<link rel="stylesheet" href="widget.css">"#), "index.html links the joined sheet");
    assert_eq!(index.matches("rel=\"stylesheet\"").count(), 1, "index.html links exactly one stylesheet");
    assert!(!index.contains(r#"rel="css""#), "no trunk css asset: the hook writes widget.css");
    assert!(read("Trunk.toml").contains("scripts/post-build.sh"), "Trunk.toml runs the hook");
    assert!(read("scripts/post-build.sh").contains("join-styles.sh"), "the hook joins the styles");
}
