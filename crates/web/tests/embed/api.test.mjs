// mount's options become the element's data attributes: own properties only, as plain text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { OPTION_ATTRIBUTES, writeOptions } from "../../src/embed/api.js";
import { element, fakeDocument } from "./fake-dom.mjs";

const attributesOf = (host) => Object.fromEntries(host.attributes);

test("each option becomes its data attribute, lists joined with commas", () => {
  const host = element(fakeDocument());
  writeOptions(host, { lang: "es-MX", clinicName: "Joint Care", contactUrl: "tel:+1-555", conditions: ["lupus", "not_sure"] });
  assert.deepEqual(attributesOf(host), {
    "data-lang": "es-MX",
    "data-clinic-name": "Joint Care",
    "data-contact-url": "tel:+1-555",
    "data-conditions": "lupus,not_sure",
  });
});

test("values are text, and null, undefined, unknown and inherited options are left out", () => {
  const host = element(fakeDocument());
  const inherited = Object.create({ lang: "es", contactUrl: "javascript:alert(1)" });
  inherited.clinicName = { toString: () => "<b>Care</b>" };
  inherited.conditions = null;
  inherited.lang = undefined;
  inherited.onload = "alert(1)";
  writeOptions(host, inherited);
  assert.deepEqual(attributesOf(host), { "data-clinic-name": "<b>Care</b>" });
  for (const options of [null, undefined, "lang=es", 7]) writeOptions(host, options);
  assert.deepEqual(attributesOf(host), { "data-clinic-name": "<b>Care</b>" });
});

test("every option names a data attribute", () => {
  for (const [option, attribute] of OPTION_ATTRIBUTES) assert.match(attribute, /^data-[a-z-]+$/, option);
});
