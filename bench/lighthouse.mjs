// Lighthouse for the benchmark (bench/run.mjs): each page audited RUNS times with Lighthouse's
// default mobile settings (Moto G Power emulation, simulated slow 4G and 4× CPU slow-down),
// performance only, in Debian's Chromium, and the medians of the score, LCP, TBT, FCP and bytes.
//
// Every run gets a fresh Chromium with an empty profile, and the pages are interleaved so that
// a change in the machine's load lands on all of them alike. A run that fails or hangs is
// recorded with its error and left out of the medians; it does not stop the benchmark.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { launch as launchChrome } from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM } from "../tests/e2e/browser.mjs";

// The network is closed: nothing may wait on, or reach, an outside host.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
const RUN_TIMEOUT_MS = 180_000;

/**
 * Audits each of `pages` ({ key, url }) `runs` times. Resolves to { version, byPage: { key:
 * { runs: [...], medians, errors } }, warnings }.
 */
export async function auditPages(pages, { runs = 3, log = () => {} } = {}) {
  const byPage = Object.fromEntries(pages.map((page) => [page.key, { runs: [], errors: [] }]));
  const warnings = new Set();
  let version = null;
  for (let round = 0; round < runs; round += 1) {
    // Rotate the order each round, as the load harness does.
    const order = pages.map((_, index) => pages[(index + round) % pages.length]);
    const line = [];
    for (const page of order) {
      try {
        const lhr = await auditOnce(page.url);
        version = lhr.lighthouseVersion;
        for (const warning of lhr.runWarnings ?? []) warnings.add(warning);
        const run = figures(lhr, page.url);
        byPage[page.key].runs.push(run);
        line.push(`${page.key} ${run.score ?? "n/a"}/${Math.round(run.lcp ?? NaN)} ms`);
      } catch (error) {
        byPage[page.key].errors.push(String(error?.message ?? error));
        line.push(`${page.key} failed`);
      }
    }
    log(`lighthouse ${round + 1}/${runs}: ${line.join(", ")} (score/LCP)`);
  }
  for (const page of Object.values(byPage)) page.medians = medians(page.runs);
  return { version, byPage, warnings: [...warnings] };
}

async function auditOnce(url) {
  const profile = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
    logLevel: "silent",
  });
  let timer;
  try {
    const audit = lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      maxWaitForLoad: 60_000,
    });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([audit, timeout]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    clearTimeout(timer);
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The figures the report uses, from one Lighthouse result. */
function figures(lhr, pageUrl) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  const origin = new URL(pageUrl).origin;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const score = lhr.categories.performance?.score;
  return {
    score: score === null || score === undefined ? null : Math.round(score * 100),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    fcp: numeric("first-contentful-paint"),
    si: numeric("speed-index"),
    bytes: numeric("total-byte-weight"),
    requests: requests.length,
    // Anything the page asked of another host (there should be nothing).
    external: requests.map((item) => item.url).filter((url) => /^https?:/.test(url) && !url.startsWith(origin)),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

function medians(runs) {
  const median = (values) => {
    const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
    if (sorted.length === 0) return NaN;
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const keys = ["score", "lcp", "tbt", "fcp", "si", "bytes", "requests", "benchmarkIndex"];
  const result = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  result.runs = runs.length;
  result.external = [...new Set(runs.flatMap((run) => run.external))];
  return result;
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en")} ms` : "n/a");
const times = (count) => (count === 1 ? "once" : `${count} times`);
const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : "n/a");

/** The Lighthouse section of bench/RESULTS.md; `kinds` in table order, `label` their names. */
export function lighthouseMarkdown({ version, byPage, warnings }, kinds, label) {
  const staticLcp = byPage.static?.medians.lcp;
  const rows = kinds
    .filter((kind) => byPage[kind])
    .map((kind) => {
      const m = byPage[kind].medians;
      const errors = byPage[kind].errors.length ? ` (${byPage[kind].errors.length} failed)` : "";
      return `| ${label[kind]} | ${Number.isFinite(m.score) ? Math.round(m.score) : "n/a"} | ${ms(m.lcp)} | ${(m.lcp / staticLcp).toFixed(2)}× | ${ms(m.tbt)} | ${ms(m.fcp)} | ${kB(m.bytes)} | ${m.runs}${errors} |`;
    });
  const perRun = kinds
    .filter((kind) => byPage[kind])
    .map((kind) => {
      const runs = byPage[kind].runs.map((run) => `${run.score}/${ms(run.lcp)}/${ms(run.tbt)}`).join(", ");
      return `${label[kind]}: ${runs || "none"}`;
    });
  const notes = [];
  for (const kind of kinds) {
    for (const error of byPage[kind]?.errors ?? []) notes.push(`- ${label[kind]}: a run failed: ${error}`);
    const external = byPage[kind]?.medians.external ?? [];
    if (external.length) notes.push(`- ${label[kind]}: **requests to other hosts**: ${external.join(", ")}`);
  }
  for (const warning of warnings) notes.push(`- Lighthouse warned: ${warning.replace(/\s+/g, " ")}`);
  const benchmarkIndex = kinds.map((kind) => byPage[kind]?.medians.benchmarkIndex).filter(Number.isFinite);
  return `## Lighthouse

Lighthouse ${version ?? "(no successful run)"} (npm, bench/package-lock.json), its default mobile settings: Moto G Power
emulation, simulated slow 4G (150 ms RTT, 1.6 Mbit/s) and 4× CPU slow-down, performance category
only. Each page was audited ${times(Math.max(...kinds.map((kind) => byPage[kind]?.runs.length ?? 0)))}, each run in a
fresh Chromium with an empty profile, pages interleaved; medians per figure. The pages were served
gzip-encoded (text and wasm, level 9; tests/e2e/server.mjs with \`gzip: true\`), so "bytes" is what
went over the wire (Lighthouse's total byte weight) for the page load only, not the whole flow.

| page | performance | LCP | LCP vs static | TBT | FCP | bytes | runs |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Every run (score/LCP/TBT): ${perRun.join("; ")}.
Lighthouse's CPU benchmark index on this machine: ${benchmarkIndex.length ? Math.round(Math.min(...benchmarkIndex)) : "n/a"}–${benchmarkIndex.length ? Math.round(Math.max(...benchmarkIndex)) : "n/a"} (medians per page: Lighthouse's own measure of the machine's speed; the 4× CPU slow-down is applied to the work as this machine did it, so a loaded machine raises TBT and LCP).
${notes.length ? `\n${notes.join("\n")}\n` : ""}`;
}
