//! `UI_KEYS` (checks.rs), the interface strings every language must define, is the list of keys
//! the code really reads: every literal key the views and the model look up is on it, and every
//! key on it is read somewhere, so neither a missing translation nor a dead string goes unseen.

use std::fs;
use std::path::{Path, PathBuf};

use joint_intake_content::checks::UI_KEYS;
use joint_intake_content::testing::{content, repo_root};

/// How code reads one interface string with a literal key.
const LOOKUPS: &[&str] = &["texts.t(\"", "ui().get(\"", "ui().fill(\"", "ui.get(\"", "ui.fill(\""];

/// Files of the content crate that list or check keys rather than read them.
const KEY_LISTS: &[&str] = &["checks.rs", "decision_checks.rs", "testing.rs"];

/// The Rust files that read interface strings, subfolders included: the views and the model for
/// the widget, the content crate for what it publishes (the FHIR Questionnaire's title).
fn sources() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders: Vec<PathBuf> = ["views", "model", "web", "content"]
        .iter()
        .map(|name| repo_root().join("crates").join(name).join("src"))
        .collect();
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs")
                && !KEY_LISTS.iter().any(|list| path.ends_with(list))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A file's code without comments and without its inline test module (by convention last).
fn code_of(path: &Path) -> String {
    let source = fs::read_to_string(path).unwrap();
    let mut code = String::new();
    for line in source.lines() {
        if line.trim_start().starts_with("#[cfg(") && line.contains("test") {
            break;
        }
        code.push_str(line.split("//").next().unwrap_or(""));
        code.push('\n');
    }
    code
}

/// The string literal at the start of `text` (after its opening quote), if it is a plain key.
fn key_at(text: &str) -> Option<&str> {
    let key = &text[..text.find('"')?];
    let plain =
        !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._".contains(c));
    plain.then_some(key)
}

/// (file, key) for every literal key read through `LOOKUPS`.
fn keys_read(code: &[(PathBuf, String)]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (path, code) in code {
        for lookup in LOOKUPS {
            for (index, _) in code.match_indices(lookup) {
                if let Some(key) = key_at(&code[index + lookup.len()..]) {
                    found.push((path.display().to_string(), key.to_owned()));
                }
            }
        }
    }
    found
}

fn all_code() -> Vec<(PathBuf, String)> {
    sources().into_iter().map(|path| (path.clone(), code_of(&path))).collect()
}

#[test]
fn every_key_the_code_reads_is_one_every_language_must_define() {
    let code = all_code();
    let read = keys_read(&code);
    assert!(read.len() > 30, "the scan found too few lookups: {read:?}");
    let unlisted: Vec<String> = read
        .iter()
        .filter(|(_, key)| !key.starts_with("q.") && !UI_KEYS.contains(&key.as_str()))
        .map(|(file, key)| format!("{file}: \"{key}\""))
        .collect();
    assert!(unlisted.is_empty(), "add these keys to UI_KEYS in checks.rs:\n{}", unlisted.join("\n"));
}

#[test]
fn every_key_every_language_must_define_is_read_by_the_code() {
    let code = all_code();
    let groups: Vec<String> = content().sections.iter().filter_map(|rule| rule.group.clone()).collect();
    let unread: Vec<&str> = UI_KEYS
        .iter()
        .copied()
        .filter(|key| match key.strip_prefix("group.") {
            // results.rs builds `group.{group}` from content/sections.json's groups.
            Some(group) => !groups.iter().any(|known| known == group),
            None => !code.iter().any(|(_, code)| code.contains(&format!("\"{key}\""))),
        })
        .collect();
    assert!(
        unread.is_empty(),
        "UI_KEYS lists keys no code reads; remove them from checks.rs and the content files:\n{}",
        unread.join("\n")
    );
}

#[test]
fn the_scan_finds_literal_lookups_and_skips_built_keys() {
    let code = vec![(
        PathBuf::from("view.rs"),
        "texts.t(\"back\"); texts.ui().fill(\"progress\", &[]); ui.get(&format!(\"q.{q}\")); language.ui.get(\"summary.footer\")"
            .to_owned(),
    )];
    let keys: Vec<String> = keys_read(&code).into_iter().map(|(_, key)| key).collect();
    assert_eq!(keys, ["back", "progress", "summary.footer"]);
}
