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
