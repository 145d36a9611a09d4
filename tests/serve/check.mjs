// The serve check (a layer of `make test`): starts the README's serve command as a developer
// would, waits until http://127.0.0.1:8080/ answers with the widget's page, loads it in Chromium
// until the live widget shows its first question, then stops the command by its process id.
// `make serve` builds into a scratch folder of its own (trunk reads TRUNK_BUILD_DIST, its
// --dist), so its debug build never replaces the release build in dist/; the check then proves
// that: dist/ is unchanged and still a release build, and the scratch folder holds the debug
// build, which the same release facts tell apart. Prints "serve check: N passed, M failed".
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { launch } from "../e2e/browser.mjs";
import { fingerprint, releaseFacts } from "./release-build.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(ROOT, "dist");
const URL_TO_CHECK = "http://127.0.0.1:8080/";
// The first `trunk serve` compiles a debug build of the widget: minutes on two cores.
const STARTUP_LIMIT_MS = 20 * 60 * 1000;

let passed = 0;
let failed = 0;
function check(what, ok, detail = "") {
  console.log(`serve check: ${ok ? "ok" : "FAILED"}: ${what}${detail ? ` (${detail})` : ""}`);
  ok ? passed++ : failed++;
}

async function answers() {
  try {
    const response = await fetch(URL_TO_CHECK, { signal: AbortSignal.timeout(2000) });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

if (await answers()) {
  check("port 8080 is free before `make serve` starts", false, "something already answers there; stop it and run again");
  finish();
}

const releaseBefore = await fingerprint(DIST);
const serveDist = await mkdtemp(join(tmpdir(), "serve-check-dist-"));

// Its own process group, so stopping it stops make, trunk and anything trunk started.
const serve = spawn("make", ["serve"], {
  cwd: ROOT,
  detached: true,
  env: { ...process.env, TRUNK_BUILD_DIST: serveDist },
  stdio: ["ignore", "pipe", "pipe"],
});
let log = "";
serve.stdout.on("data", (chunk) => (log += chunk));
serve.stderr.on("data", (chunk) => (log += chunk));
let exited = null;
serve.on("exit", (code) => (exited = code));
console.log(`serve check: started \`make serve\` as process ${serve.pid}`);

const started = Date.now();
let page = null;
while (exited === null && Date.now() - started < STARTUP_LIMIT_MS) {
  page = await answers();
  if (page) break;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
check("http://127.0.0.1:8080/ answers", page !== null, exited === null ? `after ${seconds} s` : `make serve exited with ${exited}`);
check("the answer is the widget's page", page?.includes("data-intake-widget") ?? false);

if (page) {
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    await tab.goto(URL_TO_CHECK);
    // The live widget's own first question, in its shadow root (not the pre-rendered copy).
    const firstQuestion = () => document.querySelector("[data-intake-widget]")?.shadowRoot?.querySelector("h1")?.textContent;
    await tab.waitForFunction(firstQuestion, null, { timeout: 60_000 });
    const text = await tab.evaluate(firstQuestion);
    check("Chromium shows the live widget's first question", /main condition/.test(text ?? ""), text ?? "");
  } catch (error) {
    check("Chromium shows the live widget's first question", false, String(error).split("\n")[0]);
  } finally {
    await browser.close();
  }
}

// Stop the whole group; a group already gone counts as stopped.
const stopGroup = (signal) => {
  try {
    process.kill(-serve.pid, signal);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
};
const stopped = new Promise((resolve) => (exited !== null ? resolve() : serve.on("exit", resolve)));
stopGroup("SIGTERM");
await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000))]);
stopGroup("SIGKILL");
check("`make serve` stopped by its process id", (await answers()) === null);

// The debug build went to the scratch folder, where the release facts below fail (so they can
// tell the two apart), and dist/ kept the release build the earlier layers tested.
const [[, servedThere, servedWhere], ...servedFacts] = await releaseFacts(serveDist);
check("`make serve` built into its own folder", servedThere, servedWhere);
const rejected = servedFacts.filter(([, holds]) => !holds).map(([what]) => what);
check("that debug build fails the release facts", servedThere && rejected.length > 0, rejected.join("; "));
check("dist/ is unchanged by `make serve`", releaseBefore !== null && (await fingerprint(DIST)) === releaseBefore, releaseBefore === null ? "dist/ was missing before the check" : "");
for (const [what, holds, detail] of await releaseFacts(DIST)) check(`dist/ holds the release build: ${what}`, holds, detail);
await rm(serveDist, { recursive: true, force: true });
if (failed) console.log(`--- make serve printed:\n${log.slice(-4000)}`);
finish();

function finish() {
  console.log(`serve check: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
