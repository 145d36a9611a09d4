//! The pure core stays pure: no module under src/core may use the browser or Yew, so the
//! questionnaire, flow and rules are tested with plain `cargo test` (see ARCHITECTURE.md).

use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo", "crate::components", "crate::host"];

#[test]
fn core_imports_neither_yew_nor_the_browser() {
    let mut offences = Vec::new();
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core")).unwrap() {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                let used = code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"));
                if used {
                    offences.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
                }
            }
        }
    }
    assert!(offences.is_empty(), "src/core must stay free of browser and Yew code:\n{}", offences.join("\n"));
}
