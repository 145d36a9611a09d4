// The widget at every width and text size, as a visitor who enlarges the browser's text meets it:
// the browser's own text setting raised to 32px (200%) through the DevTools protocol, on a 320px
// screen, every question and the results must fit with no sideways scrolling, no element wider
// than its box, no clipped word and no heading broken inside a word; at 360px and the usual text
// size the comparison shows every option and its first row with no sideways scrolling; axe finds
// nothing at either size, collapsed or expanded. Also the small controls around the results:
// Start over asks first, "What matters most to you?" keeps focus and shows the visitor's goals.
//
// SCREENSHOTS=dir saves full-page pictures of a question and of the results at both sizes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";

import { axeViolations, deepFocus, liveWidget, useBrowser } from "./support.mjs";

const env = useBrowser();

/** Answer sets as [step id, option values to pick], one of them Spanish, one "not sure". */
const VISITORS = {
  "knee osteoarthritis, English": {
    path: "/",
    steps: [
      ["condition", ["osteoarthritis"]],
      ["joint", ["knee"]],
      ["diagnosed", ["yes"]],
      ["medications", ["nsaids", "paracetamol", "blood_thinners"]],
      ["goals", ["less_pain", "avoid_surgery"]],
    ],
  },
  "not sure of the condition, English": {
    path: "/",
    steps: [
      ["condition", ["not_sure"]],
      ["joint", ["back_neck"]],
      ["medications", ["not_sure"]],
      ["goals", ["compare_options", "understand_evidence"]],
    ],
  },
  "lupus, Spanish, not sure of medicines": {
    path: "/?lang=es",
    steps: [
      ["condition", ["lupus"]],
      ["diagnosed", ["not_sure"]],
      ["medications", ["not_sure"]],
      ["goals", ["compare_options"]],
    ],
  },
  "rheumatoid arthritis, Spanish, many medicines": {
    path: "/?lang=es",
    steps: [
      ["condition", ["rheumatoid_arthritis"]],
      ["joint", ["hand"]],
      ["diagnosed", ["yes"]],
      ["medications", ["conventional_dmards", "biologics_jak", "immunosuppressants_ms", "blood_thinners"]],
      ["goals", ["fewer_medicines", "slow_disease"]],
    ],
  },
};

/**
 * Opens the page with the browser's own text size set as a visitor sets it (DevTools protocol
 * `Page.setFontSizes`, which scales rem and em, unlike CSS zoom or an injected root size).
 */
async function openAt(path, { width, height = 740, textSize = 16 }) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: textSize, fixed: Math.round(textSize * 0.8125) } });
  await page.goto(env.server.url + path);
  await liveWidget(page);
  const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(rootSize, `${textSize}px`, "the browser's text size took effect");
  page.errors = errors;
  page.cdp = cdp;
  page.closeAll = () => context.close();
  return page;
}

const step = (page, id) => page.waitForSelector(`[data-intake-widget] >> .iw[data-step="${id}"]`);

/** Everything that does not fit on the current page of the (first) widget, as readable lines. */
function misfits(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`);
    }
    const root = document.querySelector("[data-intake-widget]").shadowRoot;
    const widget = root.querySelector(".iw");
    const box = widget.getBoundingClientRect();
    const name = (element) =>
      `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    // Visually hidden text (1px, clipped) is meant to be out of sight; printing-only parts are not shown.
    const hidden = ".iw-visually-hidden, .iw-print-summary, .iw-table thead";
    for (const element of widget.querySelectorAll("*")) {
      if (element.closest(hidden) && getComputedStyle(element.closest(hidden)).position === "absolute") continue;
      if (element.closest(".iw-print-summary")) continue;
      if (element instanceof SVGElement && element.tagName.toLowerCase() !== "svg") continue;
      if (element.getClientRects().length === 0) continue;
      if (element.closest("details:not([open])") && !element.closest("summary")) continue;
      const rect = element.getBoundingClientRect();
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        problems.push(`${name(element)} runs past the widget (${Math.round(rect.left)}–${Math.round(rect.right)}px)`);
        continue;
      }
      const parent = element.parentElement;
      if (parent && rect.width > parent.getBoundingClientRect().width + 1) {
        problems.push(`${name(element)} is ${Math.round(rect.width)}px wide in a ${Math.round(parent.getBoundingClientRect().width)}px box`);
      }
      const style = getComputedStyle(element);
      const hasText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
      if (hasText && style.display !== "inline" && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} clips its text (${element.scrollWidth}px of text in ${element.clientWidth}px)`);
      }
    }
    // A heading may wrap between words, never inside one: each word sits on one line.
    for (const heading of widget.querySelectorAll("h1, h2, h3, .iw-topic__title")) {
      if (heading.getClientRects().length === 0 || heading.closest(hidden)) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          if (lines.size > 1) problems.push(`heading ${name(heading)} breaks the word "${word[0]}" across lines`);
        }
      }
    }
    return problems;
  });
}

/** Opens every disclosure of the results, and the comparison's folded rows as a visitor would. */
async function expandAll(page) {
  const more = page.locator('.iw-table__more[aria-expanded="false"]');
  if ((await more.count()) && (await more.isVisible())) {
    await more.click();
    await page.locator('.iw-table__more[aria-expanded="true"]').waitFor();
  }
  await page.evaluate(() => {
    for (const details of document.querySelector("[data-intake-widget]").shadowRoot.querySelectorAll("details")) details.open = true;
  });
}

/** How many of the comparison's rows show. */
const rowsShown = (page) =>
  page.locator(".iw-comparison tbody tr").evaluateAll((rows) => rows.filter((row) => row.getClientRects().length).length);

/** Walks a visitor through the questions, checking each page with `check`, to the results. */
async function walk(page, steps, check = async () => {}) {
  for (const [id, values] of steps) {
    await step(page, id);
    for (const value of values) await page.locator(`.iw input[name$="-${id}"][value="${value}"]`).check();
    await check(id);
    await page.locator(".iw-form button[type=submit]").click();
  }
  await step(page, "review");
  await check("review");
  await page.locator('.iw[data-step="review"] .iw-actions .iw-button').click();
  await step(page, "results");
}

/**
 * A full-page picture at the text size the page has. Playwright's screenshots reset the
 * browser's text size to its default, so the viewport is made as tall as the page and the
 * DevTools protocol takes a plain capture, which keeps it.
 */
async function screenshot(page, name) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16000) });
  const { data } = await page.cdp.send("Page.captureScreenshot", { format: "png" });
  await writeFile(`${dir}/${name}.png`, Buffer.from(data, "base64"));
  await page.setViewportSize(viewport);
}

const slug = (text) => text.replace(/[^a-z]+/gi, "-").toLowerCase();

for (const [visitor, { path, steps }] of Object.entries(VISITORS)) {
  test(`${visitor}: at 320px and 200% text every step and the results fit, whole words, no clipping`, async (t) => {
    const page = await openAt(path, { width: 320, textSize: 32 });
    await walk(page, steps, async (id) => {
      assert.deepEqual(await misfits(page), [], `step ${id} at 320px, 200% text`);
      if (id === "medications") await screenshot(page, `${slug(visitor)}-question-320-200`);
    });
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.equal(rootSize, "32px", "still at 200% text on the results");
    assert.deepEqual(await misfits(page), [], "the results at 320px, 200% text");
    await screenshot(page, `${slug(visitor)}-results-320-200`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`results at 320px, 200% text, before expanding: ${height}px`);
    assert.deepEqual(await axeViolations(page), [], "axe, results collapsed, 320px, 200% text");
    await expandAll(page);
    assert.deepEqual(await misfits(page), [], "the results expanded at 320px, 200% text");
    assert.deepEqual(await axeViolations(page), [], "axe, results expanded, 320px, 200% text");
    assert.deepEqual(page.errors, []);
    await page.closeAll();
  });

  test(`${visitor}: at 360px and the usual text size every option and its first row show without sideways scrolling`, async (t) => {
    const page = await openAt(path, { width: 360, textSize: 16 });
    await walk(page, steps, async (id) => {
      if (id === "medications") await screenshot(page, `${slug(visitor)}-question-360-100`);
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`results page height at 360px, 100% text, before expanding: ${height}px`);
    await screenshot(page, `${slug(visitor)}-results-360-100`);
    assert.ok(height <= 3700, `the results are ${height}px tall before expanding`);
    const options = await page.locator(".iw-comparison thead th").allTextContents();
    assert.ok(options.length >= 3, `${options}`);
    const firstRow = page.locator(".iw-comparison tbody tr").first();
    const cells = firstRow.locator("td");
    assert.equal(await cells.count(), options.length, "a cell for every option in the first row");
    for (let index = 0; index < options.length; index++) {
      const cell = cells.nth(index);
      await cell.scrollIntoViewIfNeeded();
      const seen = await cell.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = element.getRootNode().elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 20));
        return {
          inside: rect.left >= 0 && rect.right <= window.innerWidth,
          onTop: Boolean(hit && element.contains(hit)),
          scrollX: window.scrollX,
          name: element.querySelector(".iw-table__option")?.textContent,
        };
      });
      assert.ok(seen.inside && seen.onTop && seen.scrollX === 0, `option ${options[index]}: ${JSON.stringify(seen)}`);
      assert.equal(seen.name, options[index], "each answer is led by its option's name");
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, "no sideways scrolling");
    const more = page.locator(".iw-table__more");
    assert.equal(await rowsShown(page), 1, "on a phone the first row shows, the others wait behind one button");
    assert.match(await more.textContent(), /:/, "the button names the rows it shows");
    await more.click();
    assert.equal(await more.getAttribute("aria-expanded"), "true");
    assert.equal(await rowsShown(page), 5, "every row once asked for");
    assert.match(await deepFocus(page), /^BUTTON/, "focus stays on the button");
    await more.click();
    assert.equal(await rowsShown(page), 1, "and folded again");
    assert.deepEqual(await misfits(page), [], "the results at 360px");
    assert.deepEqual(await axeViolations(page), [], "axe, results collapsed, 360px");
    await expandAll(page);
    assert.deepEqual(await axeViolations(page), [], "axe, results expanded, 360px");
    await page.closeAll();
  });
}

/** Where each answer of the comparison's first row starts, top to bottom. */
async function firstRowTops(page) {
  return page.evaluate(() =>
    Array.from(
      document.querySelector("[data-intake-widget]").shadowRoot.querySelectorAll(".iw-comparison tbody tr:first-child td"),
      (cell) => Math.round(cell.getBoundingClientRect().top),
    ),
  );
}

test("where the widget is wide enough three options stand side by side under their names, a real table", async () => {
  const { path, steps } = VISITORS["lupus, Spanish, not sure of medicines"];
  const page = await openAt(path, { width: 1024, textSize: 16 });
  await walk(page, steps);
  const layout = await page.evaluate(() => {
    const table = document.querySelector("[data-intake-widget]").shadowRoot.querySelector(".iw-comparison table");
    const header = table.querySelector("thead th").getBoundingClientRect();
    const names = Array.from(table.querySelectorAll("tbody .iw-table__option")).filter((name) => name.getClientRects().length);
    return { headerWidth: header.width, namesShown: names.length };
  });
  const tops = await firstRowTops(page);
  assert.equal(tops.length, 3, "three options");
  assert.equal(new Set(tops).size, 1, `the first row's answers share a line: ${tops}`);
  assert.ok(layout.headerWidth > 100, "the column headers show");
  assert.equal(layout.namesShown, 0, "no option name repeated in the cells");
  assert.equal(await rowsShown(page), 5, "side by side, every row shows");
  assert.equal(await page.locator(".iw-table__more").isVisible(), false, "and nothing waits behind a button");
  // The same table at 200% text on the same screen goes back to one answer under another.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
  const stacked = await firstRowTops(page);
  assert.equal(new Set(stacked).size, stacked.length, `at 200% text the answers stack: ${stacked}`);
  await page.closeAll();
});

test("five options never squeeze side by side: the knee comparison stays laid out by question on a wide screen", async () => {
  const { path, steps } = VISITORS["knee osteoarthritis, English"];
  const page = await openAt(path, { width: 1024, textSize: 16 });
  await walk(page, steps);
  const tops = await firstRowTops(page);
  assert.equal(tops.length, 5, "injections, PRP, standard care, joint replacement, nothing more");
  assert.equal(new Set(tops).size, tops.length, `one answer under another: ${tops}`);
  await page.closeAll();
});

test("the first question says Step 1 of 6, as every question says where it is", async () => {
  const page = await openAt("/", { width: 360 });
  assert.match(await page.locator(".iw h1 .iw-caption").textContent(), /^Step 1 of 6$/);
  await page.closeAll();
});

test("unticking the last thing that matters keeps the panel open and focus on the box; the goals show there", async () => {
  const { path, steps } = VISITORS["knee osteoarthritis, English"];
  const page = await openAt(path, { width: 360 });
  await walk(page, steps);
  const panel = page.locator(".iw-values");
  await panel.locator("summary").click();
  assert.deepEqual(await panel.locator(".iw-values__goals + ul li").allTextContents(), ["Less pain", "Avoiding or delaying surgery"]);
  const box = panel.locator("input[type=checkbox]").first();
  await box.focus();
  await page.keyboard.press("Space");
  assert.equal(await box.isChecked(), true);
  await page.keyboard.press("Space");
  assert.equal(await box.isChecked(), false);
  assert.equal(await panel.evaluate((details) => details.open), true, "the panel stays open");
  assert.match(await deepFocus(page), /^INPUT checkbox/, "focus stays on the box");
  await page.closeAll();
});

test("Start over asks in the widget first; Escape and No keep the answers, Yes clears them", async () => {
  const { path, steps } = VISITORS["lupus, Spanish, not sure of medicines"];
  const page = await openAt(path, { width: 360 });
  await walk(page, steps);
  const startOver = page.getByRole("button", { name: "Empezar de nuevo", exact: true });
  await startOver.click();
  const question = page.getByRole("group", { name: "¿Empezar de nuevo y borrar sus respuestas?" });
  await question.waitFor();
  assert.match(await deepFocus(page), /^BUTTON .*No, conservar mis respuestas/, "focus on the safe choice");
  await page.keyboard.press("Escape");
  await startOver.waitFor();
  assert.match(await deepFocus(page), /^BUTTON .*Empezar de nuevo/, "Escape returns focus to Start over");
  await page.locator('.iw[data-step="results"]').waitFor();

  await startOver.click();
  await page.getByRole("button", { name: "No, conservar mis respuestas" }).click();
  assert.match(await deepFocus(page), /^BUTTON .*Empezar de nuevo/);
  assert.deepEqual(await axeViolations(page), []);

  await startOver.click();
  assert.deepEqual(await axeViolations(page), [], "axe with the question asked");
  await page.getByRole("button", { name: "Sí, empezar de nuevo" }).click();
  await step(page, "condition");
  assert.equal(await page.locator(".iw input:checked").count(), 0, "every answer cleared");
  await page.closeAll();
});
