// End-to-end: bad input from pages and visitors gets a clear message or a safe default, never a
// blank widget or a crash.
import { test } from "node:test";
import assert from "node:assert/strict";

import { expectHeading, open, useBrowser } from "./support.mjs";

const env = useBrowser();

async function blankHost(options) {
  const page = await open(env, "/demo/dynamic.html", { waitFor: false, ...options });
  page.warnings = [];
  page.on("console", (message) => ["warning", "error"].includes(message.type()) && page.warnings.push(message.text()));
  await page.evaluate(async () => {
    window.embed = await import("../widget/embed.js");
  });
  return page;
}

test("mount without an element throws a clear error; an element that cannot host gets a console error", async () => {
  const page = await blankHost();
  const thrown = await page.evaluate(() => {
    try {
      window.embed.mount(null);
      return "nothing thrown";
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  });
  assert.equal(thrown, "TypeError: intake widget: mount(element, options) needs a DOM element");
  await page.evaluate(() => {
    const input = document.createElement("input");
    document.body.append(input);
    window.embed.mount(input);
  });
  assert.ok(page.warnings.some((text) => text.includes("cannot mount into <input>")), page.warnings.join("\n"));
  assert.deepEqual(page.record.errors.filter((text) => !text.includes("cannot mount")), []);
  await page.closeAll();
});

test("hostile values in every attribute are shown as text or ignored", async () => {
  const page = await blankHost();
  page.on("dialog", (dialog) => {
    page.record.errors.push(`dialog ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "hostile";
    document.body.append(element);
    window.embed.mount(element, {
      lang: "\"><script>alert('lang')</script>",
      clinicName: "</p><img src=x onerror=alert('name')>".repeat(20),
      contactUrl: " javascript:alert('url')",
      conditions: "lupus,<svg onload=alert(1)>,".repeat(50),
    });
  });
  await page.locator("#hostile .iw h1").waitFor();
  assert.equal(await page.locator("#hostile .iw").getAttribute("lang"), "en", "an unknown language falls back to English");
  assert.equal(await page.locator("#hostile img, #hostile svg, #hostile script").count(), 0);
  const provided = await page.locator("#hostile .iw-provided-by").textContent();
  assert.ok(provided.length <= "Provided by ".length + 80, provided);
  const offered = await page.locator("#hostile input[type=radio]").evaluateAll((radios) => radios.map((radio) => radio.value));
  assert.deepEqual(offered, ["lupus"]);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("mounting twice keeps one widget; removing the element and unmounting is harmless", async () => {
  const page = await blankHost();
  await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "twice";
    document.body.append(element);
    window.embed.mount(element);
    window.embed.mount(element);
  });
  await page.locator("#twice .iw h1").waitFor();
  assert.equal(await page.locator("#twice .iw").count(), 1);
  assert.ok(page.warnings.some((text) => text.includes("already holds a widget")));
  await page.evaluate(() => {
    const element = document.getElementById("twice");
    element.remove();
    window.embed.unmount(element);
    window.embed.unmount(element);
    window.embed.unmount(document.body);
  });
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("a 100,000-character answer is refused with a clear message", async () => {
  const page = await open(env);
  for (const [title, value] of [
    ["What is your main condition?", "lupus"],
    ["Has a doctor diagnosed this condition?", "yes"],
  ]) {
    await expectHeading(page, title);
    await page.locator(`.iw input[value=${value}]`).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expectHeading(page, "Which medicines do you take now?");
  await page.locator(".iw input[value=other]").check();
  const field = page.getByLabel("Name of the other medicine");
  await field.fill("x".repeat(100_000));
  assert.equal((await field.inputValue()).length, 200, "typing and pasting stop at the limit");
  // A script (or an old saved answer) can still put more in; the widget must cope.
  await field.evaluate((input) => {
    input.removeAttribute("maxlength");
    input.value = "y".repeat(100_000);
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator(".iw-error-summary").waitFor();
  assert.match(await page.locator(".iw-error-message").textContent(), /200 characters or fewer\. You have 100000\./);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});
