#!/bin/sh
# Writes the standalone page's one stylesheet, widget.css, into trunk's staging directory: the
# widget's sheets in the order styles/sheets.txt lists them (the join
# crates/web/tests/support/sheets.rs makes, which a test compares), then styles/page.css. One
# file, so the page's first paint waits for a single request. scripts/post-build.sh runs it after
# each build and each `trunk serve` rebuild; a test runs it too and compares. When the staging directory holds embed.js, the widget's part
# also goes into its WIDGET_STYLES, so the first step embed.js shows before the wasm arrives is
# styled at once, without a second request. Usage: TRUNK_STAGING_DIR=dir scripts/join-styles.sh
set -eu

root=${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
staging=${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR to the directory to write widget.css into}
out=$staging/widget.css
embed=$staging/embed.js

# One sheet as crates/web/tests/support/sheets.rs's `part` writes it: a comment naming it, its
# text, a final newline.
part() {
  [ -f "$root/$1" ] || { echo "join-styles: $2: no such sheet: $1" >&2; exit 1; }
  printf '/* %s */\n' "$1"
  cat "$root/$1"
  if [ -n "$(tail -c 1 "$root/$1")" ]; then echo; fi
}

trap 'rm -f "$out.tmp" "$out.widget.tmp" "$embed.tmp"' EXIT
{
  line=0
  while IFS= read -r entry || [ -n "$entry" ]; do
    line=$((line + 1))
    path=$(printf '%s' "${entry%%#*}" | tr -d '[:space:]')
    if [ -n "$path" ]; then part "$path" "styles/sheets.txt:$line"; fi
  done < "$root/styles/sheets.txt"
} > "$out.widget.tmp"
{ cat "$out.widget.tmp"; part styles/page.css "page sheet"; } > "$out.tmp"

if [ -f "$embed" ]; then
  # The sheet as a JavaScript template literal, without its comments: \, ` and ${ escaped.
  perl -0pe 's{/\*.*?\*/\n?}{}gs; s{\n[ \t]+}{\n}g' "$out.widget.tmp" | sed -e 's/\\/\\\\/g' -e 's/`/\\`/g' -e 's/\$[{]/\\${/g' |
    awk -v sheet=/dev/stdin 'BEGIN { placeholder = "const WIDGET_STYLES = \"\";"; found = 0 }
      $0 == placeholder { printf "const WIDGET_STYLES = `"; while ((getline line < sheet) > 0) print line; print "`;"; found = 1; next }
      { print }
      END { if (!found) { print "join-styles: embed.js has no WIDGET_STYLES placeholder" > "/dev/stderr"; exit 1 } }' "$embed" > "$embed.tmp"
  mv "$embed.tmp" "$embed"
fi
mv "$out.tmp" "$out"
