//! Writes each language the widget does not carry (`content-{code}.bin`) into the folder given,
//! next to the wasm: `scripts/pack-languages.sh` runs it after every trunk build. The wasm's own
//! build script packs the rest from the same checked files, so both carry one fingerprint.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: pack-languages <folder to write content-<code>.bin into>");
        return ExitCode::FAILURE;
    };
    let content = match joint_intake_content::shipped() {
        Ok(content) => content,
        Err(problems) => {
            eprintln!("The content files have {} problem(s); fix them and build again:", problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    for (file, bytes) in joint_intake_content::pack(&content).languages {
        let path = folder.join(&file);
        if let Err(error) = std::fs::write(&path, bytes) {
            eprintln!("pack-languages: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
