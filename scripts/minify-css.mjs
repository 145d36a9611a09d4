// Minifies the widget's CSS with esbuild, for release builds only, so `trunk serve` keeps it
// readable: run as a script, the page's widget.css in trunk's staging directory, in place; and
// `minifyCss`, which scripts/bundle-embed.mjs calls for the sheet it puts into embed.js. Saves
// about 4.5 kB gzip on the standalone page's widget.css (measured: 8,921 → 4,441 B) and 0.3 kB on
// embed.js. crates/web/tests/embed/minified-styles.test.mjs checks that every selector, at-rule
// and property of the readable sheets survives. scripts/post-build.sh runs it after each build.
// Usage: TRUNK_PROFILE=release TRUNK_STAGING_DIR=dir node scripts/minify-css.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { transformSync } from "esbuild";

/**
 * The oldest browsers the widget runs in at all: container queries (the comparison table) need
 * Chrome 105 and Firefox 110, a stylesheet adopted into a shadow root Safari 16.4. esbuild lowers
 * nothing for them; it only adds `-webkit-hyphens` next to `hyphens`, which Safari read prefixed
 * until 17. A newer engine reads exactly the rules the readable sheets have.
 */
export const CSS_TARGET = ["chrome105", "edge105", "firefox110", "safari16.4"];

/** The sheet with comments, spaces and redundant syntax left out, rules and their order kept. */
export function minifyCss(css) {
  const { code, warnings } = transformSync(css, { loader: "css", minify: true, target: CSS_TARGET, logLevel: "silent" });
  if (warnings.length > 0) {
    throw new Error(`minify-css: ${warnings.map((warning) => warning.text).join("; ")}`);
  }
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.env.TRUNK_PROFILE === "release") {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error("minify-css: set TRUNK_STAGING_DIR to the directory holding widget.css");
    process.exit(1);
  }
  const page = join(staging, "widget.css");
  writeFileSync(page, minifyCss(readFileSync(page, "utf8")));
}
