#!/bin/sh
# Writes the standalone page's one stylesheet, widget.css, into trunk's staging directory: the
# widget's sheets in the order styles/sheets.txt lists them (the join
# crates/web/tests/support/sheets.rs makes, which a test compares), then styles/page.css. One
# file, so the page's first paint waits for a single request. scripts/post-build.sh runs it after
# each build and each `trunk serve` rebuild; a test runs it too and compares. Given a file name, it
# also writes the widget's part there, for scripts/bundle-embed.mjs to put into embed.js, so the
# first step embed.js shows before the wasm arrives is styled at once, without a second request.
# Usage: TRUNK_STAGING_DIR=dir scripts/join-styles.sh [widget-sheet.css]
set -eu

root=${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
staging=${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR to the directory to write widget.css into}
out=$staging/widget.css
widget_out=${1:-}

# One sheet as crates/web/tests/support/sheets.rs's `part` writes it: a comment naming it, its
# text, a final newline.
part() {
  [ -f "$root/$1" ] || { echo "join-styles: $2: no such sheet: $1" >&2; exit 1; }
  printf '/* %s */\n' "$1"
  cat "$root/$1"
  if [ -n "$(tail -c 1 "$root/$1")" ]; then echo; fi
}

trap 'rm -f "$out.tmp" "$out.widget.tmp"' EXIT
{
  line=0
  while IFS= read -r entry || [ -n "$entry" ]; do
    line=$((line + 1))
    path=$(printf '%s' "${entry%%#*}" | tr -d '[:space:]')
    if [ -n "$path" ]; then part "$path" "styles/sheets.txt:$line"; fi
  done < "$root/styles/sheets.txt"
} > "$out.widget.tmp"
{ cat "$out.widget.tmp"; part styles/page.css "page sheet"; } > "$out.tmp"

if [ -n "$widget_out" ]; then cp "$out.widget.tmp" "$widget_out"; fi
mv "$out.tmp" "$out"
