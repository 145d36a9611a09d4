//! Checks the content files and packs the default language into the widget (see
//! `joint_intake_model::packed`; `scripts/pack-languages.sh` writes the others next to it).
//!
//! The checks are the ones the tests run (the content crate's `load`), so a content problem
//! stops the build with the file and field it names, and the widget never carries content that
//! fails them.

use std::path::PathBuf;
use std::process::ExitCode;

use joint_intake_model::content::PACKED_FILE;

fn main() -> ExitCode {
    // The content files are compiled into the content crate, so an edit rebuilds it and reruns
    // this script; the line below says so for tools that read only this script's own output.
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../../content");
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
