#!/bin/sh
# Publishes the text of every language but the default (which the wasm carries) as
# content-<code>.bin in trunk's staging directory, next to the wasm; the widget fetches one only
# when a visitor reads in it. scripts/post-build.sh runs this after each build and each
# `trunk serve` rebuild. Usage: TRUNK_STAGING_DIR=dir scripts/pack-languages.sh
set -eu
root=${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
out=${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR to the directory to write the language files into}
# A native build of the content tools, in the project's own target folder. The wasm build just
# before fetched every crate they use (they are its build script's), so this needs no network.
cargo run --quiet --locked --manifest-path "$root/Cargo.toml" -p joint-intake-content --bin pack-languages -- "$out"
