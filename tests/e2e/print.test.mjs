// What a visitor prints and what they save or share: the summary carries the decision — header,
// answers, decision, bottom line, caveats, the comparison of every option, questions, warning and
// urgent-care signs, numbered sources — on at most two A4 or Letter pages, in English and Spanish,
// on the standalone page and embedded in a clinic's page. Each PDF is read back with poppler's
// pdfinfo and pdftotext; PRINT_SHOTS=<folder> keeps the PDFs and their pages as PNGs.
//
// Each visitor first ticks every value and answers every "Ready to decide?" question No (each no
// prints its next step), the longest summary they can make; and each prints once more with the
// browser's text at 200%, as a visitor who enlarged it on screen would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { open, useBrowser } from "./support.mjs";

const env = useBrowser();

/** Visitors as [step id, option values]; the longest summaries the widget makes. */
const VISITORS = {
  "knee osteoarthritis, English": {
    language: "en",
    steps: [
      ["condition", ["osteoarthritis"]],
      ["joint", ["knee"]],
      ["diagnosed", ["yes"]],
      ["medications", ["nsaids", "paracetamol", "blood_thinners", "supplements"]],
      ["goals", ["less_pain", "move_easier", "slow_disease", "avoid_surgery", "compare_options"]],
    ],
  },
  "not sure of the condition, English": {
    language: "en",
    steps: [
      ["condition", ["not_sure"]],
      ["joint", ["back_neck"]],
      ["medications", ["not_sure"]],
      ["goals", ["less_pain", "compare_options", "understand_evidence", "avoid_surgery"]],
    ],
  },
  "osteoarthritis, Spanish": {
    language: "es",
    steps: [
      ["condition", ["osteoarthritis"]],
      ["joint", ["hip"]],
      ["diagnosed", ["yes"]],
      ["medications", ["nsaids", "corticosteroids", "blood_thinners"]],
      ["goals", ["less_pain", "move_easier", "slow_disease", "avoid_surgery", "compare_options"]],
    ],
  },
  "not sure of the condition, Spanish": {
    language: "es",
    steps: [
      ["condition", ["not_sure"]],
      ["joint", ["knee"]],
      ["medications", ["nsaids", "supplements"]],
      ["goals", ["less_pain", "compare_options", "avoid_surgery", "understand_evidence"]],
    ],
  },
};

/** Where each visitor is printed: the standalone page, and embedded in a clinic's page. */
const PLACES = [
  ["knee osteoarthritis, English", "standalone", "/", "[data-intake-widget]"],
  ["not sure of the condition, English", "standalone", "/", "[data-intake-widget]"],
  ["osteoarthritis, Spanish", "standalone", "/?lang=es", "[data-intake-widget]"],
  ["knee osteoarthritis, English", "embedded", "/demo/two-widgets.html", "#english"],
  ["not sure of the condition, Spanish", "embedded", "/demo/two-widgets.html", "#spanish"],
];

/** Waits until the widget at `host` is live: the early first step is gone. */
function live(page, host) {
  return page.waitForFunction((host) => {
    const element = document.querySelector(host);
    const root = element?.shadowRoot;
    return Boolean(root?.querySelector(".iw h1") && !root.querySelector(".iw-prerendered") && !element.querySelector(".iw-prerendered"));
  }, host);
}

/** Walks the widget at `host` through `steps` to its results. */
async function walk(page, host, steps) {
  const widget = page.locator(host);
  const stepOf = () => widget.locator(".iw").getAttribute("data-step");
  const next = async (button) => {
    const step = await stepOf();
    await button.click();
    await widget.locator(`.iw[data-step]:not([data-step="${step}"])`).waitFor();
  };
  for (const [id, values] of steps) {
    assert.equal(await stepOf(), id);
    for (const value of values) await widget.locator(`.iw input[name$="-${id}"][value="${value}"]`).check();
    await next(widget.locator(".iw-form button[type=submit]"));
  }
  await next(widget.locator('.iw[data-step="review"] .iw-actions .iw-button').first());
  assert.equal(await stepOf(), "results");
}

/** Opens "What matters most to you?" in the widget at `host`, ticks every value, and answers
 * every "Ready to decide?" question No: the longest summary, each no printing its next step. */
async function weighEverything(page, host) {
  const widget = page.locator(host);
  await widget.locator(".iw-values summary").click();
  const values = widget.locator(".iw-values input[type=checkbox]");
  for (let index = 0; index < (await values.count()); index += 1) await values.nth(index).check();
  const nos = widget.locator('.iw-ready input[type=radio][value="no"]');
  assert.equal(await nos.count(), 4, "four Ready to decide? questions");
  for (let index = 0; index < 4; index += 1) await nos.nth(index).check();
  await widget.locator(".iw-print-summary [data-part='ready']").waitFor({ state: "attached" });
}

/** Prints the widget at `host` as its Print button does, onto `format` paper, with Chrome's
 * default margins; returns the PDF's bytes. */
async function printed(page, host, format) {
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window.print = () => {}));
  await page.locator(host).locator(".iw-summary-actions .iw-button").first().click();
  await page.emulateMedia({ media: "print" });
  return page.pdf({ format, margin: { top: "0.4in", right: "0.4in", bottom: "0.4in", left: "0.4in" } });
}

const pdfPages = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
const pdfText = (file) => execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });
/** Text as pdftotext gives it, with runs of spaces and line breaks made single spaces. */
const flat = (text) => text.replace(/\s+/g, " ");

const folder = process.env.PRINT_SHOTS ?? (await mkdtemp(join(tmpdir(), "print-")));
await mkdir(folder, { recursive: true });

for (const [visitor, kind, path, host] of PLACES) {
  test(`${visitor}, ${kind}: the printed summary carries the decision on at most two A4 or Letter pages`, async (t) => {
    const { steps } = VISITORS[visitor];
    const page = await open(env, path, { waitFor: false });
    await live(page, host);
    await walk(page, host, steps);
    await weighEverything(page, host);
    const summary = page.locator(host).locator(".iw-print-summary");
    const options = await summary.locator(".iw-print-table thead th").allTextContents();
    const rows = await summary.locator(".iw-print-table tbody th").allTextContents();
    const firstCell = (await summary.locator(".iw-print-table tbody td").first().textContent()).replace(/ \[.*$/, "");
    const firstSource = await summary.locator(".iw-print-sources li").first().textContent();
    assert.ok(options.length >= 3 && rows.length === 5, `${options} / ${rows}`);

    const cdp = await page.context().newCDPSession(page);
    for (const [format, textSize] of [["A4", 16], ["Letter", 16], ["A4", 32]]) {
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: textSize, fixed: Math.round(textSize * 0.8125) } });
      const name = `${visitor}, ${kind}, ${format}, text ${textSize}px`.replace(/[^\w]+/g, "-");
      const file = join(folder, `${name}.pdf`);
      await writeFile(file, await printed(page, host, format));
      if (process.env.PRINT_SHOTS) execFileSync("pdftoppm", ["-png", "-r", "60", file, join(folder, name)]);
      const pages = pdfPages(file);
      t.diagnostic(`${visitor}, ${kind}, ${format}, text ${textSize}px: ${pages} page(s)`);
      assert.ok(pages >= 1 && pages <= 2, `${name}: ${pages} pages`);
      const text = flat(pdfText(file));
      for (const option of options) assert.ok(text.includes(flat(option)), `${name}: option ${option} is printed`);
      assert.ok(text.includes(flat(firstCell).slice(0, 40)), `${name}: the comparison's first cell is printed`);
      assert.ok(text.includes(flat(firstSource).slice(0, 30)), `${name}: the sources are printed`);
      assert.ok(!/Joint Care Clinic|Clínica Articular/.test(kind === "standalone" ? text : ""), "a standalone page names no clinic");
    }
    await page.closeAll();
  });
}

test("the embedded summary's header names the widget and the clinic showing it", async () => {
  const page = await open(env, "/demo/two-widgets.html", { waitFor: false });
  await live(page, "#spanish");
  await walk(page, "#spanish", VISITORS["not sure of the condition, Spanish"].steps);
  const header = await page.locator("#spanish").locator('.iw-print-part[data-part="header"]').textContent();
  assert.ok(header.startsWith("Terapia con células madre para el dolor de articulaciones: su resumen"), header);
  assert.ok(header.includes("Clínica Articular"), header);
  await page.closeAll();
});

/** Stubs the Web Share API: `canShare` says yes to one file; `share` records what it was given,
 * then settles as `outcome` says ("shared", or the name of the error it rejects with). */
function stubShare(outcome) {
  Navigator.prototype.canShare = (data) => Array.isArray(data?.files) && data.files.length === 1;
  Navigator.prototype.share = async (data) => {
    const [file] = data.files;
    window.__shared = { name: file.name, type: file.type, text: await file.text(), count: data.files.length };
    if (outcome !== "shared") throw new DOMException("stub", outcome);
  };
}

/** The standalone page at the results for the knee visitor, with the share stub installed. */
async function sharingResults(outcome, path = "/") {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  if (outcome) await page.addInitScript(stubShare, outcome);
  await page.goto(env.server.url + path);
  await live(page, "[data-intake-widget]");
  const visitor = path.includes("lang=es") ? "osteoarthritis, Spanish" : "knee osteoarthritis, English";
  await walk(page, "[data-intake-widget]", VISITORS[visitor].steps);
  page.closeAll = () => context.close();
  return page;
}

/** Whether a download starts within `ms` milliseconds. */
const downloadsWithin = (page, ms) =>
  page.waitForEvent("download", { timeout: ms }).then(
    () => true,
    () => false,
  );

test("where the browser can share a file, Share hands the summary file to the share sheet", async () => {
  const page = await sharingResults("shared");
  const share = page.getByRole("button", { name: "Share", exact: true });
  assert.equal(await share.isVisible(), true, "Share is offered");
  if (process.env.PRINT_SHOTS) await page.locator(".iw-summary-actions").screenshot({ path: join(folder, "share-360.png") });
  const downloaded = downloadsWithin(page, 1500);
  await share.click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.count, 1);
  assert.equal(shared.name, "stem-cell-therapy-summary.html");
  assert.equal(shared.type, "text/html");
  assert.match(shared.text, /^<!doctype html>/);
  assert.match(shared.text, /<h1>Stem-cell therapy for joint pain: your summary<\/h1>/);
  assert.match(shared.text, /<li>Main condition: Osteoarthritis<\/li>/);
  assert.match(shared.text, /<table>[\s\S]*<th>Stem-cell shots<\/th>[\s\S]*<th>Nothing more for now<\/th>/, "every option");
  assert.match(shared.text, /Talk to a specialist in your condition before you decide\./);
  assert.equal(await downloaded, false, "a shared file is not also downloaded");
  // Save a copy still saves it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save a copy" }).click()]);
  assert.equal(download.suggestedFilename(), "stem-cell-therapy-summary.html");
  await page.closeAll();
});

test("a visitor who cancels the share sheet gets nothing else; a share that fails saves the file instead", async () => {
  const cancelled = await sharingResults("AbortError");
  const downloaded = downloadsWithin(cancelled, 1500);
  await cancelled.getByRole("button", { name: "Share", exact: true }).click();
  await cancelled.waitForFunction(() => window.__shared);
  assert.equal(await downloaded, false, "cancelling downloads nothing");
  await cancelled.closeAll();

  const failing = await sharingResults("NotAllowedError");
  const [download] = await Promise.all([
    failing.waitForEvent("download"),
    failing.getByRole("button", { name: "Share", exact: true }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "stem-cell-therapy-summary.html");
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  assert.match(text, /<table>/);
  await failing.closeAll();
});

test("in Spanish the file shares under its Spanish name; without the Web Share API there is no Share, and Save a copy downloads", async () => {
  const spanish = await sharingResults("shared", "/?lang=es");
  if (process.env.PRINT_SHOTS) await spanish.locator(".iw-summary-actions").screenshot({ path: join(folder, "share-360-es.png") });
  await spanish.getByRole("button", { name: "Compartir", exact: true }).click();
  await spanish.waitForFunction(() => window.__shared);
  const shared = await spanish.evaluate(() => window.__shared);
  assert.equal(shared.name, "resumen-terapia-celulas-madre.html");
  assert.match(shared.text, /<html lang="es">/);
  await spanish.closeAll();

  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete Navigator.prototype.canShare;
    delete Navigator.prototype.share;
  });
  await page.goto(env.server.url + "/");
  await live(page, "[data-intake-widget]");
  await walk(page, "[data-intake-widget]", VISITORS["knee osteoarthritis, English"].steps);
  assert.equal(await page.getByRole("button", { name: "Share", exact: true }).count(), 0, "no Share without the API");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save a copy" }).click()]);
  assert.equal(download.suggestedFilename(), "stem-cell-therapy-summary.html");
  await context.close();
});
