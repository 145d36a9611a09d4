// Largest contentful paint on a phone, as Lighthouse's mobile preset throttles it: a 412 × 823
// viewport, 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate) and slow 4G applied per request
// (CDP Network.emulateNetworkConditions with DevTools' values: 562.5 ms latency, 1.47 Mbit/s
// down). Files are served gzipped, as a clinic's server would. For each page it prints every
// largest-contentful-paint entry of the first load (element, size, time) and the medians of the
// last entry's time, of the total blocking time (long tasks beyond 50 ms) and of `intake:ready`.
//
//   node bench/lcp.mjs [dist directory] [loads per page]      (after `trunk build --release`)
//
// Not part of the tests: timings belong here. Pages: the static floor (bench/pages/static.html),
// the standalone page (dist/index.html) and a clinic page with only the embed snippet
// (bench/pages/clinic.html).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { launch } from "../tests/e2e/browser.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, "../dist"));
const loads = Number(process.argv[3] ?? 7);
const PAGES = { static: "/pages/static.html", standalone: "/widget/", embedded: "/pages/clinic.html" };
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json" };

async function serveGzipped(roots) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const [prefix, directory] = Object.entries(roots).find(([start]) => path.startsWith(start)) ?? [];
    let file = directory && join(directory, path.slice(prefix.length));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = gzipSync(await readFile(file), { level: 6 });
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-encoding": "gzip", "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

function observe() {
  window.benchPaints = [];
  window.benchLongTasks = [];
  document.addEventListener("intake:ready", () => (window.benchReady ??= performance.now()));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element; // null for an element in a shadow root
      const name = element ? `${element.localName}.${element.className}${element.closest(".iw-prerendered") ? " (pre-rendered copy)" : ""}` : "an element in a shadow root";
      window.benchPaints.push({ time: Math.round(entry.startTime), size: entry.size, element: name });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => window.benchLongTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: "longtask", buffered: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = await serveGzipped({ "/widget/": dist, "/pages/": join(here, "pages") });
const browser = await launch();
const samples = {};
for (let load = 0; load < loads; load += 1) {
  for (const [name, path] of Object.entries(PAGES)) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(observe);
    await page.goto(server.url + path, { waitUntil: "load" });
    if (name !== "static") await page.waitForFunction(() => window.benchReady, null, { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(1000);
    const { paints, longTasks, ready } = await page.evaluate(() => ({ paints: window.benchPaints, longTasks: window.benchLongTasks, ready: window.benchReady }));
    if (load === 0) console.log(`${name}: ${paints.map((paint) => `${paint.element} ${paint.size} px² at ${paint.time} ms`).join("; ")}`);
    (samples[name] ??= []).push({ lcp: paints.at(-1).time, tbt: longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0), ready });
    await context.close();
  }
}
console.log(`\nmedians of ${loads} loads each:`);
for (const [name, runs] of Object.entries(samples)) {
  const ready = name === "static" ? "" : `, intake:ready ${Math.round(median(runs.map((run) => run.ready)))} ms`;
  console.log(`${name}: LCP ${median(runs.map((run) => run.lcp))} ms (${runs.map((run) => run.lcp).join(", ")}), TBT ${Math.round(median(runs.map((run) => run.tbt)))} ms${ready}`);
}
await browser.close();
await server.close();
