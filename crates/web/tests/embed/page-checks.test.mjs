// What on a page stops the widget: another script's shadow root in its element, or a `then` on a
// prototype every promise goes through.
import { test } from "node:test";
import assert from "node:assert/strict";

import { describe, mountProblem, pageProblem } from "../../src/embed/page-checks.js";
import { element, fakeDocument } from "./fake-dom.mjs";

test("an element with another script's shadow root is refused, by name", () => {
  const document = fakeDocument();
  const host = element(document, { id: "intake" }, "section");
  assert.equal(mountProblem(host, () => false), null, "no shadow root");
  host.attachShadow();
  assert.equal(mountProblem(host, () => false), null, "an empty shadow root");
  host.shadowRoot.append(document.createElement("p"));
  assert.match(mountProblem(host, () => false), /cannot mount into <section#intake>: it already has a shadow root/);
  assert.equal(mountProblem(host, () => true), null, "the widget's own");
  assert.equal(describe(element(document)), "<div>");
});

test("a then on a loader prototype is reported, and so is an unreadable one", () => {
  assert.equal(pageProblem(), null, "node's own prototypes are clean");
  assert.equal(pageProblem(() => [{}, undefined]), null);
  assert.match(pageProblem(() => [{}, { then() {} }]), /Object\.prototype\.then/);
  const unreadable = new Proxy({}, { has: () => { throw new Error("no"); } });
  assert.match(pageProblem(() => [unreadable]), /unreadable/);
});
