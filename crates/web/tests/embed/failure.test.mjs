// The failure message: in the widget's language, with the clinic's contact link only when it is
// safe, inside the element's shadow root (or in the element when it cannot hold one), and an
// `intake:error` event that tells the host page why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildMessage, clearFailure, CLINIC, failEverywhere, hasFailed, isShowingSomething, showFailure } from "../../src/embed/failure.js";
import { element, fakeDocument } from "./fake-dom.mjs";

// The wording the build puts into embed.js, generated from crates/model/src/failure_message.rs.
const MESSAGES = JSON.parse(readFileSync(new URL("../../src/embed/failure-message.json", import.meta.url), "utf8"));

test("every language has the whole message, naming the clinic where it should", () => {
  assert.deepEqual(Object.keys(MESSAGES), ["en", "es"]);
  for (const text of Object.values(MESSAGES)) {
    assert.deepEqual(Object.keys(text).sort(), ["body", "contactClinic", "contactNamed", "title"]);
    assert.ok(text.contactNamed.includes(CLINIC));
  }
});

test("the message is in the widget's language and links to the clinic by its name", () => {
  const host = element(fakeDocument({ lang: "en" }), {
    "data-lang": "es_MX",
    "data-clinic-name": "Clínica\t$& Articular",
    "data-contact-url": " https://clinic.example/contacto ",
  });
  const box = buildMessage(host, MESSAGES);
  assert.equal(box.getAttribute("lang"), "es");
  assert.equal(box.getAttribute("role"), "alert");
  assert.match(box.querySelector("h2").textContent, /no se pudo mostrar/);
  const link = box.querySelector("a");
  assert.equal(link.getAttribute("href"), "https://clinic.example/contacto");
  assert.equal(link.textContent, "Póngase en contacto con Clínica $& Articular", "the name is text, even $&");
});

test("the page's language counts when the element names none, and an unsafe address gets no link", () => {
  for (const url of ["javascript:alert(1)", "http://clinic.example", "https://clinic.example@evil.example/"]) {
    const host = element(fakeDocument({ lang: "es-419" }), { "data-contact-url": url });
    const box = buildMessage(host, MESSAGES);
    assert.equal(box.getAttribute("lang"), "es");
    assert.equal(box.querySelector("a"), null, url);
  }
  const english = buildMessage(element(fakeDocument(), { "data-contact-url": "tel:+1-555-0100" }), MESSAGES);
  assert.equal(english.querySelector("a").textContent, "Contact the clinic");
});

test("showing the message fires intake:error once, and the element counts as showing something", () => {
  const host = element(fakeDocument(), { "data-intake-widget": "" });
  assert.equal(isShowingSomething(host), false);
  showFailure(host, "load-failed", MESSAGES);
  showFailure(host, "cannot-mount", MESSAGES);
  assert.equal(host.shadowRoot.querySelectorAll(".intake-failure").length, 1);
  assert.deepEqual(
    host.listeners.map((event) => [event.type, event.detail, event.bubbles, event.composed]),
    [["intake:error", { reason: "load-failed" }, true, true]],
  );
  assert.equal(hasFailed(host), true);
  assert.equal(isShowingSomething(host), true);
  clearFailure(host);
  assert.equal(hasFailed(host), false);
  assert.equal(host.shadowRoot.childNodes.length, 0);
});

test("clearing the message leaves another script's shadow root content in place", () => {
  const document = fakeDocument();
  const host = element(document, { "data-intake-widget": "" });
  const theirs = document.createElement("div");
  host.attachShadow().append(theirs);
  showFailure(host, "cannot-mount", MESSAGES);
  assert.equal(host.shadowRoot.childNodes.length, 2);
  clearFailure(host);
  assert.equal(hasFailed(host), false);
  assert.deepEqual([...host.shadowRoot.childNodes], [theirs], "only the message's box went");
});

test("an element that cannot hold a shadow root gets the message as a child", () => {
  const host = element(fakeDocument(), { "data-intake-widget": "" }, "input");
  host.canHoldShadowRoot = false;
  showFailure(host, "cannot-mount", MESSAGES);
  assert.equal(host.querySelectorAll(":scope > .intake-failure").length, 1);
  clearFailure(host);
  assert.equal(host.querySelector(".intake-failure"), null);
});

test("on a failed start only the mount elements showing nothing get the message", () => {
  const document = fakeDocument();
  const empty = element(document, { "data-intake-widget": "" });
  const running = element(document, { "data-intake-widget": "" });
  running.attachShadow().append(document.createElement("div"));
  const other = element(document);
  failEverywhere(document, "load-failed", MESSAGES);
  assert.equal(hasFailed(empty), true);
  assert.equal(hasFailed(running), false);
  assert.equal(hasFailed(other), false);
});
