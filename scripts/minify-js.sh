#!/bin/sh
# Minifies the two JavaScript files a visitor downloads (the wasm-bindgen glue and embed.js) in
# trunk's staging directory, for release builds only, so `trunk serve` keeps them readable.
# What it saves was measured once (bench/RESULTS.md, "Release builds minify"); that figure predates the
# first step and the stylesheet moving into embed.js, so measure again before quoting it. scripts/post-build.sh runs it
# after each build, after join-styles.sh has written into embed.js. Usage: TRUNK_PROFILE=release TRUNK_STAGING_DIR=dir scripts/minify-js.sh
set -eu
[ "${TRUNK_PROFILE:-debug}" = release ] || exit 0
root=${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
out=${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR to the directory holding the built files}
esbuild="$root/node_modules/.bin/esbuild"
[ -x "$esbuild" ] || { echo "minify-js: $esbuild is missing; run scripts/setup.sh" >&2; exit 1; }
# Console messages and exported names stay as written: integrators read the first, pages import
# the second.
"$esbuild" "$out/intake-widget.js" "$out/embed.js" --minify --format=esm --target=es2022 \
  --legal-comments=none --log-level=warning --allow-overwrite --outdir="$out"
