// A quick step-change benchmark (not a test, not part of `make bench`): loads the release build
// in dist/ in headless Chromium, each load in a fresh context as in bench/run.mjs, goes through the
// questions three times per load pressing Continue, and prints the median and p95 of the time from
// the click to the next step's heading holding focus, measured by the same in-page probe. A shorter
// loop than `make bench` while working on step changes: `node bench/steps.mjs [loads]` (3 by
// default; about 12 step changes a load, per build). The first pass of each load is also shown on
// its own: it runs code the engine has not yet optimised; then each kind of change on its own.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { isQuestion, PLAN, pressLikeAPerson } from "./plan.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const LOADS = Number(process.argv[2] ?? 3);
const ROUNDS = 3;
const PROBE = readFileSync(here("./probe.js"), "utf8");
const UI = JSON.parse(readFileSync(here("../content/en/ui.json"), "utf8"));

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

// STEPS_DIST measures another build instead of dist/. STEPS_BEFORE names a copy of an earlier
// build to compare with: the loads then alternate between the two, so both see the same machine.
const builds = [
  { name: "this build", dir: process.env.STEPS_DIST ?? here("../dist/") },
  ...(process.env.STEPS_BEFORE ? [{ name: "before", dir: process.env.STEPS_BEFORE }] : []),
];
for (const build of builds) {
  build.server = await serve({ roots: { "/": build.dir } });
  Object.assign(build, { times: [], firstPass: [], paints: [], byStep: new Map() });
}
const browser = await launch();
for (let load = 0; load < LOADS * builds.length; load += 1) {
  const build = builds[load % builds.length];
  const { server, times, firstPass, paints, byStep } = build;
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const config = { kind: "widget", firstTitle: UI["q.condition.title"] };
  await page.addInitScript({ content: `window.__BENCH_CONFIG__ = ${JSON.stringify(config)};\n${PROBE}` });
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.interactive !== null, null, { timeout: 30_000 });
  const step = () => page.evaluate(() => window.__bench.currentStep());
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let guard = 0; guard < 20; guard += 1) {
      const from = await step();
      if (!isQuestion(from)) break;
      const choices = PLAN[from];
      const value = choices ? choices[round % choices.length] : await page.locator("[data-intake-widget] input").first().getAttribute("value");
      const input = page.locator(`[data-intake-widget] input[value="${value}"]`).first();
      if (!(await input.isChecked())) await input.check();
      await settle();
      await page.evaluate((from) => window.__bench.arm(from), from);
      await pressLikeAPerson(page, page.getByRole("button", { name: UI.continue ?? "Continue", exact: true }));
      await page.waitForFunction(() => window.__bench.current?.done === true, null, { timeout: 15_000 });
      const measured = await page.evaluate(() => window.__bench.current);
      if (isQuestion(measured.to)) {
        times.push(measured.end - measured.start);
        const key = `${measured.from} → ${measured.to}`;
        byStep.set(key, [...(byStep.get(key) ?? []), measured.end - measured.start]);
        paints.push(measured.painted - measured.start);
        if (round === 0) firstPass.push(measured.end - measured.start);
      }
    }
    // Back to the first question for the next pass (not measured).
    for (let guard = 0; guard < 20 && (await step()) !== "condition"; guard += 1) {
      const before = await step();
      await page.getByRole("button", { name: UI.back ?? "Back", exact: true }).click();
      await page.waitForFunction((was) => window.__bench.currentStep() !== was, before);
    }
  }
  await context.close();
}
await browser.close();
const fmt = (value) => `${value.toFixed(1)} ms`;
for (const { name, server, times, firstPass, paints, byStep } of builds) {
  await server.close();
  console.log(
    `${name}: ${times.length} step changes: focus median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(Math.max(...times))}; ` +
      `painted median ${fmt(quantile(paints, 0.5))}, p95 ${fmt(quantile(paints, 0.95))}; ` +
      `first pass median ${fmt(quantile(firstPass, 0.5))}, p95 ${fmt(quantile(firstPass, 0.95))}`,
  );
  console.log(JSON.stringify(times.map((t) => Math.round(t * 10) / 10)));
  for (const [key, values] of byStep) {
    console.log(`  ${key}: median ${fmt(quantile(values, 0.5))}, p95 ${fmt(quantile(values, 0.95))} (${values.length})`);
  }
}
