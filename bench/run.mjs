// The performance benchmark (`make bench`; see bench/README.md). Not a test: a missed target is
// reported, never an error. It exits non-zero only when the harness itself fails.
//
// One headless Chromium run loads four pages, interleaved, each in a fresh browser context:
//   static   bench/pages/static.html   the first question as plain HTML and CSS (the floor)
//   widget   the release build in dist/, as built (snapshotted into bench/dist/widget/)
//   clinic   bench/pages/clinic.html   a clinic page with only the embed snippet (same snapshot)
//   surveyjs bench/pages/surveyjs.html the same questions in SurveyJS 2.5 from bench/node_modules
// then a Spanish visitor's flow on the two widget pages, Lighthouse on all four pages served
// gzipped (bench/lighthouse.mjs), and the wasm size profile (bench/size-profile.mjs), and writes
// bench/RESULTS.md (also printed) with one more line in its history table.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants as zlib } from "node:zlib";

import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { isQuestion, PLAN, pressLikeAPerson } from "./plan.mjs";
import { historyMarkdown, keepChangesSection, readHistory } from "./history.mjs";
import { auditPages, lighthouseMarkdown } from "./lighthouse.mjs";
import { profileMarkdown, profileWasm } from "./size-profile.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = here("../");
const BENCH = here("./");
const SNAPSHOT = here("./dist/widget/");
const RESULTS = here("./RESULTS.md");

const LOADS = Number(process.env.BENCH_LOADS ?? 12); // measured loads per page (at least 9)
// Loads per page that only wait for the first question: its time moves by a frame or two between
// loads, so its medians (and the targets on them) come from many more loads than the full flows.
const PAINT_LOADS = Number(process.env.BENCH_PAINT_LOADS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1); // unrecorded loads per page first
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3); // passes through the questions per load
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== "0";
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const BUSY_SAMPLE_MS = 3000; // how long the machine's own CPU use is sampled before the loads
const VIEWPORT = { width: 1024, height: 900 };
const KINDS = ["static", "widget", "clinic", "surveyjs"];
const WIDGET_KINDS = ["widget", "clinic"];
const LABEL = {
  static: "static HTML",
  widget: "widget, standalone page",
  clinic: "widget, embed-only clinic page",
  surveyjs: "SurveyJS 2.5",
};
const isWidget = (kind) => WIDGET_KINDS.includes(kind);

// The targets, from the brief (issue #16).
const TARGET = {
  visibleVsStatic: 1.2,
  visibleVsSurveyjs: 0.4,
  lcpVsStatic: 1.15,
  tbtMs: 50,
  score: 100,
  flowGzipBytes: 150_000,
  flowGzipStretchBytes: 125_000,
  stepP95Ms: 16,
  memoryBytes: 5_000_000,
};

class HarnessError extends Error {}

function fail(message) {
  throw new HarnessError(message);
}

// --- Statistics ------------------------------------------------------------------------------

function quantile(values, q) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest-rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p95 = (values) => quantile(values, 0.95);

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : "n/a");
const MB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(2)} MB` : "n/a");
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(3)}×` : "n/a");
const ms0 = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en")} ms` : "n/a");
const score = (value) => (Number.isFinite(value) ? String(Math.round(value)) : "n/a");

// --- The machine -----------------------------------------------------------------------------

function machine(browserVersion) {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown CPU";
  const memKb = Number(/^MemTotal:\s*(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? NaN);
  const git = (...args) => {
    try {
      return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  };
  const dirty = git("status", "--porcelain", "--", "crates", "content", "styles", "scripts/join-styles.sh", "index.html", "Cargo.toml", "Trunk.toml");
  const survey = (name) => JSON.parse(readFileSync(here(`./node_modules/${name}/package.json`), "utf8")).version;
  const cores = cpus().length;
  const load = loadavg()[0];
  return {
    cpu: model,
    cores,
    // The 1-minute load average before the run; it still counts the build that just ran.
    loadBefore: load,
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    chromium: browserVersion,
    node: process.version,
    commit: git("rev-parse", "--short", "HEAD") || "unknown",
    dirty: dirty ? dirty.split("\n").length : 0,
    surveyCore: survey("survey-core"),
    surveyUi: survey("survey-js-ui"),
    // Whether the build's page carries a pre-rendered first step in its HTML.
    prerendered: /class="iw-prerendered"/.test(readFileSync(here("./dist/widget/index.html"), "utf8")),
  };
}

/**
 * The share of all cores' time spent busy over the next `ms`, from /proc/stat (null where it
 * cannot be read). Unlike the 1-minute load average it does not count the build that just ran.
 */
async function cpuBusy(ms) {
  const sample = () => {
    try {
      const fields = /^cpu\s+(.+)$/m.exec(readFileSync("/proc/stat", "utf8"))[1].trim().split(/\s+/).map(Number);
      const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
      return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
    } catch {
      return null;
    }
  };
  const start = sample();
  await new Promise((done) => setTimeout(done, ms));
  const end = sample();
  if (!start || !end || end.total === start.total) return null;
  return 1 - (end.idle - start.idle) / (end.total - start.total);
}

// --- One load --------------------------------------------------------------------------------

const PROBE = readFileSync(here("./probe.js"), "utf8");
const UI = JSON.parse(readFileSync(here("../content/en/ui.json"), "utf8"));
const UI_ES = JSON.parse(readFileSync(here("../content/es/ui.json"), "utf8"));
const FIRST_TITLE = UI["q.condition.title"] ?? "What is your main condition?";

function pathFor(kind) {
  return {
    static: "/bench/pages/static.html",
    widget: "/widget/",
    clinic: "/bench/pages/clinic.html",
    surveyjs: "/bench/pages/surveyjs.html",
  }[kind];
}

/** What the probe looks for: the clinic page holds the same widget as the standalone page. */
const probeKind = (kind) => (isWidget(kind) ? "widget" : kind);

async function settle(page) {
  // Two frames and a short pause, so the previous step's work is over before the next press.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))));
}

async function currentStep(page) {
  return page.evaluate(() => window.__bench.currentStep());
}

/** Answers the question on screen as a visitor would, with the mouse. */
async function answer(page, kind, step, round) {
  const choices = PLAN[step];
  const scope = { static: "", widget: "[data-intake-widget] ", surveyjs: ".sd-question[data-name] " }[probeKind(kind)];
  const inputs = page.locator(`${scope}input[type=radio], ${scope}input[type=checkbox]`);
  const value = choices ? choices[round % choices.length] : await inputs.first().getAttribute("value");
  const input = page.locator(`${scope}input[value="${value}"]`).first();
  if (await input.isChecked()) return;
  if (kind === "surveyjs") {
    // SurveyJS hides the native input under its decorated label; a visitor clicks the label.
    await page.locator(`${scope}label`, { has: page.locator(`input[value="${value}"]`) }).click();
  } else {
    await input.check();
  }
}

async function pressMeasured(page, kind, from) {
  await settle(page);
  await page.evaluate((step) => window.__bench.arm(step), from);
  await pressLikeAPerson(page, page.getByRole("button", { name: "Continue", exact: true }));
  await page.waitForFunction(() => window.__bench.current?.done === true, null, { timeout: 15_000 });
  const step = await page.evaluate(() => window.__bench.current);
  return {
    from: step.from,
    to: step.to,
    ms: step.end - step.start,
    domMs: step.dom - step.start,
    paintMs: step.painted - step.start,
    inputDelayMs: step.clickHandled - step.start,
    focused: step.focusedAfter,
  };
}


/** Goes through every question ROUNDS times, measuring each Continue, then finishes the flow. */
async function flow(page, kind) {
  const steps = [];
  const first = await currentStep(page);
  for (let round = 0; round < ROUNDS; round += 1) {
    // Forward through the questions.
    for (let guard = 0; guard < 20; guard += 1) {
      const step = await currentStep(page);
      if (!isQuestion(step)) break;
      await answer(page, kind, step, round);
      const next = page.getByRole("button", { name: "Continue", exact: true });
      if ((await next.count()) === 0) break; // SurveyJS's last page has only its complete button
      steps.push(await pressMeasured(page, kind, step));
    }
    if (round === ROUNDS - 1) break;
    // Back to the first question (not measured).
    for (let guard = 0; guard < 20 && (await currentStep(page)) !== first; guard += 1) {
      const before = await currentStep(page);
      await page.getByRole("button", { name: "Back", exact: true }).click();
      await page.waitForFunction((step) => window.__bench.currentStep() !== step, before);
    }
  }
  // Finish: the widget's "Check your answers" page, or SurveyJS's last question, has the button.
  await settle(page);
  await page.getByRole("button", { name: UI.see_results ?? "See my information", exact: true }).click();
  const end = isWidget(kind) ? "results" : "complete";
  await page.waitForFunction((step) => window.__bench.currentStep() === step, end, { timeout: 15_000 });
  return steps;
}

async function measureMemory(page, kind) {
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const usage = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const heap = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? usage.usedSize;
  let wasm = 0;
  if (isWidget(kind)) {
    // The page's own module instance: import() of the same URL (next to embed.js) returns it, and
    // the glue's init() returns the existing exports once the module is initialised.
    wasm = await page.evaluate(async () => {
      const embed = document.querySelector('script[src$="embed.js"]').src;
      const glue = await import(new URL("intake-widget.js", embed).href);
      const exports = await glue.default();
      return exports.memory.buffer.byteLength;
    });
  }
  return { heap, wasm, total: heap + wasm };
}

/**
 * A Spanish-speaking visitor's whole flow on a widget page: switch the language on the first
 * question, answer every question once, see the results. Only what it downloads is kept.
 */
async function spanishFlow(page, kind) {
  await page.locator('[data-intake-widget] button.iw-language-switch__button[lang="es"]').click();
  await page.waitForFunction(() => document.querySelector("[data-intake-widget]")?.shadowRoot?.querySelector(".iw")?.lang === "es");
  for (let guard = 0; guard < 20; guard += 1) {
    const step = await currentStep(page);
    if (!isQuestion(step)) break;
    await answer(page, kind, step, 0);
    await page.getByRole("button", { name: UI_ES.continue ?? "Continuar", exact: true }).click();
    await page.waitForFunction((from) => window.__bench.currentStep() !== from, step);
  }
  await settle(page);
  await page.getByRole("button", { name: UI_ES.see_results ?? "Ver mi información", exact: true }).click();
  await page.waitForFunction(() => window.__bench.currentStep() === "results", null, { timeout: 15_000 });
}

/** Has the probe run in `page` before the page's own scripts, looking for `kind`'s heading. */
function injectProbe(page, kind) {
  const config = { kind: probeKind(kind), firstTitle: FIRST_TITLE };
  return page.addInitScript({ content: `window.__BENCH_CONFIG__ = ${JSON.stringify(config)};\n${PROBE}` });
}

async function load(browser, server, kind, { spanish = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const responses = [];
  const errors = [];
  const external = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) external.push(url);
  });
  page.on("response", (response) => responses.push(response));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    // Chromium asks for /favicon.ico on pages without an icon; that 404 is not the page's fault.
    if (message.type() === "error" && !message.text().includes("404")) errors.push(message.text());
  });
  await injectProbe(page, kind);

  try {
    await page.goto(server.url + pathFor(kind), { waitUntil: "load" });
    await page.waitForFunction(
      () => window.__bench.visible !== null && window.__bench.interactive !== null && window.__bench.visibleLive !== null,
      null,
      { timeout: 30_000 },
    );
    const timing = await page.evaluate(() => ({
      visible: window.__bench.visible,
      visibleLive: window.__bench.visibleLive ?? null,
      interactive: window.__bench.interactive,
      load: performance.getEntriesByType("navigation")[0]?.loadEventStart ?? null,
      // When the last script or wasm file had arrived: what the page then does is its own work.
      codeArrived: Math.max(
        0,
        ...performance
          .getEntriesByType("resource")
          .filter((entry) => /\.(js|wasm)$/.test(new URL(entry.name).pathname))
          .map((entry) => entry.responseEnd),
      ),
    }));

    // First contentful paint is reported once the frame is presented, which can be after the
    // probe's own end-of-frame time.
    timing.fcp = await page
      .waitForFunction(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime, null, { timeout: 5_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);

    let steps = [];
    if (spanish) {
      await spanishFlow(page, kind);
    } else if (kind === "static") {
      // One question, nowhere to continue to: choose an answer, as a visitor would.
      await answer(page, kind, "condition", 0);
    } else {
      steps = await flow(page, kind);
    }
    const memory = spanish ? null : await measureMemory(page, kind);

    if (external.length) fail(`${kind}: requests left the machine: ${external.join(", ")}`);
    if (errors.length) fail(`${kind}: errors on the page: ${errors.join(" | ")}`);
    // Each file once (Chromium fetches the widget page's favicon twice).
    const files = [];
    for (const response of responses) {
      if (response.status() !== 200) continue;
      const url = response.url();
      const path = url.slice(server.url.length);
      if (!url.startsWith(server.url) || files.some((file) => file.path === path)) continue;
      files.push({ path, body: await response.body() });
    }
    return { kind, timing, steps, memory, files };
  } finally {
    await context.close();
  }
}

/** One load that only waits for the first question (and the widget's own copy of it). */
async function paintLoad(browser, server, kind) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await injectProbe(page, kind);
    await page.goto(server.url + pathFor(kind), { waitUntil: "load" });
    await page.waitForFunction(() => window.__bench.visible !== null && window.__bench.visibleLive !== null, null, { timeout: 30_000 });
    return await page.evaluate(() => ({ visible: window.__bench.visible, visibleLive: window.__bench.visibleLive ?? null }));
  } finally {
    await context.close();
  }
}

// --- Transfer sizes --------------------------------------------------------------------------

function compressed(files) {
  const rows = files.map(({ path, body }) => ({
    path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  }));
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return { rows, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
}

// --- The report ------------------------------------------------------------------------------

function summarise(results, paints) {
  const by = Object.fromEntries(KINDS.map((kind) => [kind, results.filter((result) => result.kind === kind)]));
  const summary = {};
  for (const kind of KINDS) {
    const loads = by[kind];
    const steps = loads.flatMap((result) => result.steps).filter((step) => isQuestion(step.from) && isQuestion(step.to));
    const pick = (get) => loads.map(get);
    const painted = paints.map((round) => round[kind]);
    // The set of files is the same on every load; the first load's bodies are measured, and any
    // load that asked for a different set is reported.
    const fileSets = new Set(loads.map((result) => result.files.map((file) => file.path).sort().join(" ")));
    summary[kind] = {
      loads: loads.length,
      // First question visible: from the first-question loads.
      paintLoads: painted.length,
      visible: median(painted.map((t) => t.visible)),
      visibleQ1: quantile(painted.map((t) => t.visible), 0.25),
      visibleQ3: quantile(painted.map((t) => t.visible), 0.75),
      visibleP95: p95(painted.map((t) => t.visible)),
      // The same round's page over the static page's: the middle of these is less moved by
      // the machine's load drifting during the run than a ratio of two medians.
      pairedRatio: median(paints.map((round) => round[kind].visible / round.static.visible)),
      visibleLive: median(painted.map((t) => t.visibleLive)),
      visibleLiveP95: p95(painted.map((t) => t.visibleLive)),
      // Loads where something (the pre-rendered copy) showed the heading before the live widget.
      earlierThanLive: painted.filter((t) => t.visibleLive !== null && t.visible < t.visibleLive - 0.5).length,
      visibleInFlows: median(pick((r) => r.timing.visible)),
      codeArrived: median(pick((r) => r.timing.codeArrived)),
      fcp: median(pick((r) => r.timing.fcp)),
      interactive: median(pick((r) => r.timing.interactive)),
      interactiveP95: p95(pick((r) => r.timing.interactive)),
      loadEvent: median(pick((r) => r.timing.load)),
      stepCount: steps.length,
      step: median(steps.map((s) => s.ms)),
      stepP95: p95(steps.map((s) => s.ms)),
      stepMax: Math.max(...steps.map((s) => s.ms)),
      stepDom: median(steps.map((s) => s.domMs)),
      stepPaint: median(steps.map((s) => s.paintMs)),
      stepPaintP95: p95(steps.map((s) => s.paintMs)),
      inputDelay: median(steps.map((s) => s.inputDelayMs)),
      focused: [...new Set(steps.map((s) => s.focused))],
      transitions: [...new Set(steps.map((s) => `${s.from}→${s.to}`))],
      heap: median(pick((r) => r.memory.heap)),
      wasm: median(pick((r) => r.memory.wasm)),
      memory: median(pick((r) => r.memory.total)),
      transfer: compressed(loads[0].files),
      fileSetsDiffer: fileSets.size > 1,
    };
  }
  return summary;
}

function prerenderNote(w, prerendered) {
  if (!prerendered) return "";
  if (w.earlierThanLive === w.paintLoads) return " (the pre-rendered copy, drawn before the live widget in every load)";
  return ` (the pre-rendered copy was drawn before the live widget in ${w.earlierThanLive} of ${w.paintLoads} loads; in the others Chromium drew no frame before the wasm start-up task, so the first heading drawn was the live one)`;
}

/** `met` is null when the figure could not be measured (a failed Lighthouse page, say). */
function verdict(met) {
  if (met === null) return "n/a";
  return met ? "**met**" : "**missed**";
}

/** The median of the same round's ratios, shown beside a ratio of medians as a check on it. */
const roundByRound = (x) => ` (round by round: ${ratio(x.pairedRatio)})`;

function report({ summary, spanish, lighthouse, profile, history, info, started, seconds }) {
  const prerendered = info.prerendered;
  const s = summary;
  const w = s.widget;
  const c = s.clinic;
  const row = (name, get) => `| ${name} | ${KINDS.map((kind) => get(s[kind], kind)).join(" | ")} |`;
  const na = (kind, value) => (kind === "static" ? "n/a" : value);
  const onWidget = (kind, value) => (isWidget(kind) ? value : "–");
  const lh = lighthouse?.byPage;

  const ratioRow = (name, value, base, limit, show = ms, note = "") => [
    name,
    `${show(value)} vs ${show(base)} = ${ratio(value / base)}${note}`,
    Number.isFinite(value / base) ? value / base <= limit : null,
  ];
  const targets = [
    ratioRow(`standalone page: first question visible ≤ ${TARGET.visibleVsStatic}× static`, w.visible, s.static.visible, TARGET.visibleVsStatic, ms, roundByRound(w)),
    ratioRow(`embed-only clinic page: first question visible ≤ ${TARGET.visibleVsStatic}× static`, c.visible, s.static.visible, TARGET.visibleVsStatic, ms, roundByRound(c)),
    ratioRow(`standalone page: first question visible ≤ ${TARGET.visibleVsSurveyjs}× SurveyJS`, w.visible, s.surveyjs.visible, TARGET.visibleVsSurveyjs),
  ];
  if (lh) {
    for (const kind of WIDGET_KINDS) {
      const page = kind === "widget" ? "standalone page" : "embed-only clinic page";
      const m = lh[kind].medians;
      targets.push(ratioRow(`${page}: Lighthouse LCP ≤ ${TARGET.lcpVsStatic}× static`, m.lcp, lh.static.medians.lcp, TARGET.lcpVsStatic, ms0));
      const measured = (value, met) => (Number.isFinite(value) ? met : null);
      targets.push([`${page}: Lighthouse TBT ≤ ${TARGET.tbtMs} ms`, ms0(m.tbt), measured(m.tbt, m.tbt <= TARGET.tbtMs)]);
      targets.push([`${page}: Lighthouse performance score ${TARGET.score}`, score(m.score), measured(m.score, m.score >= TARGET.score)]);
    }
  }
  for (const kind of WIDGET_KINDS) {
    const page = kind === "widget" ? "standalone page" : "embed-only clinic page";
    const flow = s[kind].transfer;
    const vsSurvey = `${ratio(flow.gzip / s.surveyjs.transfer.gzip)} SurveyJS; brotli ${kB(flow.brotli)}`;
    targets.push([`${page}: English visitor's whole flow ≤ ${kB(TARGET.flowGzipBytes)} gzip`, `${kB(flow.gzip)} (${vsSurvey})`, flow.gzip <= TARGET.flowGzipBytes]);
    targets.push([`${page}: the same, stretch ≤ ${kB(TARGET.flowGzipStretchBytes)} gzip`, `${kB(flow.gzip)}`, flow.gzip <= TARGET.flowGzipStretchBytes]);
  }
  targets.push([
    `step change p95 ≤ ${TARGET.stepP95Ms} ms`,
    `standalone p95 ${ms(w.stepP95)} (median ${ms(w.step)}, max ${ms(w.stepMax)}, n = ${w.stepCount}); embed-only p95 ${ms(c.stepP95)}`,
    w.stepP95 <= TARGET.stepP95Ms && c.stepP95 <= TARGET.stepP95Ms,
  ]);
  targets.push([
    `memory after a full flow < ${MB(TARGET.memoryBytes)}`,
    `${MB(w.memory)} (JS heap ${MB(w.heap)} + wasm ${MB(w.wasm)}); embed-only ${MB(c.memory)}`,
    w.memory < TARGET.memoryBytes && c.memory < TARGET.memoryBytes,
  ]);

  const files = KINDS.flatMap((kind) =>
    s[kind].transfer.rows.map(
      (file) => `| ${LABEL[kind]} | \`${file.path}\` | ${kB(file.raw)} | ${kB(file.gzip)} | ${kB(file.brotli)} |`,
    ),
  );
  const flowRows = [];
  for (const kind of WIDGET_KINDS) {
    for (const [visitor, flow] of [["English", s[kind].transfer], ["Spanish (switches on the first question)", spanish[kind]]]) {
      if (!flow) continue;
      const english = new Set(s[kind].transfer.rows.map((row) => row.path));
      const extra = flow.rows.filter((row) => !english.has(row.path)).map((row) => `\`${row.path}\``);
      flowRows.push(
        `| ${LABEL[kind]} | ${visitor} | ${flow.rows.length}${extra.length ? ` (+ ${extra.join(", ")})` : ""} | ${kB(flow.raw)} | ${kB(flow.gzip)} | ${kB(flow.brotli)} | ${ratio(flow.gzip / s.surveyjs.transfer.gzip)} |`,
      );
    }
  }
  flowRows.push(
    `| ${LABEL.surveyjs} | English | ${s.surveyjs.transfer.rows.length} | ${kB(s.surveyjs.transfer.raw)} | ${kB(s.surveyjs.transfer.gzip)} | ${kB(s.surveyjs.transfer.brotli)} | 1.000× |`,
  );

  const command = `make bench   # = scripts/setup.sh --test; scripts/bench.sh → node bench/run.mjs`;
  const settings = `BENCH_LOADS=${LOADS} BENCH_PAINT_LOADS=${PAINT_LOADS} BENCH_WARMUP=${WARMUP} BENCH_ROUNDS=${ROUNDS} BENCH_LIGHTHOUSE=${LIGHTHOUSE ? 1 : 0}${LIGHTHOUSE ? ` BENCH_LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS}` : ""}`;
  const busy = info.busyBefore === null ? "CPU use before the run unknown" : `CPU ${(info.busyBefore * 100).toFixed(0)}% busy in the ${BUSY_SAMPLE_MS / 1000} s before the run`;
  const averages = `1-minute load average ${info.loadBefore.toFixed(1)} before the run, which still counts its own build, and ${info.loadAfter.toFixed(1)} after it, which counts its own browsers`;
  const load = info.loaded
    ? `**taken on a busy machine** (${busy}; ${averages}; ${info.cores} cores): other work was running, so times are slower and noisier than on an idle machine`
    : `idle machine (${busy}; ${averages})`;
  const headerCells = KINDS.map((kind) => LABEL[kind]).join(" | ");
  const headerRule = `|---|${KINDS.map(() => "---").join("|")}|`;

  return `# Benchmark results

Generated by \`make bench\` (bench/run.mjs). Benchmarks are not tests: a missed target is reported
here, and the command still succeeds.

- **Date:** ${started.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC")} (${seconds.toFixed(0)} s)${info.label ? `, run named **${info.label}**` : ""}
- **Machine:** ${info.cpu}, ${info.cores} cores, ${info.memory} RAM; ${load}; Chromium ${info.chromium} (headless, Debian's /usr/bin/chromium via playwright-core${lighthouse ? `, and via chrome-launcher for Lighthouse ${lighthouse.version}` : ""}); Node ${info.node}
- **Command:** \`${command}\` (settings: \`${settings}\`)
- **Widget build:** \`trunk build --release --offline\` of commit ${info.commit}${info.dirty ? ` with ${info.dirty} uncommitted change(s) under crates/, content/, styles/ or the build files (crates/web/build.rs among them)` : ""}
- **SurveyJS:** survey-core ${info.surveyCore} + survey-js-ui ${info.surveyUi} (bench/package-lock.json)
- **Loads:** ${s.static.loads} measured loads of each page after ${WARMUP} warm-up load(s) each, interleaved in rotating order, each in a fresh browser context (empty cache); ${ROUNDS} passes through the questions per load; then one Spanish visitor's flow on each widget page; then ${s.static.paintLoads} more loads of each page, interleaved the same way, that only wait for the first question (the first-question figures and targets come from these).

## Targets (the widget)

| target | measured | |
|---|---|---|
${targets.map(([name, value, met]) => `| ${name} | ${value} | ${verdict(met)} |`).join("\n")}

The standalone page ${prerendered ? "shows a copy of the first step pre-rendered into its HTML until the live widget replaces it" : "has no pre-rendered first step"};
the embed-only clinic page (bench/pages/clinic.html: a heading, the mount element and the
\`<script type="module" src="/widget/embed.js">\` snippet) shows the first question only when the
live widget has rendered it. "Whole flow" is every file the browser downloaded from opening the
page to the results, each compressed on its own (below).

${lighthouse ? lighthouseMarkdown(lighthouse, KINDS, LABEL) : "## Lighthouse\n\nSkipped (`BENCH_LIGHTHOUSE=0`).\n"}
## Results

Medians over the loads (step changes: over every question-to-question Continue of every load).
kB = 1000 bytes, MB = 10⁶ bytes. Transfer is the English visitor's whole flow.

| metric | ${headerCells} |
${headerRule}
${row(`first question visible (median of ${s.static.paintLoads} loads)`, (x) => ms(x.visible))}
${row("first question visible (middle half of the loads)", (x) => `${ms(x.visibleQ1)} – ${ms(x.visibleQ3)}`)}
${row("first question visible (p95)", (x) => ms(x.visibleP95))}
${row(`first question visible during the ${s.static.loads} full flows (median, cross-check)`, (x) => ms(x.visibleInFlows))}
${row("widget's own first question visible, in its shadow root (median / p95)", (x, kind) => onWidget(kind, `${ms(x.visibleLive)} / ${ms(x.visibleLiveP95)}`))}
${row("first contentful paint (cross-check)", (x) => ms(x.fcp))}
${row("interactive (median)", (x) => ms(x.interactive))}
${row("interactive (p95)", (x) => ms(x.interactiveP95))}
${row("last script/wasm file arrived (median)", (x, kind) => (kind === "static" ? "–" : ms(x.codeArrived)))}
${row("load event (median)", (x) => ms(x.loadEvent))}
${row("step change (median)", (x, kind) => na(kind, ms(x.step)))}
${row("step change (p95)", (x, kind) => na(kind, ms(x.stepP95)))}
${row("step change samples", (x, kind) => na(kind, String(x.stepCount)))}
${row("step change → next frame laid out (median / p95)", (x, kind) => na(kind, `${ms(x.stepPaint)} / ${ms(x.stepPaintP95)}`))}
${row("JS heap after a full flow", (x) => MB(x.heap))}
${row("wasm memory after a full flow", (x, kind) => onWidget(kind, MB(x.wasm)))}
${row("memory total", (x) => MB(x.memory))}
${row("transfer, gzip -9", (x) => kB(x.transfer.gzip))}
${row("transfer, brotli q11", (x) => kB(x.transfer.brotli))}
${row("transfer, uncompressed", (x) => kB(x.transfer.raw))}

Cross-check by first contentful paint (the browser's paint timing, when the first frame reaches
the screen): standalone ${ms(w.fcp)} = ${ratio(w.fcp / s.static.fcp)} the static page, embed-only
${ms(c.fcp)} = ${ratio(c.fcp / s.static.fcp)}; SurveyJS ${ms(s.surveyjs.fcp)}. On the embed-only page the first
contentful paint is the clinic's own heading, before the widget.

## A visitor's whole flow

Everything the browser downloaded from opening the page through to the results, each file
compressed on its own as a server would (gzip -9, brotli q11). The Spanish visitor opens the
page in English, switches language on the first question, answers each question once and sees the
results.

| page | visitor | files | uncompressed | gzip -9 | brotli q11 | gzip vs SurveyJS |
|---|---|---|---|---|---|---|
${flowRows.join("\n")}

${profileMarkdown(profile)}
## What each page loads

Every response the page received during its load and flow (from the first measured load${
    KINDS.some((kind) => s[kind].fileSetsDiffer) ? "; **some loads requested a different set of files**" : "; every load requested the same files"
  }), each file compressed on its own as a server would.

| page | file | uncompressed | gzip -9 | brotli q11 |
|---|---|---|---|---|
${files.join("\n")}

${history}
## How it is measured

The load harness serves the pages on 127.0.0.1 with tests/e2e/server.mjs (\`cache-control: no-store\`,
bodies as stored); any request that would leave the machine fails the run. The same probe (bench/probe.js) is
injected into every page before its own scripts run, and every time is \`performance.now()\` in
the page, i.e. milliseconds since navigation start. **First question visible** is when the
first frame that contains the first question's heading has laid it out, just before that frame
is painted: a requestAnimationFrame loop checks each frame for the heading (widget: \`.iw h1\`,
in its open shadow root or in the first step pre-rendered into the page's HTML, whichever
renders first; SurveyJS: the first question's title; static: the \`legend h1\`) with its text
and a non-empty box, and a ResizeObserver started in that rAF callback gives the time (its
first notification comes in the same frame, after layout). It is taken from ${PAINT_LOADS} loads
of each page that only wait for the first question, interleaved like the full loads, because it
moves by a frame or two from load to load. First contentful paint (the
browser's own paint timing, taken when the frame reaches the screen) is shown as a cross-check.
**Interactive** is the widget's \`intake:ready\` event, SurveyJS's \`onAfterRenderSurvey\` (with
the first radio present and enabled), and DOMContentLoaded for the static page. **Step change** starts at the
timeStamp of the click on Continue (after an answer is chosen, with the mouse, through
Playwright; the press is made as a person makes it, the pointer moved onto the button a frame
before and released 80 ms after it went down, so the clock does not count the handling of a
move and press that Playwright's own click sends in the same burst) and ends, for the widget, when the shadow root's \`activeElement\` is the next step's
\`h1\` (caught by a focusin listener, with a MutationObserver and rAF as fall-backs), and for
SurveyJS when the next question's title is in the DOM (MutationObserver). The time until the
next frame has laid the new heading out is shown as well. Each load goes through the questions
${ROUNDS} times (Back between passes, not measured) and then finishes the flow (widget: check
your answers, then the results; SurveyJS: complete). **Memory** is then read after two forced
garbage collections (CDP \`HeapProfiler.collectGarbage\`): V8's JSHeapUsedSize
(\`Performance.getMetrics\`) plus, for the widget, the byte length of its
\`WebAssembly.Memory\` (the page's own module instance, reached by importing the glue next to
\`embed.js\`). The JS heap includes Playwright's injected helper script, the same on every page: the static
page's figure is the floor. **Transfer** is every 200 response body the page received, each
compressed in Node's zlib with gzip level 9 and brotli quality 11. **Lighthouse** runs
separately, after the load harness, against a second server that sends text and wasm
gzip-encoded (level 9), as described in its section.

## Notes

- **Focus.** SurveyJS does not move focus when the page changes (\`autoFocusFirstQuestion\` is
  false by default in 2.x, and kept so here); after Continue, focus was on
  ${s.surveyjs.focused.map((f) => `\`${f}\``).join(" or ") || "n/a"} (\`<body>\` means the Continue button it was on
  was re-rendered and focus was lost). So SurveyJS's step change ends when the next question's
  title is in the DOM, while the widget's ends later in its work, when focus is on the new
  heading (${w.focused.map((f) => `\`${f}\``).join(" or ") || "n/a"}).
- **Where the widget's first-question time goes** (medians, standalone page): the first question was on screen
  at ${ms(w.visible)}${prerenderNote(w, prerendered)}; its scripts and
  wasm had arrived at ${ms(w.codeArrived)}; \`intake:ready\` (compiling and instantiating the wasm,
  unpacking the content compiled into it, the first Yew render) came at ${ms(w.interactive)}; the first frame
  showing the live widget's heading came at ${ms(w.visibleLive)}. \`intake:ready\` fires when the
  DOM is built, before the next frame, so "interactive" comes before the live heading is drawn.
  On the embed-only page: code arrived at ${ms(c.codeArrived)}, \`intake:ready\` at ${ms(c.interactive)}, heading drawn at ${ms(c.visible)}.
- Measured transitions — widget: ${w.transitions.join(", ") || "none"}; SurveyJS: ${s.surveyjs.transitions.join(", ") || "none"}.
- Median input delay (click timeStamp to the page's click listener): widget ${ms(w.inputDelay)}, SurveyJS ${ms(s.surveyjs.inputDelay)}; it is part of the step change.
- "Step change → next frame laid out" waits for the next frame after the DOM is updated, so it
  includes up to one frame interval (~16.7 ms at 60 Hz) of waiting for vsync; it is for
  information only, and it is not the targeted figure.
`;
}

/** The pages in round `round`'s order: rotated each round, so no page always goes first. */
const rotation = (round) => KINDS.map((_, index) => KINDS[(index + round) % KINDS.length]);

// --- Main ------------------------------------------------------------------------------------

async function main() {
  if (LOADS < 9) console.warn(`bench: BENCH_LOADS=${LOADS}; the brief asks for at least 9 loads per page`);
  if (PAINT_LOADS < 1) fail("BENCH_PAINT_LOADS must be at least 1: the first-question figures come from those loads");
  if (!existsSync(here("../dist/index.html")) || !existsSync(here("../dist/intake-widget_bg.wasm"))) {
    fail("dist/ has no release build; run `trunk build --release --offline` (scripts/bench.sh does)");
  }
  for (const file of ["survey-core/survey.core.min.js", "survey-js-ui/survey-js-ui.min.js", "lighthouse/package.json"]) {
    if (!existsSync(here(`./node_modules/${file}`))) fail(`bench/node_modules/${file} is missing; run \`npm ci\` in bench/`);
  }
  // A byte-for-byte copy of dist/, so a rebuild during the run cannot mix two builds. The times
  // are kept so the size profile can tell whether target/ still holds the same build.
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(here("../dist/"), SNAPSHOT, { recursive: true, preserveTimestamps: true });

  // Sampled before the server and the browser start, so neither counts.
  const busyBefore = await cpuBusy(BUSY_SAMPLE_MS);
  const started = new Date();
  const roots = { "/widget/": SNAPSHOT, "/bench/pages/": here("./pages/"), "/bench/node_modules/": here("./node_modules/") };
  const server = await serve({ roots });
  const browser = await launch();
  const results = [];
  const paints = [];
  const spanish = {};
  let info;
  try {
    info = machine(browser.version());
    info.busyBefore = busyBefore;
    // Over a quarter of the machine busy with something else: the figures are a loaded machine's.
    info.loaded = busyBefore !== null && busyBefore > 0.25;
    const total = WARMUP + LOADS;
    for (let round = 0; round < total; round += 1) {
      const order = rotation(round);
      const line = [];
      for (const kind of order) {
        const result = await load(browser, server, kind);
        if (round >= WARMUP) results.push(result);
        line.push(`${kind} ${result.timing.visible.toFixed(0)} ms`);
      }
      console.error(`bench: ${round < WARMUP ? "warm-up" : `load ${round - WARMUP + 1}/${LOADS}`}: ${line.join(", ")}`);
    }
    for (const kind of WIDGET_KINDS) {
      spanish[kind] = compressed((await load(browser, server, kind, { spanish: true })).files);
    }
    console.error(`bench: Spanish visitor's flow: ${WIDGET_KINDS.map((kind) => `${kind} ${kB(spanish[kind].gzip)} gzip`).join(", ")}`);
    for (let round = 0; round < PAINT_LOADS; round += 1) {
      const timings = {};
      for (const kind of rotation(round)) timings[kind] = await paintLoad(browser, server, kind);
      paints.push(timings);
      if ((round + 1) % 10 === 0 || round + 1 === PAINT_LOADS) console.error(`bench: first-question loads ${round + 1}/${PAINT_LOADS}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.error("bench: wasm size profile (wasm-opt with names kept)");
  const profile = profileWasm(`${SNAPSHOT}intake-widget_bg.wasm`);

  let lighthouse = null;
  if (LIGHTHOUSE) {
    console.error(`bench: Lighthouse, ${LIGHTHOUSE_RUNS} run(s) of each page, served gzipped`);
    const gzipped = await serve({ roots, gzip: true });
    try {
      const pages = KINDS.map((kind) => ({ key: kind, url: gzipped.url + pathFor(kind) }));
      lighthouse = await auditPages(pages, { runs: LIGHTHOUSE_RUNS, log: (line) => console.error(`bench: ${line}`) });
    } finally {
      await gzipped.close();
    }
  }

  info.loadAfter = loadavg()[0];
  info.label = process.env.BENCH_LABEL ?? "";
  const summary = summarise(results, paints);
  const seconds = (Date.now() - started.getTime()) / 1000;
  const history = historyMarkdown([...readHistory(RESULTS), historyRow({ summary, lighthouse, profile, info, started })]);
  const markdown = keepChangesSection(RESULTS, report({ summary, spanish, lighthouse, profile, history, info, started, seconds }));
  writeFileSync(RESULTS, markdown);
  process.stdout.write(markdown);
  // Every sample, for a closer look (bench/dist/ is not committed).
  const samples = results.map(({ files, ...rest }) => ({ ...rest, files: files.map((file) => file.path) }));
  writeFileSync(here("./dist/results.json"), JSON.stringify({ info, summary, spanish, lighthouse, profile, samples, paints }, null, 1));
}

/**
 * Lighthouse's measure of the machine's speed, as "; CPU index low–high" over the pages' medians.
 * This shared machine's speed moves from run to run, and every timing moves with it.
 */
function cpuIndex(lighthouse) {
  const indices = Object.values(lighthouse?.byPage ?? {})
    .map((page) => page.medians.benchmarkIndex)
    .filter(Number.isFinite);
  return indices.length ? `; CPU index ${Math.round(Math.min(...indices))}–${Math.round(Math.max(...indices))}` : "";
}

/** This run's line in the history table (bench/history.mjs has the columns). */
function historyRow({ summary: s, lighthouse, profile, info, started }) {
  const lh = lighthouse?.byPage;
  const both = (get) => WIDGET_KINDS.map((kind) => get(kind)).join(" / ");
  return [
    started.toISOString().slice(0, 16).replace("T", " "),
    `${info.commit}${info.dirty ? "+" : ""}`,
    info.label || "–",
    profile && !profile.missing ? kB(profile.totalGzip) : "n/a",
    both((kind) => kB(s[kind].transfer.gzip)),
    both((kind) => kB(s[kind].transfer.brotli)),
    both((kind) => ratio(s[kind].visible / s.static.visible)),
    lh ? ["static", ...WIDGET_KINDS].map((kind) => ms0(lh[kind].medians.lcp)).join(" / ") : "n/a",
    lh ? both((kind) => ms0(lh[kind].medians.tbt)) : "n/a",
    lh ? both((kind) => score(lh[kind].medians.score)) : "n/a",
    `${info.loadBefore.toFixed(1)}–${info.loadAfter.toFixed(1)}${info.loaded ? " (loaded)" : ""}${cpuIndex(lighthouse)}`,
  ];
}

main().catch((error) => {
  console.error(error instanceof HarnessError ? `bench: ${error.message}` : error);
  process.exit(1);
});
