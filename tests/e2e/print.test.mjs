// What a visitor prints and what they save or share: the summary carries the decision — header,
// answers, decision, bottom line, caveats, the comparison of every option, questions, warning and
// urgent-care signs, numbered sources — on at most two A4 or Letter pages, in English and Spanish,
// on the standalone page and embedded in a clinic's page. Each PDF is read back with poppler's
// pdfinfo and pdftotext; PRINT_SHOTS=<folder> keeps the PDFs and their pages as PNGs.
//
// The budget leaves room for "Ready to decide?" (a heading and four yes/no answers, about five
// lines): each printed summary gets a stand-in of that size before it is measured.
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

const STAND_IN = {
  en: ["Ready to decide?", "Do you feel sure about the best choice for you? Yes", "Do you know the benefits and risks of each option? Yes", "Are you clear about which benefits and risks matter most to you? Not sure", "Do you have enough support and advice to make a choice? No"],
  es: ["¿Está listo para decidir?", "¿Se siente seguro de cuál es la mejor opción para usted? Sí", "¿Conoce los beneficios y los riesgos de cada opción? Sí", "¿Tiene claro qué beneficios y riesgos le importan más? No estoy seguro", "¿Tiene suficiente apoyo y consejo para elegir? No"],
};

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

/** Prints the widget at `host` as its Print button does, onto `format` paper, with Chrome's
 * default margins; returns the PDF's bytes. */
async function printed(page, host, language, format) {
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window.print = () => {}));
  await page.locator(host).locator(".iw-summary-actions .iw-button").first().click();
  await page.emulateMedia({ media: "print" });
  await page.locator(host).evaluate((element, lines) => {
    const summary = element.shadowRoot.querySelector(".iw-print-summary");
    if (summary.querySelector('[data-part="ready"]')) return;
    const part = document.createElement("div");
    part.className = "iw-print-part";
    part.dataset.part = "ready";
    const heading = part.appendChild(document.createElement("h3"));
    heading.className = "iw-heading-s";
    heading.textContent = lines[0];
    const list = part.appendChild(document.createElement("ul"));
    list.className = "iw-list iw-list--bullet";
    for (const line of lines.slice(1)) list.appendChild(document.createElement("li")).textContent = line;
    summary.insertBefore(part, summary.querySelector('[data-part="questions"]'));
  }, STAND_IN[language]);
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
    const { language, steps } = VISITORS[visitor];
    const page = await open(env, path, { waitFor: false });
    await live(page, host);
    await walk(page, host, steps);
    const summary = page.locator(host).locator(".iw-print-summary");
    const options = await summary.locator(".iw-print-table thead th").allTextContents();
    const rows = await summary.locator(".iw-print-table tbody th").allTextContents();
    const firstCell = (await summary.locator(".iw-print-table tbody td").first().textContent()).replace(/ \[.*$/, "");
    const firstSource = await summary.locator(".iw-print-sources li").first().textContent();
    assert.ok(options.length >= 3 && rows.length === 5, `${options} / ${rows}`);

    for (const format of ["A4", "Letter"]) {
      const name = `${visitor}, ${kind}, ${format}`.replace(/[^\w]+/g, "-");
      const file = join(folder, `${name}.pdf`);
      await writeFile(file, await printed(page, host, language, format));
      if (process.env.PRINT_SHOTS) execFileSync("pdftoppm", ["-png", "-r", "60", file, join(folder, name)]);
      const pages = pdfPages(file);
      t.diagnostic(`${visitor}, ${kind}, ${format}: ${pages} page(s)`);
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
