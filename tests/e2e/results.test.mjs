// The results as a decision aid, measured as a visitor meets them: on a phone (360 × 740), by
// keyboard, at 320 px, at 200% text, and on paper. Three visitors; each test reports its numbers.
import { test } from "node:test";
import assert from "node:assert/strict";

import { answerWithMouse, assertAccessible, deepFocus, expectHeading, fitsWidth, open, useBrowser } from "./support.mjs";

const env = useBrowser();

const VISITORS = {
  "knee osteoarthritis, wants to avoid surgery": [
    ["What is your main condition?", ["Osteoarthritis"]],
    ["Which part of your body troubles you most?", ["Knee"]],
    ["Has a doctor diagnosed this condition?", ["Yes"]],
    ["Which medicines do you take now?", ["Pain relievers called NSAIDs"]],
    ["What do you hope for?", ["Less pain", "Avoiding or delaying surgery"]],
  ],
  "rheumatoid arthritis on methotrexate and a biologic, wants fewer medicines": [
    ["What is your main condition?", ["Rheumatoid arthritis"]],
    ["Which part of your body troubles you most?", ["Hand or wrist"]],
    ["Has a doctor diagnosed this condition?", ["Yes"]],
    ["Which medicines do you take now?", ["Disease-modifying drugs (DMARDs)", "Biologics or JAK inhibitors"]],
    ["What do you hope for?", ["Taking fewer medicines", "Slowing my disease"]],
  ],
  "multiple sclerosis, wants to compare options": [
    ["What is your main condition?", ["Multiple sclerosis (MS)"]],
    ["Has a doctor diagnosed this condition?", ["Yes"]],
    ["Which medicines do you take now?", ["Other immune-suppressing medicines, or MS disease-modifying drugs"]],
    ["What do you hope for?", ["Slowing my disease", "Comparing my options"]],
  ],
};

const RESULTS = "Your results";
/** A4 pages in a PDF: one "/Type /Page" object each (not "/Pages"). */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function results(visitor, options = {}) {
  const page = await open(env, "/", { width: 360, height: 740, ...options });
  await answerWithMouse(page, VISITORS[visitor]);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, RESULTS);
  return page;
}

for (const visitor of Object.keys(VISITORS)) {
  test(`results for ${visitor}: short before expanding, few Tab presses to Print, two printed pages`, async (t) => {
    const page = await results(visitor);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`results page height at 360 px before expanding: ${height} px (${(height / 740).toFixed(1)} screens)`);
    assert.ok(await fitsWidth(page), "no sideways scrolling at 360 px");

    // Focus is on the results heading after Continue; count Tab presses to Print.
    assert.match(await deepFocus(page), /^H1/);
    let presses = 0;
    while (!/^BUTTON .*Print/.test(await deepFocus(page)) && presses < 40) {
      await page.keyboard.press("Tab");
      presses++;
    }
    t.diagnostic(`Tab presses from the results heading to Print: ${presses}`);
    assert.ok(presses <= 15, `${presses} Tab presses to Print`);

    // What the Print button prints: the widget alone, its summary only.
    await page.evaluate(() => (window.print = () => {}));
    await page.keyboard.press("Enter");
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    t.diagnostic(`printed summary: ${pageCount(pdf)} A4 page(s)`);
    assert.ok(pageCount(pdf) >= 1 && pageCount(pdf) <= 2, `${pageCount(pdf)} printed pages`);
    assert.ok(height <= 3700, `the results are ${height} px tall before expanding`);
    await page.closeAll();
  });
}

test("the bottom line answers the visitor's own question before anything else", async () => {
  const page = await results("rheumatoid arthritis on methotrexate and a biologic, wants fewer medicines");
  const first = await page.locator(".iw-bottom-line").evaluate((box) => box.getBoundingClientRect().top);
  assert.ok(first < 740, "the bottom line starts on the first screen");
  const statements = await page.locator(".iw-bottom-line li").allTextContents();
  assert.ok(statements.length >= 2 && statements.length <= 5, statements.join(" | "));
  assert.ok(!statements.some((line) => /\[missing text\]/.test(line)), statements.join(" | "));
  await page.closeAll();
});

test("options side by side in a real table, with trial pictures of every arm under it", async () => {
  const page = await results("rheumatoid arthritis on methotrexate and a biologic, wants fewer medicines");
  const table = page.locator(".iw-comparison table");
  assert.equal(await table.count(), 1);
  assert.ok((await table.locator("thead th[scope=col]").count()) >= 3, "injections, standard care and doing nothing more");
  assert.ok((await table.locator("tbody th[scope=row]").count()) >= 4);
  const text = await table.textContent();
  assert.ok(!/\[missing text\]/.test(text), text);
  const pictures = page.locator(".iw-comparison > .iw-picture");
  assert.equal(await pictures.count(), 1, "one picture before anything is opened, the others one step away");
  assert.equal(await pictures.first().locator(".iw-picture__count").count(), 4, "every arm of the trial");
  assert.equal(await pictures.first().locator("svg.iw-picture__grid").first().locator("circle").count(), 20, "an arm of 20 is 20 people");
  await page.closeAll();
});

test("what matters to the visitor reorders the comparison and goes into the summary", async () => {
  const page = await results("knee osteoarthritis, wants to avoid surgery");
  await page.locator(".iw-values summary").click();
  const values = page.locator(".iw-values input[type=checkbox]");
  assert.ok((await values.count()) >= 3);
  const label = (await page.locator(".iw-values label").last().textContent()).trim();
  await values.last().check();
  const stressed = page.locator(".iw-comparison tbody tr").first();
  assert.match(await stressed.getAttribute("class"), /iw-table__row--stressed/, "the row that matters comes first");
  assert.match(await page.locator(".iw-print-summary").textContent(), new RegExp(label.replace(/[()]/g, ".")));
  await page.closeAll();
});

test("the contents list takes the keyboard to each part, opening the sources", async () => {
  const page = await results("knee osteoarthritis, wants to avoid surgery");
  const links = page.locator(".iw-contents button");
  await links.filter({ hasText: "More detail" }).focus();
  await page.keyboard.press("Enter");
  assert.match(await deepFocus(page), /^H2 .*More detail/);
  await links.filter({ hasText: /^Sources/ }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".iw details.iw-sources[open]").count(), 1, "the reference list opens");
  assert.match(await deepFocus(page), /^SUMMARY .*Sources/);
  await page.closeAll();
});

test("a topic opens by keyboard and shows its sections with numbered sources", async () => {
  const page = await results("knee osteoarthritis, wants to avoid surgery");
  const summary = page.locator(".iw details.iw-topic > summary").nth(1);
  await summary.focus();
  await page.keyboard.press("Enter");
  const opened = page.locator(".iw details.iw-topic[open]");
  assert.equal(await opened.count(), 1);
  assert.ok((await opened.locator("h3").count()) >= 1, "the sections keep their headings");
  await page.closeAll();
});

test("results have no WCAG 2.2 A/AA violations collapsed and expanded, at 320 px and at 200% text", async () => {
  const page = await results("rheumatoid arthritis on methotrexate and a biologic, wants fewer medicines", { width: 320 });
  await assertAccessible(page, "the results, collapsed, at 320 px");
  assert.ok(await fitsWidth(page), "no sideways scrolling at 320 px");
  await page.evaluate(() => {
    for (const details of document.querySelector("[data-intake-widget]").shadowRoot.querySelectorAll("details")) details.open = true;
  });
  await assertAccessible(page, "the results, expanded, at 320 px");
  assert.ok(await fitsWidth(page), "no sideways scrolling at 320 px with everything open");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  assert.ok(await fitsWidth(page), "200% text still fits 360 px: long words wrap");
  await page.closeAll();
});

test("Print on a clinic's page prints the widget's summary alone, never the page around it", async (t) => {
  const page = await open(env, "/demo/two-widgets.html", { width: 1024, height: 900 });
  await answerWithMouse(page, VISITORS["knee osteoarthritis, wants to avoid surgery"]);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, RESULTS);
  await page.evaluate(() => (window.print = () => {}));
  await page.locator("#english").getByRole("button", { name: "Print" }).click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("body > h1").isVisible(), false, "the clinic's own heading does not print");
  assert.equal(await page.locator("#spanish").isVisible(), false, "nor does the other widget");
  assert.equal(await page.locator("#english .iw-print-summary").isVisible(), true, "the summary prints");
  const pdf = await page.pdf({ format: "A4" });
  t.diagnostic(`printed from the clinic page: ${pageCount(pdf)} A4 page(s)`);
  assert.ok(pageCount(pdf) <= 2);
  await page.closeAll();
});
