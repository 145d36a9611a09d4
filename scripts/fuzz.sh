#!/usr/bin/env bash
# Builds and runs the fuzz targets in fuzz/ for a while each (seconds: first argument, default 60).
# Uses the stable toolchain: libFuzzer's coverage instrumentation through plain codegen flags.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-60}
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps these flags off build scripts and proc macros, as cargo-fuzz does.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --target "$host" --target-dir target
# Seed the unpacking target with the real packed content (written by build.rs), so it mutates
# something close to valid rather than starting from nothing.
mkdir -p corpus/unpack_content
# The widget's build writes it under ../target; without a build the target starts from nothing.
packed=$(find ../target -path '*joint-intake-web-*/out/content.bin' 2>/dev/null | head -n 1)
[[ -n "$packed" && ! -e corpus/unpack_content/shipped ]] && cp "$packed" corpus/unpack_content/shipped
for target in load_content read_settings unpack_content; do
  mkdir -p "corpus/$target"
  echo "fuzz: $target for ${seconds}s"
  "target/$host/release/$target" -max_total_time="$seconds" -max_len=140000 "corpus/$target"
done
