// The early first step: built from the generated first-step.json in the widget's language, with
// only the conditions the element offers and its clinic's name, and a Continue press held for the
// widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildFirstStep, buildTree, CLINIC_MARK, firstStepLanguage, holdEarlyContinue } from "../../src/embed/first-step.js";
import { element, fakeDocument } from "./fake-dom.mjs";

const STEPS = JSON.parse(readFileSync(new URL("../../src/embed/first-step.json", import.meta.url), "utf8"));

const options = (step) => step.querySelectorAll("input[type=radio]").map((radio) => radio.value);

test("the first step is there in every language, naming the clinic with the mark", () => {
  assert.deepEqual(Object.keys(STEPS), ["en", "es"]);
  for (const tree of Object.values(STEPS)) assert.ok(JSON.stringify(tree).includes(CLINIC_MARK));
});

test("an embedded widget's language: data-lang, then the page's lang, with any region", () => {
  const cases = [
    [{ "data-lang": "es-MX" }, null, "es"],
    [{ "data-lang": "es_MX" }, "en", "es"],
    [{}, "es-419", "es"],
    [{}, "es_MX", "es"],
    [{ "data-lang": "fr" }, "es", "es"],
    [{ "data-lang": "en" }, "es", "en"],
    [{}, null, "en"],
  ];
  for (const [attributes, lang, expected] of cases) {
    const host = element(fakeDocument({ lang }), attributes);
    assert.equal(firstStepLanguage(host, STEPS), expected, JSON.stringify({ attributes, lang }));
  }
});

test("the first step offers only the element's conditions, in the questionnaire's order, and names its clinic", () => {
  const document = fakeDocument();
  const host = element(document, { "data-conditions": "lupus, gout, osteoarthritis", "data-clinic-name": " Clínica \n Articular " });
  const step = buildFirstStep(host, STEPS.es);
  assert.deepEqual(options(step), ["osteoarthritis", "lupus"]);
  assert.equal(step.querySelector(".iw").getAttribute("lang"), "es");
  const providedBy = step.querySelector(".iw-provided-by").textContent;
  assert.match(providedBy, /Clínica Articular/);
  assert.ok(!providedBy.includes(CLINIC_MARK));
});

test("a clinic name with replacement patterns ($&, $$) is shown as written", () => {
  const host = element(fakeDocument(), { "data-clinic-name": "Smith $& Sons $$ $'" });
  const providedBy = buildFirstStep(host, STEPS.en).querySelector(".iw-provided-by").textContent;
  assert.match(providedBy, /Smith \$& Sons \$\$ \$'/);
});

test("with no known condition offered every condition shows, and with no clinic the line goes", () => {
  const host = element(fakeDocument(), { "data-conditions": "gout" });
  const step = buildFirstStep(host, STEPS.en);
  assert.equal(options(step).length, 9);
  assert.equal(step.querySelector(".iw-provided-by"), null);
});

test("trees become elements and text, attributes as given", () => {
  const document = fakeDocument();
  const built = buildTree(["p", { class: "a b", lang: "es" }, "Hola ", ["b", {}, "<mundo>"]], document);
  assert.equal(built.tagName, "P");
  assert.equal(built.getAttribute("lang"), "es");
  assert.equal(built.textContent, "Hola <mundo>");
  assert.equal(built.querySelector("b").textContent, "<mundo>", "text stays text");
});

/** A submit event from `target`, recording whether its default was prevented. */
function submit(target) {
  return { target, prevented: false, preventDefault() { this.prevented = true; } };
}

test("a Continue press on an early first step is held and marked for the widget", () => {
  const host = element(fakeDocument());
  const step = buildFirstStep(host, STEPS.en);
  host.append(step);
  const form = step.querySelector("form");
  const event = submit(form);
  holdEarlyContinue(event);
  assert.equal(event.prevented, true);
  assert.equal(step.hasAttribute("data-intake-continue"), true);
  assert.equal(form.getAttribute("aria-busy"), "true");
});

test("other forms on the page are left alone", () => {
  const document = fakeDocument();
  const form = element(document, {}, "form");
  const event = submit(form);
  holdEarlyContinue(event);
  assert.equal(event.prevented, false);
  holdEarlyContinue(submit(null));
});
