// The standalone page's pre-rendered English first step gives way, before the first paint, to
// the visitor's language: `?lang=` first, with any region after "-" or "_", then the browser's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildFirstStep } from "../../src/embed/first-step.js";
import { keepPrerenderedToItsLanguage, standaloneLanguage } from "../../src/embed/standalone.js";
import { element, fakeDocument } from "./fake-dom.mjs";

const STEPS = JSON.parse(readFileSync(new URL("../../src/embed/first-step.json", import.meta.url), "utf8"));

/** The standalone page as index.html ships it: its element holding the English first step. */
function standalonePage() {
  const document = fakeDocument({ lang: "en" });
  const host = element(document, { "data-intake-widget": "", "data-standalone": "" });
  host.append(buildFirstStep(host, STEPS.en));
  return document;
}

const shownLanguage = (document) => document.querySelector("[data-standalone] > .iw-prerendered .iw").getAttribute("lang");

for (const [search, languages, expected] of [
  ["?lang=es", [], "es"],
  ["?lang=es_MX", [], "es"],
  ["?lang=es-419", [], "es"],
  ["?lang=ES-mx", ["en-US"], "es"],
  ["", ["es-MX", "en"], "es"],
  ["", ["es_ES"], "es"],
  ["?lang=en", ["es-ES"], "en"],
  ["?lang=fr", ["de-DE", "es"], "es"],
  ["?lang=fr", [], "en"],
  ["", [], "en"],
]) {
  test(`address "${search}" and browser languages [${languages}] show the first step in ${expected}`, () => {
    const location = { href: `https://clinic.example/widget/${search}` };
    const navigator = { languages };
    assert.equal(standaloneLanguage(location, navigator, STEPS), expected);
    const document = standalonePage();
    const replacedAt = keepPrerenderedToItsLanguage(document, location, navigator, STEPS);
    assert.equal(shownLanguage(document), expected);
    assert.equal(replacedAt > 0, expected !== "en", "a time only when the step was replaced");
    assert.equal(document.querySelectorAll(".iw-prerendered").length, 1, "one first step, never two");
  });
}

test("a page without a pre-rendered step is left alone", () => {
  const document = fakeDocument();
  element(document, { "data-intake-widget": "" });
  assert.equal(keepPrerenderedToItsLanguage(document, { href: "https://x.example/?lang=es" }, { languages: [] }, STEPS), 0);
});
