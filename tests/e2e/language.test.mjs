// End-to-end: Spanish on the standalone page — from the address, from the browser, and by switch.
import { test } from "node:test";
import assert from "node:assert/strict";

import { expectHeading, open, useBrowser } from "./support.mjs";

const env = useBrowser();
const SPANISH_TITLE = "¿Cuál es su afección principal?";

test("?lang=es shows Spanish, with the widget's lang attribute set", async () => {
  const page = await open(env, "/?lang=es");
  await expectHeading(page, SPANISH_TITLE);
  assert.equal(await page.locator(".iw").getAttribute("lang"), "es");
  await page.closeAll();
});

test("the browser's language is honoured when the address names none", async () => {
  const page = await open(env, "/", { locale: "es-MX" });
  await expectHeading(page, SPANISH_TITLE);
  await page.closeAll();
});

test("the address wins over the browser's language", async () => {
  const page = await open(env, "/?lang=en", { locale: "es-ES" });
  await expectHeading(page, "What is your main condition?");
  await page.closeAll();
});

test("the language switch keeps every answer and updates the address", async () => {
  const page = await open(env);
  await page.getByLabel("Lupus", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  await page.getByRole("button", { name: "Leer en español" }).click();
  await page.locator(".iw[lang=es]").waitFor();
  assert.match(new URL(page.url()).search, /lang=es/);
  await page.locator(".iw-back-link").click();
  await expectHeading(page, SPANISH_TITLE);
  assert.equal(await page.locator(".iw input[value=lupus]").isChecked(), true, "the answer survived the switch");
  await page.getByRole("button", { name: "Read in English" }).click();
  await expectHeading(page, "What is your main condition?");
  assert.equal(await page.locator(".iw").getAttribute("lang"), "en");
  await page.closeAll();
});

/** A page whose Spanish file is held back until `release()` (`requested` settles once it is asked for), or refused when `refuse` is set. */
async function withSpanishHeld(path, { refuse = false, ...options } = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const fetched = [];
  let release;
  let firstRequest;
  const held = new Promise((resolve) => (release = resolve));
  const requested = new Promise((resolve) => (firstRequest = resolve));
  await page.route("**/content-es.bin", async (route) => {
    fetched.push(route.request().url());
    firstRequest();
    await held;
    await (refuse ? route.abort() : route.continue());
  });
  await page.goto(env.server.url + path);
  return { page, fetched, requested, release, close: () => context.close() };
}

test("an English visitor never downloads the Spanish text", async () => {
  const page = await open(env);
  await page.getByLabel("Lupus", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  const language = page.record.requests.filter((url) => /content-\w+\.bin/.test(url));
  assert.deepEqual(language, [], "only the English the wasm carries");
  await page.closeAll();
});

// A regional tag means its language, whether its region follows "-" or "_" (as the widget reads it).
for (const tag of ["es", "es_MX", "es-419"]) {
  test(`?lang=${tag} shows the Spanish first question from the start, never the English one, and fetches Spanish once`, async () => {
    const { page, fetched, requested, release, close } = await withSpanishHeld(`/?lang=${tag}`);
    // Before the Spanish text (and so the widget) is live, the page's early copy is already Spanish.
    const early = page.locator("[data-intake-widget] > .iw-prerendered h1");
    assert.equal(await early.textContent(), `Paso 1 de 6 ${SPANISH_TITLE}`);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /What is your main condition/);
    await requested; // with the wasm, once the early copy's paint has been reported
    assert.equal(fetched.length, 1);
    assert.equal(new URL(fetched[0]).origin, env.server.url, "fetched from the widget's own origin");
    release();
    await expectHeading(page, SPANISH_TITLE);
    assert.equal(fetched.length, 1, "the widget used the file fetched alongside the wasm");
    assert.equal(await page.locator(".iw").getAttribute("lang"), "es");
    await close();
  });
}

test("when the early fetch of Spanish fails, the widget shows a Spanish loading line while it tries again", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let attempts = 0;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/content-es.bin", async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort();
    await held;
    await route.continue();
  });
  await page.goto(env.server.url + "/?lang=es");
  await page.waitForFunction(() => document.querySelector("[data-intake-widget]").shadowRoot?.querySelector(".iw-loading"));
  const shown = await page.evaluate(() => {
    const root = document.querySelector("[data-intake-widget]").shadowRoot;
    return { lang: root.querySelector(".iw").lang, text: root.textContent.trim(), page: document.body.innerText };
  });
  assert.equal(shown.lang, "es");
  assert.match(shown.text, /^Cargando/);
  assert.doesNotMatch(shown.page, /What is your main condition/, "no English question on screen");
  release();
  await expectHeading(page, SPANISH_TITLE);
  assert.equal(attempts, 2);
  await context.close();
});

test("a Spanish file that never arrives does not keep the widget from starting", async () => {
  const { page, close } = await withSpanishHeld("/?lang=es");
  // Neither the early fetch nor the widget's own ever gets an answer; the widget still starts
  // and says, in Spanish, that it is loading.
  const loading = page.locator("[data-intake-widget] .iw-loading");
  await loading.waitFor({ timeout: 15_000 });
  assert.match(await loading.textContent(), /^Cargando/);
  await close();
});

test("switching to Spanish says it is loading, keeps the page usable, then switches", async () => {
  const { page, fetched, release, close } = await withSpanishHeld("/");
  await page.locator(".iw h1").waitFor();
  await page.getByLabel("Lupus", { exact: true }).check();
  await page.getByRole("button", { name: "Leer en español" }).click();
  const busy = page.locator(".iw-language-switch__button[aria-busy=true]");
  await busy.waitFor();
  assert.match(await busy.textContent(), /^Cargando/);
  await expectHeading(page, "What is your main condition?");
  release();
  await expectHeading(page, SPANISH_TITLE);
  assert.equal(await page.locator(".iw input[value=lupus]").isChecked(), true, "the answer survived the switch");
  await page.getByRole("button", { name: "Read in English" }).click();
  await page.getByRole("button", { name: "Leer en español" }).click();
  await expectHeading(page, SPANISH_TITLE);
  assert.equal(fetched.length, 1, "Spanish is fetched once");
  await close();
});

test("Spanish that cannot load leaves the questions in English with a notice in Spanish", async () => {
  const { page, release, close } = await withSpanishHeld("/?lang=es", { refuse: true });
  release();
  await expectHeading(page, "What is your main condition?");
  const notice = page.locator(".iw-notice[lang=es]");
  assert.match(await notice.textContent(), /No se pudo cargar la versión en español/);
  assert.equal(await notice.getAttribute("role"), "status");
  assert.equal(await page.getByRole("button", { name: "Leer en español" }).count(), 1, "it can be tried again");
  await close();
});
