// "Ready to decide?" as a visitor meets it: by keyboard alone (Tab to the questions, Space and
// the arrow keys to answer), a "no" bringing its next step right under the question, the answers
// on paper and in the saved copy, axe clean, and at 320 px with 200% browser text nothing wider
// than the screen. The questions wait inside the collapsed values panel, so the results are no
// taller before expanding (tests/e2e/reflow.test.mjs measures that).
//
// SCREENSHOTS=dir saves pictures of the open panel at 360 px and at 320 px with 200% text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";

import { answerWithMouse, assertAccessible, deepFocus, expectHeading, open, useBrowser } from "./support.mjs";

const env = useBrowser();

/** A4 pages in a PDF: one "/Type /Page" object each (not "/Pages"). */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const SURE = "Do you feel sure about the best choice for you?";
const UNDERSTAND = "Do you know the benefits and risks of each option?";
const WAIT = "It is fine to take your time.";
const REREAD = "Read the comparison of your options again.";

async function results(options = {}) {
  const page = await open(env, "/", { width: 360, height: 740, ...options });
  await answerWithMouse(page);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  return page;
}

/** Presses Tab until focus matches `pattern`; returns the presses it took. */
async function tabTo(page, pattern, limit = 80) {
  let presses = 0;
  while (!pattern.test(await deepFocus(page))) {
    assert.ok(presses < limit, `no ${pattern} within ${limit} Tab presses (at ${await deepFocus(page)})`);
    await page.keyboard.press("Tab");
    presses++;
  }
  return presses;
}

const question = (page, legend) => page.locator(".iw-ready fieldset").filter({ has: page.locator("legend", { hasText: legend }) });
const nextStep = (page, legend) => question(page, legend).locator(".iw-ready__next p");

async function screenshot(page, name, cdp) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const panel = page.locator(".iw-ready");
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16000) });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await panel.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  });
  // A plain capture through the DevTools protocol keeps the browser's text size.
  const { data } = await cdp.send("Page.captureScreenshot", {
    format: "png",
    clip: { x: 0, y: box.top, width: viewport.width, height: box.height, scale: 1 },
  });
  await writeFile(`${dir}/${name}.png`, Buffer.from(data, "base64"));
  await page.setViewportSize(viewport);
}

test("by keyboard alone: Tab to the questions, Space and arrows answer, a no shows its next step, the summary carries it", async (t) => {
  const page = await results();
  const toPanel = await tabTo(page, /^SUMMARY.*What matters most to you\?/);
  t.diagnostic(`Tab presses from the results heading to "What matters most to you?": ${toPanel}`);
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".iw-values").evaluate((details) => details.open), true, "Enter opens the panel");
  await tabTo(page, /^INPUT radio yes/, 20);
  assert.equal(await nextStep(page, SURE).count(), 0, "no next step before an answer");

  await page.keyboard.press("Space");
  assert.equal(await question(page, SURE).getByLabel("Yes").isChecked(), true, "Space chooses Yes");
  assert.equal(await nextStep(page, SURE).count(), 0, "a yes brings no next step");
  await page.keyboard.press("ArrowRight");
  assert.equal(await question(page, SURE).getByLabel("No").isChecked(), true, "the arrow moves to No");
  assert.match(await nextStep(page, SURE).textContent(), new RegExp(`^${WAIT}`));
  assert.match(await deepFocus(page), /^INPUT radio no/, "focus stays on the answer");
  assert.equal(await question(page, SURE).locator("[role=status]").count(), 1, "the next step is said politely, once");

  await page.keyboard.press("Tab");
  assert.match(await deepFocus(page), /^INPUT radio yes/, "Tab moves on to the next question");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  assert.match(await nextStep(page, UNDERSTAND).textContent(), new RegExp(`^${REREAD}`));
  await page.keyboard.press("ArrowLeft");
  assert.equal(await nextStep(page, UNDERSTAND).count(), 0, "changing to Yes takes the next step away");
  assert.equal(await page.locator(".iw-values").evaluate((details) => details.open), true, "the panel stays open");
  await assertAccessible(page, "the results with the questions answered");

  // On paper: the answers, and under the no its next step.
  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".iw-print-summary [data-part='ready']");
  assert.equal(await printed.isVisible(), true, "the answers print");
  const rows = await printed.locator("li").allTextContents();
  assert.equal(rows.length, 2, "only the questions answered");
  assert.ok(rows[0].startsWith(`${SURE} No. ${WAIT}`), rows[0]);
  assert.ok(rows[1] === `${UNDERSTAND} Yes.`, rows[1]);
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  t.diagnostic(`printed summary with the answers: ${pageCount(pdf)} A4 page(s)`);
  assert.ok(pageCount(pdf) <= 2, `${pageCount(pdf)} printed pages`);
  await page.emulateMedia({ media: "screen" });

  // The saved copy: the same answers, in words.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save a copy" }).click();
  const text = await readFile(await (await download).path(), "utf8");
  assert.ok(text.includes(`${SURE} No. ${WAIT}`), "the saved copy carries the no and its next step");
  assert.ok(text.includes(`${UNDERSTAND} Yes.`), "and the yes");
  await page.closeAll();
});

test("skipped entirely: no error, nothing printed for them", async () => {
  const page = await results();
  await page.locator(".iw-values summary").click();
  assert.equal(await page.locator(".iw-ready fieldset").count(), 4);
  assert.equal(await page.locator(".iw-ready input:checked").count(), 0);
  assert.equal(await page.locator(".iw-error-message, .iw-error-summary").count(), 0);
  assert.equal(await page.locator(".iw-print-summary [data-part='ready']").count(), 0);
  await page.closeAll();
});

for (const [name, width, textSize] of [
  ["360 px", 360, 16],
  ["320 px with 200% text", 320, 32],
]) {
  test(`at ${name} every question and next step fits the screen; axe finds nothing`, async (t) => {
    const context = await env.browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: textSize, fixed: textSize } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(env.server.url + "/");
    await answerWithMouse(page);
    await page.getByRole("button", { name: "See my information" }).click();
    await expectHeading(page, "Your results");
    await page.locator(".iw-values summary").click();
    for (const fieldset of await page.locator(".iw-ready fieldset").all()) {
      await fieldset.getByLabel("No").check();
    }
    assert.equal(await page.locator(".iw-ready__next p").count(), 4, "every no shows its next step");
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
      root: getComputedStyle(document.documentElement).fontSize,
    }));
    t.diagnostic(`${name}: page ${widths.page}px wide on a ${widths.screen}px screen, text ${widths.root}`);
    assert.equal(widths.root, `${textSize}px`, "the browser's text size took effect");
    assert.ok(widths.page <= widths.screen, `the page is ${widths.page}px wide on a ${widths.screen}px screen`);
    const overflow = await page.locator(".iw-ready *").evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length)
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => `${element.tagName} ${element.className}`),
    );
    assert.deepEqual(overflow, [], "nothing in the panel runs past the screen");
    await assertAccessible(page, `the open panel at ${name}`);
    await screenshot(page, `ready-${width}-${textSize}`, cdp);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    t.diagnostic(`${name}: printed summary with four no answers: ${pageCount(pdf)} A4 page(s)`);
    if (textSize === 16) assert.ok(pageCount(pdf) <= 2, `${pageCount(pdf)} printed pages at the usual text size`);
    if (process.env.SCREENSHOTS) await writeFile(`${process.env.SCREENSHOTS}/ready-${width}-${textSize}.pdf`, pdf);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
