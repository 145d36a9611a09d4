//! The layers point one way (ARCHITECTURE.md): model ◄ content (build and tests only), model ◄
//! views ◄ web. The compiler already refuses a crate that uses one it does not depend on; these
//! tests refuse the dependencies themselves, from `cargo metadata`, and the page access a view
//! could still reach through Yew.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const MODEL: &str = "joint-intake-model";
const CONTENT: &str = "joint-intake-content";
const VIEWS: &str = "joint-intake-views";
const WEB: &str = "joint-intake-web";
/// Crates that reach the browser; the model must not depend on any of them, even indirectly.
const WEB_CRATES: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

/// Runs cargo offline in this workspace and returns what it printed.
fn cargo(arguments: &[&str]) -> Vec<u8> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(arguments)
        .arg("--offline")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "cargo {arguments:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

/// The workspace crates and what each declares (no registry needed).
fn metadata() -> Value {
    serde_json::from_slice(&cargo(&["metadata", "--format-version", "1", "--no-deps"])).expect("JSON")
}

fn packages(metadata: &Value) -> &Vec<Value> {
    metadata["packages"].as_array().expect("packages")
}

fn package<'a>(metadata: &'a Value, name: &str) -> &'a Value {
    packages(metadata).iter().find(|package| package["name"] == name).expect("a workspace crate")
}

/// A package's declared dependencies that are not dev-dependencies: (name, features).
fn shipped_dependencies(package: &Value) -> Vec<(String, Vec<String>)> {
    package["dependencies"]
        .as_array()
        .expect("dependencies")
        .iter()
        .filter(|dependency| dependency["kind"] != "dev")
        .map(|dependency| {
            let features = dependency["features"].as_array().map_or_else(Vec::new, |features| {
                features.iter().filter_map(|feature| feature.as_str().map(str::to_owned)).collect()
            });
            (dependency["name"].as_str().expect("a name").to_owned(), features)
        })
        .collect()
}

fn is_web_crate(name: &str) -> bool {
    WEB_CRATES.iter().any(|web| name == *web || name.starts_with("gloo"))
}

#[test]
fn workspace_crates_depend_only_downwards() {
    let metadata = metadata();
    let allowed: BTreeMap<&str, &[&str]> = BTreeMap::from([
        (MODEL, &[][..]),
        (CONTENT, &[MODEL][..]),
        (VIEWS, &[MODEL][..]),
        (WEB, &[MODEL, VIEWS, CONTENT][..]),
    ]);
    let mut offences = Vec::new();
    for (name, may_use) in &allowed {
        for (dependency, _) in shipped_dependencies(package(&metadata, name)) {
            if allowed.contains_key(dependency.as_str()) && !may_use.contains(&dependency.as_str()) {
                offences.push(format!("{name} depends on {dependency}"));
            }
        }
    }
    assert!(offences.is_empty(), "an arrow runs back up or sideways:\n{}", offences.join("\n"));
    // The web crate may use the content tools only to build, never in the widget itself.
    let web = package(&metadata, WEB)["dependencies"].as_array().unwrap().clone();
    let content_in_widget = web.iter().any(|dependency| dependency["name"] == CONTENT && dependency["kind"].is_null());
    assert!(!content_in_widget, "{WEB} ships {CONTENT}; it belongs in [build-dependencies]");
}

#[test]
fn the_model_reaches_no_browser_crate_even_indirectly() {
    // Every crate the model links on any platform, one name per line.
    let tree = cargo(&["tree", "-p", MODEL, "-e", "normal", "--target", "all", "--prefix", "none"]);
    let tree = String::from_utf8(tree).expect("text");
    let names: BTreeSet<&str> = tree.lines().filter_map(|line| line.split_whitespace().next()).collect();
    assert!(names.contains(MODEL) && names.contains("serde"), "cargo tree listed {names:?}");
    let reached: Vec<&&str> = names.iter().filter(|name| is_web_crate(name)).collect();
    assert!(reached.is_empty(), "{MODEL} must stay plain Rust, but reaches {reached:?}");
}

#[test]
fn views_use_only_yew_and_the_model_and_read_only_their_own_events() {
    let metadata = metadata();
    for (dependency, features) in shipped_dependencies(package(&metadata, VIEWS)) {
        match dependency.as_str() {
            MODEL | "yew" => {}
            "web-sys" => assert_eq!(features, ["HtmlInputElement"], "views may read form controls, nothing else"),
            other => panic!("{VIEWS} must not depend on {other}: page access belongs in {WEB}"),
        }
    }
}

fn crate_sources(name: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name).join("src");
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .collect();
    files.sort();
    files
}

/// Lines of code (comments dropped) in `crate_folder` that contain any of `forbidden`.
fn uses(crate_folder: &str, forbidden: &[&str], except_file: Option<&str>) -> Vec<String> {
    let mut found = Vec::new();
    for path in crate_sources(crate_folder) {
        if except_file.is_some_and(|file| path.ends_with(file)) {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if forbidden.iter().any(|name| code.contains(name)) {
                found.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn model_code_names_no_browser_or_yew_api() {
    let found = uses("model", &["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"], None);
    assert!(found.is_empty(), "the model must stay plain Rust:\n{}", found.join("\n"));
}

#[test]
fn views_never_touch_the_page() {
    let page_access = [
        "web_sys::",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "window()",
        "document()",
        ".focus(",
        "local_storage",
        "history()",
        "NodeRef",
    ];
    // form.rs is the one place that reads a control's state from its own event.
    let found = uses("views", &page_access, Some("form.rs"));
    assert!(
        found.is_empty(),
        "views render state and send messages; page access is an effect for the web shell:\n{}",
        found.join("\n")
    );
}
