// Bundles crates/web/src/embed.js and its modules (crates/web/src/embed/) into the one file pages
// load, embed.js in trunk's staging directory, with esbuild; release builds are minified. What the
// build fills in takes the place of embed/built.js: the widget's stylesheet (the joined sheets
// join-styles.sh wrote to the file given as the argument, comments left out; for release builds
// minified by scripts/minify-css.mjs), its first step in every language
// (crates/web/src/embed/first-step.json, generated from the views) and its failure wording
// (failure-message.json, generated from the model), both kept current by
// crates/views/tests/prerender.rs. scripts/post-build.sh runs it after each build.
// Usage: TRUNK_STAGING_DIR=dir [TRUNK_PROFILE=release] node scripts/bundle-embed.mjs widget-sheet.css
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

import { minifyCss } from "./minify-css.mjs";

const root = process.env.TRUNK_SOURCE_DIR ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
const [sheetFile] = process.argv.slice(2);
if (!staging || !sheetFile) {
  console.error("bundle-embed: usage: TRUNK_STAGING_DIR=dir node scripts/bundle-embed.mjs widget-sheet.css");
  process.exit(1);
}
const source = join(root, "crates/web/src");
const release = process.env.TRUNK_PROFILE === "release";

// The sheet ships inside the script: minified for release; for `trunk serve` only each sheet's
// comment and each line's indent are left out, so it stays readable in the browser's tools.
const joined = readFileSync(sheetFile, "utf8");
const sheet = release ? minifyCss(joined) : joined.replace(/\/\*[\s\S]*?\*\/\n?/g, "").replace(/\n[ \t]+/g, "\n");
const generated = (name) => JSON.stringify(JSON.parse(readFileSync(join(source, "embed", name), "utf8")));
const built = [
  `export const WIDGET_STYLES = ${JSON.stringify(sheet)};`,
  `export const FIRST_STEP = ${generated("first-step.json")};`,
  `export const FAILURE_MESSAGES = ${generated("failure-message.json")};`,
].join("\n");

/** Fills in embed/built.js. */
const buildTime = {
  name: "build-time",
  setup(build) {
    build.onResolve({ filter: /^\.\/built\.js$/ }, () => ({ path: "built.js", namespace: "build-time" }));
    build.onLoad({ filter: /.*/, namespace: "build-time" }, () => ({ contents: built, loader: "js" }));
  },
};

await build({
  entryPoints: [join(source, "embed.js")],
  outfile: join(staging, "embed.js"),
  bundle: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  // Console messages and exported names stay as written: integrators read the first, pages
  // import the second.
  minify: release,
  legalComments: "none",
  logLevel: "warning",
  plugins: [buildTime],
});
