// Release builds ship the widget's CSS minified (scripts/minify-css.mjs): the page's widget.css and
// the sheet inside embed.js. The minified sheets must say what the readable ones say: every rule's
// selectors, the at-rules around them and the properties they set, in the same cascade order, so a
// surprise from the minifier fails here rather than on a visitor's screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { minifyCss } from "../../../../scripts/minify-css.mjs";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** At-rules whose block holds rules; any other block (a rule, `@page`, `@font-face`) holds declarations. */
const GROUPING = /^@(media|supports|container|layer|scope|document)\b/;

/** The readable sheets as the build joins them: [the page's widget.css, the widget's sheet]. */
function joinedSheets() {
  const staging = mkdtempSync(join(tmpdir(), "intake-minified-styles-"));
  try {
    execFileSync("sh", ["scripts/join-styles.sh", join(staging, "sheet.css")], {
      cwd: ROOT,
      env: { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_SOURCE_DIR: ROOT },
    });
    return [readFileSync(join(staging, "widget.css"), "utf8"), readFileSync(join(staging, "sheet.css"), "utf8")];
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Spaces the minifier may drop or add, quotes it may leave off and the one-colon spelling it uses
 * for the four pseudo-elements CSS 2 had, made uniform.
 */
function normalize(text) {
  return text
    .replace(/::(before|after|first-line|first-letter)\b/gi, ":$1")
    .replace(/\s+/g, " ")
    .replace(/ ?([>+~,():]) ?/g, "$1")
    .replace(/=(["'])([\w-]+)\1/g, "=$2")
    .trim()
    .toLowerCase();
}

/**
 * Every declaration in cascade order, as "at-rules | selector | property[ !important]", one per
 * selector of its rule. A small reader, enough for these sheets: no nesting of rules in rules.
 */
function declarations(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found = [];
  const within = [];
  let position = 0;
  function block(prelude) {
    // Inside a declaration block: up to its closing brace.
    const end = text.indexOf("}", position);
    assert.ok(end >= 0, `an unclosed block after ${prelude}`);
    const selectors = prelude.startsWith("@") ? [prelude] : splitTopLevel(prelude);
    for (const declaration of text.slice(position, end).split(";")) {
      const colon = declaration.indexOf(":");
      if (colon < 0) {
        assert.equal(declaration.trim(), "", `a declaration without a value in ${prelude}`);
        continue;
      }
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const important = /!\s*important\s*$/i.test(declaration) ? " !important" : "";
      for (const selector of selectors) {
        found.push(`${within.join(" ")} | ${normalize(selector)} | ${property}${important}`);
      }
    }
    position = end + 1;
  }
  while (position < text.length) {
    const next = text.slice(position).search(/[{}]/);
    if (next < 0) {
      assert.equal(text.slice(position).trim(), "", "text after the last rule");
      break;
    }
    const prelude = text.slice(position, position + next).trim();
    const brace = text[position + next];
    position += next + 1;
    if (brace === "}") {
      assert.equal(prelude, "", "a stray closing brace");
      assert.ok(within.pop() !== undefined, "a closing brace with no block open");
    } else if (GROUPING.test(prelude)) {
      within.push(normalize(prelude));
    } else {
      block(prelude);
    }
  }
  assert.deepEqual(within, [], "every at-rule is closed");
  return found;
}

/** A selector list split at its top-level commas (not those inside `:not(…)` and the like). */
function splitTopLevel(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === "(") depth += 1;
    if (list[i] === ")") depth -= 1;
    if (list[i] === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/**
 * For each property, the rules that set it and can win, in cascade order: of the same at-rules,
 * selector and property only the last counts (an earlier one is overridden, so a minifier may
 * merge or drop it). Only declarations of one property compete, so only their order matters.
 */
function cascade(css) {
  const all = declarations(css);
  const byProperty = {};
  all.forEach((key, index) => {
    if (all.lastIndexOf(key) !== index) return;
    const [within, selector, property] = key.split(" | ");
    (byProperty[property] ??= []).push(`${within} | ${selector}`);
  });
  return byProperty;
}

const [PAGE_SHEET, WIDGET_SHEET] = joinedSheets();

for (const [name, readable] of [["widget.css", PAGE_SHEET], ["the sheet inside embed.js", WIDGET_SHEET]]) {
  test(`${name}, minified, keeps every selector, at-rule and property in cascade order`, () => {
    const minified = minifyCss(readable);
    assert.ok(minified.length < readable.length * 0.7, `${name} is minified: ${readable.length} → ${minified.length} bytes`);
    const before = cascade(readable);
    assert.ok(Object.keys(before).length > 50, `the reader found the rules (${Object.keys(before).length} properties)`);
    // The target's older browsers may get a vendor-prefixed copy of a property (-webkit-hyphens
    // for Safari 16), which is all the minifier may add; the readable sheet's own declarations
    // must all be there, prefixed or not.
    const after = Object.fromEntries(
      Object.entries(cascade(minified)).filter(([property]) => property in before || !/^-(webkit|moz|ms|o)-/.test(property)),
    );
    assert.deepEqual(after, before);
  });
}

test("the reader sees what these checks need", () => {
  const css = "/* x */ @media print { .a > .b::before, :not(.c, .d) { color: red !important; -webkit-appearance: none } }\n.e[type=\"radio\"]{margin:0}";
  assert.deepEqual(declarations(css), [
    "@media print | .a>.b:before | color !important",
    "@media print | :not(.c,.d) | color !important",
    "@media print | .a>.b:before | -webkit-appearance",
    "@media print | :not(.c,.d) | -webkit-appearance",
    " | .e[type=radio] | margin",
  ]);
  assert.deepEqual(cascade(".a{color:red}.b{color:red;margin:0}.a{color:blue}"), {
    color: [" | .b", " | .a"],
    margin: [" | .b"],
  });
});
