// End-to-end: nothing leaves the browser, and nothing is kept unless the visitor asks.
import { test } from "node:test";
import assert from "node:assert/strict";

import { saveKey } from "../../crates/web/src/embed/rules.js";
import { answerWithMouse, expectHeading, open, useBrowser } from "./support.mjs";

const env = useBrowser();
// The standalone page's own key (no clinic, every condition), by the widget's rule
// (crates/model/tests/shared_rules.json holds the JavaScript and the Rust to the same keys).
const { key: KEY } = saveKey("joint-stem-cell-intake");

async function storedKeys(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((database) => database.name),
    cookies: document.cookie,
  }));
}

async function finish(page) {
  await answerWithMouse(page);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
}

test("a full flow without the opt-in stores nothing and requests only the widget's own files", async () => {
  const page = await open(env);
  await finish(page);
  assert.deepEqual(await storedKeys(page), { local: [], session: [], databases: [], cookies: "" });
  assert.deepEqual(await page.context().cookies(), []);
  const origin = env.server.url;
  const elsewhere = page.record.requests.filter((url) => !url.startsWith(`${origin}/`));
  assert.deepEqual(elsewhere, [], "requests to other origins");
  const assets = page.record.requests.map((url) => new URL(url).pathname);
  assert.deepEqual(
    [...new Set(assets)].sort(),
    ["/", "/embed.js", "/favicon.svg", "/intake-widget.js", "/intake-widget_bg.wasm", "/widget.css"],
    "only the widget's own assets, none carrying an answer",
  );
  assert.ok(page.record.requests.every((url) => !url.includes("?") && !url.includes("osteoarthritis")));
  await page.closeAll();
});

test("with the opt-in, answers are kept, restored with a notice, and forgotten on request", async () => {
  const page = await open(env);
  await page.getByLabel("Lupus", { exact: true }).check();
  await page.getByLabel("Remember my answers on this device").check();
  assert.deepEqual((await storedKeys(page)).local, [KEY]);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(saved.answers, { condition: { selected: ["lupus"] } });
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  await page.getByLabel("No", { exact: true }).check();

  await page.reload();
  await expectHeading(page, "Which medicines do you take now?");
  assert.match(await page.getByRole("status").textContent(), /We filled in the answers you saved/);
  assert.equal(await page.getByLabel("Remember my answers on this device").isChecked(), true);
  await page.getByRole("button", { name: "Back" }).click();
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  assert.equal(await page.getByLabel("No", { exact: true }).isChecked(), true);

  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expectHeading(page, "What is your main condition?");
  assert.deepEqual((await storedKeys(page)).local, []);
  assert.equal(await page.locator(".iw input:checked").count(), 0);
  assert.match(await page.getByRole("status").textContent(), /removed from this device/);
  await page.reload();
  await expectHeading(page, "What is your main condition?");
  assert.equal(await page.locator(".iw input:checked").count(), 0);
  await page.closeAll();
});

test("unticking the opt-in removes what was kept", async () => {
  const page = await open(env);
  await page.getByLabel("Osteoarthritis", { exact: true }).check();
  await page.getByLabel("Remember my answers on this device").check();
  assert.deepEqual((await storedKeys(page)).local, [KEY]);
  await page.getByLabel("Remember my answers on this device").uncheck();
  assert.deepEqual((await storedKeys(page)).local, []);
  await page.closeAll();
});

for (const [name, value] of [
  ["garbage", "{not json"],
  ["an older version", JSON.stringify({ format: 0, answers: {} })],
  ["another questionnaire", JSON.stringify({ format: 1, questionnaire: "x@9", language: "en", answers: {} })],
  ["hostile text", JSON.stringify({ format: 1, questionnaire: "joint-stem-cell-intake@1.0.0", language: "<img src=x onerror=alert(1)>", answers: { condition: { selected: ["<script>"] } } })],
]) {
  test(`saved data that is ${name} is discarded quietly and the visitor starts fresh`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(key, text);
          sessionStorage.setItem("seeded", "1");
        }
      },
      [KEY, value],
    );
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("dialog", (dialog) => errors.push(`dialog: ${dialog.message()}`) && dialog.dismiss());
    await page.goto(env.server.url + "/");
    await expectHeading(page, "What is your main condition?");
    assert.equal(await page.locator(".iw-choices input:checked").count(), 0, "no answer is filled in");
    assert.equal(
      await page.getByLabel("Remember my answers on this device").isChecked(),
      false,
      "a save with nothing usable restores nothing",
    );
    assert.deepEqual(errors, []);
    if (name !== "hostile text") {
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, "the bad data is removed");
    }
    await context.close();
  });
}
