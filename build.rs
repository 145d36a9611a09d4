//! Checks the content files and packs them into the widget (see src/core/packed.rs).
//!
//! The checks are the ones the tests run (`Content::load`), so a content problem stops the
//! build with the file and field it names, and the widget never carries content that fails them.

// The pure core, compiled a second time for this script; most of it is not used here.
#[allow(dead_code)]
#[path = "src/core/mod.rs"]
mod core;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::core::content::{source_files, Content, PACKED_FILE};
use crate::core::packed;

fn main() -> ExitCode {
    // The content files are compiled into this script, so an edit rebuilds and reruns it.
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=content");
    match Content::load(&source_files()) {
        Ok(content) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(PACKED_FILE);
            std::fs::write(&out, packed::encode(&content)).expect("the build's output directory is writable");
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
