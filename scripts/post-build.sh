#!/bin/sh
# Trunk's one post_build hook (Trunk.toml): trunk starts every hook of a stage at once, and these
# steps must run in order, since the bundle takes the sheet the first one joins.
#   1. join-styles.sh     the page's widget.css, and the widget's sheet for embed.js
#   2. pack-languages.sh  content-<code>.bin for every language the wasm does not carry
#   3. bundle-embed.mjs   embed.js: crates/web/src/embed.js and its modules in one file, with the
#                         widget's sheet and first step filled in; minified (the sheet too, by
#                         minify-css.mjs) for release builds
#   4. minify-js.sh       release builds only: the wasm-bindgen glue, minified
#   5. minify-css.mjs     release builds only: the page's widget.css, minified
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sh "$here/join-styles.sh" "$work/widget-sheet.css"
sh "$here/pack-languages.sh"
node "$here/bundle-embed.mjs" "$work/widget-sheet.css"
sh "$here/minify-js.sh"
node "$here/minify-css.mjs"
