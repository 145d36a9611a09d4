// The transfer-size budget: deterministic, so it is a test; timings live in the benchmark.
// The budget follows bench/RESULTS.md: what an English visitor downloads for the widget (wasm +
// JavaScript; the English content is inside the wasm, the CSS inside embed.js) must not grow past it
// unnoticed, nor may the file a Spanish reader fetches on top.
// 238,189 B on 2026-12-01 with both languages in the wasm; 242,071 B after the content's second
// edition was finished (what treatment is like, a glossary, trial phases, paying); 220,290 B
// once the wasm carried English only and Spanish became content-es.bin (31,311 B, fetched only
// by visitors who read Spanish); 216,945 B with the glue and embed.js minified; 218,468 B once
// embed.js carried the widget's one stylesheet (out of the wasm) and the first step it shows
// before the wasm arrives; 206,220 B once the model's maps were a small sorted Vec instead of
// std's BTreeMap (−11.6 kB) and the views shared their repeated markup (−0.7 kB); 220,105 B
// (Spanish 37,800 B) once the content was corrected and balanced after an independent audit
// (standard care's harms, PRP and joint replacement as options of their own, every trial arm in
// the pictures, the decision stated first) and the widget gained the clinic's declared interest,
// the comparison that reflows by question and Start over's question; 203,769 B once wasm-opt
// folded offsets, five small components became view functions and the wasm lost Unicode's
// case-mapping tables (bench/RESULTS.md, "Size work"); 213,631 B (Spanish 39,886 B) with the
// decision on paper and in the saved copy, Share, "Ready to decide?" and the bottom line in whole
// sentences, one per goal; 201,773 B once the results and their parts were plain functions
// instead of components, leaving the app the one the widget draws, and the views built their
// common elements once (wasm −23,182 B raw), the wasm allocated with talc instead of dlmalloc
// (−2.4 kB gzip) and the sheet inside embed.js was minified as CSS (scripts/minify-css.mjs,
// −341 B). Sizes are Node's zlib at level 9, as below.
// The standalone page's first paint waits for the page itself and its one stylesheet, widget.css:
// 6,383 B once widget.css was minified (8,921 → 4,441 B).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

import { DIST } from "./support.mjs";

const BUDGET_GZIP_BYTES = 203_000;
const SPANISH_BUDGET_GZIP_BYTES = 40_500;
const FIRST_PAINT_BUDGET_GZIP_BYTES = 7_500;
const FILES = ["intake-widget_bg.wasm", "intake-widget.js", "embed.js"];
const FIRST_PAINT_FILES = ["index.html", "widget.css"];

/** Each file's size, gzipped, by name. */
async function gzipped(files) {
  const sizes = {};
  for (const file of files) {
    sizes[file] = gzipSync(await readFile(`${DIST}/${file}`), { level: 9 }).length;
  }
  return sizes;
}

const sum = (sizes) => Object.values(sizes).reduce((total, size) => total + size, 0);

test(`the widget's wasm + JS + CSS stay within ${BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const sizes = await gzipped(FILES);
  const total = sum(sizes);
  assert.ok(total <= BUDGET_GZIP_BYTES, `gzip total ${total} bytes is over the ${BUDGET_GZIP_BYTES}-byte budget: ${JSON.stringify(sizes)}`);
});

test(`the Spanish text a Spanish reader fetches stays within ${SPANISH_BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const size = gzipSync(await readFile(`${DIST}/content-es.bin`), { level: 9 }).length;
  assert.ok(size <= SPANISH_BUDGET_GZIP_BYTES, `content-es.bin is ${size} bytes gzipped`);
});

test(`the standalone page's first paint (the page and widget.css) stays within ${FIRST_PAINT_BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const sizes = await gzipped(FIRST_PAINT_FILES);
  const total = sum(sizes);
  assert.ok(total <= FIRST_PAINT_BUDGET_GZIP_BYTES, `gzip total ${total} bytes is over the ${FIRST_PAINT_BUDGET_GZIP_BYTES}-byte budget: ${JSON.stringify(sizes)}`);
});
