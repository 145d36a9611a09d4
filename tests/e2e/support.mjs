// Shared set-up for the end-to-end tests: one server for dist/ and one browser per test file,
// plus helpers that act as a visitor would.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

const require = createRequire(import.meta.url);
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
export const DEMO = fileURLToPath(new URL("../../demo/", import.meta.url));
const AXE_SOURCE = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

/** Serves dist/ at / and /widget/, the demo host pages at /demo/, and any `extra` roots. */
export function serveSite(headers, extra = {}) {
  return serve({ roots: { "/": DIST, "/widget/": DIST, "/demo/": DEMO, ...extra }, headers });
}

/** Starts the server and browser for this test file; returns a live `env` object. */
export function useBrowser({ headers, roots } = {}) {
  const env = {};
  before(async () => {
    env.server = await serveSite(headers, roots);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens a page and records what a test may want to assert on: every request, console errors,
 * uncaught exceptions and CSP violations.
 */
export async function open(env, path = "/", { width = 1024, height = 900, waitFor = true, ...options } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, ...options });
  const page = await context.newPage();
  const record = { requests: [], errors: [], violations: [] };
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("console", (message) => message.type() === "error" && record.errors.push(message.text()));
  page.on("pageerror", (error) => record.errors.push(String(error)));
  await page.exposeFunction("__recordViolation", (violation) => record.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__recordViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(env.server.url + path);
  if (waitFor) await liveWidget(page);
  page.record = record;
  page.closeAll = () => context.close();
  return page;
}

/**
 * Waits until the first widget is live: its heading is in its shadow root, and the early first
 * step that showed while the wasm loaded (pre-rendered into the page, or built by embed.js) is
 * gone. tests/e2e/first-paint.test.mjs covers that early step itself.
 */
export function liveWidget(page) {
  return page.waitForFunction(() => {
    const host = document.querySelector("[data-intake-widget]");
    const root = host?.shadowRoot;
    return Boolean(root?.querySelector(".iw h1") && !host.querySelector(".iw-prerendered") && !root.querySelector(".iw-prerendered"));
  });
}

/** The current step's main heading inside the (first) widget. */
export function heading(page) {
  return page.locator(".iw h1").first();
}

/** Waits for the current heading to read `text`, leaving out its "Step N of M" caption. */
export async function expectHeading(page, text) {
  await page.waitForFunction(
    (expected) => {
      const host = document.querySelector("[data-intake-widget]");
      const h1 = host?.shadowRoot?.querySelector(".iw h1");
      if (!h1) return false;
      const copy = h1.cloneNode(true);
      copy.querySelector(".iw-caption")?.remove();
      return copy.textContent.trim() === expected;
    },
    text,
  );
}

/** The element that has focus, looking inside shadow roots. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return `${element?.tagName} ${element?.getAttribute("type") ?? ""} ${element?.value ?? ""} ${element?.textContent ?? ""}`.trim();
  });
}

/** Runs axe-core over the whole page (it reaches into open shadow roots); returns violations. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 5),
    }));
  });
}

export async function assertAccessible(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found WCAG 2.2 A/AA violations on ${where}`);
}

/** True when nothing on the page needs horizontal scrolling. */
export function fitsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The answers of a typical visitor, as [step heading, option labels to pick] pairs. */
export const OSTEOARTHRITIS_VISITOR = [
  ["What is your main condition?", ["Osteoarthritis"]],
  ["Which part of your body troubles you most?", ["Knee"]],
  ["Has a doctor diagnosed this condition?", ["Yes"]],
  ["Which medicines do you take now?", ["Pain relievers called NSAIDs", "Blood thinners, including daily aspirin"]],
  ["What do you hope for?", ["Less pain", "Avoiding or delaying surgery"]],
];

/** Answers each question with the mouse and presses Continue. */
export async function answerWithMouse(page, answers = OSTEOARTHRITIS_VISITOR, each = async () => {}) {
  for (const [title, labels] of answers) {
    await expectHeading(page, title);
    for (const label of labels) await page.getByLabel(label, { exact: true }).check();
    await each(title);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expectHeading(page, "Check your answers");
}
