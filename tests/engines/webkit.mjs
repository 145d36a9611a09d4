// WebKit driver for the engine scenarios: the MiniBrowser that ships with Debian's WebKitGTK,
// driven by selenium-webdriver through WebKitGTK's own WebDriver server (WebKitWebDriver).
// MiniBrowser needs an X display even when nothing watches it, so launch() starts a private
// Xvfb on a display it picks itself (-displayfd) and WebKitWebDriver on a free loopback port,
// and close() stops both by their process ids. Each tab is its own browser session.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { Builder, Key } from "selenium-webdriver";

export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const STARTUP_LIMIT_MS = 20_000;

const KEYS = { Tab: Key.TAB, Space: Key.SPACE, Enter: Key.ENTER, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP };

export async function launch() {
  const processes = [];
  const stopAll = async () => {
    for (const child of processes.reverse()) await stop(child);
  };
  try {
    const display = await startXvfb(processes);
    const port = await freePort();
    const driver = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: ["ignore", "ignore", "pipe"],
    });
    processes.push(driver);
    const server = `http://127.0.0.1:${port}`;
    await waitUntilReady(server, driver);

    const sessions = new Set();
    const newSession = () =>
      new Builder()
        .usingServer(server)
        .withCapabilities({
          browserName: "MiniBrowser",
          // --full-screen hides MiniBrowser's toolbar (with no window manager the window keeps
          // the size WebDriver gives it); the toolbar alone keeps a window wider than 360 px.
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", "--full-screen"] },
        })
        .build();

    // The version comes from a first session, which is then closed.
    const probe = await newSession();
    const version = (await probe.getCapabilities()).get("browserVersion");
    await probe.quit();

    return {
      name: "WebKit",
      version: `WebKitGTK ${version}`,
      async open(url, { width = 1024, height = 900 } = {}) {
        const session = await newSession();
        sessions.add(session);
        await setViewport(session, width, height);
        await session.get(url);
        const run = (fn, ...args) => session.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
        return {
          run,
          async click(fn, ...args) {
            const element = await run(fn, ...args);
            if (!element) throw new Error(`nothing to click: ${fn.name}(${args.join(", ")})`);
            await element.click();
          },
          press: (key) => session.actions().sendKeys(KEYS[key] ?? key).perform(),
          async close() {
            sessions.delete(session);
            await session.quit();
          },
        };
      },
      async close() {
        for (const session of sessions) await session.quit().catch(() => {});
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Starts Xvfb on the first free display number it finds; resolves to that number. */
async function startXvfb(processes) {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  processes.push(xvfb);
  let errors = "";
  xvfb.stderr.on("data", (chunk) => (errors += chunk));
  let written = "";
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb chose no display in ${STARTUP_LIMIT_MS} ms: ${errors}`)), STARTUP_LIMIT_MS);
    xvfb.stdio[3].on("data", (chunk) => {
      written += chunk;
      if (written.includes("\n")) {
        clearTimeout(timer);
        resolve(Number(written.trim()));
      }
    });
    xvfb.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${errors}`));
    });
  });
  return display;
}

/** A loopback port nothing listens on right now. */
async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, "127.0.0.1", done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

async function waitUntilReady(server, child) {
  let errors = "";
  child.stderr.on("data", (chunk) => (errors += chunk));
  const started = Date.now();
  while (Date.now() - started < STARTUP_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}: ${errors}`);
    try {
      const status = await fetch(`${server}/status`, { signal: AbortSignal.timeout(1000) });
      if (status.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${server} in ${STARTUP_LIMIT_MS} ms: ${errors}`);
}

/**
 * Sizes the window so the page's own viewport is `width` × `height`: the window's frame and
 * MiniBrowser's toolbar take some of the window, so it is measured and made up for.
 */
async function setViewport(session, width, height) {
  await session.manage().window().setRect({ width, height });
  const inner = await session.executeScript("return [window.innerWidth, window.innerHeight];");
  await session.manage().window().setRect({ width: width + (width - inner[0]), height: height + (height - inner[1]) });
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
