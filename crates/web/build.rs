//! Checks the content files and packs them into the widget (see `joint_intake_model::packed`),
//! and joins the widget's stylesheets into the one sheet `src/mount.rs` compiles in.
//!
//! The checks are the ones the tests run (the content crate's `load`), so a content problem
//! stops the build with the file and field it names, and the widget never carries content that
//! fails them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use joint_intake_model::content::PACKED_FILE;

#[path = "build/sheets.rs"]
mod sheets;

fn main() -> ExitCode {
    // The content files are compiled into the content crate, so an edit rebuilds it and reruns
    // this script; the line below says so for tools that read only this script's own output.
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build/sheets.rs");
    println!("cargo::rerun-if-changed=../../content");
    if let Err(problem) = join_styles() {
        eprintln!("The widget's stylesheets cannot be joined: {problem}");
        return ExitCode::FAILURE;
    }
    match joint_intake_content::shipped() {
        Ok(content) => {
            // Only the default language is compiled in; scripts/pack-languages.sh publishes the
            // others next to the wasm (`joint_intake_content::Packed`).
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(PACKED_FILE);
            std::fs::write(&out, joint_intake_content::pack(&content).core)
                .expect("the build's output directory is writable");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("The content files have {} problem(s); fix them and build again:", problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Writes `$OUT_DIR/widget.css`: the sheets `styles/sheets.txt` lists, in its order.
fn join_styles() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    // Rerun when the list or any sheet changes, including a sheet added to the list.
    println!("cargo::rerun-if-changed={}", root.join(sheets::LIST).display());
    let list =
        std::fs::read_to_string(root.join(sheets::LIST)).map_err(|error| format!("{}: {error}", sheets::LIST))?;
    for (_, path) in sheets::entries(&list) {
        println!("cargo::rerun-if-changed={}", root.join(path).display());
    }
    let joined = sheets::join(&root)?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    std::fs::write(&out, joined).map_err(|error| format!("{}: {error}", out.display()))
}
