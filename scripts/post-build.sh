#!/bin/sh
# Trunk's one post_build hook (Trunk.toml): trunk starts every hook of a stage at once, and these
# steps must run in order, since the last one minifies what the first writes into embed.js.
#   1. join-styles.sh     the page's widget.css, and the widget's sheet inside embed.js
#   2. pack-languages.sh  content-<code>.bin for every language the wasm does not carry
#   3. minify-js.sh       release builds only: the glue and embed.js, minified
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/join-styles.sh"
sh "$here/pack-languages.sh"
sh "$here/minify-js.sh"
