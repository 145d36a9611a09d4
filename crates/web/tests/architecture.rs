//! The layers point one way (ARCHITECTURE.md): model ◄ content (build and tests only), model ◄
//! views ◄ web. The compiler already refuses a crate that uses one it does not depend on; these
//! tests refuse the dependencies themselves, from `cargo metadata`, the page access a view could
//! still reach through Yew, a circle between the web shell's modules, and a source file the map
//! in ARCHITECTURE.md does not name.
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

fn crates_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every file under `folder` and its subfolders whose extension is one of `extensions`, sorted.
fn files_under(folder: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extensions.iter().any(|wanted| extension == *wanted)) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The Rust files of one crate, subfolders included.
fn crate_sources(name: &str) -> Vec<PathBuf> {
    files_under(&crates_folder().join(name).join("src"), &["rs"])
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

#[test]
fn the_page_access_scan_reaches_files_in_subfolders() {
    let scratch = std::env::temp_dir().join(format!("intake-architecture-{}", std::process::id()));
    let nested = scratch.join("views").join("nested");
    fs::create_dir_all(&nested).unwrap();
    fs::write(nested.join("deep.rs"), "fn f() {}").unwrap();
    fs::write(scratch.join("views").join("top.rs"), "fn g() {}").unwrap();
    let found = files_under(&scratch.join("views"), &["rs"]);
    fs::remove_dir_all(&scratch).unwrap();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|path| path.ends_with("nested/deep.rs")), "{found:?}");
}

/// The modules of this crate each module names (`use crate::…` lines and `crate::…` paths in
/// code), as (module, the modules it uses). `main.rs` is the binary, a crate of its own.
fn web_module_edges() -> BTreeMap<String, BTreeSet<String>> {
    let folder = crates_folder().join("web").join("src");
    let sources: Vec<PathBuf> = crate_sources("web")
        .into_iter()
        .filter(|path| !path.ends_with("main.rs") && !path.ends_with("lib.rs"))
        .collect();
    let module_of = |path: &Path| {
        let relative = path.strip_prefix(&folder).unwrap().with_extension("");
        relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "::").trim_end_matches("::mod").to_owned()
    };
    let modules: BTreeSet<String> = sources.iter().map(|path| module_of(path)).collect();
    let mut edges = BTreeMap::new();
    for path in &sources {
        let code: String = fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|line| line.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let from = module_of(path);
        let used: BTreeSet<String> =
            crate_paths(&code).into_iter().filter(|module| modules.contains(module) && *module != from).collect();
        edges.insert(from, used);
    }
    edges
}

/// The first segment of every path that starts `crate::` in `code`: `crate::a::f()` gives `a`,
/// `use crate::{a, b::C};` gives `a` and `b`.
fn crate_paths(code: &str) -> Vec<String> {
    let identifier =
        |text: &str| -> String { text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let mut found = Vec::new();
    for (index, _) in code.match_indices("crate::") {
        let after = &code[index + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            // Top-level items of the group only: `{a::{B, C}, d}` gives `a` and `d`.
            let (mut depth, mut start) = (0, 0);
            for (position, character) in group.char_indices() {
                match character {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        found.push(identifier(&group[start..position]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push(identifier(&group[start..position]));
                        start = position + 1;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(identifier(after));
        }
    }
    found.retain(|name| !name.is_empty() && name != "self");
    found
}

/// A circle in `edges`, as the modules along it (the first repeated at the end), if there is one.
fn circle_in(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|on_path| on_path == module) {
            let mut circle = path[start..].to_vec();
            circle.push(module.to_owned());
            return Some(circle);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_owned());
        for next in edges.get(module).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(module.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|module| visit(module, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_web_shells_modules_form_no_circle() {
    let edges = web_module_edges();
    assert!(edges.get("mount").is_some_and(|used| used.contains("bundled")), "the scan found no edges: {edges:?}");
    if let Some(circle) = circle_in(&edges) {
        panic!(
            "the web shell's modules run in a circle: {}. Move the shared state into a leaf module \
             (as bundled.rs holds the content and languages).\nEdges: {edges:#?}",
            circle.join(" → ")
        );
    }
}

#[test]
fn the_module_scan_sees_use_lines_and_inline_paths_and_finds_a_circle() {
    let code = "use crate::{dom, effects::{self, Target}};\nlet x = crate::bundled::content();\nuse crate::json;";
    assert_eq!(crate_paths(code), ["dom", "effects", "bundled", "json"]);
    let edges = |pairs: &[(&str, &[&str])]| -> BTreeMap<String, BTreeSet<String>> {
        pairs
            .iter()
            .map(|(from, to)| ((*from).to_owned(), to.iter().map(|module| (*module).to_owned()).collect()))
            .collect()
    };
    let circle = edges(&[("mount", &["effects", "bundled"]), ("effects", &["languages"]), ("languages", &["mount"])]);
    assert_eq!(circle_in(&circle).unwrap(), ["effects", "languages", "mount", "effects"]);
    let tree = edges(&[("mount", &["effects", "bundled"]), ("effects", &["languages"]), ("languages", &["bundled"])]);
    assert_eq!(circle_in(&tree), None);
}

/// Source files of `crates/*/src` (Rust, JavaScript, CSS, HTML) that ARCHITECTURE.md does not
/// name: each must appear in its crate's section (the one whose heading names `crates/<crate>`),
/// by its path under `src/` or its file name, or anywhere by its path from the repository root.
fn files_the_map_leaves_out(map: &str, files: &[(String, String)]) -> Vec<String> {
    let sections: Vec<&str> = map.split("\n## ").collect();
    // `name` on its own, not inside a longer name (`content.rs` is not named by `x_content.rs`).
    let names = |text: &str, name: &str| {
        let part_of_a_name = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
        text.match_indices(name).any(|(index, _)| {
            !part_of_a_name(text[..index].chars().next_back())
                && !part_of_a_name(text[index + name.len()..].chars().next())
        })
    };
    let mut missing = Vec::new();
    for (crate_name, relative) in files {
        let full = format!("crates/{crate_name}/src/{relative}");
        let heading = format!("`crates/{crate_name}`");
        let file_name = relative.rsplit('/').next().unwrap_or(relative);
        let section =
            sections.iter().find(|section| section.lines().next().is_some_and(|line| line.contains(&heading)));
        let in_section = section.is_some_and(|section| names(section, relative) || names(section, file_name));
        if !(in_section || map.contains(&full)) {
            missing.push(full);
        }
    }
    missing
}

#[test]
fn architecture_md_names_every_source_file() {
    let root = crates_folder().join("..");
    let map = fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut files = Vec::new();
    for entry in fs::read_dir(crates_folder()).unwrap() {
        let crate_folder = entry.unwrap().path();
        let Some(crate_name) = crate_folder.file_name().map(|name| name.to_string_lossy().into_owned()) else {
            continue;
        };
        let src = crate_folder.join("src");
        if !src.is_dir() {
            continue;
        }
        for path in files_under(&src, &["rs", "js", "css", "html"]) {
            let relative = path.strip_prefix(&src).unwrap().to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/");
            files.push((crate_name.clone(), relative));
        }
    }
    files.sort();
    assert!(files.len() > 40, "the scan found too few files: {files:?}");
    let missing = files_the_map_leaves_out(&map, &files);
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name these {} source files; add each to its crate's section:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_map_check_names_what_is_missing_and_only_that() {
    let map =
        "# Map\n\n## Model — `crates/model`\n\n`widget.rs` and `flow.rs`.\n\n## Views — `crates/views`\n\n`app.rs`\n";
    let files: Vec<(String, String)> =
        [("model", "widget.rs"), ("model", "app.rs"), ("views", "app.rs"), ("views", "flow.rs")]
            .iter()
            .map(|(krate, file)| ((*krate).to_owned(), (*file).to_owned()))
            .collect();
    assert_eq!(files_the_map_leaves_out(map, &files), ["crates/model/src/app.rs", "crates/views/src/flow.rs"]);
}
