// End-to-end: a page that mounts and unmounts widgets many times (a single-page app moving
// between views) must not pay for it in memory. Measured after forced garbage collection through
// the DevTools protocol, with a tolerance for what the engine itself keeps (compiled code).
import { test } from "node:test";
import assert from "node:assert/strict";

import { open, useBrowser } from "./support.mjs";

const env = useBrowser();

const CYCLES = 300;
const WARM_UP = 30;
// Before widgets reused their Yew roots, these 300 cycles (600 mounts) left 600 nodes, 1,800
// listeners, 640 KiB of wasm memory and 440 kB of JS heap behind. What remains now is the
// engine's own compiled code: about 60 kB of heap (a heap snapshot shows only wasm and JIT code).
const TOLERANCE = { nodes: 5, listeners: 5, wasmBytes: 64 * 1024, heapBytes: 150_000 };

async function measure(page, cdp) {
  for (let round = 0; round < 3; round++) await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const byName = Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
  const wasmBytes = await page.evaluate(async () => {
    // The glue module is already loaded; calling its start again returns the running instance.
    const glue = await import("../widget/intake-widget.js");
    return (await glue.default()).memory.buffer.byteLength;
  });
  return { nodes: byName.Nodes, listeners: byName.JSEventListeners, heapBytes: byName.JSHeapUsedSize, wasmBytes };
}

/** Mounts two widgets, answers the first question in one, then unmounts and removes both. */
function cycle(page, times) {
  return page.evaluate(async (times) => {
    const { mount, unmount } = await import("../widget/embed.js");
    const slot = document.getElementById("slot");
    const settle = () => new Promise((done) => setTimeout(done, 0));
    for (let round = 0; round < times; round++) {
      const first = document.createElement("div");
      const second = document.createElement("div");
      slot.replaceChildren(first, second);
      mount(first, { lang: "en" });
      mount(second, { lang: "es", clinicName: "Clínica" });
      await settle();
      first.shadowRoot.querySelector("input[type=radio]").click();
      first.shadowRoot.querySelector("button[type=submit]").click();
      await settle();
      for (const element of [first, second]) {
        unmount(element);
        element.remove();
      }
    }
  }, times);
}

test(`mounting and unmounting ${CYCLES} times leaves nodes, listeners, wasm memory and heap flat`, async (t) => {
  const page = await open(env, "/demo/dynamic.html", { waitFor: false });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cycle(page, WARM_UP);
  const before = await measure(page, cdp);
  await cycle(page, CYCLES);
  const after = await measure(page, cdp);
  t.diagnostic(`before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`);
  for (const [metric, tolerance] of Object.entries(TOLERANCE)) {
    const growth = after[metric] - before[metric];
    assert.ok(
      growth <= tolerance,
      `${metric} grew by ${growth} over ${CYCLES} cycles (from ${before[metric]} to ${after[metric]}; tolerance ${tolerance})`,
    );
  }
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("a widget mounted where another was unmounted starts afresh", async () => {
  const page = await open(env, "/demo/dynamic.html", { waitFor: false });
  const seen = await page.evaluate(async () => {
    const { mount, unmount } = await import("../widget/embed.js");
    const slot = document.getElementById("slot");
    const settle = () => new Promise((done) => setTimeout(done, 50));
    const earlier = document.createElement("div");
    slot.replaceChildren(earlier);
    mount(earlier, { lang: "en" });
    await settle();
    earlier.shadowRoot.querySelector("input[value=lupus]").click();
    earlier.shadowRoot.querySelector("button[type=submit]").click();
    await settle();
    const reached = earlier.shadowRoot.querySelector(".iw").dataset.step;
    unmount(earlier);
    earlier.remove();
    const later = document.createElement("div");
    slot.replaceChildren(later);
    mount(later, { lang: "es" });
    const root = later.shadowRoot;
    // Spanish is fetched (once per page) before the questions show.
    for (let waited = 0; !root.querySelector(".iw[lang=es][data-step]") && waited < 100; waited++) await settle();
    return {
      reached,
      step: root.querySelector(".iw").dataset.step,
      lang: root.querySelector(".iw").lang,
      ticked: root.querySelectorAll("input:checked").length,
      focused: root.activeElement?.tagName ?? null,
    };
  });
  assert.notEqual(seen.reached, "condition", "the first visit moved on past the first question");
  assert.deepEqual(
    { step: seen.step, lang: seen.lang, ticked: seen.ticked },
    { step: "condition", lang: "es", ticked: 0 },
    "the new widget starts at the first question, in its own language, with nothing ticked",
  );
  await page.closeAll();
});
