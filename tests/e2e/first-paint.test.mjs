// End-to-end: the first question is on screen before the wasm arrives, embedded or not, and the
// live widget's first paint is no larger than that early copy's, so the early paint stays the
// page's largest contentful paint (what Lighthouse times). Element identity only, never timings:
// those belong in the benchmark.
import { test } from "node:test";
import assert from "node:assert/strict";

import { open, useBrowser } from "./support.mjs";

// The strictest policy the widget supports, plus Trusted Types: the early copy is built with
// DOM calls only.
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const env = useBrowser();

/** A clinic page with nothing but a heading, the widget's element and the embed script. */
function clinicPage({ lang = "en", attributes = "" } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Clinic</title></head><body><h1>Joint Care Clinic</h1>
<div data-intake-widget ${attributes}></div>
<script type="module" src="/widget/embed.js"></script></body></html>`;
}

/**
 * Opens `path` with the wasm held back until `release()` is called; `html` stands in for the
 * page's own file when given, and `before` runs in the page before its own scripts.
 * Largest-contentful-paint entries are recorded from the start.
 */
async function openHeld(path, html, before) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.route("**/intake-widget_bg.wasm", async (route) => {
    await released;
    await route.continue();
  });
  if (html) await page.route(`**${path}`, (route) => route.fulfill({ body: html, contentType: "text/html" }));
  await page.addInitScript(() => {
    window.largestPaints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const element = entry.element;
        window.largestPaints.push({
          size: entry.size,
          time: entry.startTime,
          // Elements in a shadow root are not exposed to the page (`element` is null).
          early: element ? Boolean(element.closest(".iw-prerendered")) : null,
          live: Boolean(window.widgetReady),
        });
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
    document.addEventListener("intake:ready", () => (window.widgetReady = true));
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    window.violations = [];
  });
  if (before) await page.addInitScript(before);
  await page.goto(env.server.url + path);
  return { page, release, errors, close: () => context.close() };
}

/** The first widget's shadow root state: early copy or live, language, options, texts. */
function firstStep(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-intake-widget]").shadowRoot;
    const step = root?.querySelector(".iw");
    if (!step) return null;
    return {
      early: Boolean(root.querySelector(".iw-prerendered")),
      lang: step.getAttribute("lang"),
      heading: step.querySelector("h1")?.textContent,
      options: Array.from(step.querySelectorAll("input[type=radio]"), (radio) => radio.value),
      labels: Array.from(step.querySelectorAll("label"), (label) => label.textContent),
      providedBy: step.querySelector(".iw-provided-by")?.textContent ?? null,
      sheets: root.adoptedStyleSheets.length,
      box: Math.round(step.getBoundingClientRect().height),
    };
  });
}

/** Waits two frames, so whatever changed has been painted. */
const painted = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test("on a clinic page the first question shows before the wasm, in the page's language with the offered conditions, and the widget takes over unchanged", async () => {
  const html = clinicPage({
    lang: "es-MX",
    attributes: 'data-clinic-name="Clínica  Articular" data-conditions="lupus, gout, osteoarthritis"',
  });
  const { page, release, errors, close } = await openHeld("/demo/held-clinic.html", html);
  await page.waitForFunction(() => document.querySelector("[data-intake-widget]").shadowRoot?.querySelector(".iw h1"));
  const early = await firstStep(page);
  assert.equal(early.early, true, "the early copy shows while the wasm is held back");
  assert.equal(early.lang, "es");
  assert.deepEqual(early.options, ["osteoarthritis", "lupus"], "only the offered conditions, in the questionnaire's order");
  assert.match(early.providedBy, /Clínica Articular/);
  assert.equal(early.sheets, 1, "styled by the widget's sheet at once");
  assert.equal(await page.evaluate(() => window.widgetReady ?? false), false);

  release();
  await page.waitForFunction(() => window.widgetReady);
  await painted(page);
  const live = await firstStep(page);
  assert.equal(live.early, false, "the live widget replaced the early copy");
  for (const key of ["lang", "heading", "options", "labels", "providedBy", "box"]) {
    assert.deepEqual(live[key], early[key], `the live first step has the same ${key} as the early copy`);
  }
  assert.deepEqual(await page.evaluate(() => window.violations), [], "no CSP or Trusted Types violations");
  assert.deepEqual(errors, []);
  await close();
});

/**
 * The language of the first step in every frame from the page's first, with the wasm held back:
 * a requestAnimationFrame callback runs just before each frame is painted.
 */
async function languagesPainted(path, html) {
  const { page, release, close } = await openHeld(path, html, () => {
    window.paintedLanguages = [];
    const record = () => {
      const host = document.querySelector("[data-intake-widget]");
      const step = host && (host.shadowRoot ?? host).querySelector(".iw-prerendered .iw");
      window.paintedLanguages.push(step ? step.getAttribute("lang") : null);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.waitForFunction(() => window.paintedLanguages.filter(Boolean).length >= 5);
  const painted = await page.evaluate(() => window.paintedLanguages.filter(Boolean));
  release();
  await close();
  return painted;
}

for (const [where, path, html] of [
  ["a clinic page with data-lang=\"es-MX\"", "/demo/held-es-mx.html", clinicPage({ attributes: 'data-lang="es-MX"' })],
  ["the standalone page at ?lang=es", "/?lang=es", null],
  ["the standalone page at ?lang=es_MX", "/?lang=es_MX", null],
  ["the standalone page at ?lang=es-419", "/?lang=es-419", null],
]) {
  test(`on ${where} the first step is Spanish from the first frame that shows it`, async () => {
    const painted = await languagesPainted(path, html);
    assert.deepEqual([...new Set(painted)], ["es"], `languages painted, frame by frame: ${painted.join(" ")}`);
  });
}

test("a choice, a Remember tick and a Continue press on the early copy carry over to the widget", async () => {
  const { page, release, close } = await openHeld("/demo/held-clinic.html", clinicPage());
  const host = page.locator("[data-intake-widget]");
  await host.locator(".iw h1").waitFor();
  const firstHeading = await host.locator(".iw h1").textContent();
  await host.getByLabel("Lupus", { exact: true }).check();
  await host.getByLabel("Remember my answers on this device").check();
  await host.getByRole("button", { name: "Continue" }).click();
  assert.equal(await host.locator(".iw-prerendered").count(), 1, "the press waits for the widget");

  release();
  await page.waitForFunction((first) => {
    const root = document.querySelector("[data-intake-widget]").shadowRoot;
    const h1 = root.querySelector(".iw h1");
    return !root.querySelector(".iw-prerendered") && h1 && !h1.textContent.includes(first);
  }, firstHeading);
  assert.equal(await host.getByLabel("Remember my answers on this device").isChecked(), true);
  await host.getByRole("button", { name: "Back" }).click();
  await page.waitForFunction(() => document.querySelector("[data-intake-widget]").shadowRoot.querySelector(".iw h1")?.id.endsWith("heading"));
  assert.equal(await host.getByLabel("Lupus", { exact: true }).isChecked(), true, "the early choice is the answer");
  await close();
});

test("two widgets on a clinic page each get their own early copy in their own language", async () => {
  const html = clinicPage({ attributes: 'id="first" data-conditions="not_sure"' }).replace(
    "</div>",
    '</div><div id="second" data-intake-widget data-lang="es"></div>',
  );
  const { page, release, close } = await openHeld("/demo/held-two.html", html);
  await page.waitForFunction(() => document.querySelectorAll("[data-intake-widget]")[1].shadowRoot?.querySelector(".iw h1"));
  const steps = await page.evaluate(() =>
    Array.from(document.querySelectorAll("[data-intake-widget]"), (host) => ({
      lang: host.shadowRoot.querySelector(".iw").getAttribute("lang"),
      options: host.shadowRoot.querySelectorAll("input[type=radio]").length,
    })),
  );
  assert.deepEqual(steps, [
    { lang: "en", options: 1 },
    { lang: "es", options: 9 },
  ]);
  release();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll("[data-intake-widget]")).every((host) => !host.shadowRoot.querySelector(".iw-prerendered")),
  );
  await close();
});

for (const [where, path, html] of [
  ["a clinic page", "/demo/held-clinic.html", clinicPage()],
  ["the standalone page", "/", null],
]) {
  test(`on ${where} the largest contentful paint stays the early copy's: the live widget paints nothing larger`, async () => {
    const { page, release, close } = await openHeld(path, html);
    await page.locator(".iw h1").first().waitFor();
    await painted(page);
    const before = await page.evaluate(() => window.largestPaints);
    const last = before.at(-1);
    assert.ok(last, "the early copy produced a largest-contentful-paint entry");
    if (path === "/") assert.equal(last.early, true, "the largest paint is the pre-rendered copy");
    else assert.equal(last.early, null, "the largest paint is in the widget's shadow root (the early copy)");

    release();
    await page.waitForFunction(() => window.widgetReady);
    for (let frame = 0; frame < 5; frame += 1) await painted(page); // any later paint is reported
    const after = await page.evaluate(() => window.largestPaints);
    assert.deepEqual(after, before, "no later, larger paint by the live widget");
    assert.equal(after.filter((entry) => entry.live).length, 0);
    // The wasm's bytes never compete with that paint: it is requested only once it is on screen.
    const requested = await page.evaluate(
      () => performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("/intake-widget_bg.wasm"))?.startTime,
    );
    assert.ok(requested >= last.time, `the wasm was requested at ${requested} ms, before the early copy's paint at ${last.time} ms`);
    await close();
  });
}

test("when the wasm cannot load, the early copy gives way to the failure message", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route("**/intake-widget_bg.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/demo/failing-clinic.html", (route) => route.fulfill({ body: clinicPage(), contentType: "text/html" }));
  await page.goto(`${env.server.url}/demo/failing-clinic.html`);
  const root = page.locator("[data-intake-widget]");
  await root.locator(".intake-failure").waitFor();
  assert.equal(await root.locator(".iw-prerendered").count(), 0, "no form that would never work is left");
  await context.close();
});
