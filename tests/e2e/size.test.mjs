// The transfer-size budget: deterministic, so it is a test; timings live in the benchmark.
// The budget follows bench/RESULTS.md: the widget's gzip transfer (wasm + JavaScript; the CSS
// and both languages' packed content are inside the wasm) must not grow past it unnoticed.
// 238,189 B on 2026-12-01, after the decision aid and the second edition of the content (about
// 38 kB of words in two languages and the views that draw them), postcard for the packed
// content (+1.4 kB), per-widget saves, and embed.js's own failure message (+3.4 kB: a wasm file
// missing or damaged, a failing fetch, broken promises, elements that cannot hold a shadow root;
// the visitor otherwise sees a blank box). Loading only the visitor's language is the next cut.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

import { DIST } from "./support.mjs";

const BUDGET_GZIP_BYTES = 240_000;
const FILES = ["intake-widget_bg.wasm", "intake-widget.js", "embed.js"];

test(`the widget's wasm + JS + CSS stay within ${BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const sizes = {};
  for (const file of FILES) {
    sizes[file] = gzipSync(await readFile(`${DIST}/${file}`), { level: 9 }).length;
  }
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  assert.ok(total <= BUDGET_GZIP_BYTES, `gzip total ${total} bytes is over the ${BUDGET_GZIP_BYTES}-byte budget: ${JSON.stringify(sizes)}`);
});
