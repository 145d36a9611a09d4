// A small static file server for end-to-end tests and benchmarks, on loopback only.
// It serves dist/ both at / and under /widget/ (to prove relative asset URLs), serves extra
// fixture pages from tests/e2e/pages/, and can add a Content-Security-Policy header. With
// `gzip: true` (the benchmark's Lighthouse pages) it compresses text and wasm as a production
// server would; by default every body goes out as stored.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

// Worth compressing: everything but images other than SVG.
const COMPRESSIBLE = /^(text\/|application\/(wasm|json)|image\/svg\+xml)/;

/**
 * Starts a server; resolves to { url, close }. `roots` maps a URL prefix to a directory; `gzip`
 * sends compressible bodies gzip-encoded (level 9, each file compressed once) to clients that
 * accept it.
 */
export async function serve({ roots, headers = {}, port = 0, gzip = false }) {
  const entries = Object.entries(roots).sort((a, b) => b[0].length - a[0].length);
  const compressed = new Map(); // file → { original, body }
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const match = entries.find(([prefix]) => path.startsWith(prefix));
    if (!match) return notFound(response);
    const [prefix, directory] = match;
    const base = resolve(directory);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const encoding = {};
      if (gzip && COMPRESSIBLE.test(type)) {
        encoding.vary = "accept-encoding";
        if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
          body = gzipped(compressed, file, body);
          encoding["content-encoding"] = "gzip";
        }
      }
      response.writeHead(200, {
        "content-type": type,
        "cache-control": "no-store",
        ...encoding,
        ...headers,
      });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", done));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** `body` (the file as read now) gzip-compressed, reusing the last result while it is unchanged. */
function gzipped(cache, file, body) {
  const cached = cache.get(file);
  if (cached?.original.equals(body)) return cached.body;
  const result = gzipSync(body, { level: 9 });
  cache.set(file, { original: body, body: result });
  return result;
}

function notFound(response) {
  response.writeHead(404, { "content-type": "text/plain" });
  response.end("not found");
}

// `node tests/e2e/server.mjs [port]` serves dist/ and demo/ by hand, e.g. to try the demos.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL("../../dist/", import.meta.url).pathname;
  const demo = new URL("../../demo/", import.meta.url).pathname;
  const { url } = await serve({ roots: { "/": root, "/widget/": root, "/demo/": demo }, port: Number(process.argv[2] ?? 8081) });
  console.log(`serving dist/ at ${url}/ and ${url}/widget/, the demo pages at ${url}/demo/`);
}
