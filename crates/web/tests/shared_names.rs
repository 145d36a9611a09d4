//! The class and attribute names the web shell and `embed.js` find each other's elements by are
//! the ones in the shared test vectors (`crates/model/tests/shared_rules.json`), which
//! `crates/web/tests/embed/rules.test.mjs` holds `embed.js`'s `rules.js` to.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use serde_json::Value;

fn names() -> Value {
    let vectors: Value = serde_json::from_str(include_str!("../../model/tests/shared_rules.json")).expect("JSON");
    vectors["names"].clone()
}

#[test]
fn the_prerendered_class_is_the_shared_one() {
    assert_eq!(names()["prerenderedClass"], joint_intake_web::mount::PRERENDERED_CLASS);
}

#[test]
fn the_shell_reads_the_shared_attributes() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let sources: String = fs::read_dir(&folder)
        .expect("crates/web/src")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .map(|path| fs::read_to_string(path).expect("a source file"))
        .collect();
    let names = names();
    for key in ["earlyContinueAttribute", "standaloneAttribute"] {
        let name = names[key].as_str().expect("a name");
        assert!(sources.contains(&format!("\"{name}\"")), "the web shell names {key} {name:?}");
    }
}
