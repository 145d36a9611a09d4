// The site the other-engine tests load: tests/e2e/server.mjs serving dist/ at / and /widget/ and
// the demo pages at /demo/, behind a small front server that adds two clinic pages the tests
// need whatever the browser, since neither driver can intercept requests the way Chromium's can:
//   /held/     a clinic page whose wasm is held back until the test releases it (holdWasm)
//   /missing/  the two-widget clinic page with the wasm file missing (404)
// Every other request goes to the static server unchanged.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

import { serve } from "../e2e/server.mjs";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const DEMO = fileURLToPath(new URL("../../demo/", import.meta.url));
export const WASM = "intake-widget_bg.wasm";

// The strictest policy the widget supports: the early first step is built with DOM calls only.
const STRICT_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const HELD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${STRICT_POLICY}">
<title>Joint Care Clinic</title></head><body><h1>Joint Care Clinic</h1>
<div id="clinic" data-intake-widget data-clinic-name="Joint Care Clinic"></div>
<script type="module" src="embed.js"></script></body></html>`;

// Records each intake:error as "id:reason" on <html data-test-errors>, for the test to read.
const MISSING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Joint Care Clinic</title>
<script>document.addEventListener("intake:error", (event) => {
  const root = document.documentElement;
  root.dataset.testErrors = ((root.dataset.testErrors || "") + " " + event.target.id + ":" + event.detail.reason).trim();
});</script></head><body><h1>Joint Care Clinic</h1>
<div id="english" data-intake-widget data-lang="en" data-clinic-name="Joint Care Clinic"></div>
<div id="spanish" data-intake-widget data-lang="es" data-clinic-name="Clínica Articular"
     data-contact-url="https://clinic.example/contacto"></div>
<script type="module" src="embed.js"></script></body></html>`;

/** Starts both servers; resolves to { url, holdWasm, wasmServed, close }. */
export async function startSite() {
  const files = await serve({ roots: { "/": DIST, "/widget/": DIST, "/demo/": DEMO } });
  let gate = Promise.resolve();
  let wasmServed = 0;

  const front = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, "http://localhost");
      const special = /^\/(held|missing)\/(.*)$/.exec(url.pathname);
      if (!special) return await forward(files.url + url.pathname + url.search, response);
      const [, kind, file] = special;
      if (file === "" || file === "index.html") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        return response.end(kind === "held" ? HELD_PAGE : MISSING_PAGE);
      }
      if (file === WASM && kind === "missing") {
        response.writeHead(404, { "content-type": "text/plain" });
        return response.end("not found");
      }
      if (file === WASM) {
        await gate;
        wasmServed += 1;
      }
      await forward(`${files.url}/widget/${file}`, response);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    }
  });
  await new Promise((done) => front.listen(0, "127.0.0.1", done));

  return {
    url: `http://127.0.0.1:${front.address().port}`,
    /** Holds /held/'s wasm until the returned function is called. */
    holdWasm() {
      let release;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    /** How many times /held/'s wasm has been sent. */
    wasmServed: () => wasmServed,
    async close() {
      front.closeAllConnections();
      await new Promise((done) => front.close(done));
      await files.close();
    },
  };
}

async function forward(address, response) {
  const answer = await fetch(address);
  const headers = { "cache-control": "no-store" };
  const type = answer.headers.get("content-type");
  if (type) headers["content-type"] = type;
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}
